#!/usr/bin/env bash
# Lighthouse scores of the public search page, desktop and mobile, on the sample network.
#
#   tools/lighthouse/run.sh              # builds the backend jar, starts it, runs Lighthouse
#   JAR=backend/target/ip-directory-backend.jar tools/lighthouse/run.sh   # a jar already built
#   BASE_URL=http://host:8080 tools/lighthouse/run.sh   # an application already running
#
# Without BASE_URL the script starts the jar on PORT with its embedded Elasticsearch (on PORT + 1,
# data in a temporary folder) and the sample network, which it loads into the empty index; it
# stops them when done, also on Ctrl-C or a failure.
# Lighthouse 12.2.3 (npm, pinned in tools/lighthouse/package.json; runs on Node 20) drives the
# machine's Chromium (/usr/bin/chromium, or CHROME_PATH). Each form factor is run RUNS times and the
# median score per category is printed: performance, accessibility, best practices, SEO, with the
# median largest contentful paint, cumulative layout shift and total blocking time. The full
# reports (HTML and JSON) stay in the work folder with KEEP=1. Mobile is Lighthouse's default
# (Moto G Power, slow 4G, 4× CPU); desktop is its desktop preset. Everything shares the machine:
# run it on an otherwise idle machine.
#
# Settings (environment): RUNS=3 PORT=18500 PAGE_PATH='/?q=德国 商标' (encoded) KEEP=0 JAR=
set -euo pipefail

RUNS=${RUNS:-3}
PORT=${PORT:-18500}
PAGE_PATH=${PAGE_PATH:-/?q=%E5%BE%B7%E5%9B%BD%20%E5%95%86%E6%A0%87}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
command -v node >/dev/null || { echo "node is needed (Node 20)" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is needed: apt-get install -y jq" >&2; exit 2; }
[ -x "$CHROME_PATH" ] || { echo "Chromium is needed at $CHROME_PATH (apt-get install -y chromium)" >&2; exit 2; }

# Under /tmp with 755: the unprivileged Elasticsearch node must reach its data folder.
WORK=$(mktemp -d /tmp/lighthouse-XXXXXX)
chmod 755 "$WORK"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== installing lighthouse (tools/lighthouse/package-lock.json)"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error) >"$WORK/npm.log" 2>&1 \
  || { tail -20 "$WORK/npm.log" >&2; exit 1; }
LIGHTHOUSE="$HERE/node_modules/.bin/lighthouse"

if [ -z "${BASE_URL:-}" ]; then
  if [ -n "${JAR:-}" ]; then
    cp "$JAR" "$WORK/backend.jar"
  else
    echo "== building the backend jar"
    (cd "$REPO" && ./mvnw -B -ntp -q -DskipTests package -pl backend -am) >"$WORK/build.log" 2>&1 \
      || { tail -30 "$WORK/build.log" >&2; exit 1; }
    cp "$REPO/backend/target/ip-directory-backend.jar" "$WORK/backend.jar"
  fi
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/" || curl -s -o /dev/null "http://127.0.0.1:$((PORT + 1))/"; then
    echo "port $PORT or $((PORT + 1)) is taken: set PORT" >&2; exit 1
  fi
  BASE_URL="http://127.0.0.1:$PORT"
  echo "== starting on port $PORT (Elasticsearch $((PORT + 1)))"
  java -jar "$WORK/backend.jar" --server.port="$PORT" \
    --directory.elasticsearch.embedded.home="$WORK/es" \
    --directory.elasticsearch.embedded.http-port="$((PORT + 1))" \
    --directory.elasticsearch.embedded.startup-timeout=600s >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  deadline=$((SECONDS + 600))
  until curl -fs "$BASE_URL/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "not ready after 600 s" >&2; exit 1; }
    sleep 2
  done
fi
URL="$BASE_URL$PAGE_PATH"
# A fresh start answers its first searches slowly (cold caches and code): warm up first, so that
# the scores are the page's and not the first request's.
for _ in 1 2 3; do
  curl -fs -o /dev/null "$URL" || true
  curl -fs -o /dev/null "$BASE_URL/api/v1/search?${PAGE_PATH#*\?}&lang=zh&size=20" || true
  curl -fs -o /dev/null "$BASE_URL/api/v1/map?${PAGE_PATH#*\?}&lang=zh" || true
  curl -fs -o /dev/null "$BASE_URL/api/v1/taxonomies" || true
done
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(node --version); $("$LIGHTHOUSE" --version 2>/dev/null | tail -1) lighthouse; $("$CHROME_PATH" --version)"
echo "== page: $URL"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
for form in mobile desktop; do
  preset=()
  [ "$form" = desktop ] && preset=(--preset=desktop)
  for run in $(seq "$RUNS"); do
    "$LIGHTHOUSE" "$URL" "${preset[@]}" --quiet --output=json --output=html \
      --output-path="$WORK/$form-$run" \
      --chrome-flags="--headless=new --no-sandbox" \
      --only-categories=performance,accessibility,best-practices,seo >"$WORK/lh-$form-$run.log" 2>&1 \
      || { tail -20 "$WORK/lh-$form-$run.log" >&2; exit 1; }
  done
  line="$form:"
  for cat in performance accessibility best-practices seo; do
    score=$(for run in $(seq "$RUNS"); do
      jq ".categories[\"$cat\"].score * 100 | round" "$WORK/$form-$run.report.json"
    done | median)
    line="$line $cat $score"
  done
  metric() { for run in $(seq "$RUNS"); do jq "$1" "$WORK/$form-$run.report.json"; done | median; }
  cls=$(metric '.audits["cumulative-layout-shift"].numericValue * 1000 | round / 1000')
  lcp=$(metric '.audits["largest-contentful-paint"].numericValue | round')
  tbt=$(metric '.audits["total-blocking-time"].numericValue | round')
  echo "$line (median of $RUNS; largest contentful paint ${lcp} ms, cumulative layout shift $cls, total blocking time ${tbt} ms)"
  for run in $(seq "$RUNS"); do
    scores=$(jq -r '[.categories[] | "\(.id) \(.score * 100 | round)"] | join(", ")' "$WORK/$form-$run.report.json")
    echo "   run $run: $scores"
  done
  # What cost points in the first run of this form factor, for the record.
  jq -r '[.audits[] | select(.score != null and .score < 0.9 and (.scoreDisplayMode == "binary" or .scoreDisplayMode == "numeric"))
          | "   - \(.id): \(.displayValue // .title)"] | .[]' "$WORK/$form-1.report.json" | head -15
done
