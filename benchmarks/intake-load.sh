#!/usr/bin/env bash
# Intake benchmark: starts the packaged server on a fresh database, replays a hotline day against it with
# the load generator, prints throughput and latency percentiles, stops the server.
#
#   benchmarks/intake-load.sh [h2|postgres] [load generator options, e.g. --peak 2500 --seconds 60 --flat]
#
# The server runs with the installer's collector setting; SERVER_JAVA_OPTS adds to it (e.g. -Xlog:gc:file=gc.log),
# LOADGEN_JAVA_OPTS goes to the load generator's JVM. HOTLINE_H2_CACHE_MB is passed through to the server.
# postgres uses a fresh schema in the local database test (127.0.0.1:5432, user postgres), dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-h2}"; shift || true
[ -f hotline-server/target/hotline-server.jar ] && [ -f benchmarks/target/benchmarks.jar ] || mvn -q -B -DskipTests package
work=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
schema="bench_$(date +%s)"
if [ "$store" = postgres ]; then
  export HOTLINE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test" HOTLINE_DB_USER=postgres HOTLINE_DB_SCHEMA="$schema"
fi
HOTLINE_ADMIN_PASSWORD=bench-admin-pass java -jar hotline-server/target/hotline-server.jar --data "$work" --create-admin admin >/dev/null
java -Xms1g -Xmx2g -XX:MaxTenuringThreshold=2 ${SERVER_JAVA_OPTS:-} -jar hotline-server/target/hotline-server.jar --data "$work" --port "$port" > "$work/server.log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
  if [ "$store" = postgres ]; then psql -q -h 127.0.0.1 -U postgres -d test -c "drop schema if exists $schema cascade" || true; fi
  cp "$work/server.log" /tmp/last-server.log; rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.5; done
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"admin","password":"bench-admin-pass"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | sed 's/.*"token":"\([^"]*\)".*/\1/')
curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"bench-operator","role":"OPERATOR"}' "http://127.0.0.1:$port/api/v1/users"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), store $store"
java ${LOADGEN_JAVA_OPTS:-} -cp benchmarks/target/benchmarks.jar hotline.bench.IntakeLoadGenerator --url "http://127.0.0.1:$port" \
  --user bench --password bench-operator "$@"
