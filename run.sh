#!/usr/bin/env bash
# Runs the product on this machine: builds what is missing, starts the server on embedded H2 with the
# demonstration data (the first start seeds about four months of history and shows its progress), waits until it
# answers, then opens the operator client connected to it. Closing the client stops the server.
#   ./run.sh                 demo data in ~/.hotline12345-demo, port 7070; log in as operator/operator,
#                            lead/lead or clerk/clerk
#   HOTLINE_PORT=8080 ./run.sh
#   ./run.sh --server-only   the server alone, in the foreground
set -euo pipefail
cd "$(dirname "$0")"
port="${HOTLINE_PORT:-7070}"
data="${HOTLINE_DEMO_DATA:-$HOME/.hotline12345-demo}"
if [ ! -f hotline-server/target/hotline-server.jar ] || [ ! -f operator-client/target/operator-client.jar ]; then
  echo "Building (first run only)…"
  ./mvnw -q -B -DskipTests package
fi
# The server's collector setting, as in the installer (installers/jpackage/server-image.args); see
# docs/PERFORMANCE.md, "the collector".
server_jvm=(-XX:MaxTenuringThreshold=2)
if [ "${1:-}" = "--server-only" ]; then
  exec java "${server_jvm[@]}" -jar hotline-server/target/hotline-server.jar --demo --port "$port" --data "$data"
fi
java "${server_jvm[@]}" -jar hotline-server/target/hotline-server.jar --demo --port "$port" --data "$data" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
echo "Waiting for the server on port $port (the first start seeds the demo history)…"
until curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; do
  kill -0 "$server" 2>/dev/null || { echo "the server stopped; see the output above" >&2; exit 1; }
  sleep 1
done
java -jar operator-client/target/operator-client.jar --server "http://127.0.0.1:$port"
