#!/usr/bin/env bash
# The search API next to the same requests sent straight to Elasticsearch, at 100,000 and 1,000,000
# listings (docs/performance.md, "Search at 100k and 1M listings").
#
#   ./mvnw -DskipTests package && tools/bench/search-vs-direct.sh
#   SIZES=100000 tools/bench/search-vs-direct.sh                 # one size only
#   API_URL=http://127.0.0.1:18800 ES_URL=http://127.0.0.1:18801 \
#     SLOWLOG=/path/to/es/logs/ip-directory_index_search_slowlog.json tools/bench/search-vs-direct.sh
#                                                                # a backend already running and loaded
#
# For each size: generates the listings (indexer generate, seed 7), starts the backend jar with its
# embedded node (own ports and data folder, rate limits and search bulkheads raised so that they
# never refuse the benchmark), imports them with the indexer, and then, with the node's request
# cache switched off (uncached on both sides; CACHE=1 keeps it on):
#   1. capture: asks the API each request of the mix (tools/bench/search-mix.txt) once and reads
#      what it sent to Elasticsearch from the search slow log: api.reqs and direct.reqs, the same
#      searches in the same order (SearchBench.java);
#   2. maximum throughput with wrk at 1, 4 and 16 connections, API and direct alternating
#      (A/B/A/B, ROUNDS rounds of SECONDS each after a warm-up of each), with the CPU seconds of the
#      backend and of the node per request (from /proc);
#   3. latency at a fixed rate, 50 % of the API's capacity at 4 connections, without coordinated
#      omission (SearchBench rate: each request timed from when it was due), API and direct;
#   4. suggestions while typing at a fixed rate (the mix's /suggest lines), API and direct.
# Everything shares the machine (client, API, node): run it on an otherwise idle machine.
#
# Settings (environment): SIZES="100000 1000000" SECONDS_RUN=30 WARMUP_SECONDS=15 ROUNDS=2
# CONNECTIONS="1 4 16" RATE_SECONDS=60 SUGGEST_RATE=20 PORT_BASE=18900 HEAP= (backend -Xmx)
# KEEP=1 keeps the work folder.
set -euo pipefail

SIZES=${SIZES:-"100000 1000000"}
SECONDS_RUN=${SECONDS_RUN:-30}
WARMUP_SECONDS=${WARMUP_SECONDS:-15}
ROUNDS=${ROUNDS:-2}
CONNECTIONS=${CONNECTIONS:-"1 4 16"}
RATE_SECONDS=${RATE_SECONDS:-60}
SUGGEST_RATE=${SUGGEST_RATE:-20}
PORT_BASE=${PORT_BASE:-18900}

REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
BACKEND_JAR="$REPO/backend/target/ip-directory-backend.jar"
INDEXER_JAR="$REPO/indexer/target/ip-directory-indexer.jar"
HDR=${HDR:-$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }
[ -f "$HDR" ] || "$REPO/mvnw" -q dependency:get -Dartifact=org.hdrhistogram:HdrHistogram:2.2.2 >/dev/null
[ -f "$HDR" ] || { echo "HdrHistogram 2.2.2 is needed at $HDR" >&2; exit 2; }

# Under /tmp with 755: the unprivileged Elasticsearch node must reach its data folder.
WORK=$(mktemp -d /tmp/search-vs-direct-XXXXXX)
chmod 755 "$WORK"
# shellcheck source=tools/bench/app.sh
source "$REPO/tools/bench/app.sh"
cleanup() {
  stop_app
  if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bench() { java -cp "$HDR" "$REPO/tools/bench/SearchBench.java" "$@"; }
field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" <<< "$2"; }
# CPU seconds (user + system) of a process so far.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null || echo 0; }

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "== $(java -version 2>&1 | head -1); wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}');" \
  "revision $(git -C "$REPO" rev-parse --short HEAD)"

setup() {
  local n=$1 port=$2
  echo "== $n listings: generating"
  java -jar "$INDEXER_JAR" generate --count "$n" --seed 7 --output "$WORK/l$n.ndjson" >/dev/null
  mkdir -p "$WORK/node$n" && chmod 755 "$WORK/node$n"
  local started=$SECONDS
  java ${HEAP:+-Xmx$HEAP} -jar "$BACKEND_JAR" --server.port="$port" \
    --directory.elasticsearch.embedded.home="$WORK/node$n/es" \
    --directory.elasticsearch.embedded.http-port=$((port + 1)) \
    --directory.sample.load-when-empty=false \
    --directory.rate-limit.anonymous-per-minute=100000000 \
    --directory.resilience.searches.per-client=64 --directory.resilience.searches.total=128 \
    > "$WORK/app$n.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 240); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app$n.log" >&2; exit 1; }
    sleep 1
  done
  echo "== backend ready after $((SECONDS - started)) s; importing"
  java -jar "$INDEXER_JAR" import --es-url "http://127.0.0.1:$((port + 1))" \
    --report "$WORK/report$n" "$WORK/l$n.ndjson" 2>&1 | tail -2
  API_URL="http://127.0.0.1:$port"
  ES_URL="http://127.0.0.1:$((port + 1))"
  SLOWLOG="$WORK/node$n/es/logs/ip-directory_index_search_slowlog.json"
}

