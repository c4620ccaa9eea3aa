#!/usr/bin/env bash
# Fabrik on a two-node WildFly cluster on this machine (README, "Deux nœuds"), from the server and EAR the build made:
#   src/cluster/cluster.sh start DIR        two nodes in WildFly's HA profile sharing one PostgreSQL database and one
#                                           documents directory, sessions and timers in Infinispan (JGroups over TCP
#                                           on 127.0.0.1), and WildFly's Undertow as the load balancer in front
#   src/cluster/cluster.sh kill DIR NODE    kill -9 a node (node1 or node2): what a crash looks like
#   src/cluster/cluster.sh restart DIR NODE start a killed or stopped node again; it joins the cluster
#   src/cluster/cluster.sh stop DIR         stop everything it started
# Ports, with CLUSTER_OFFSET (default 0) added: the balancer on 8080, the nodes on 8180 and 8280 (management 9990,
# 10090, 10190; JGroups 7700, 7800). Database: FABRIK_DB_URL (user and password fabrik), or else a throwaway
# PostgreSQL in DIR on 25432 plus the offset (src/postgresql/pg.sh). FABRIK_SERVER_ARGS go to both nodes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' "$root/pom.xml")
server="${FABRIK_SERVER:-$root/fabrik-ear/target/wildfly-$version}"
ear="${FABRIK_EAR:-$root/fabrik-ear/target/fabrik.ear}"
offset=${CLUSTER_OFFSET:-0}

node_offset() { if [ "$1" = node1 ]; then echo $((offset + 100)); else echo $((offset + 200)); fi; }

fail() { echo "$*" >&2; exit 1; }

# A server base directory: WildFly's own, with the named profile as its standalone.xml, then the given CLI scripts.
base_dir() {
    local dir=$1 profile=$2
    shift 2
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -r "$server/standalone/configuration" "$dir/"
    rm -rf "$dir/configuration/standalone_xml_history"
    mkdir -p "$dir/deployments"
    cp "$dir/configuration/$profile" "$dir/configuration/standalone.xml"
    for script in "$@"; do
        JAVA_OPTS="-Djboss.server.base.dir=$dir" "$server/bin/jboss-cli.sh" --file="$script" >/dev/null
    done
}

start_node() {
    local dir=$1 node=$2
    local node_offset
    node_offset=$(node_offset "$node")
    rm -f "$dir/$node/deployments/fabrik.ear".*
    cp "$ear" "$dir/$node/deployments/fabrik.ear"
    # shellcheck disable=SC2086
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$dir/$node.pid" nohup "$server/bin/standalone.sh" \
        -Djboss.server.base.dir="$dir/$node" -Djboss.node.name="$node" \
        -Djboss.socket.binding.port-offset="$node_offset" \
        -Dfabrik.cluster.member1.port=$((7600 + offset + 100)) -Dfabrik.cluster.member2.port=$((7600 + offset + 200)) \
        -Dfabrik.database=postgresql -Dfabrik.db.url="$(cat "$dir/db-url")" \
        -Dfabrik.documents.dir="$dir/documents" -Dfabrik.demo=true ${FABRIK_SERVER_ARGS:-} \
        > "$dir/$node.out" 2>&1 < /dev/null &
    local marker="$dir/$node/deployments/fabrik.ear"
    for _ in $(seq 1 300); do
        [ -f "$marker.deployed" ] && { echo "$node prêt : http://127.0.0.1:$((8080 + node_offset))/fabrik"; return; }
        [ -f "$marker.failed" ] && fail "Le déploiement de Fabrik a échoué sur $node : $(cat "$marker.failed") (journal : $dir/$node/log/server.log)"
        sleep 1
    done
    fail "$node n'a pas démarré en 300 s (journal : $dir/$node/log/server.log)"
}

stop_pid() {
    local file=$1 signal=$2
    [ -f "$file" ] || return 0
    local pid
    pid=$(cat "$file")
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    rm -f "$file"
}

case "${1:-}" in
    start)
        dir=$(mkdir -p "$2" && cd "$2" && pwd)
        [ -f "$ear" ] || fail "Construisez d'abord Fabrik (mvn install) : $ear est introuvable."
        mkdir -p "$dir/documents"
        if [ -n "${FABRIK_DB_URL:-}" ]; then
            echo "$FABRIK_DB_URL" > "$dir/db-url"
        else
            "$root/src/postgresql/pg.sh" start "$dir/postgresql" $((25432 + offset)) >/dev/null
            echo "jdbc:postgresql://127.0.0.1:$((25432 + offset))/fabrik" > "$dir/db-url"
        fi
        cli="$root/src/wildfly/cli"
        base_dir "$dir/node1" standalone-ha.xml "$cli/configure.cli" "$cli/postgresql.cli" "$cli/cluster.cli"
        rm -rf "$dir/node2"
        cp -r "$dir/node1" "$dir/node2"
        base_dir "$dir/balancer" standalone-load-balancer.xml "$cli/balancer.cli"
        # shellcheck disable=SC2086
        LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$dir/balancer.pid" nohup "$server/bin/standalone.sh" \
            -Djboss.server.base.dir="$dir/balancer" -Djboss.socket.binding.port-offset="$offset" \
            -Dfabrik.cluster.node1.http.port=$((8180 + offset)) -Dfabrik.cluster.node2.http.port=$((8280 + offset)) \
            > "$dir/balancer.out" 2>&1 < /dev/null &
        # One node after the other: the first creates the schema and the demo data, the second finds them.
        start_node "$dir" node1
        start_node "$dir" node2
        echo "Fabrik en grappe : http://127.0.0.1:$((8080 + offset))/fabrik (src/cluster/cluster.sh stop $2 pour arrêter)"
        ;;
    kill)
        dir=$2
        [ -f "$dir/$3.pid" ] || fail "Aucun nœud $3 en marche dans $dir."
        stop_pid "$dir/$3.pid" KILL
        echo "$3 tué (kill -9)."
        ;;
    restart)
        dir=$(cd "$2" && pwd)
        start_node "$dir" "$3"
        ;;
    stop)
        dir=$2
        for process in node2 node1 balancer; do stop_pid "$dir/$process.pid" TERM; done
        [ -d "$dir/postgresql" ] && "$root/src/postgresql/pg.sh" stop "$dir/postgresql"
        echo "Grappe arrêtée."
        ;;
    *)
        echo "usage: src/cluster/cluster.sh start DIR | kill DIR NODE | restart DIR NODE | stop DIR" >&2
        exit 2
        ;;
esac
