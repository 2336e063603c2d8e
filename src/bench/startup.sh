#!/usr/bin/env bash
# Start-up time and footprint of an app jar (by default the hello example), on this machine.
#
#   src/bench/startup.sh                 # hello.jar: start to first response, median of RUNS
#   src/bench/startup.sh --aot           # the same with a JDK 25 AOT cache (trained once, then reused)
#   src/bench/startup.sh --cds           # the same with an AppCDS archive (the JDK 21 recipe)
#   src/bench/startup.sh --footprint     # RSS after REQUESTS requests with -Xmx64m
#   src/bench/startup.sh --footprint-small   # the same with the small-footprint recipe (SMALL_OPTS)
#   src/bench/startup.sh --breakdown     # one run: where the time goes, phase by phase (hello app)
#   JAR=examples/inventory/target/inventory.jar PATH_TO_GET=/health src/bench/startup.sh
#   JAR=src/bench/target/brisk-bench.jar APP_ARGS=raw PATH_TO_GET=/plaintext src/bench/startup.sh --aot
#                                        # the raw Netty baseline: what the JVM and Netty alone need
#   JAR=src/bench/target/brisk-bench.jar APP_ARGS=jdk PATH_TO_GET=/plaintext src/bench/startup.sh
#                                        # the floor: the JDK's own HTTP server, no library at all
#
# "Start-up" is the wall time from launching `java -jar` to the first 200 answer of GET $PATH_TO_GET
# (polled every 5 ms with curl), with the JVM's default flags. The CPU time the JVM used up to then
# (user + system, all threads) is reported beside it: on a shared or pinned core it varies much
# less than the wall time. JAVA_OPTS adds flags (for example -Xshare:off, or
# -XX:TieredStopAtLevel=1, which is not a default flag). The AOT cache (JEP 483/514, JDK 25)
# is created by one training run that serves a few requests of every kind and exits; later runs
# map the loaded and linked classes from it instead of loading them again. The AppCDS archive
# (JDK 13+, the recipe for JDK 21) is dumped at the exit of the same training run
# (-XX:ArchiveClassesAtExit) and mapped with -XX:SharedArchiveFile: loaded classes only, not linked.
# TRAIN_ROUNDS (default 1) repeats the training requests.
#
# The small-footprint recipe (docs/deployment.md#small-footprint): Serial GC, a heap that starts at
# 8 MB with a 4 MB young generation, C1 only, glibc's freed native memory trimmed every second and
# compact object headers (JDK 25). SMALL_OPTS replaces it; JAVA_OPTS adds to every mode.
#
# Settings (environment): RUNS=5, PORT=18090, REQUESTS=100000 (footprint), BUILD=1 (0: use the
# jar as it is), APP_ARGS (arguments after the jar), JAVA_HOME_BENCH (the JDK, default the newest
# under /usr/lib/jvm).
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
CDS="$(dirname "$JAR")/$(basename "$JAR" .jar).jsa"
TRAIN_ROUNDS=${TRAIN_ROUNDS:-1}
SMALL_OPTS=${SMALL_OPTS:-"-XX:+UseSerialGC -Xms8m -Xmn4m -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=1000 -XX:+UseCompactObjectHeaders"}

# Launches the jar with the given JVM flags, waits for the first 200; sets PID, MS (wall) and CPU
# (user + system time of the JVM at that moment, ms).
launch() {
  local start end
  PID=
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  PORT=$PORT "$JAVA" ${JAVA_OPTS:-} "$@" -jar "$JAR" ${APP_ARGS:-} >"$LOG" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "$URL"; do
    kill -0 "$PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.005
  done
  end=$(date +%s%N)
  MS=$(((end - start) / 1000000))
  CPU=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$PID/stat")
}

# Marker classes of the hello app's start-up, in order: the phase ends when its class is loaded.
BREAKDOWN_MARKERS=(
  "JVM boot (to the main class):io.brisk.Brisk"
  "logging (slf4j + logback):io.brisk.internal.AppRuntime"
  "plugins (ServiceLoader, install):io.brisk.validation.internal.ValidatorHolder\$Shared"
  "Hibernate Validator bootstrap:io.brisk.validation.internal.ExecutableBridge"
  "other install (configureJson, OpenAPI routes):io.brisk.internal.json.JsonSupport"
  "Jackson mapper (modules):io.brisk.internal.model.RouteCompiler"
  "RouteCompiler + route validators:io.brisk.internal.routing.RouteTable"
  "route table, problems, writer (Netty statics):io.brisk.internal.tasks.BackgroundRunner"
  "OpenAPI document (swagger-core):io.brisk.internal.http.ServerContext"
  "Netty bootstrap + bind (to first connection):io.brisk.internal.http.ReadTimeouts"
)

