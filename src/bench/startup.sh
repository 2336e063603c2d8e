#!/usr/bin/env bash
# Start-up time and footprint of an app jar (by default the hello example), on this machine.
#
#   src/bench/startup.sh                 # hello.jar: start to first response, median of RUNS
#   src/bench/startup.sh --aot           # the same with a JDK 25 AOT cache (trained once, then reused)
#   src/bench/startup.sh --footprint     # RSS after REQUESTS requests with -Xmx64m
#   JAR=examples/inventory/target/inventory.jar PATH_TO_GET=/health src/bench/startup.sh
#
# "Start-up" is the wall time from launching `java -jar` to the first 200 answer of GET $PATH_TO_GET
# (polled every 5 ms with curl), with the JVM's default flags. The AOT cache (JEP 483/514, JDK 25)
# is created by one training run that serves a few requests of every kind and exits; later runs
# map the loaded and linked classes from it instead of loading them again.
#
# Settings (environment): RUNS=5, PORT=18090, REQUESTS=100000 (footprint), BUILD=1 (0: use the
# jar as it is), JAVA_HOME_BENCH (the JDK, default the newest under /usr/lib/jvm).
# Needs: curl; --footprint also needs wrk (apt-get install -y wrk).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-5}
PORT=${PORT:-18090}
REQUESTS=${REQUESTS:-100000}
BUILD=${BUILD:-1}
JAR=${JAR:-examples/hello/target/hello.jar}
PATH_TO_GET=${PATH_TO_GET:-/}
if [ -z "${JAVA_HOME_BENCH:-}" ]; then
  for candidate in /usr/lib/jvm/*-2[5-9]-* /usr/lib/jvm/*-2[1-4]-*; do
    [ -x "$candidate/bin/java" ] && { JAVA_HOME_BENCH=$candidate; break; }
  done
fi
JAVA_HOME_BENCH=${JAVA_HOME_BENCH:-/usr/lib/jvm/default-java}
JAVA="$JAVA_HOME_BENCH/bin/java"
MODE=${1:-plain}
LOG=$(mktemp)
cd "$root"
[ -x "$JAVA" ] || { echo "no JDK 21+ found (set JAVA_HOME_BENCH)" >&2; exit 1; }
if [ "$BUILD" = 1 ]; then
  echo "building $JAR ..." >&2
  ./mvnw -q -B package -DskipTests -pl "$(dirname "$(dirname "$JAR")")" -am
fi
URL="http://127.0.0.1:$PORT$PATH_TO_GET"
! curl -s -o /dev/null "$URL" || { echo "port $PORT is already in use" >&2; exit 1; }
AOT="$(dirname "$JAR")/$(basename "$JAR" .jar).aot"

# Launches the jar with the given JVM flags, waits for the first 200; sets PID and MS.
launch() {
  local start end
  PID=
  start=$(date +%s%N)
  PORT=$PORT "$JAVA" "$@" -jar "$JAR" >"$LOG" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "$URL"; do
    kill -0 "$PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.005
  done
  end=$(date +%s%N)
  MS=$(((end - start) / 1000000))
}

stop() {
  [ -n "${PID:-}" ] || return 0
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

trap 'stop; rm -f "$LOG"' EXIT
case "$MODE" in
  plain | --aot)
    flags=()
    if [ "$MODE" = --aot ]; then
      rm -f "$AOT"
      launch -XX:AOTCacheOutput="$AOT"
      # Training: exercise the paths a first request takes (text, JSON, docs, 404).
      for p in "$PATH_TO_GET" /hello/aot /openapi.json /docs /nope; do
        curl -s -o /dev/null "http://127.0.0.1:$PORT$p" || true
      done
      stop
      [ -f "$AOT" ] || { echo "the JDK wrote no AOT cache (JDK 25+ needed)" >&2; exit 1; }
      flags=(-XX:AOTCache="$AOT")
    fi
    times=()
    for _ in $(seq "$RUNS"); do
      launch "${flags[@]}"
      times+=("$MS")
      stop
    done
    echo "start to first response ($MODE, $RUNS runs): ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | median) ms"
    ;;
  --footprint)
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
    launch -Xmx64m
    served=0
    errors=0
    while [ "$served" -lt "$REQUESTS" ]; do
      out=$(wrk -t1 -c16 -d5s "$URL")
      served=$((served + $(echo "$out" | awk '/requests in/ {print $1}')))
      errors=$((errors + $(echo "$out" | awk '/Non-2xx/ {n += $NF} /Socket errors/ {n += 1} END {print n + 0}')))
    done
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status")
    echo "-Xmx64m: $served requests, $errors with errors, RSS $rss MB"
    ;;
  *)
    echo "usage: $0 [--aot | --footprint]" >&2
    exit 2
    ;;
esac
