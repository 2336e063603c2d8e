#!/usr/bin/env bash
# Soak: saturate the bench app for a long time and watch its memory.
#
#   src/bench/soak.sh            # 10 minutes
#   src/bench/soak.sh 30         # 30 minutes
#   src/bench/soak.sh 30s        # 30 seconds (a check of the script itself)
#
# Builds src/bench/target/brisk-bench.jar (BUILD=0 skips), starts the Brisk bench app (handlers on
# virtual threads unless BRISK_MODE=nonblocking), and runs wrk against it for the whole duration
# with a mix of all its endpoints (soak-mix.lua: text, JSON, path and query binding, a validated
# JSON body). Meanwhile it samples the server's resident memory (VmRSS from /proc) and thread count
# every SAMPLE seconds into a CSV. At the end it prints, and writes as Markdown, a summary: requests,
# errors (wrk socket errors plus non-2xx answers), RSS at the end of warm-up, at the end and its
# range after warm-up, and a small text curve of RSS over time.
#
# The soak passes when there are 0 errors and RSS after warm-up stays within RSS_TOLERANCE_PCT of
# its value at the end of warm-up; the exit status is 0 then, 1 otherwise.
#
# Settings (environment):
#   SAMPLE=5                    seconds between RSS samples
#   WARMUP_PCT=20               the first part of the run (in %) counted as warm-up; at least 1 sample
#   RSS_TOLERANCE_PCT=10        allowed RSS growth after warm-up
#   CONNECTIONS=64 THREADS=1    wrk connections and threads
#   PORT=18090                  the port of the server (127.0.0.1)
#   BRISK_MODE=default          or nonblocking
#   JAVA_HOME_BENCH=/usr/lib/jvm/temurin-25-jdk-amd64   the JDK that runs the server
#   JAVA_OPTS="-Xms512m -Xmx512m -XX:+AlwaysPreTouch ..."   server JVM flags (a fixed, pre-touched
#                               heap: RSS then shows memory outside the heap, and the heap growing
#                               to its maximum is not mistaken for a leak)
#   SERVER_CPU= CLIENT_CPU=     taskset core lists (empty: not pinned)
#   BUILD=1                     0: use the jar as it is
# Needs: wrk (installed with apt-get when missing), curl, awk.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
span=${1:-10}
case $span in
  *s) seconds=${span%s} ;;
  *m) seconds=$(( ${span%m} * 60 )) ;;
  *) seconds=$(( span * 60 )) ;;
esac
[[ $seconds =~ ^[0-9]+$ ]] && [ "$seconds" -ge 10 ] || { echo "duration must be at least 10 s (got '$span')" >&2; exit 2; }
SAMPLE=${SAMPLE:-5}
WARMUP_PCT=${WARMUP_PCT:-20}
RSS_TOLERANCE_PCT=${RSS_TOLERANCE_PCT:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-1}
PORT=${PORT:-18090}
BRISK_MODE=${BRISK_MODE:-default}
JAVA_HOME_BENCH=${JAVA_HOME_BENCH:-${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch --enable-native-access=ALL-UNNAMED -Dsun.misc.unsafe.memory.access=allow}
SERVER_CPU=${SERVER_CPU:-}
CLIENT_CPU=${CLIENT_CPU:-}
BUILD=${BUILD:-1}
JAR="$here/target/brisk-bench.jar"
BASE="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
  echo "wrk is missing: installing Debian's package" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y wrk >&2 || { $sudo apt-get update >&2 && $sudo apt-get install -y wrk >&2; }
fi
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 2; }
[ -x "$JAVA_HOME_BENCH/bin/java" ] || { echo "no JDK at $JAVA_HOME_BENCH (set JAVA_HOME_BENCH)" >&2; exit 2; }

if [ "$BUILD" = 1 ]; then
  echo "building $JAR ..." >&2
  (cd "$root" && ./mvnw -q -B -pl src/bench -am package -DskipTests)
fi
[ -f "$JAR" ] || { echo "no $JAR: build it first" >&2; exit 2; }

pin() { # cores command... -> runs (execs) the command, pinned when cores are given
  local cores=$1; shift
  if [ -n "$cores" ]; then exec taskset -c "$cores" "$@"; else exec "$@"; fi
}

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$here/target/soak-results"
mkdir -p "$out"
csv="$out/$stamp.csv"
report="$out/$stamp.md"
log="$out/$stamp-server.log"
wrk_out="$out/$stamp-wrk.txt"

