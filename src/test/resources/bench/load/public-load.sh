#!/usr/bin/env bash
# Load test of the public side (issue 9, point 8): the public catalog API and the public portal page under wrk,
# then the heap one anonymous Vaadin session costs. See src/test/resources/bench/README.md, "Public load".
#   src/test/resources/bench/load/public-load.sh
# Environment (defaults): DW_JAR (target/datawijzer.jar; built with the wrapper when missing), DW_PORT (18090),
# DW_SECONDS (60), DW_WARMUP (10), DW_CONNECTIONS (32), DW_THREADS (2), DW_SESSIONS (2000), DW_HEAP (2g),
# DW_OUT (target/load), DW_TIMEOUT (10s: wrk counts a slower answer as a timeout error; wrk's own default is 2 s).
# Starts its own portal on a temporary data folder (embedded store, Huizen seed) and stops it at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../../.." && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
cd "$root"

jar="${DW_JAR:-target/datawijzer.jar}"
port="${DW_PORT:-18090}"
seconds="${DW_SECONDS:-60}"
warmup="${DW_WARMUP:-10}"
connections="${DW_CONNECTIONS:-32}"
threads="${DW_THREADS:-2}"
sessions="${DW_SESSIONS:-2000}"
heap="${DW_HEAP:-2g}"
timeout="${DW_TIMEOUT:-10s}"
out="${DW_OUT:-target/load}"
base="http://localhost:$port"

