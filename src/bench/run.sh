#!/usr/bin/env bash
# Brisk against the project's raw-Netty baseline, on this machine, in one run.
#
#   src/bench/run.sh                              # raw, brisk-nb, brisk on every endpoint
#   src/bench/run.sh raw brisk-nb                 # only these servers
#   DURATION=5 WARMUP=3 ENDPOINTS="plaintext json" src/bench/run.sh
#
# Builds src/bench/target/brisk-bench.jar (BUILD=0 skips), then for each server in turn: starts it
# pinned to SERVER_CPU, warms up every endpoint, and per endpoint runs wrk pinned to CLIENT_CPU
# (WARMUP seconds discarded, then DURATION seconds measured with --latency). Prints a Markdown
# table of requests/s and p99 with the ratio to raw Netty measured in the same run, and writes it
# to src/bench/target/bench-results/<timestamp>.md (raw wrk output beside it).
#
# Servers: raw (hand-written Netty, the ceiling), brisk-nb (BRISK_MODE=nonblocking: handlers on the
# event loop), brisk (default mode: handlers on virtual threads). Loopback only.
#
# Settings (environment):
#   DURATION=10 WARMUP=5        measured and warm-up seconds per endpoint
#   ENDPOINTS="plaintext json items-get items-post"
#   CONNECTIONS=64 THREADS=1    wrk connections and threads
#   SERVER_CPU=0 CLIENT_CPU=1   taskset core lists
#   PORT=18080                  the port the servers listen on (127.0.0.1)
#   JAVA_HOME_BENCH=/usr/lib/jvm/temurin-25-jdk-amd64   the JDK that runs the servers
#   JAVA_OPTS="-Xmx512m --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
#   BUILD=1                     0: use the jar as it is
#   LOAD_MAX=0.7 LOAD_WAIT=0    wait up to LOAD_WAIT seconds for the 1-minute load average to drop
#                               below LOAD_MAX before starting (0: don't wait, only warn)
# Needs: wrk (apt-get install -y wrk), curl, taskset (util-linux), python3 is not needed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
ENDPOINTS=${ENDPOINTS:-"plaintext json items-get items-post"}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-1}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PORT=${PORT:-18080}
JAVA_HOME_BENCH=${JAVA_HOME_BENCH:-${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow}
BUILD=${BUILD:-1}
LOAD_MAX=${LOAD_MAX:-0.7}
LOAD_WAIT=${LOAD_WAIT:-0}
SERVERS=("$@")
[ ${#SERVERS[@]} -gt 0 ] || SERVERS=(raw brisk-nb brisk)
JAR="$here/target/brisk-bench.jar"
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is missing: apt-get install -y util-linux" >&2; exit 1; }
[ -x "$JAVA_HOME_BENCH/bin/java" ] || { echo "no JDK at $JAVA_HOME_BENCH (set JAVA_HOME_BENCH)" >&2; exit 1; }

if [ "$BUILD" = 1 ]; then
  echo "building $JAR ..." >&2
  (cd "$root" && ./mvnw -q -B -pl src/bench -am package -DskipTests)
fi
[ -f "$JAR" ] || { echo "no $JAR: build it first" >&2; exit 1; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$here/target/bench-results"
mkdir -p "$out"
raw_dir="$out/$stamp"
mkdir -p "$raw_dir"
post_lua="$here/post-item.lua"

path_of() {
  case $1 in
    plaintext) echo /plaintext ;;
    json) echo /json ;;
    items-get) echo "/items/42?q=hello" ;;
    items-post) echo /items ;;
    *) echo "unknown endpoint $1" >&2; exit 1 ;;
  esac
}

wrk_run() { # seconds endpoint [--latency]
  local secs=$1 ep=$2; shift 2
  local script=()
  [ "$ep" = items-post ] && script=(-s "$post_lua")
  taskset -c "$CLIENT_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" "${script[@]}" "$@" "$BASE$(path_of "$ep")"
}

# CPU time (clock ticks) of a process, all its threads.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# p99 in ms from wrk --latency output.
p99_ms() {
  awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.2f", v }' "$1"
}

start_server() { # name -> sets PID
  local name=$1 mode_env=() args=()
  case $name in
    raw) args=(raw) ;;
    brisk) mode_env=(BRISK_MODE=default) ;;
    brisk-nb) mode_env=(BRISK_MODE=nonblocking) ;;
    *) echo "unknown server $name (raw, brisk, brisk-nb)" >&2; exit 1 ;;
  esac
  # shellcheck disable=SC2086
  env PORT="$PORT" "${mode_env[@]}" taskset -c "$SERVER_CPU" "$JAVA_HOME_BENCH/bin/java" $JAVA_OPTS \
    -jar "$JAR" "${args[@]}" >"$raw_dir/$name.log" 2>&1 &
  PID=$!
  local begin=$(date +%s%N)
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "$BASE/plaintext"; then
      echo "$name: up in $(( ($(date +%s%N) - begin) / 1000000 )) ms (pid $PID)" >&2
      return 0
    fi
    kill -0 "$PID" 2>/dev/null || { echo "$name exited; log:" >&2; cat "$raw_dir/$name.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$name did not answer within 30 s" >&2
  kill "$PID"; exit 1
}

