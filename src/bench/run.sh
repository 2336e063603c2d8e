#!/usr/bin/env bash
# Brisk against the project's raw-Netty baseline, on this machine, in one interleaved run.
#
#   src/bench/run.sh                              # raw, brisk-nb, brisk on every endpoint
#   src/bench/run.sh raw brisk-nb                 # only these servers
#   ROUNDS=1 DURATION=5 ENDPOINTS="plaintext json" src/bench/run.sh
#   src/bench/run.sh raw control brisk-nb         # control: a second raw Netty, the noise floor
#   src/bench/run.sh raw brisk-nb vertx=../peers/vertx-web/start.sh   # any server started by a script
#
# Why interleaved: on a shared or virtual machine the speed of the whole machine drifts by 20-50%
# within minutes, so servers measured one after the other compare the machine's moments, not the
# servers. Here every server runs at once (each on its own port, all pinned to SERVER_CPU, only one
# of them loaded at a time), and each endpoint is measured in ROUNDS rounds; a round measures every
# server once, back to back, in an order that rotates from round to round. Each round's ratio to
# raw Netty compares two measurements seconds apart; the report gives the median of the rounds'
# ratios and their range, which is the run's own measure of its noise.
#
# Steps: build src/bench/target/brisk-bench.jar (BUILD=0 skips); start the servers and check the
# status codes of every endpoint; warm every server up (WARMUP seconds per endpoint, twice, so that
# the JIT has finished with every path before anything is measured); then per endpoint and round,
# per server: SETTLE seconds of load (discarded), DURATION seconds measured with wrk --latency,
# the server's CPU time read before and after. Prints a Markdown table and writes it to
# src/bench/target/bench-results/<timestamp>.md, with the raw wrk output beside it.
#
# Servers: raw (hand-written Netty, the ceiling), brisk-nb (BRISK_MODE=nonblocking: handlers on the
# event loop), brisk (default mode: handlers on virtual threads), control (a second raw Netty: its
# ratio to raw is what the machine's noise alone does to a ratio), or NAME=SCRIPT: a script that runs
# a server in the foreground on $PORT serving the same four endpoints (it gets PORT, and
# BENCH_JAVA_HOME / BENCH_JAVA_OPTS set to the JDK and flags below). Loopback only.
#
# Settings (environment):
#   ROUNDS=3                    measured rounds per endpoint
#   DURATION=5 SETTLE=2         measured and discarded seconds per server in each round
#   WARMUP=10                   warm-up seconds per endpoint and server (run twice) before measuring
#   ENDPOINTS="plaintext json items-get items-post"
#   CONNECTIONS=64 THREADS=1    wrk connections and threads
#   SERVER_CPU=0 CLIENT_CPU=1   taskset core lists
#   PORT=18080                  the first server's port (127.0.0.1); the others take the next ones
#   JAVA_HOME_BENCH=/usr/lib/jvm/temurin-25-jdk-amd64   the JDK that runs the servers
#   JAVA_OPTS="-Xmx512m --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
#   BUILD=1                     0: use the jar as it is
#   LOAD_MAX=0.7 LOAD_WAIT=0    wait up to LOAD_WAIT seconds for the 1-minute load average to drop
#                               below LOAD_MAX before starting (0: don't wait, only warn)
# Needs: wrk (apt-get install -y wrk), curl, taskset (util-linux).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5}
SETTLE=${SETTLE:-2}
WARMUP=${WARMUP:-10}
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
ARGS=("$@")
[ ${#ARGS[@]} -gt 0 ] || ARGS=(raw brisk-nb brisk)
JAR="$here/target/brisk-bench.jar"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is missing: apt-get install -y util-linux" >&2; exit 1; }
[ -x "$JAVA_HOME_BENCH/bin/java" ] || { echo "no JDK at $JAVA_HOME_BENCH (set JAVA_HOME_BENCH)" >&2; exit 1; }
[ "$ROUNDS" -ge 1 ] 2>/dev/null || { echo "ROUNDS must be 1 or more" >&2; exit 1; }

# Names, and the script of each NAME=SCRIPT server.
SERVERS=()
declare -A SCRIPT PORT_OF SPID JPID
for arg in "${ARGS[@]}"; do
  case $arg in
    raw | control | brisk | brisk-nb) name=$arg ;;
    *=*)
      name=${arg%%=*}
      SCRIPT[$name]=$(cd "$(dirname "${arg#*=}")" && pwd)/$(basename "${arg#*=}")
      [ -x "${SCRIPT[$name]}" ] || { echo "$name: ${arg#*=} is not an executable script" >&2; exit 1; }
      ;;
    *) echo "unknown server $arg (raw, control, brisk, brisk-nb or NAME=SCRIPT)" >&2; exit 1 ;;
  esac
  [ -z "${PORT_OF[$name]:-}" ] || { echo "server $name is named twice" >&2; exit 1; }
  PORT_OF[$name]=$((PORT + ${#SERVERS[@]}))
  SERVERS+=("$name")
done
# Ratios are to raw Netty when it runs, else to the first server named.
BASELINE=${SERVERS[0]}
for name in "${SERVERS[@]}"; do [ "$name" = raw ] && BASELINE=raw; done

if [ "$BUILD" = 1 ]; then
  echo "building $JAR ..." >&2
  (cd "$root" && ./mvnw -q -B -pl src/bench -am package -DskipTests)
fi
[ -f "$JAR" ] || { echo "no $JAR: build it first" >&2; exit 1; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$here/target/bench-results"
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

wrk_run() { # server seconds endpoint [--latency]
  local name=$1 secs=$2 ep=$3; shift 3
  local script=()
  [ "$ep" = items-post ] && script=(-s "$post_lua")
  taskset -c "$CLIENT_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" "${script[@]}" "$@" \
    "http://127.0.0.1:${PORT_OF[$name]}$(path_of "$ep")"
}

# CPU time (clock ticks) of a process, all its threads.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# p99 in ms from wrk --latency output.
p99_ms() {
  awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.2f", v }' "$1"
}

start_server() { # name
  local name=$1 port=${PORT_OF[$1]} cmd=() mode_env=()
  case $name in
    raw | control) cmd=("$JAVA_HOME_BENCH/bin/java" $JAVA_OPTS -jar "$JAR" raw) ;;
    brisk) mode_env=(BRISK_MODE=default); cmd=("$JAVA_HOME_BENCH/bin/java" $JAVA_OPTS -jar "$JAR") ;;
    brisk-nb) mode_env=(BRISK_MODE=nonblocking); cmd=("$JAVA_HOME_BENCH/bin/java" $JAVA_OPTS -jar "$JAR") ;;
    *) cmd=("${SCRIPT[$name]}") ;;
  esac
  ! curl -s -o /dev/null "http://127.0.0.1:$port/" || { echo "port $port is already in use" >&2; exit 1; }
  # setsid: the server leads its own process group, so a script's JVM is stopped with it.
  env PORT="$port" BENCH_JAVA_HOME="$JAVA_HOME_BENCH" BENCH_JAVA_OPTS="$JAVA_OPTS" "${mode_env[@]}" \
    setsid taskset -c "$SERVER_CPU" "${cmd[@]}" >"$raw_dir/$name.log" 2>&1 &
  SPID[$name]=$!
  local begin
  begin=$(date +%s%N)
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/plaintext"; then
      echo "$name: up in $(( ($(date +%s%N) - begin) / 1000000 )) ms on port $port" >&2
      return 0
    fi
    kill -0 "${SPID[$name]}" 2>/dev/null || { echo "$name exited; log:" >&2; cat "$raw_dir/$name.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$name did not answer within 60 s" >&2
  exit 1
}

stop_servers() {
  local name pid
  for name in "${!SPID[@]}"; do
    pid=${SPID[$name]}
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for name in "${!SPID[@]}"; do
    pid=${SPID[$name]}
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  SPID=()
}
# Whatever happens, the servers this script started do not outlive it.
trap stop_servers EXIT

# The JVM's pid (for its CPU time): the server itself, or the process a script exec'd or started.
jvm_pid() {
  local pid=${SPID[$1]} child
  child=$(pgrep -P "$pid" | head -1 || true)
  while [ -n "$child" ]; do pid=$child; child=$(pgrep -P "$pid" | head -1 || true); done
  echo "$pid"
}

conforms() { # quick status check of every endpoint
  local base="http://127.0.0.1:${PORT_OF[$1]}" ok=1
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/plaintext")" = 200 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/json")" = 200 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/items/42?q=hello")" = 200 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/items/abc")" = 422 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -d '{"name":"widget","price":9.5,"tags":["a"]}' "$base/items")" = 201 ] || ok=0
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      -d '{"name":"","price":0,"tags":[]}' "$base/items")" = 422 ] || ok=0
  [ $ok = 1 ] && echo yes || echo NO
}

