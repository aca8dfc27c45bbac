#!/usr/bin/env bash
# Search latency of two running backends, interleaved: every judged query goes to A and to B in
# turn (the order alternating per round), so that whatever else the machine does weighs on both
# alike. Use it where tools/bench/search-latency.sh cannot get an idle machine.
#
#   tools/bench/search-ab.sh http://127.0.0.1:18510 http://127.0.0.1:18500
#
# Start the two backends first (e.g. jars of two revisions, each with its own embedded node:
#   java -jar backend-a.jar --server.port=18510 --directory.elasticsearch.embedded.home=/tmp/es-a \
#     --directory.elasticsearch.embedded.http-port=18511 \
#     --directory.rate-limit.anonymous-per-minute=100000000
# ), wait until both log "Loaded the sample network". Latency is curl's time_total per request,
# one request at a time. Settings (environment): WARMUP_ROUNDS=2 ROUNDS=6.
set -euo pipefail
A=${1:?base URL of A}
B=${2:?base URL of B}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-2}
ROUNDS=${ROUNDS:-6}
REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
QUERIES="$REPO/backend/src/test/resources/relevance/queries.json"
command -v jq >/dev/null || { echo "jq is needed: apt-get install -y jq" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
jq -r '.queries[] | [.q, (.params.lang // "zh")] | @tsv' "$QUERIES" > "$WORK/queries.tsv"

one() { # base q lang → seconds
  curl -sf -o /dev/null -w "%{time_total}" -G "$1/api/v1/search" \
    --data-urlencode "q=$2" --data-urlencode "lang=$3"
}

for ((r = 1; r <= WARMUP_ROUNDS; r++)); do
  while IFS=$'\t' read -r q lang; do one "$A" "$q" "$lang" >/dev/null; one "$B" "$q" "$lang" >/dev/null; done \
    < "$WORK/queries.tsv"
done
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then order=("A:$A" "B:$B"); else order=("B:$B" "A:$A"); fi
  while IFS=$'\t' read -r q lang; do
    for target in "${order[@]}"; do
      echo -e "${target%%:*}\t$(one "${target#*:}" "$q" "$lang")"
    done
  done < "$WORK/queries.tsv"
done > "$WORK/times.tsv"

echo "load average $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l < "$WORK/queries.tsv") judged queries x $ROUNDS rounds each"
echo
echo "| backend | requests | p50 ms | p90 ms | p99 ms | mean ms |"
echo "|---|---:|---:|---:|---:|---:|"
for side in A B; do
  base=$A; [ "$side" = B ] && base=$B
  awk -F'\t' -v s="$side" '$1 == s { print $2 * 1000 }' "$WORK/times.tsv" | sort -n | awk -v label="$side ($base)" '
    { v[NR] = $1; sum += $1 }
    END { printf "| %s | %d | %.1f | %.1f | %.1f | %.1f |\n", label, NR, v[int(NR * 0.5) + 1],
          v[int(NR * 0.9) + 1], v[int(NR * 0.99) + 1], sum / NR }'
done