stop_server() {
  [ -n "${PID:-}" ] || return 0
  kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}
# Whatever happens, the server this script started does not outlive it.
PID=""
trap stop_server EXIT

conforms() { # quick status check of every endpoint
  local ok=1
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/plaintext")" = 200 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/json")" = 200 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/items/42?q=hello")" = 200 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/items/abc")" = 422 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -d '{"name":"widget","price":9.5,"tags":["a"]}' "$BASE/items")" = 201 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -d '{"name":"","price":0,"tags":[]}' "$BASE/items")" = 422 ] || ok=0
  [ $ok = 1 ] && echo yes || echo NO
}

load1() { cut -d' ' -f1 /proc/loadavg; }
busy() { awk -v l="$(load1)" -v m="$LOAD_MAX" 'BEGIN { exit !(l >= m) }'; }
waited=0
while busy && [ "$waited" -lt "$LOAD_WAIT" ]; do sleep 10; waited=$((waited + 10)); done
if busy; then
  echo "warning: load average $(load1) >= $LOAD_MAX: other work shares the cores, the numbers will be noisy" >&2
fi

declare -A RPS P99 CPU ERR CONF
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for name in "${SERVERS[@]}"; do
  start_server "$name"
  CONF[$name]=$(conforms)
  echo "$name: conformance ${CONF[$name]:-?}; warming up" >&2
  for ep in $ENDPOINTS; do wrk_run "$WARMUP" "$ep" >/dev/null; done
  for ep in $ENDPOINTS; do
    wrk_run "$WARMUP" "$ep" >/dev/null
    t0=$(cpu_ticks "$PID")
    f="$raw_dir/$name-$ep.txt"
    wrk_run "$DURATION" "$ep" --latency >"$f"
    t1=$(cpu_ticks "$PID")
    rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$f")
    total=$(awk '/requests in/ {print $1}' "$f")
    RPS[$name,$ep]=$rps
    P99[$name,$ep]=$(p99_ms "$f")
    # server CPU per request in µs (clock ticks are 1/100 s)
    CPU[$name,$ep]=$(awk -v d=$((t1 - t0)) -v n="${total:-0}" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { if (n > 0) printf "%.1f", d / hz * 1e6 / n; else print "-" }')
    errs=$(awk '/Non-2xx|Socket errors/ {print}' "$f" | tr '\n' ' ')
    ERR[$name,$ep]=${errs:-}
    echo "$name $ep: $rps req/s, p99 ${P99[$name,$ep]} ms, ${CPU[$name,$ep]} µs CPU/req ${errs:+($errs)}" >&2
  done
  stop_server
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { # a b -> a/b as 0.00x, or - when b is missing
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f×", a / b }'
}

report="$out/$stamp.md"
{
  echo "## src/bench/run.sh, $stamp"
  echo
  echo "- $(nproc) cores visible; server pinned to core $SERVER_CPU, wrk to core $CLIENT_CPU; loopback"
  echo "- JVM: $("$JAVA_HOME_BENCH/bin/java" -version 2>&1 | head -1); flags: \`$JAVA_OPTS\`"
  echo "- wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'): $THREADS thread(s), $CONNECTIONS connections, ${WARMUP} s warm-up, ${DURATION} s measured per endpoint"
  echo "- load average at start: $load_start; at end: $load_end"
  echo "- status codes of all endpoints (incl. 422 on a bad id and an invalid body): $(for n in "${SERVERS[@]}"; do printf '%s %s; ' "$n" "${CONF[$n]}"; done)"
  echo
  echo "| server | endpoint | req/s | p99 ms | server CPU µs/req | req/s vs raw | p99 vs raw | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---|"
  for ep in $ENDPOINTS; do
    for name in "${SERVERS[@]}"; do
      echo "| $name | $ep | ${RPS[$name,$ep]:-} | ${P99[$name,$ep]:-} | ${CPU[$name,$ep]:-} |" \
        "$(ratio "${RPS[$name,$ep]:-}" "${RPS[raw,$ep]:-}") | $(ratio "${P99[$name,$ep]:-}" "${P99[raw,$ep]:-}") | ${ERR[$name,$ep]:-} |"
    done
  done
} >"$report"
cat "$report"
echo >&2
echo "report: $report (raw wrk output in $raw_dir)" >&2
