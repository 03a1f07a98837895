#!/bin/sh
# The scale benchmark of issue 10 (docs/benchmarks.md): builds the release binaries as the README
# recommends installing riskreg (the Swift runtime linked in: --static-swift-stdlib, in their own
# build folder), then runs riskreg-bench scale, which generates its data in a temporary directory
# and removes it after.
#   Benchmarks/run-scale.sh           the full run (about 44 MB and 440 MB of registers, and VisiData)
#   Benchmarks/run-scale.sh --quick   a smoke run on small data, without VisiData, in under a minute
set -eu
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --scratch-path .build-static
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)"
swift --version 2>&1 | head -n 1
exec .build-static/release/riskreg-bench scale "$@"