load1() { cut -d' ' -f1 /proc/loadavg; }
busy() { awk -v l="$(load1)" -v m="$LOAD_MAX" 'BEGIN { exit !(l >= m) }'; }
waited=0
while busy && [ "$waited" -lt "$LOAD_WAIT" ]; do sleep 10; waited=$((waited + 10)); done
if busy; then
  echo "warning: load average $(load1) >= $LOAD_MAX: other work shares the cores, the numbers will be noisy" >&2
fi

# median of the arguments (numbers); "-" when there are none
median() { printf '%s\n' "$@" | grep -v '^-*$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# smallest and largest of the arguments as "a–b"
range() { printf '%s\n' "$@" | grep -v '^-*$' | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { if (NR) printf "%.2f–%.2f", lo, hi; else print "-" }'; }

# a / b to four places; "-" when either is missing or b is 0
quotient() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || a == "-" || b == "" || b == "-" || b == 0) print "-"; else printf "%.4f", a / b }'; }

hz=$(getconf CLK_TCK)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A CONF RPS P99 CPU RATIO P99RATIO ERR
for name in "${SERVERS[@]}"; do
  start_server "$name"
  JPID[$name]=$(jvm_pid "$name")
  CONF[$name]=$(conforms "$name")
done
for pass in 1 2; do
  for name in "${SERVERS[@]}"; do
    echo "warm-up $pass/2: $name" >&2
    for ep in $ENDPOINTS; do wrk_run "$name" "$WARMUP" "$ep" >/dev/null; done
  done