command -v wrk >/dev/null || { echo "wrk ontbreekt / wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl ontbreekt / curl is missing: apt-get install -y curl" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
[ -x "$JAVA_HOME/bin/jcmd" ] || { echo "jcmd not found under JAVA_HOME=$JAVA_HOME: a JDK (not a JRE) is needed" >&2; exit 1; }
java="$JAVA_HOME/bin/java"
jcmd="$JAVA_HOME/bin/jcmd"

if [ ! -f "$jar" ]; then
  echo "== building $jar"
  ./mvnw -B -DskipTests package
fi

mkdir -p "$out"
results="$out/public-load.jsonl"
: > "$results"
data="$(mktemp -d -t datawijzer-load.XXXXXX)"
log="$out/portal.log"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

# The rate limit on public APIs (default 50 requests/s per client) is switched off: all wrk connections come from
# one address and would otherwise measure the limiter. Profiling at start and on a schedule is off so that it does not
# take CPU during the measurement.
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "== starting the portal on $base (data in $data)"
"$java" -Xms"$heap" -Xmx"$heap" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Dfile.encoding=UTF-8 -jar "$jar" \
  --server.port="$port" --datawijzer.store.data-dir="$data" \
  --datawijzer.ratelimit.enabled=false \
  --datawijzer.quality.startup-runs=false --datawijzer.quality.schedule-enabled=false \
  > "$log" 2>&1 &
pid=$!
started=$(date +%s)
until curl -sf "$base/actuator/health/readiness" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the portal stopped; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  [ $(( $(date +%s) - started )) -lt 600 ] || { echo "not ready after 600 s; see $log" >&2; exit 1; }
  sleep 2
done
echo "   ready after $(( $(date +%s) - started )) s"

field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" <<<"$2"; }

slug="$(curl -sf "$base/api/3/action/package_list" | sed -n 's/.*"result":\["\([^"]*\)".*/\1/p')"
[ -n "$slug" ] || { echo "no published dataset in the seed's open-data view" >&2; exit 1; }

# name | path | Accept
targets=(
  "public-search|/api/public/search?q=wijk&limit=20|application/json"
  "ckan-package-search|/api/3/action/package_search?q=wijk&rows=20|application/json"
  "ckan-package-show|/api/3/action/package_show?id=$slug|application/json"
  "dcat-catalog-ttl|/api/public/dcat/catalog.ttl|text/turtle"
  "dcat-dataset-ttl|/api/public/dcat/datasets/$slug.ttl|text/turtle"
)
portal="portal-page|/open-data|text/html"

run_wrk() {
  local name="${1%%|*}" rest="${1#*|}"
  local path="${rest%%|*}" accept="${rest#*|}"
  curl -sf -o /dev/null -H "Accept: $accept" "$base$path" || { echo "$path does not answer 2xx" >&2; exit 1; }
  echo "== $name: $path ($warmup s warm-up, then $seconds s at $connections connections, $threads threads)"
  DW_PATH="$path" DW_ACCEPT="$accept" wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout "$timeout" \
    -s "$here/public-report.lua" "$base" >/dev/null
  local cpu_before line
  cpu_before=$(cpu_ticks)
  line=$(DW_PATH="$path" DW_ACCEPT="$accept" DW_NAME="$name" wrk -t"$threads" -c"$connections" \
    -d"${seconds}s" --timeout "$timeout" --latency -s "$here/public-report.lua" "$base" | tail -1)
  # CPU the portal spent per request: on a shared machine a steadier figure than requests/s, and with the cores it
  # gives the rate the portal alone could reach (wrk and other processes left aside).
  local cpu_ms=$(( ($(cpu_ticks) - cpu_before) * 1000 / ticks ))
  local requests
  requests=$(field requests "$line")
  local per_request capacity
  per_request=$(awk -v c="$cpu_ms" -v r="$requests" 'BEGIN { printf "%.3f", c / r }')
  capacity=$(awk -v p="$per_request" -v n="$(nproc)" 'BEGIN { printf "%.0f", n * 1000 / p }')
  line="${line%\}},\"cpuMsPerRequest\":$per_request,\"cpuBoundRps\":$capacity}"
  echo "$line" | tee -a "$results"
}

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }

used_heap_kb() {
  # two full collections, so that what is left is what is reachable
  "$jcmd" "$pid" GC.run >/dev/null
  "$jcmd" "$pid" GC.run >/dev/null
  "$jcmd" "$pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1
}

for target in "${targets[@]}"; do
  run_wrk "$target"
done

# Memory per anonymous session, before the portal-page run (which leaves a session per request behind).
echo "== $sessions anonymous Vaadin sessions on /open-data (bootstrap page, UI init, navigation)"
"$java" "$here/AnonymousSessions.java" "$base" open-data 2 >/dev/null   # compiles the tool, warms the view
before=$(used_heap_kb)
session_start=$(date +%s%N)
"$java" "$here/AnonymousSessions.java" "$base" open-data "$sessions" 4
session_ms=$(( ($(date +%s%N) - session_start) / 1000000 ))
after=$(used_heap_kb)
per_session=$(( (after - before) / sessions ))
echo "   used heap $before KB -> $after KB: $per_session KB per session; $sessions page views in $session_ms ms"
printf '{"name":"anonymous-session","sessions":%d,"heapBeforeKB":%d,"heapAfterKB":%d,"perSessionKB":%d,"ms":%d}\n' \
  "$sessions" "$before" "$after" "$per_session" "$session_ms" >> "$results"

run_wrk "$portal"

{
  echo "| target | path | requests/s | p50 ms | p99 ms | non-2xx | socket errors | portal CPU ms/request | CPU-bound requests/s on $(nproc) cores |"
  echo "|---|---|---|---|---|---|---|---|---|"
  grep '"rps"' "$results" | while read -r line; do
    socket=$(( $(field connect "$line") + $(field read "$line") + $(field write "$line") + $(field timeout "$line") ))
    echo "| $(field name "$line") | \`$(field path "$line")\` | $(field rps "$line") | $(field p50ms "$line") | $(field p99ms "$line") | $(field non2xx "$line") | $socket | $(field cpuMsPerRequest "$line") | $(field cpuBoundRps "$line") |"
  done
  echo
  echo "Anonymous Vaadin session: $per_session KB heap each ($sessions sessions, used heap after full GC $before -> $after KB)."
  echo
  echo "$(nproc) CPUs, load average at the start $load_start, at the end $(cut -d' ' -f1-3 /proc/loadavg); $connections connections, $threads wrk threads, ${seconds} s per target, wrk timeout $timeout."
} > "$out/public-load.md"
cat "$out/public-load.md"

errors=0
while read -r line; do
  errors=$(( errors + $(field non2xx "$line") + $(field connect "$line") + $(field read "$line") + $(field write "$line") + $(field timeout "$line") ))
done < <(grep '"rps"' "$results")
if [ "$errors" -ne 0 ]; then
  echo "FAILED: $errors errors (must be zero)" >&2
  exit 1
fi
