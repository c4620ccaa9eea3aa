#!/usr/bin/env bash
# The benchmark of Fabrik (issue "Prove it as users will"): for each dataset size, a fresh server on ports +300,
# generated data (src/bench/DataGenerator.java), the SQL statements each page executes (Derby's statement log),
# then wrk at 1 and 32 connections on each page (requests spread over 32 logged-in sessions, as 32 users), with the
# two floors: a static file and the empty page (same template and login as the real pages). Prints a Markdown
# table with each page's first view after start-up (ms) and the ratio of its steady p90 to the empty page's.
# Then, after the measurements, where each page's CPU goes (async-profiler; BENCH_PROFILE=0 to skip it).
# Usage: ./fabrik bench            sizes 100 and 100000 projects, 10 s per measurement
#        BENCH_SIZES="100 5000" BENCH_SECONDS=5 ./fabrik bench
set -euo pipefail
cd "$(dirname "$0")/../.."

sizes=${BENCH_SIZES:-"100 100000"}
seconds=${BENCH_SECONDS:-10}
offset=300
port=$((8080 + offset))
base_url="http://127.0.0.1:$port/fabrik"
server="fabrik-ear/target/wildfly-$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)"
derby="$server/modules/org/apache/derby/main"
results="fabrik-ear/target/bench-results.md"
command -v wrk >/dev/null || { echo "wrk manque : apt-get install wrk" >&2; exit 2; }

[ -f fabrik-ear/target/fabrik.ear ] || mvn -B -q -DskipTests -DskipITs install

start_server() {
    local dir=$1; shift
    rm -f "$dir"/deployments/fabrik.ear.{deployed,failed,isdeploying}
    # A production heap rather than WildFly's default 512 MB, in which 100,000 projects keep about 120 MB live and
    # young collections came every few hundred requests (BENCHMARKS.md, run 23).
    JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms1g -Xmx1g}" \
    "$server/bin/standalone.sh" -Djboss.server.base.dir="$dir" -Djboss.socket.binding.port-offset=$offset \
        -Dfabrik.demo=true "$@" > "$dir/console.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 300); do
        [ -f "$dir/deployments/fabrik.ear.deployed" ] && break
        [ -f "$dir/deployments/fabrik.ear.failed" ] && { echo "déploiement échoué, voir $dir" >&2; exit 1; }
        sleep 1
    done
    [ -f "$dir/deployments/fabrik.ear.deployed" ] || { echo "serveur pas prêt en 300 s" >&2; exit 1; }
    # The search index is rebuilt in the background when it does not match the database (generated data): the
    # measurements wait for it, so that its work is neither counted nor competing.
    for _ in $(seq 1 1800); do
        grep -aq "Index de recherche prêt" "$dir/console.log" && { grep -a "Index de recherche prêt" "$dir/console.log" | tail -1 | sed 's/.*INFO/>>/'; return 0; }
        sleep 1
    done
    echo "index de recherche pas prêt en 1800 s" >&2; exit 1
}

stop_server() {
    pkill -TERM -P "$server_pid" 2>/dev/null || true
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
}
trap 'stop_server 2>/dev/null || true' EXIT

# On two slow cores the JIT's compile queue still held about 2,000 methods several minutes after start-up while pages
# were driven (run 26): the measurements start once it is empty (at most 5 minutes, the server idle meanwhile), so
# that they measure compiled code and not the compiler taking a core.
jit_settled() {
    local java_pid waited=0
    java_pid=$(pgrep -f "jboss-modules.jar .*-Djboss.server.base.dir=$1( |$)" | head -1)
    [ -n "$java_pid" ] || return 0
    while [ "$waited" -lt 300 ]; do
        [ "$(jcmd "$java_pid" Compiler.queue 2>/dev/null | grep -cE '^ *[0-9]+ ')" -eq 0 ] && break
        sleep 5; waited=$((waited + 5))
    done
    echo ">> file de compilation vide après ${waited} s d'attente"
}

# async-profiler (Maven Central, tools.profiler:async-profiler) for the CPU breakdown of each page; nothing when it
# cannot be had (another architecture, no network and not in the local repository).
async_profiler() {
    local version=4.0 dir=fabrik-ear/target/async-profiler arch
    case "$(uname -m)" in
        x86_64) arch=linux-x64 ;;
        aarch64) arch=linux-arm64 ;;
        *) return 1 ;;
    esac
    if [ ! -f "$dir/$arch/libasyncProfiler.so" ]; then
        mvn -B -q -N dependency:copy -Dartifact="tools.profiler:async-profiler:$version" -DoutputDirectory="$dir" \
            >&2 || return 1
        (cd "$dir" && jar xf "async-profiler-$version.jar" "$arch/libasyncProfiler.so") || return 1
    fi
    echo "$PWD/$dir/$arch/libasyncProfiler.so"
}

