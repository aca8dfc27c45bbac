#!/usr/bin/env bash
# Stops the local cluster's nodes (all, or those named) with SIGTERM, as a normal shutdown; a node
# still running after 60 s is killed. Data stays in $CLUSTER_HOME for the next start.sh.
#
#   tools/cluster/stop.sh                   # all three
#   tools/cluster/stop.sh node-2            # one (the others keep serving)
set -euo pipefail
source "$(dirname "$0")/env.sh"

wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=("${NODES[@]}")
for node in "${wanted[@]}"; do
  node_index "$node" > /dev/null
  pidfile="$CLUSTER_HOME/$node/pid"
  if [ ! -f "$pidfile" ] || ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "$node is not running"
    continue
  fi
  pid=$(cat "$pidfile")
  kill -TERM "$pid"
  for _ in $(seq 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$node (pid $pid) still runs after 60 s; killing it" >&2
    kill -KILL "$pid"
  fi
  rm -f "$pidfile"
  echo "stopped $node"
done
