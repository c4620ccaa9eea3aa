#!/usr/bin/env bash
# Backup and restore of Fabrik (see README, "Backup and restore").
#
#   fabrik-backup.sh backup URL USER
#       While Fabrik runs on embedded Derby: asks Fabrik (as an administrator; password in FABRIK_PASSWORD) for an
#       online backup of its database and a copy of its documents, in a new dated directory on the server
#       (fabrik.backup.dir, by default <server>/standalone/data/fabrik-backups). Prints that directory.
#   fabrik-backup.sh restore BACKUP DB_DIR DOCUMENTS_DIR
#       With the server stopped: puts the backup's database in DB_DIR (the server's -Dfabrik.db.path) and its
#       documents in DOCUMENTS_DIR (-Dfabrik.documents.dir). Both must not exist yet or be empty: nothing is
#       overwritten.
#   fabrik-backup.sh backup-postgresql DATABASE_URL DOCUMENTS_DIR TARGET
#       Fabrik on PostgreSQL: pg_dump of the database (custom format, consistent while Fabrik runs) and a copy of the
#       documents, in TARGET (a new directory). DATABASE_URL is a libpq address: postgresql://user@host:port/fabrik
#       (password in PGPASSWORD or ~/.pgpass).
#   fabrik-backup.sh restore-postgresql BACKUP DATABASE_URL DOCUMENTS_DIR
#       Into an empty database (created by the administrator, owned by Fabrik's user) and an empty documents
#       directory.
set -euo pipefail

fail() {
    echo "fabrik-backup: $*" >&2
    exit 1
}

empty_or_absent() {
    [ ! -e "$1" ] || [ -z "$(ls -A "$1")" ] || fail "$1 n'est pas vide : rien n'est écrasé"
}

case "${1:-}" in
    backup)
        [ $# -eq 3 ] || fail "usage : fabrik-backup.sh backup URL UTILISATEUR (mot de passe dans FABRIK_PASSWORD)"
        url="${2%/}"
        [ -n "${FABRIK_PASSWORD:-}" ] || fail "mettez le mot de passe de $3 dans FABRIK_PASSWORD"
        jar="$(mktemp)"
        trap 'rm -f "$jar"' EXIT
        # FORM login, as a browser does: a protected page first, then the login form it answers, with its token.
        token="$(curl -fsS -c "$jar" -b "$jar" "$url/animation/reunions/calendrier.xhtml" \
            | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p')"
        curl -fsS -o /dev/null -c "$jar" -b "$jar" -L --data-urlencode "j_username=$3" \
            --data-urlencode "j_password=$FABRIK_PASSWORD" --data-urlencode "csrf_token=$token" \
            "$url/j_security_check"
        answer="$(curl -sS -c "$jar" -b "$jar" -X POST -H 'Accept: application/json' -w '\n%{http_code}' \
            "$url/api/v1/backups")"
        status="${answer##*$'\n'}"
        body="${answer%$'\n'*}"
        [ "$status" = 201 ] || fail "sauvegarde refusée ($status) : $body"
        sed -n 's/.*"directory":"\([^"]*\)".*/\1/p' <<<"$body"
        ;;
    restore)
        [ $# -eq 4 ] || fail "usage : fabrik-backup.sh restore SAUVEGARDE REPERTOIRE_BASE REPERTOIRE_DOCUMENTS"
        backup="$2"
        database="$(find "$backup" -mindepth 1 -maxdepth 1 -type d ! -name documents | head -n 1)"
        [ -n "$database" ] && [ -f "$database/service.properties" ] || fail "$backup ne contient pas de base Derby"
        empty_or_absent "$3"
        empty_or_absent "$4"
        mkdir -p "$3" "$4"
        cp -a "$database/." "$3/"
        if [ -d "$backup/documents" ]; then cp -a "$backup/documents/." "$4/"; fi
        echo "Base restaurée dans $3, documents dans $4 : démarrez le serveur avec -Dfabrik.db.path=$3 -Dfabrik.documents.dir=$4"
        ;;
    backup-postgresql)
        [ $# -eq 4 ] || fail "usage : fabrik-backup.sh backup-postgresql URL_BASE REPERTOIRE_DOCUMENTS CIBLE"
        empty_or_absent "$4"
        mkdir -p "$4/documents"
        pg_dump --format=custom --no-owner --file="$4/fabrik.dump" "$2"
        if [ -d "$3" ]; then cp -a "$3/." "$4/documents/"; fi
        echo "$4"
        ;;
    restore-postgresql)
        [ $# -eq 4 ] || fail "usage : fabrik-backup.sh restore-postgresql SAUVEGARDE URL_BASE REPERTOIRE_DOCUMENTS"
        [ -f "$2/fabrik.dump" ] || fail "$2 ne contient pas de fabrik.dump"
        empty_or_absent "$4"
        pg_restore --no-owner --exit-on-error --dbname="$3" "$2/fabrik.dump"
        mkdir -p "$4"
        if [ -d "$2/documents" ]; then cp -a "$2/documents/." "$4/"; fi
        echo "Base restaurée, documents dans $4"
        ;;
    *)
        sed -n '2,22p' "$0" >&2
        exit 2
        ;;
esac
