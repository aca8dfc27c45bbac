# Shared by start.sh and stop.sh: where the local cluster lives and which ports it takes.
# Every value can be set from the environment.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ES_VERSION=${ES_VERSION:-$(sed -n 's:.*<elasticsearch.version>\(.*\)</elasticsearch.version>.*:\1:p' "$ROOT/pom.xml")}
# The integ-test-zip the build provisions (./mvnw -DskipTests install, or any build of config/).
ES_ZIP=${ES_ZIP:-${MAVEN_REPO:-$HOME/.m2/repository}/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip}
if [ "$(id -u)" -eq 0 ]; then
  # Reachable by the unprivileged node, unlike a checkout under /root (mode 700).
  CLUSTER_HOME=${CLUSTER_HOME:-/var/lib/ip-directory/cluster}
else
  CLUSTER_HOME=${CLUSTER_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/ip-directory/cluster}
fi
read -r -a HTTP_PORTS <<< "${CLUSTER_HTTP_PORTS:-9201 9202 9203}"
read -r -a TRANSPORT_PORTS <<< "${CLUSTER_TRANSPORT_PORTS:-9301 9302 9303}"
CLUSTER_HEAP=${CLUSTER_HEAP:-256m}
# Elasticsearch refuses root: as root the nodes run as this uid (nobody), like the embedded node.
CLUSTER_UID=${CLUSTER_UID:-65534}
NODES=(node-1 node-2 node-3)

# The index of a node name in NODES (node-2 -> 1).
node_index() {
  local i
  for i in "${!NODES[@]}"; do
    if [ "${NODES[$i]}" = "$1" ]; then echo "$i"; return 0; fi
  done
  echo "unknown node $1 (expected one of ${NODES[*]})" >&2
  return 2
}
