#!/usr/bin/env bash
# Search latency on the sample network, side by side for one or more git revisions.
#
#   tools/bench/search-latency.sh                 # the working tree as it is
#   tools/bench/search-latency.sh HEAD            # a committed revision
#   tools/bench/search-latency.sh main HEAD       # before and after, same workload, same machine
#
# For each revision: builds the backend jar in a temporary git worktree (the working tree is built
# in place), starts it on its own ports and data folder with the rate limits raised, waits until it
# is ready and the sample network is loaded, warms up, then replays the same workload: every query
# of the judged set (backend/src/test/resources/relevance/queries.json of the tree this script is
# in, so every revision gets identical requests) as GET /api/v1/search?q=…&lang=… (the page's
# default size), cycling through the set.
#   latency:    1 connection, one request at a time, LATENCY_SECONDS long;
#   throughput: CONNECTIONS connections on 2 threads, THROUGHPUT_SECONDS long.
# Latencies are measured on the client by wrk (apt-get install -y wrk). The revisions run one
# after the other, never at the same time; everything (client, API, Elasticsearch) shares the
# machine, so run it on an otherwise idle machine and compare figures of one run only.
#
# Settings (environment): LATENCY_SECONDS=60 THROUGHPUT_SECONDS=30 WARMUP_SECONDS=30
# CONNECTIONS=4 PORT_BASE=18400 (revision i uses PORT_BASE+10i for the API, +1 for Elasticsearch)
# KEEP=1 keeps the work folder (logs, paths) after the run.
set -euo pipefail

LATENCY_SECONDS=${LATENCY_SECONDS:-60}
THROUGHPUT_SECONDS=${THROUGHPUT_SECONDS:-30}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
CONNECTIONS=${CONNECTIONS:-4}
PORT_BASE=${PORT_BASE:-18400}

REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
QUERIES="$REPO/backend/src/test/resources/relevance/queries.json"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is needed: apt-get install -y jq" >&2; exit 2; }
[ -f "$QUERIES" ] || { echo "no judged queries at $QUERIES" >&2; exit 2; }
REVISIONS=("$@")
[ ${#REVISIONS[@]} -gt 0 ] || REVISIONS=(WORKTREE)
for rev in "${REVISIONS[@]}"; do
  [ "$rev" = WORKTREE ] || git -C "$REPO" rev-parse --verify -q "$rev^{commit}" >/dev/null \
    || { echo "not a revision: $rev" >&2; exit 2; }
done

# Under /tmp with 755: the unprivileged Elasticsearch node must reach its data folder.
WORK=$(mktemp -d /tmp/search-latency-XXXXXX)
chmod 755 "$WORK"
APP_PID=""
WORKTREES=()

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true     # graceful: the application stops its node
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true  # the node's own watchdog follows a killed parent
  fi
  APP_PID=""
}
cleanup() {
  stop_app
  for wt in "${WORKTREES[@]}"; do git -C "$REPO" worktree remove --force "$wt" 2>/dev/null || true; done
  git -C "$REPO" worktree prune 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The workload: one path per judged query, percent-encoded, with its own parameters (lang).
jq -r '.queries[] | "/api/v1/search?q=\(.q | @uri)"
        + ((.params // {}) | to_entries | map("&\(.key | @uri)=\(.value | @uri)") | join(""))' \
  "$QUERIES" > "$WORK/paths.txt"
PATHS=$(wc -l < "$WORK/paths.txt")

cat > "$WORK/cycle.lua" <<'LUA'
-- Cycles through the workload; each thread starts at its own offset.
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
local counter = 0
local threads = {}
function setup(thread)
  thread:set("offset", #threads * 37)
  threads[#threads + 1] = thread
end
function init(args)
  counter = tonumber(wrk.thread:get("offset")) or 0
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f mean_ms=%.2f max_ms=%.2f status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(99) / 1e3,
    latency.mean / 1e3, latency.max / 1e3,
    e.status, e.connect + e.read + e.write + e.timeout))
end
LUA

field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" <<< "$2"; }

echo "== machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $(java -version 2>&1 | head -1); wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')"
echo "== workload: $PATHS judged queries from $QUERIES"

RESULTS=()
i=0
for rev in "${REVISIONS[@]}"; do
  if [ "$rev" = WORKTREE ]; then
    src="$REPO"; label="working tree ($(git -C "$REPO" rev-parse --short HEAD)+changes)"
  else
    src="$WORK/src-$i"; label="$rev ($(git -C "$REPO" rev-parse --short "$rev^{commit}"))"
    git -C "$REPO" worktree add -q --detach "$src" "$rev"
    WORKTREES+=("$src")
  fi
  echo "== [$label] building the backend jar"
  (cd "$src" && mvn -B -ntp -q -DskipTests package -pl backend -am) > "$WORK/build-$i.log" 2>&1 \
    || { tail -30 "$WORK/build-$i.log" >&2; exit 1; }
  cp "$src/backend/target/ip-directory-backend.jar" "$WORK/backend-$i.jar"
  published=$(jq -s 'map(select(.status == "published")) | length' \
    "$src/config/src/main/resources/sample/sample-network.ndjson")

  port=$((PORT_BASE + 10 * i)); es_port=$((port + 1)); base="http://127.0.0.1:$port"
  echo "== [$label] starting on port $port (Elasticsearch $es_port)"
  java -jar "$WORK/backend-$i.jar" --server.port="$port" \
    --directory.elasticsearch.embedded.home="$WORK/es-$i" \
    --directory.elasticsearch.embedded.http-port="$es_port" \
    --directory.rate-limit.anonymous-per-minute=100000000 > "$WORK/app-$i.log" 2>&1 &
  APP_PID=$!
  deadline=$((SECONDS + 600))  # start-up takes 1-3 minutes on a busy 2-core machine
  until curl -fs "$base/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app-$i.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "not ready after 600 s" >&2; exit 1; }
    sleep 2
  done
  # The sample is loaded before readiness; wait for every published listing anyway (size must be
  # at least 1).
  until [ "$(curl -fs "$base/api/v1/search?size=1" | jq '.total')" = "$published" ]; do
    [ $SECONDS -lt $deadline ] || { echo "sample network not loaded ($published expected)" >&2; exit 1; }
    sleep 2
  done
  echo "== [$label] ready, $published published listings; checking every query answers 200"
  bad=0
  while read -r p; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base$p")
    [ "$code" = 200 ] || { echo "HTTP $code: $p" >&2; bad=$((bad + 1)); }
  done < "$WORK/paths.txt"
  [ $bad -eq 0 ] || exit 1

  export PATHS_FILE="$WORK/paths.txt"
  echo "== [$label] warming up for ${WARMUP_SECONDS}s"
  wrk -t1 -c1 -d"${WARMUP_SECONDS}s" -s "$WORK/cycle.lua" "$base" > /dev/null
  echo "== [$label] latency: 1 connection, ${LATENCY_SECONDS}s"
  lat=$(wrk -t1 -c1 -d"${LATENCY_SECONDS}s" --timeout 10s -s "$WORK/cycle.lua" "$base" | grep '^RESULT')
  echo "   $lat"
  echo "== [$label] throughput: $CONNECTIONS connections, ${THROUGHPUT_SECONDS}s"
  tput=$(wrk -t2 -c"$CONNECTIONS" -d"${THROUGHPUT_SECONDS}s" --timeout 10s -s "$WORK/cycle.lua" "$base" | grep '^RESULT')
  echo "   $tput"
  for r in "$lat" "$tput"; do
    [ "$(field status_errors "$r")" = 0 ] && [ "$(field socket_errors "$r")" = 0 ] \
      || { echo "errors during the run: $r" >&2; exit 1; }
  done
  stop_app

  rps1=$(awk -v n="$(field requests "$lat")" -v s="$(field seconds "$lat")" 'BEGIN{printf "%.1f", n/s}')
  rpsN=$(awk -v n="$(field requests "$tput")" -v s="$(field seconds "$tput")" 'BEGIN{printf "%.1f", n/s}')
  rounds=$(awk -v n="$(field requests "$lat")" -v p="$PATHS" 'BEGIN{printf "%.0f", n/p}')
  RESULTS+=("| $label | $(field p50_ms "$lat") | $(field p90_ms "$lat") | $(field p99_ms "$lat") | $(field mean_ms "$lat") | $rps1 | $rounds | $rpsN | $(field p50_ms "$tput") |")
  i=$((i + 1))
done

echo
echo "Search latency, $PATHS judged queries cycled; latency with 1 connection (${LATENCY_SECONDS}s), throughput with $CONNECTIONS (${THROUGHPUT_SECONDS}s):"
echo
echo "| revision | p50 ms | p90 ms | p99 ms | mean ms | req/s (1 conn) | rounds of the set | req/s ($CONNECTIONS conn) | p50 ms ($CONNECTIONS conn) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${RESULTS[@]}"
