#!/usr/bin/env bash
# Builds the host preset and runs examples/hello.js with the engine CLI.
# Installs missing Debian packages first when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh cmake ninja-build g++ catch2
cmake --preset host
cmake --build --preset host --target engine_cli
build/host/engine examples/hello.js