PID=""
WRK_PID=""
cleanup() {
  [ -z "$WRK_PID" ] || kill "$WRK_PID" 2>/dev/null || true
  if [ -n "$PID" ]; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# shellcheck disable=SC2086
(export PORT BRISK_MODE; pin "$SERVER_CPU" "$JAVA_HOME_BENCH/bin/java" $JAVA_OPTS -jar "$JAR") >"$log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$BASE/plaintext" && break
  kill -0 "$PID" 2>/dev/null || { echo "the server exited; log:" >&2; cat "$log" >&2; exit 2; }
  sleep 0.05
done
curl -sf -o /dev/null "$BASE/plaintext" || { echo "the server did not answer within 30 s" >&2; exit 2; }
echo "server up (pid $PID); soaking for $seconds s with $CONNECTIONS connections" >&2

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
threads() { awk '/^Threads:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# Heap used and old generation used, in KB (jstat -gc), or "-" when jstat cannot attach.
heap_kb() {
  "$JAVA_HOME_BENCH/bin/jstat" -gc "$1" 2>/dev/null | awk 'NR == 2 { printf "%d %d", $3 + $4 + $6 + $8, $8 }' \
    | grep . || echo "- -"
}

echo "elapsed_s,rss_mb,threads,heap_used_mb,old_gen_used_mb" >"$csv"
begin=$(date +%s)
sample() { # -> one CSV line
  local now heap; now=$(date +%s); heap=$(heap_kb "$PID")
  awk -v t=$((now - begin)) -v kb="$(rss_kb "$PID")" -v th="$(threads "$PID")" -v heap="$heap" '
    BEGIN {
      split(heap, h, " ")
      printf "%d,%.1f,%d,%s,%s\n", t, kb / 1024, th, h[1] == "-" ? "" : sprintf("%.1f", h[1] / 1024),
        h[2] == "-" ? "" : sprintf("%.1f", h[2] / 1024)
    }' >>"$csv"
}
sample
(pin "$CLIENT_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s -s "$here/soak-mix.lua" "$BASE") \
  >"$wrk_out" 2>&1 &
WRK_PID=$!
while kill -0 "$WRK_PID" 2>/dev/null; do
  sleep "$SAMPLE"
  kill -0 "$PID" 2>/dev/null || { echo "the server died during the soak; log:" >&2; tail -50 "$log" >&2; exit 1; }
  sample
done
wait "$WRK_PID" || true
WRK_PID=""
alive=yes
kill -0 "$PID" 2>/dev/null || alive=no

requests=$(awk '/requests in/ {print $1}' "$wrk_out")
rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$wrk_out")
non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$wrk_out")
sockerr=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$wrk_out")
errors=$(( ${non2xx:-0} + ${sockerr:-0} ))
java_version=$("$JAVA_HOME_BENCH/bin/java" -version 2>&1 | head -1)

# RSS figures and the curve, from the CSV.
summary=$(awk -F, -v warm_pct="$WARMUP_PCT" -v tol="$RSS_TOLERANCE_PCT" '
  BEGIN { n = 0 }
  NR > 1 { t[n] = $1; r[n] = $2; o[n] = $5; n++ }
  END {
    w = int(n * warm_pct / 100); if (w < 1) w = 1; if (w >= n) w = n - 1
    base = r[w]; lo = base; hi = base; olo = ""; ohi = ""
    for (i = w; i < n; i++) {
      if (r[i] < lo) lo = r[i]; if (r[i] > hi) hi = r[i]
      if (o[i] != "") { if (olo == "" || o[i] + 0 < olo + 0) olo = o[i]; if (ohi == "" || o[i] + 0 > ohi + 0) ohi = o[i] }
    }
    growth = (r[n - 1] - base) / base * 100
    spread = (hi - base) / base * 100
    printf "warm_end_s=%d warm_rss=%.1f end_rss=%.1f min_rss=%.1f max_rss=%.1f growth_pct=%.1f peak_pct=%.1f flat=%s old_min=%s old_max=%s\n",
      t[w], base, r[n - 1], lo, hi, growth, spread, (spread <= tol ? "yes" : "no"), (olo == "" ? "?" : olo), (ohi == "" ? "?" : ohi)
  }' "$csv")
eval "$summary"

curve() { # a text chart of RSS over time: at most 20 rows, bar length relative to the maximum
  awk -F, -v max="$max_rss" '
    BEGIN { n = 0 }
  NR > 1 { t[n] = $1; r[n] = $2; n++ }
    END {
      step = n > 20 ? n / 20 : 1
      for (k = 0; k < n; k += step) {
        i = int(k); bar = ""
        len = max > 0 ? int(r[i] / max * 50) : 0
        for (j = 0; j < len; j++) bar = bar "#"
        printf "%6d s | %-50s %7.1f MB\n", t[i], bar, r[i]
      }
      if (i != n - 1) {
        bar = ""; len = int(r[n - 1] / max * 50); for (j = 0; j < len; j++) bar = bar "#"
        printf "%6d s | %-50s %7.1f MB\n", t[n - 1], bar, r[n - 1]
      }
    }' "$csv"
}

verdict=PASS
[ "$errors" = 0 ] && [ "$flat" = yes ] && [ "$alive" = yes ] || verdict=FAIL
{
  echo "## Soak, $stamp"
  echo
  echo "- $seconds s of saturation with wrk ($THREADS thread(s), $CONNECTIONS connections, all bench endpoints in turn), $(nproc) cores, loopback"
  echo "- server: the bench app, BRISK_MODE=$BRISK_MODE, $java_version, \`$JAVA_OPTS\`"
  echo "- requests: ${requests:-0} (${rps:-0} req/s); errors: $errors (socket errors ${sockerr:-0}, non-2xx ${non2xx:-0}); server alive at the end: $alive"
  echo "- RSS: $warm_rss MB at the end of warm-up (${warm_end_s} s), $end_rss MB at the end; after warm-up between $min_rss and $max_rss MB (peak +${peak_pct} %, end ${growth_pct} %; tolerance ${RSS_TOLERANCE_PCT} %)"
  echo "- old generation after warm-up: between $old_min and $old_max MB (from \`jstat -gc\`; a leak in the heap shows as a floor that keeps rising)"
  echo "- verdict: **$verdict** (0 errors and RSS flat after warm-up)"
  echo
  echo '```'
  curve
  echo '```'
  echo
  echo "Samples every $SAMPLE s: \`$(basename "$csv")\`."
} >"$report"
cat "$report"
echo >&2
echo "report: $report; samples: $csv; wrk output: $wrk_out" >&2
[ "$verdict" = PASS ]
