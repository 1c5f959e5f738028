#!/usr/bin/env bash
# Runs the product on this machine: builds what is missing, then starts the server on embedded H2 with the
# demonstration data (first start seeds about four months of history, with progress), on port 7070.
# The operator client joins this command in issue 3.
#   ./run.sh            demo data in ~/.hotline12345-demo
#   ./run.sh --port N   any server option (see README)
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f hotline-server/target/hotline-server.jar ]; then
  echo "Building (first run only)…"
  ./mvnw -q -B -DskipTests package
fi
exec java -jar hotline-server/target/hotline-server.jar --demo --data "${HOTLINE_DEMO_DATA:-$HOME/.hotline12345-demo}" "$@"