# wrk against one side: prints its RESULT line with the CPU seconds per request of both processes.
max_run() {
  local side=$1 c=$2 file=$3 base=$4 seconds=$5
  local a0 e0 a1 e1 out
  a0=$(cpu "$APP"); e0=$(cpu "$NODE")
  out=$(REQUESTS_FILE="$file" wrk -t "$(( c < 2 ? 1 : 2 ))" -c "$c" -d "${seconds}s" \
    -s "$REPO/tools/bench/requests.lua" "$base" | grep '^RESULT' || true)
  a1=$(cpu "$APP"); e1=$(cpu "$NODE")
  local n; n=$(field requests "$out")
  echo "$side c=$c $out api_cpu_ms=$(awk -v a="$a0" -v b="$a1" -v n="${n:-1}" 'BEGIN{printf "%.2f", (b-a)*1000/n}')" \
    "node_cpu_ms=$(awk -v a="$e0" -v b="$e1" -v n="${n:-1}" 'BEGIN{printf "%.2f", (b-a)*1000/n}')"
}

measure() {
  local label=$1 out="$WORK/$1"
  mkdir -p "$out"
  APP=$(ss -ltnp "sport = :${API_URL##*:}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
  NODE=$(ss -ltnp "sport = :${ES_URL##*:}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
  if [ "${CACHE:-0}" != 1 ]; then
    curl -fs -XPUT "$ES_URL/listings/_settings" -H 'Content-Type: application/json' \
      -d '{"index.requests.cache.enable": false}' >/dev/null
  fi
  echo "== [$label] $(curl -fs "$ES_URL/_cat/count/listings?h=count") listings; capturing the mix"
  bench capture "$API_URL" "$ES_URL" "$SLOWLOG" "$REPO/tools/bench/search-mix.txt" "$out" > "$out/capture.log" 2>&1 \
    || { tail -20 "$out/capture.log" >&2; exit 1; }
  tail -1 "$out/capture.log"
  grep -v '/suggest' "$out/api.reqs" > "$out/api-search.reqs"
  # The direct lines of the searches (not the suggestions), in the same order.
  awk -F'\t' 'NR==FNR {s[FNR]=($2 ~ /\/suggest/); next} !s[FNR]' "$out/api.reqs" "$out/direct.reqs" \
    > "$out/direct-search.reqs"
  awk -F'\t' 'NR==FNR {s[FNR]=($2 ~ /\/suggest/); next} s[FNR]' "$out/api.reqs" "$out/direct.reqs" \
    > "$out/direct-suggest.reqs"
  grep '/suggest' "$out/api.reqs" > "$out/api-suggest.reqs"
  echo "== [$label] warm-up"
  max_run warmup-api 4 "$out/api.reqs" "$API_URL" "$WARMUP_SECONDS" >/dev/null
  max_run warmup-direct 4 "$out/direct.reqs" "$ES_URL" "$WARMUP_SECONDS" >/dev/null
  local best4=0
  for c in $CONNECTIONS; do
    for r in $(seq "$ROUNDS"); do
      local a b
      a=$(max_run api "$c" "$out/api.reqs" "$API_URL" "$SECONDS_RUN"); echo "[$label] round $r $a"
      b=$(max_run direct "$c" "$out/direct.reqs" "$ES_URL" "$SECONDS_RUN"); echo "[$label] round $r $b"
      if [ "$c" = 4 ]; then
        best4=$(awk -v x="$best4" -v y="$(field rps "$a")" 'BEGIN{print (y > x ? y : x)}')
      fi
    done
  done
  local rate; rate=$(awk -v x="$best4" 'BEGIN{r = x / 2; print (r < 1 ? 1 : r)}')
  echo "== [$label] fixed rate: $rate requests/s (50 % of the API's 4-connection capacity)"
  echo "[$label] api    $(BASE_URL=$API_URL bench rate "$out/api-search.reqs" "$rate" "$RATE_SECONDS" 10)"
  echo "[$label] direct $(BASE_URL=$ES_URL bench rate "$out/direct-search.reqs" "$rate" "$RATE_SECONDS" 10)"
  echo "== [$label] suggestions at $SUGGEST_RATE requests/s"
  echo "[$label] api-suggest    $(BASE_URL=$API_URL bench rate "$out/api-suggest.reqs" "$SUGGEST_RATE" "$RATE_SECONDS" 5)"
  echo "[$label] direct-suggest $(BASE_URL=$ES_URL bench rate "$out/direct-suggest.reqs" "$SUGGEST_RATE" "$RATE_SECONDS" 5)"
}

if [ -n "${API_URL:-}" ]; then
  : "${ES_URL:?ES_URL is needed with API_URL}" "${SLOWLOG:?SLOWLOG is needed with API_URL}"
  measure running
  exit 0
fi
i=0
for n in $SIZES; do
  setup "$n" $((PORT_BASE + 10 * i))
  measure "$n"
  stop_app
  i=$((i + 1))
done
