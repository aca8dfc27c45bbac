#!/usr/bin/env bash
# The indexer's throughput next to a raw _bulk of the same pre-serialised documents, on the same
# node, in the same run. Usage (from the repository root, after `./mvnw -DskipTests package`):
#
#   N=1000000 SEED=42 tools/bench/indexer-vs-bulk.sh
#
# Starts its own embedded node through the backend jar (sample loading off), so nothing else
# should listen on $PORT. Prints one line per run and the ratio.
set -euo pipefail
N=${N:-1000000}
SEED=${SEED:-42}
PORT=${PORT:-9290}
CONCURRENCY=${CONCURRENCY:-2}
ES="http://127.0.0.1:$PORT"
JAR=indexer/target/ip-directory-indexer-exec.jar
BACKEND=backend/target/ip-directory-backend.jar
WORK=$(mktemp -d /tmp/ip-directory-bench-XXXXXX)
chmod 755 "$WORK"
trap 'kill $BACKEND_PID 2>/dev/null || true; wait $BACKEND_PID 2>/dev/null || true; rm -rf "$WORK/data" "$WORK"/chunk-*' EXIT

echo "== generating $N listings (seed $SEED) in $WORK"
java -jar "$JAR" generate --count "$N" --seed "$SEED" --output "$WORK/listings.ndjson"
java -jar "$JAR" generate --count "$N" --seed "$SEED" --format bulk --output "$WORK/bulk.ndjson"
# 1,000 documents (2,000 lines) per request: the indexer's default --max-operations.
split -l 2000 -d -a 5 "$WORK/bulk.ndjson" "$WORK/chunk-"

echo "== starting the node on $PORT"
java -jar "$BACKEND" --server.port=0 --directory.sample.load-when-empty=false \
  --directory.elasticsearch.embedded.home="$WORK/es" \
  --directory.elasticsearch.embedded.http-port="$PORT" \
  --directory.elasticsearch.embedded.heap=2g > "$WORK/backend.log" 2>&1 &
BACKEND_PID=$!
until curl -fs "$ES/_cluster/health?wait_for_status=yellow" >/dev/null 2>&1; do sleep 1; done
sleep 5

fresh_index() { # an empty index from the one definition, behind the alias
  local name="listings-bench-$1"
  for old in $(curl -fs "$ES/_cat/indices/listings-*?h=index"); do curl -fs -XDELETE "$ES/$old" >/dev/null; done
  curl -fs -XPUT "$ES/$name" -H 'Content-Type: application/json' \
    --data-binary @config/src/main/resources/elasticsearch/listings-index.json >/dev/null
  curl -fs -XPOST "$ES/_aliases" -H 'Content-Type: application/json' \
    -d "{\"actions\":[{\"add\":{\"index\":\"$name\",\"alias\":\"listings\",\"is_write_index\":true}}]}" >/dev/null
}
count() { curl -fs -XPOST "$ES/listings/_refresh" >/dev/null; curl -fs "$ES/listings/_count" | sed 's/.*"count":\([0-9]*\).*/\1/'; }
now() { date +%s.%N; }

fresh_index raw
t0=$(now)
ls "$WORK"/chunk-* | xargs -P "$CONCURRENCY" -I{} \
  curl -fs -o /dev/null -H 'Content-Type: application/x-ndjson' --data-binary @{} "$ES/_bulk"
t1=$(now)
raw_count=$(count)
raw_rate=$(awk -v n="$N" -v a="$t0" -v b="$t1" 'BEGIN{print n/(b-a)}')

fresh_index indexer
t0=$(now)
java -jar "$JAR" import "$WORK/listings.ndjson" --es-url "$ES" --report "$WORK" \
  --max-concurrent-requests "$CONCURRENCY" > "$WORK/import.log" 2>&1
t1=$(now)
idx_count=$(count)
idx_rate=$(awk -v n="$N" -v a="$t0" -v b="$t1" 'BEGIN{print n/(b-a)}')

printf 'raw _bulk (curl, %d concurrent): %d docs indexed, %.0f docs/s\n' "$CONCURRENCY" "$raw_count" "$raw_rate"
printf 'indexer import (incl. JVM start, parsing, validation): %d docs indexed, %.0f docs/s\n' "$idx_count" "$idx_rate"
printf 'ratio indexer / raw: %.2f\n' "$(awk -v a="$idx_rate" -v b="$raw_rate" 'BEGIN{print a/b}')"
tail -3 "$WORK/import.log"