# One launch with class-load logging; prints each phase's end (JVM uptime) and length.
breakdown() {
  local classes
  classes=$(mktemp)
  launch "$@" -Xlog:class+load:file="$classes":uptime
  stop
  awk -v total="$MS" -v cpu="$CPU" -v markers="$(printf '%s\n' "${BREAKDOWN_MARKERS[@]}")" '
    BEGIN { n = split(markers, m, "\n"); for (i = 1; i <= n; i++) { split(m[i], p, ":"); label[i] = p[1]; cls[i] = p[2] } }
    { t = substr($1, 2, length($1) - 3) * 1000; name = $2; count++
      if (index($0, "shared objects file")) cached++
      for (i = 1; i <= n; i++) if (!(i in at) && name == cls[i]) { at[i] = t; loadedAt[i] = count } }
    END {
      printf "%-48s %8s %8s %8s\n", "phase", "ends at", "ms", "classes"
      prev = 0; prevCount = 0
      for (i = 1; i <= n; i++) { if (!(i in at)) { printf "%-48s %8s\n", label[i], "-"; continue }
        printf "%-48s %8d %8d %8d\n", label[i], at[i], at[i] - prev, loadedAt[i] - prevCount; prev = at[i]; prevCount = loadedAt[i] }
      printf "%-48s %8d %8d %8d\n", "first request (to the 200, wall)", total, total - prev, count - prevCount
      printf "classes loaded: %d (%d from the CDS/AOT archive); JVM CPU time at the 200: %d ms\n", count, cached, cpu }
  ' "$classes"
  rm -f "$classes"
}

stop() {
  [ -n "${PID:-}" ] || return 0
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

trap 'stop; rm -f "$LOG"' EXIT
SHOW_BREAKDOWN=0
[ "${2:-}" = --breakdown ] && SHOW_BREAKDOWN=1
[ "$MODE" = --breakdown ] && { MODE=plain; SHOW_BREAKDOWN=1; }
# With an archive the classes are mapped at JVM start, so the marker classes no longer mark phases.
[ "$SHOW_BREAKDOWN" = 1 ] && [ "$MODE" != plain ] && { echo "--breakdown works without --aot/--cds only" >&2; exit 2; }
case "$MODE" in
  plain | --aot | --cds)
    flags=()
    if [ "$MODE" = --aot ] || [ "$MODE" = --cds ]; then
      if [ "$MODE" = --aot ]; then
        rm -f "$AOT"
        launch -XX:AOTCacheOutput="$AOT"
      else
        rm -f "$CDS"
        launch -XX:ArchiveClassesAtExit="$CDS"
      fi
      # Training: exercise the paths a first request takes (text, JSON, docs, 404).
      for _ in $(seq "$TRAIN_ROUNDS"); do
        for p in "$PATH_TO_GET" /hello/aot /openapi.json /docs /nope; do
          curl -s -o /dev/null "http://127.0.0.1:$PORT$p" || true
        done
      done
      stop
      if [ "$MODE" = --aot ]; then
        [ -f "$AOT" ] || { echo "the JDK wrote no AOT cache (JDK 25+ needed)" >&2; exit 1; }
        flags=(-XX:AOTCache="$AOT")
      else
        [ -f "$CDS" ] || { echo "the JDK wrote no CDS archive" >&2; exit 1; }
        flags=(-XX:SharedArchiveFile="$CDS")
      fi
    fi
    if [ "$SHOW_BREAKDOWN" = 1 ]; then
      breakdown ${flags[@]+"${flags[@]}"}
      exit 0
    fi
    times=()
    cpus=()
    for _ in $(seq "$RUNS"); do
      launch ${flags[@]+"${flags[@]}"}
      times+=("$MS")
      cpus+=("$CPU")
      stop
    done
    echo "start to first response ($MODE, $RUNS runs): ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | median) ms"
    echo "JVM CPU time at the first response: ${cpus[*]} ms; median $(printf '%s\n' "${cpus[@]}" | median) ms"
    ;;
  --footprint | --footprint-small)
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
    flags=(-Xmx64m)
    # shellcheck disable=SC2206
    [ "$MODE" = --footprint-small ] && flags+=($SMALL_OPTS)
    launch "${flags[@]}"
    served=0
    errors=0
    while [ "$served" -lt "$REQUESTS" ]; do
      out=$(wrk -t1 -c16 -d5s "$URL")
      served=$((served + $(echo "$out" | awk '/requests in/ {print $1}')))
      errors=$((errors + $(echo "$out" | awk '/Non-2xx/ {n += $NF} /Socket errors/ {n += 1} END {print n + 0}')))
    done
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status")
    echo "${flags[*]} ${JAVA_OPTS:-}: $served requests, $errors with errors, RSS $rss MB"
    ;;
  *)
    echo "usage: $0 [--aot | --cds | --footprint | --footprint-small | --breakdown]" >&2
    exit 2
    ;;
esac
