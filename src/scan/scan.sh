#!/usr/bin/env bash
# Security scans of Fabrik (issue "Prove it as users will"): sqlmap and wapiti, from Debian, against a fresh server
# with the demo data on ports +500, signed in as the coordinator (the administrator for the administration pages).
# sqlmap tries every parameter of every page, export and API call (src/scan/targets*.txt, one request per line, the
# demo data's ids) and the JSON body of the API's one write; wapiti crawls the whole application and attacks what it
# finds. Writes a Markdown summary to fabrik-ear/target/scan-results.md, the tools' reports beside it.
# Usage: ./fabrik scan                 SCAN_MINUTES=20 bounds wapiti's crawl and attacks for each account
set -euo pipefail
cd "$(dirname "$0")/../.."

# Over HTTPS, as in production, with the certificate WildFly generates for localhost (not checked: -k, sqlmap and
# wapiti do not check it either); the headers only TLS may carry (HSTS, Secure cookies) are then scanned too.
offset=500
base_url="https://localhost:$((8443 + offset))/fabrik"
server="fabrik-ear/target/wildfly-$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)"
dir="$PWD/fabrik-ear/target/scan"
results="fabrik-ear/target/scan-results.md"
minutes=${SCAN_MINUTES:-20}

if ! command -v sqlmap >/dev/null || ! command -v wapiti >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -q sqlmap wapiti > /dev/null
    else
        echo "sqlmap et wapiti manquent : sudo apt-get install sqlmap wapiti" >&2
        exit 2
    fi
fi
[ -f fabrik-ear/target/fabrik.ear ] || mvn -B -q -DskipTests -DskipITs install

rm -rf "$dir"
mkdir -p "$dir/deployments"
cp -r "$server/standalone/configuration" "$dir/"
cp fabrik-ear/target/fabrik.ear "$dir/deployments/"
"$server/bin/standalone.sh" -Djboss.server.base.dir="$dir" -Djboss.socket.binding.port-offset=$offset \
    -Dfabrik.demo=true > "$dir/console.log" 2>&1 &
