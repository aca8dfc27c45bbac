#!/usr/bin/env bash
# Time of the workplace's duplicate candidates on the sample network (about 3,000 listings).
#
#   ./mvnw -B -ntp -pl backend -am package -DskipTests
#   tools/bench/duplicates.sh                       # RUNS=5 PORT=18600
#
# Starts backend/target/ip-directory-backend.jar on its own ports and data folder (the sample
# network is loaded into the empty index), signs in as a first admin made from the environment,
# then asks GET /api/v1/admin/duplicates (every country) and ?country=DE RUNS times each, one at a
# time, after one warm-up call, and prints each time (curl's time_total) and the number of pairs.
# Everything shares the machine: compare figures of one run only.
set -euo pipefail

RUNS=${RUNS:-5}
PORT=${PORT:-18600}
REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
JAR="$REPO/backend/target/ip-directory-backend.jar"
[ -f "$JAR" ] || { echo "build the backend first: $JAR" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is needed: apt-get install -y jq" >&2; exit 2; }

WORK=$(mktemp -d /tmp/duplicates-bench-XXXXXX)
chmod 755 "$WORK"
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 1" TERM INT

EMAIL=bench.admin@ipnetwork.example
PASSWORD="a long password for the duplicates bench"
DIRECTORY_ADMIN_EMAIL=$EMAIL DIRECTORY_ADMIN_PASSWORD=$PASSWORD \
  java -jar "$JAR" --server.port="$PORT" \
  --directory.elasticsearch.embedded.home="$WORK/es" \
  --directory.elasticsearch.embedded.http-port=$((PORT + 1)) \
  --directory.cursor-key-file="$WORK/cursor.key" \
  --directory.search-log.enabled=false >"$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://localhost:$PORT"
for _ in $(seq 900); do
  [ "$(curl -s "$BASE/api/v1/search?size=1" | jq -r '.total // 0' 2>/dev/null)" -gt 1000 ] 2>/dev/null && break
  sleep 1
done
echo "listings: $(curl -s "$BASE/api/v1/search?size=1" | jq .total)"

JAR_COOKIES="$WORK/cookies"
curl -s -c "$JAR_COOKIES" "$BASE/api/v1/admin/session" >/dev/null
XSRF=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$JAR_COOKIES")
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/admin/session" >/dev/null

ask() {
  curl -s -b "$JAR_COOKIES" -o "$WORK/answer.json" -w '%{time_total}' "$BASE/api/v1/admin/duplicates$1"
}
for query in "?size=20" "?size=20&country=DE"; do
  ask "$query" >/dev/null
  for i in $(seq "$RUNS"); do
    t=$(ask "$query")
    echo "GET /api/v1/admin/duplicates$query: ${t}s, $(jq .total "$WORK/answer.json") pairs"
  done
done