# Where each page's CPU goes (src/bench/ProfileBreakdown.java): the profiler attached to the running server while wrk
# drives one page at a time, its request threads' stacks sampled on their own CPU clock.
profile_pages() {
    local dir=$1 profiler=$2 java_pid entry name path file out
    local -a breakdown=()
    java_pid=$(pgrep -f "jboss-modules.jar .*-Djboss.server.base.dir=$dir( |$)" | head -1)
    for entry in "${pages[@]}"; do
        name=${entry%%|*}; path=${entry#*|}
        [ "$name" = static ] && continue
        file="$dir/profile-${#breakdown[@]}.txt"
        jcmd "$java_pid" JVMTI.agent_load "$profiler" '"start,event=ctimer,threads"' > /dev/null
        out=$(FABRIK_COOKIES="$dir/sessions.txt" wrk -t1 -c1 -d"${BENCH_PROFILE_SECONDS:-8}s" \
            -s src/bench/sessions.lua "$base_url$path")
        jcmd "$java_pid" JVMTI.agent_load "$profiler" "\"stop,file=$file,collapsed\"" > /dev/null
        # A server that refuses the agent (its attach mechanism disabled) leaves no profile: no breakdown then.
        [ -s "$file" ] || { echo "pas de profil pour « $name » : répartition omise" >&2; return 0; }
        breakdown+=("$name|$file|$(awk '/requests in/ {print $1}' <<< "$out")")
    done
    echo "" >> "$results"
    echo "CPU per request of the request threads (async-profiler, c=1, ${BENCH_PROFILE_SECONDS:-8} s per page), as" \
        "multiples of the empty page's, by part of the request:" >> "$results"
    echo "" >> "$results"
    java src/bench/ProfileBreakdown.java "${breakdown[@]}" >> "$results"
}

login() {
    rm -f "$1"
    local token
    token=$(curl -s -c "$1" -b "$1" "$base_url/espace/index.xhtml" \
        | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p')
    curl -s -c "$1" -b "$1" -o /dev/null -d "j_username=animatrice&j_password=fabrik&csrf_token=$token" \
        "$base_url/j_security_check"
    sed -n 's/.*JSESSIONID\t\(.*\)$/\1/p' "$1" | tail -1
}

# One line of the results: wrk on a page at some connections; the ratio to the last empty page measured at as many.
measure() {
    local name=$1 path=$2 connections=$3 label=$4 threads out p50 p90 p99 rps kb errors ratio
    threads=$(( connections < 2 ? 1 : 2 ))
    out=$(FABRIK_COOKIES="$dir/sessions.txt" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency \
        -s src/bench/sessions.lua "$base_url$path")
    ms() { awk -v p="$1" '$1==p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.2f", v}' <<< "$out"; }
    p50=$(ms 50%); p90=$(ms 90%); p99=$(ms 99%)
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    # Bytes per response (wrk counts headers too, in units of 1,024): a page showing twenty rows at 100,000
    # projects and two at 100 does more work for its output, which the flatness ratio alone would hide.
    kb=$(awk '/requests in/ {v=$5; n=$1; u=1; if (v ~ /GB$/) u=1048576; else if (v ~ /MB$/) u=1024;
        else if (v ~ /KB$/) u=1; else u=1/1024; sub(/[KMG]?B$/, "", v); printf "%.1f", v * u / n}' <<< "$out")
    errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(/,/,""); n+=$4+$6+$8+$10} END {print n+0}' <<< "$out")
    [ "$name" = "empty page" ] && empty90[$connections]=$p90
    ratio=$(awk -v a="$p90" -v b="${empty90[$connections]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
    echo "| $name$label | ${sql[$name]} | ${sql_first[$name]} | $kb | $( [ "$connections" = 1 ] && [ -z "$label" ] && echo "${first[$name]}" ) | $connections | $p50 | $p90 | $p99 | $rps | $errors | $ratio |" >> "$results"
}

echo "# Fabrik benchmark — $(date -u +%Y-%m-%dT%H:%MZ) — $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB" > "$results"
echo "wrk ${seconds} s per measurement; times in ms; ratio = page p90 / empty page p90 at the same concurrency." >> "$results"

for size in $sizes; do
    dir="$PWD/fabrik-ear/target/bench-$size"
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -r "$server/standalone/configuration" "$dir/"
    mkdir -p "$dir/deployments"
    cp fabrik-ear/target/fabrik.ear "$dir/deployments/"

    echo ">> $size projets : schéma et données de démonstration"
    start_server "$dir"
    stop_server
    echo ">> $size projets : génération"
    java -cp "$derby/derby.jar:$derby/derbyshared.jar:$derby/derbytools.jar" src/bench/DataGenerator.java \
        "$dir/data/fabrikdb" "$size"

    echo ">> $size projets : requêtes SQL par page"
    start_server "$dir" -Dderby.language.logStatementText=true -Dderby.stream.error.file="$dir/derby.log"
    cookie=$(login "$dir/cookies")
    # The project page of a project being accompanied (the newest), as the coordinator works on it (a closed project
    # shows no form): its summary, and the tabs of its advice and orientations, the parts the generator fills.
    project=$(curl -s -H "Cookie: JSESSIONID=$cookie" "$base_url/projets/index.xhtml?etat=ACCOMPANIED" \
        | grep -o 'projet.xhtml?id=[0-9]*' | head -1 | cut -d= -f2)
    if [ -z "$project" ]; then
        echo "Aucun projet accompagné dans les données générées." >&2
        exit 1
    fi
    # The last session of 2024 (its agenda full at 100,000 projects) and an organisation of the directory's first
    # page, with its members, resources and projects.
    session=$(curl -s -H "Cookie: JSESSIONID=$cookie" "$base_url/reunions/calendrier.xhtml?annee=2024" \
        | { grep -o 'reunion.xhtml?id=[0-9]*' || true; } | tail -1 | cut -d= -f2)
    organisation=$(curl -s -H "Cookie: JSESSIONID=$cookie" "$base_url/reseau/index.xhtml?theme=CULTURE&commune=62510" \
        | { grep -o 'organisation.xhtml?id=[0-9]*' || true; } | head -1 | cut -d= -f2)
    if [ -z "$session" ] || [ -z "$organisation" ]; then
        echo "Aucune réunion ou aucune organisation dans les données générées." >&2
        exit 1
    fi
    pages=(
        "static|/robots.txt"
        "empty page|/espace/index.xhtml"
        "home|/"
        "calendar 2024|/reunions/calendrier.xhtml?annee=2024"
        "API sessions 2024|/api/v1/sessions?year=2024"
        "projects list|/projets/index.xhtml"
        "projects filtered|/projets/index.xhtml?etat=ACCOMPANIED&commune=62510&domaine=CULTURE"
        "project page|/projets/projet.xhtml?id=$project"
        "project advice|/projets/projet.xhtml?id=$project&partie=avis"
        "project orientations|/projets/projet.xhtml?id=$project&partie=orientations"
        "session page|/reunions/reunion.xhtml?id=$session"
        "network directory|/reseau/index.xhtml?theme=CULTURE&commune=62510"
        "organisation page|/reseau/organisation.xhtml?id=$organisation"
        "resources catalogue|/ressources/index.xhtml"
        "library|/capitalisation/index.xhtml"
        "library filtered|/capitalisation/index.xhtml?theme=CULTURE&commune=62510"
        "search|/recherche/index.xhtml?q=jardin+partag%C3%A9"
        "statistics 2024|/statistiques/index.xhtml?annee=2024"
        "projects behind a figure|/projets/index.xhtml?jalon=PRESENTED&du=2024-03-01&au=2024-03-31"
        "API projects|/api/v1/projects?state=ACCOMPANIED&size=20"
        "API project|/api/v1/projects/$project"
        "API statistics 2024|/api/v1/statistics?year=2024"
        "widget my projects|/widgets/mes-projets.xhtml"
    )
    # Statements of a page's first reading, then of the next: the services keep some pages' rows between changes.
    declare -A sql sql_first
    statements() { grep -c "Executing prepared statement\|Executing statement" "$dir/derby.log" || true; }
    for entry in "${pages[@]}"; do
        name=${entry%%|*}; path=${entry#*|}
        before=$(statements)
        curl -s -o /dev/null -H "Cookie: JSESSIONID=$cookie" "$base_url$path"
        between=$(statements)
        curl -s -o /dev/null -H "Cookie: JSESSIONID=$cookie" "$base_url$path"
        after=$(statements)
        sql_first[$name]=$((between - before))
        sql[$name]=$((after - between))
    done
    stop_server

    echo ">> $size projets : charge"
    start_server "$dir"
    : > "$dir/sessions.txt"
    for user in $(seq 1 32); do
        login "$dir/cookies" >> "$dir/sessions.txt"
    done
    echo "" >> "$results"
    echo "## $size projects" >> "$results"
    echo "" >> "$results"
    # The first view of each page after start-up (cold caches, code not yet compiled by the JIT) is reported on its
    # own; then every page is driven in turn for a few rounds, so that the percentiles measure the steady state: with
    # one round of 2 s, the empty page measured first was still being compiled (by hand, its p90 falls from 4 ms to
    # 2 ms within two minutes of traffic). wrk corrects for coordinated omission: without the warm-up, one slow first
    # view would count as hundreds of slow requests.
    declare -A first
    for entry in "${pages[@]}"; do
        name=${entry%%|*}; path=${entry#*|}
        first[$name]=$(curl -s -o /dev/null -w "%{time_total}" -H "Cookie: JSESSIONID=$(head -1 "$dir/sessions.txt")" \
            "$base_url$path" | awk '{printf "%.0f", $1 * 1000}')
    done
    for _ in $(seq 1 "${BENCH_WARMUP_ROUNDS:-4}"); do
        for entry in "${pages[@]}"; do
            FABRIK_COOKIES="$dir/sessions.txt" wrk -t1 -c1 -d2s -s src/bench/sessions.lua "$base_url${entry#*|}" \
                > /dev/null
        done
    done
    jit_settled "$dir"
    echo "| page | SQL | SQL first | KB | first view | c | p50 | p90 | p99 | req/s | errors | ratio p90 |" >> "$results"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|" >> "$results"
    declare -A empty90=()
    for connections in 1 32; do
        for entry in "${pages[@]}"; do
            measure "${entry%%|*}" "${entry#*|}" "$connections" ""
        done
    done
    # The pages whose rows the services keep until the next change, and search, whose results are kept until the
    # index changes, measured again with nothing kept (the system properties set on the running server, read at each
    # use): what their first reader after a change, or the first to ask a question, waits for.
    cli=("$server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + offset))")
    "${cli[@]}" --command="/system-property=fabrik.statistics.cache.seconds:add(value=0)" > /dev/null
    "${cli[@]}" --command="/system-property=fabrik.search.cache.size:add(value=0)" > /dev/null
    for entry in "${pages[@]}"; do
        case "${entry%%|*}" in
            "empty page"|"projects list"|"projects filtered"|"network directory"|"resources catalogue"|\
            "library"|"library filtered"|"search"|"statistics 2024"|"projects behind a figure") ;;
            *) continue ;;
        esac
        FABRIK_COOKIES="$dir/sessions.txt" wrk -t1 -c1 -d2s -s src/bench/sessions.lua "$base_url${entry#*|}" > /dev/null
        measure "${entry%%|*}" "${entry#*|}" 1 ", nothing kept"
    done
    # The statistics with not even the settled past kept (fabrik.statistics.settled): what the first reader of a
    # filter waits for after start-up, every period counted.
    "${cli[@]}" --command="/system-property=fabrik.statistics.settled:add(value=false)" > /dev/null
    for entry in "${pages[@]}"; do
        [ "${entry%%|*}" = "statistics 2024" ] || continue
        FABRIK_COOKIES="$dir/sessions.txt" wrk -t1 -c1 -d2s -s src/bench/sessions.lua "$base_url${entry#*|}" > /dev/null
        measure "${entry%%|*}" "${entry#*|}" 1 ", nothing kept nor settled"
    done
    "${cli[@]}" --command="/system-property=fabrik.statistics.settled:remove" > /dev/null
    "${cli[@]}" --command="/system-property=fabrik.statistics.cache.seconds:remove" > /dev/null
    "${cli[@]}" --command="/system-property=fabrik.search.cache.size:remove" > /dev/null
    if [ "${BENCH_PROFILE:-1}" = 1 ] && profiler=$(async_profiler); then
        profile_pages "$dir" "$profiler"
    fi
    stop_server
done
cat "$results"
