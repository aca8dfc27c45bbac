#!/usr/bin/env bash
# The smallest backend heap that keeps the search latency (docs/performance.md, "Search at 100,000
# and 1,000,000 listings", P7), and the search latency while an import runs (P5).
#
#   tools/bench/search-heap.sh heap WORK HOME REQS RATE [HEAPS...]
#       For each heap (default: "default 256m 128m 96m 64m"): starts the backend jar on the node
#       data in HOME (its embedded node: HOME/es), waits for it, sends the search lines of REQS
#       (api-search.reqs, captured by search-vs-direct.sh with KEEP=1) at RATE searches/s for
#       RATE_SECONDS (60) after a 10 s warm-up, and prints the latency with the backend's GC
#       pauses meanwhile (-Xlog:gc), then stops it. WORK keeps the logs.
#   tools/bench/search-heap.sh import WORK HOME REQS RATE LISTINGS
#       Starts the backend with the default heap, measures the same latency idle, then again
#       while `indexer import LISTINGS` runs into the same node (from its start: keep RATE_SECONDS
#       shorter than the import), and prints both and the import's own time. IMPORT_OPTS are added
#       to the import's options, e.g. IMPORT_OPTS="--max-rate 300" for an import held to 300
#       listings a second.
#
# Settings (environment): RATE_SECONDS=60 PORT=18800 (the node on PORT+1) IMPORT_OPTS=.
# Everything shares the machine (client, API, node, indexer): run it on an otherwise idle machine.
set -euo pipefail

MODE=$1 WORK=$2 HOME_DIR=$3 REQS=$4 RATE=$5
shift 5
RATE_SECONDS=${RATE_SECONDS:-60}
PORT=${PORT:-18800}
REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
BACKEND_JAR="$REPO/backend/target/ip-directory-backend.jar"
INDEXER_JAR="$REPO/indexer/target/ip-directory-indexer.jar"
HDR=${HDR:-$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar}
mkdir -p "$WORK"

bench() { BASE_URL="http://127.0.0.1:$PORT" java -cp "$HDR" "$REPO/tools/bench/SearchBench.java" "$@"; }

start_app() {
  local heap=$1 opts=()
  [ "$heap" != default ] && opts+=("-Xmx$heap")
  java "${opts[@]}" "-Xlog:gc:file=$WORK/gc-$heap.log" -jar "$BACKEND_JAR" --server.port="$PORT" \
    --directory.elasticsearch.embedded.home="$HOME_DIR/es" \
    --directory.elasticsearch.embedded.http-port=$((PORT + 1)) \
    --directory.sample.load-when-empty=false \
    --directory.rate-limit.anonymous-per-minute=100000000 \
    --directory.resilience.searches.per-client=64 --directory.resilience.searches.total=128 \
    --directory.elasticsearch.request-timeout=5s > "$WORK/app-$heap.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 180); do
    curl -fs "http://127.0.0.1:$PORT/api/v1/search?size=1" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "backend ($heap) exited: $WORK/app-$heap.log" >&2; return 1; }
    sleep 1
  done
  echo "backend ($heap) not ready after 180 s" >&2
  return 1
}

# shellcheck source=tools/bench/app.sh
source "$REPO/tools/bench/app.sh"
trap stop_app EXIT

# Right after a start the node has yet to load what the facet counts read (1M listings: searches
# of several seconds for the first minute); measured at once, a fixed rate of 50 % of the warm
# capacity times out and opens the breaker. Each search of the mix twice, at 2 per second, first.
warm_up() {
  local n; n=$(wc -l < "$REQS")
  bench rate "$REQS" 2 "$n" 0 >/dev/null
}

# GC pauses of a unified GC log: count, total and longest, in ms.
pauses() {
  grep -o 'Pause[^)]*) [0-9.]*M->[0-9.]*M([0-9.]*M) [0-9.]*ms' "$1" \
    | awk '{ms = $NF; sub("ms", "", ms); n++; t += ms; if (ms > m) m = ms}
           END {printf "gc_pauses=%d gc_total_ms=%.0f gc_max_ms=%.1f", n, t, m}'
}

case "$MODE" in
  heap)
    for heap in ${*:-default 256m 128m 96m 64m}; do
      if ! start_app "$heap"; then echo "heap=$heap FAILED to start"; stop_app; continue; fi
      warm_up
      before=$(wc -l < "$WORK/gc-$heap.log")
      result=$(bench rate "$REQS" "$RATE" "$RATE_SECONDS" 10)
      # The pauses of the rate run (its 10 s warm-up included), not of the start.
      tail -n +"$((before + 1))" "$WORK/gc-$heap.log" > "$WORK/gc-$heap.log.measured"
      echo "heap=$heap $result $(pauses "$WORK/gc-$heap.log.measured")"
      stop_app
    done
    ;;
  import)
    listings=$1
    start_app default
    warm_up
    echo "idle   $(bench rate "$REQS" "$RATE" "$RATE_SECONDS" 10)"
    started=$(date +%s.%N)
    # shellcheck disable=SC2086 # IMPORT_OPTS is a list of options
    java -jar "$INDEXER_JAR" import --es-url "http://127.0.0.1:$((PORT + 1))" ${IMPORT_OPTS:-} \
      --report "$WORK/import-report" "$listings" > "$WORK/import.log" 2>&1 &
    import_pid=$!
    echo "import $(bench rate "$REQS" "$RATE" "$RATE_SECONDS" 10)"
    wait "$import_pid"
    echo "import took $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN{printf "%.0f", b-a}') s" \
      "(searches measured during its first $RATE_SECONDS s): $(tail -1 "$WORK/import.log")"
    ;;
  *)
    echo "usage: $0 heap|import WORK HOME REQS RATE [HEAPS...|LISTINGS]" >&2
    exit 2
    ;;
esac