done

n=${#SERVERS[@]}
for ep in $ENDPOINTS; do
  for round in $(seq 1 "$ROUNDS"); do
    for k in $(seq 0 $((n - 1))); do
      name=${SERVERS[$(((k + round - 1) % n))]}
      wrk_run "$name" "$SETTLE" "$ep" >/dev/null
      f="$raw_dir/$name-$ep-$round.txt"
      t0=$(cpu_ticks "${JPID[$name]}")
      wrk_run "$name" "$DURATION" "$ep" --latency >"$f"
      t1=$(cpu_ticks "${JPID[$name]}")
      total=$(awk '/requests in/ {print $1}' "$f")
      RPS[$name,$ep,$round]=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$f")
      P99[$name,$ep,$round]=$(p99_ms "$f")
      # server CPU per request in µs
      CPU[$name,$ep,$round]=$(awk -v d=$((t1 - t0)) -v n="${total:-0}" -v hz="$hz" \
        'BEGIN { if (n > 0) printf "%.1f", d / hz * 1e6 / n; else print "-" }')
      errs=$(awk '/Non-2xx|Socket errors/ {print}' "$f" | tr '\n' ' ')
      [ -z "$errs" ] || ERR[$name,$ep]="${ERR[$name,$ep]:-}$errs"
      echo "$ep round $round: $name ${RPS[$name,$ep,$round]} req/s, p99 ${P99[$name,$ep,$round]} ms," \
        "${CPU[$name,$ep,$round]} µs CPU/req ${errs:+($errs)}" >&2
    done
    for name in "${SERVERS[@]}"; do
      RATIO[$name,$ep,$round]=$(quotient "${RPS[$name,$ep,$round]}" "${RPS[$BASELINE,$ep,$round]}")
      P99RATIO[$name,$ep,$round]=$(quotient "${P99[$name,$ep,$round]}" "${P99[$BASELINE,$ep,$round]}")
    done
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# the values of one table over the rounds
over_rounds() { # array-name server endpoint
  local -n values=$1
  local r
  for r in $(seq 1 "$ROUNDS"); do echo "${values[$2,$3,$r]:--}"; done
}
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { if (v == "-" || v == "") print "-"; else printf f, v }'; }

report="$out/$stamp.md"
{
  echo "## src/bench/run.sh, $stamp"
  echo
  echo "- $(nproc) cores visible; every server pinned to core $SERVER_CPU (one loaded at a time), wrk to core $CLIENT_CPU; loopback"
  echo "- JVM: $("$JAVA_HOME_BENCH/bin/java" -version 2>&1 | head -1); flags: \`$JAVA_OPTS\`"
  echo "- wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'): $THREADS thread(s), $CONNECTIONS connections; warm-up 2 × ${WARMUP} s per endpoint and server;" \
    "then $ROUNDS round(s) per endpoint, each server ${SETTLE} s discarded + ${DURATION} s measured, order rotating"
  echo "- load average at start: $load_start; at end: $load_end"
  echo "- status codes of all endpoints (incl. 422 on a bad id and an invalid body): $(for s in "${SERVERS[@]}"; do printf '%s %s; ' "$s" "${CONF[$s]}"; done)"
  echo
  echo "Medians over the rounds; the ratios are the median (and range) of each round's ratio to $BASELINE."
  echo
  echo "| server | endpoint | req/s | p99 ms | server CPU µs/req | req/s vs $BASELINE (range) | p99 vs $BASELINE | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---|"
  for ep in $ENDPOINTS; do
    for name in "${SERVERS[@]}"; do
      mapfile -t ratios < <(over_rounds RATIO "$name" "$ep")
      echo "| $name | $ep | $(fmt "$(median $(over_rounds RPS "$name" "$ep"))" '%.0f')" \
        "| $(fmt "$(median $(over_rounds P99 "$name" "$ep"))" '%.2f')" \
        "| $(fmt "$(median $(over_rounds CPU "$name" "$ep"))" '%.1f')" \
        "| $(fmt "$(median "${ratios[@]}")" '%.2f×') ($(range "${ratios[@]}"))" \
        "| $(fmt "$(median $(over_rounds P99RATIO "$name" "$ep"))" '%.2f×') | ${ERR[$name,$ep]:-} |"
    done
  done
} >"$report"
cat "$report"
echo >&2
echo "report: $report (raw wrk output in $raw_dir)" >&2
