#!/usr/bin/env bash
# Start to healthy and resident memory at idle of one start of the application, on a data folder that is kept
# (run it once to fill the folder with the demo agency, then again to measure a start with the folder present).
#
#   bench/start-and-memory.sh DATA_DIR [JVM options and -jar JAR]
#   bench/start-and-memory.sh /tmp/agency -jar app/target/cooperaflow.jar
#   bench/start-and-memory.sh /tmp/agency -XX:SharedArchiveFile=app/target/run/cooperaflow.jsa -XX:+UseSerialGC \
#       -Xms128m -jar app/target/run/cooperaflow.jar
#
# Prints the seconds from launch to the first healthy answer and VmRSS 20 s later (ADR 0025).
set -euo pipefail
data=$1; shift
port=${PORT:-18080}
log=$(mktemp)
start=$(date +%s.%N)
COOPERAFLOW_DATA_DIR=$data java "$@" --server.port="$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/actuator/health"; do
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
ready=$(date +%s.%N)
sleep 20
rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
echo "start to healthy: $(echo "$ready - $start" | bc) s; resident at idle: $rss MB"