server_pid=$!
stop_server() {
    pkill -TERM -P "$server_pid" 2>/dev/null || true
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT
for _ in $(seq 1 300); do
    [ -f "$dir/deployments/fabrik.ear.deployed" ] && break
    [ -f "$dir/deployments/fabrik.ear.failed" ] && { echo "déploiement échoué, voir $dir" >&2; exit 1; }
    sleep 1
done
for _ in $(seq 1 300); do grep -aq "Index de recherche prêt" "$dir/console.log" && break; sleep 1; done

# A signed-in session of an account: its JSESSIONID.
login() {
    local jar="$dir/cookies-$1" token
    rm -f "$jar"
    token=$(curl -sk -c "$jar" -b "$jar" "$base_url/espace/index.xhtml" \
        | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p')
    curl -sk -c "$jar" -b "$jar" -o /dev/null -d "j_username=$1&j_password=fabrik&csrf_token=$token" \
        "$base_url/j_security_check"
    sed -n 's/.*JSESSIONID\t\(.*\)$/\1/p' "$jar" | tail -1
}

# Whether a session is still signed in (a scanner may have pressed "Se déconnecter" on its way): FORM authentication
# answers a protected page without a session with the sign-in form, in 200, so the form is what tells.
signed_in() {
    ! curl -sk -H "Cookie: JSESSIONID=$1" "$base_url/espace/index.xhtml" | grep -q "j_security_check"
}

errors_before=$(grep -ac " ERROR " "$dir/console.log" || true)
echo "# Fabrik security scans — $(date -u +%Y-%m-%dT%H:%MZ) — sqlmap $(sqlmap --version 2>/dev/null | head -1)," \
    "wapiti $(wapiti --version 2>/dev/null | grep -o 'Wapiti-[0-9.]*' | head -1)" > "$results"

# Pages compared by their text: each page has its own script nonce and page state, and reflects the parameter in its
# links, so that comparing whole pages once made sqlmap take one page for injectable (then, at its default answer,
# skip every request left). And one candidate never stops the run.
compare=(--text-only --answers="skip further tests=N")

# sqlmap: each line of a targets file, every parameter, as the account given.
sqlmap_targets() {
    local account=$1 file=$2 cookie out
    cookie=$(login "$account")
    sed "s|^|$base_url|" "$file" > "$dir/sqlmap-$account.txt"
    out="$dir/sqlmap-$account"
    sqlmap -m "$dir/sqlmap-$account.txt" --cookie="JSESSIONID=$cookie" --batch --level 1 --risk 1 "${compare[@]}" \
        --output-dir="$out" --skip-waf --ignore-code=404 --disable-coloring > "$out.log" 2>&1 || true
    echo "$(grep -c . "$file") requests as $account ($(signed_in "$cookie" && echo "still signed in at the end" \
        || echo "signed out on the way"))"
}

echo "" >> "$results"
echo "## sqlmap (level 1, risk 1, every parameter of each request)" >> "$results"
echo "" >> "$results"
echo "- $(sqlmap_targets animatrice src/scan/targets.txt)" >> "$results"
echo "- $(sqlmap_targets admin src/scan/targets-admin.txt)" >> "$results"
cookie=$(login animatrice)
tag=$(curl -sk -D - -o /dev/null -H "Cookie: JSESSIONID=$cookie" -H "Accept: application/json" \
    "$base_url/api/v1/projects/2" | sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p')
# A move the lifecycle refuses (back to "reçue"), so that the project's version, hence its ETag, stays the same
# through the whole test instead of every request after the first being refused on its stale If-Match (412).
sqlmap -u "$base_url/api/v1/projects/2/state" --method=PUT --data='{"state":"RECEIVED","reason":"Été"}' \
    --headers="If-Match: $tag
Content-Type: application/json" --cookie="JSESSIONID=$cookie" --batch --level 1 --risk 1 "${compare[@]}" \
    --output-dir="$dir/sqlmap-put" --skip-waf --disable-coloring > "$dir/sqlmap-put.log" 2>&1 || true
echo "- the API's state change (PUT, JSON body, its ETag in If-Match, a move the lifecycle refuses)" >> "$results"
# sqlmap's own verdicts: injection points it confirmed, and candidates its false-positive check threw out.
verdicts() { cat "$dir"/sqlmap-*.log | grep -ac "$1" || true; }
echo "" >> "$results"
echo "Parameters tried: $(verdicts "testing for SQL injection on"); injection points confirmed:" \
    "**$(verdicts "sqlmap identified the following injection point")**; candidates sqlmap then found to be false" \
    "positives: $(verdicts "false positive or unexploitable"); answers in 5xx:" \
    "**$(cat "$dir"/sqlmap-*.log | grep -a -A1 "HTTP error codes detected" | grep -ac "50[0-9] (" || true)**." \
    >> "$results"

# wapiti: the whole application crawled from the home page and attacked, as each account; the sign-out button's
# address left aside, or the crawl would press it and attack the rest signed out.
# wapiti run by its own Python, through src/scan/wapiti.py (its exclusions mended).
wapiti_python=$(sed -n '1s/^#!//p' "$(command -v wapiti)")
wapiti_as() {
    local account=$1 start=$2 cookie report
    cookie=$(login "$account")
    report="$dir/wapiti-$account.json"
    "$wapiti_python" src/scan/wapiti.py -u "$base_url/" -s "$base_url$start" --scope folder \
        -x "$base_url/deconnexion" -H "Cookie: JSESSIONID=$cookie" \
        -m "common,csrf,crlf,xxe,methods,backup,htaccess" --flush-session --store-session "$dir/wapiti-session" \
        --max-scan-time $((minutes * 60)) --max-attack-time 240 -d 6 --max-links-per-page 60 --max-files-per-dir 40 \
        -f json -o "$report" --no-bugreport -v 1 > "$dir/wapiti-$account.log" 2>&1 || true
    echo "" >> "$results"
    echo "## wapiti as $account (from $start; $(signed_in "$cookie" && echo "still signed in at the end" \
        || echo "signed out on the way"))" >> "$results"
    echo "" >> "$results"
    python3 - "$report" "$dir/wapiti-$account.log" >> "$results" <<'PY'
import json, os, re, sys
if not os.path.exists(sys.argv[1]):
    print(f"**wapiti stopped without a report**; the end of its log ({sys.argv[2]}):")
    print()
    print("```")
    print("".join(open(sys.argv[2], errors="replace").readlines()[-5:]).rstrip())
    print("```")
    sys.exit(0)
report = json.load(open(sys.argv[1]))
crawled = {line.strip() for line in open(sys.argv[2], errors="replace") if re.match(r"\[\+\] (GET|POST) ", line)}
print(f"Crawled: {len(crawled)} resources (requests and forms).")
print()
print("| category | findings |")
print("|---|---|")
for kind in ("vulnerabilities", "anomalies", "additionals"):
    for category, found in sorted(report.get(kind, {}).items()):
        if found:
            print(f"| {kind}: {category} | {len(found)} |")
total = sum(len(found) for found in report.get("vulnerabilities", {}).values())
print()
print(f"Vulnerabilities: **{total}**; anomalies (5xx, timeouts): "
      f"**{sum(len(found) for found in report.get('anomalies', {}).values())}**.")
for kind in ("vulnerabilities", "anomalies"):
    for category, found in sorted(report.get(kind, {}).items()):
        for item in found[:10]:
            print(f"- {category}: {item.get('method')} {item.get('path')} {item.get('parameter', '')} — "
                  f"{item.get('info', '')[:200]}")
PY
}
wapiti_as animatrice /espace/index.xhtml
wapiti_as admin /admin/journal.xhtml

errors_after=$(grep -ac " ERROR " "$dir/console.log" || true)
echo "" >> "$results"
echo "Server log: $((errors_after - errors_before)) ERROR lines during the scans ($dir/console.log)." >> "$results"
cat "$results"
