#!/usr/bin/env bash
# A throwaway PostgreSQL server for Fabrik's tests (and a try by hand), from Debian's postgresql package:
#   src/postgresql/pg.sh start DIR PORT   initdb in DIR, start on 127.0.0.1:PORT, create role and database "fabrik"
#   src/postgresql/pg.sh stop DIR         stop it (the directory stays for a look at its log)
# PostgreSQL refuses to run as root: as root, the server runs as the user "postgres" the package creates.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
    echo "PostgreSQL est introuvable : installez le paquet Debian « postgresql » (apt-get install postgresql)." >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
    start)
        dir=$2
        port=$3
        as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1 && as_owner "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres: "$dir"
        as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
        as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=120" start >/dev/null
        as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
            -c "CREATE ROLE fabrik LOGIN PASSWORD 'fabrik'" -c "CREATE DATABASE fabrik OWNER fabrik" >/dev/null
        echo "PostgreSQL prêt : jdbc:postgresql://127.0.0.1:$port/fabrik (utilisateur fabrik)"
        ;;
    stop)
        dir=$2
        as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
        ;;
    *)
        echo "usage: src/postgresql/pg.sh start DIR PORT | stop DIR" >&2
        exit 2
        ;;
esac
