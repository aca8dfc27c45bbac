#!/usr/bin/env bash
# Starts a three-node Elasticsearch cluster on 127.0.0.1 from the distribution the Maven build
# provisioned (no Docker): node-1..node-3, HTTP 9201-9203, transport 9301-9303, one shared
# snapshot folder (path.repo). With node names, starts only those (a node stopped by stop.sh joins
# again with its data). Waits until the cluster has all its nodes and is green.
#
#   tools/cluster/start.sh                  # all three
#   tools/cluster/start.sh node-2           # one again
#   export DIRECTORY_ELASTICSEARCH_URLS=http://127.0.0.1:9201,http://127.0.0.1:9202,http://127.0.0.1:9203
#
# Settings (environment): CLUSTER_HOME, CLUSTER_HTTP_PORTS, CLUSTER_TRANSPORT_PORTS, CLUSTER_HEAP
# (256m), CLUSTER_UID (as root), ES_ZIP, ES_JAVA_HOME, CLUSTER_TIMEOUT (seconds, 180).
set -euo pipefail
source "$(dirname "$0")/env.sh"

if [ ! -f "$ES_ZIP" ]; then
  echo "Elasticsearch $ES_VERSION not found at $ES_ZIP; build once: ./mvnw -DskipTests install" >&2
  exit 1
fi
if [ -z "${ES_JAVA_HOME:-}" ]; then
  ES_JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
fi
export ES_JAVA_HOME
unset JAVA_HOME JAVA_TOOL_OPTIONS

DIST="$CLUSTER_HOME/elasticsearch-$ES_VERSION"
mkdir -p "$CLUSTER_HOME"
chmod 755 "$CLUSTER_HOME"
if [ ! -f "$DIST/.unpacked" ]; then
  rm -rf "$DIST"
  unzip -q "$ES_ZIP" -d "$CLUSTER_HOME"
  touch "$DIST/.unpacked"
fi
mkdir -p "$CLUSTER_HOME/snapshots"

seeds=""
for p in "${TRANSPORT_PORTS[@]}"; do seeds="${seeds:+$seeds,}127.0.0.1:$p"; done
masters=$(IFS=,; echo "${NODES[*]}")
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=("${NODES[@]}")

for node in "${wanted[@]}"; do
  i=$(node_index "$node")
  home="$CLUSTER_HOME/$node"
  if [ -f "$home/pid" ] && kill -0 "$(cat "$home/pid")" 2>/dev/null; then
    echo "$node already runs (pid $(cat "$home/pid"))"
    continue
  fi
  mkdir -p "$home/data" "$home/logs"
  [ -d "$home/config" ] || cp -r "$DIST/config" "$home/config"
  rm -rf "$home/tmp" && mkdir -p "$home/tmp"
  rm -f "$home/pid"
  run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown -R "$CLUSTER_UID:$CLUSTER_UID" "$home" "$CLUSTER_HOME/snapshots"
    run=(setpriv --reuid="$CLUSTER_UID" --regid="$CLUSTER_UID" --clear-groups --)
  fi
  echo "starting $node: http://127.0.0.1:${HTTP_PORTS[$i]} (logs in $home/logs)"
  # Daemonised (-d) with a pid file; all three start at once, as they must find each other.
  ES_PATH_CONF="$home/config" ES_TMPDIR="$home/tmp" \
    ES_JAVA_OPTS="-Xms$CLUSTER_HEAP -Xmx$CLUSTER_HEAP" \
    "${run[@]}" "$DIST/bin/elasticsearch" -d -p "$home/pid" \
    -Ecluster.name=ip-directory \
    -Enode.name="$node" \
    -Enetwork.host=127.0.0.1 \
    -Ehttp.port="${HTTP_PORTS[$i]}" \
    -Etransport.port="${TRANSPORT_PORTS[$i]}" \
    -Ediscovery.seed_hosts="$seeds" \
    -Ecluster.initial_master_nodes="$masters" \
    -Epath.data="$home/data" \
    -Epath.logs="$home/logs" \
    -Epath.repo="$CLUSTER_HOME/snapshots" \
    -Expack.security.enabled=false \
    -Eaction.auto_create_index=false \
    -Eaction.destructive_requires_name=true \
    -Ecluster.routing.allocation.disk.threshold_enabled=false \
    > "$home/logs/console.log" 2>&1 &
  # (the three nodes share one disk: per-node disk watermarks would only block replicas)
done
wait

deadline=$((SECONDS + ${CLUSTER_TIMEOUT:-180}))
for p in "${HTTP_PORTS[@]}"; do
  until health=$(curl -fsS "http://127.0.0.1:$p/_cluster/health?wait_for_nodes=${#NODES[@]}&wait_for_status=green&timeout=5s" 2>/dev/null) \
      && [[ $health == *'"status":"green"'* ]] && [[ $health != *'"timed_out":true'* ]]; do
    if [ $SECONDS -ge $deadline ]; then
      echo "the cluster did not become green with ${#NODES[@]} nodes; last answer: ${health:-none}" >&2
      echo "logs: $CLUSTER_HOME/node-*/logs/ip-directory.log" >&2
      exit 1
    fi
    sleep 2
  done
done
echo "green with ${#NODES[@]} nodes: $(IFS=,; printf 'http://127.0.0.1:%s ' "${HTTP_PORTS[@]}")"
