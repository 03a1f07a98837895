#!/bin/sh
# The scale benchmark of issue 10 (docs/benchmarks.md): builds the release binaries, then runs
# riskreg-bench scale, which generates its data in a temporary directory and removes it after.
#   Benchmarks/run-scale.sh           the full run (about 44 MB and 440 MB of registers, and VisiData)
#   Benchmarks/run-scale.sh --quick   a smoke run on small data, without VisiData, in under a minute
set -eu
cd "$(dirname "$0")/.."
swift build -c release
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)"
swift --version 2>&1 | head -n 1
exec .build/release/riskreg-bench scale "$@"
