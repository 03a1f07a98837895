#!/usr/bin/env bash
# Fuzzes riskreg with libFuzzer for a given number of seconds (default 60): the JSON parser, the
# register decoder, the recovery-file reader, the validator, the canonical writer, the merge and
# the browser's drawing of whatever decodes, the index database (the bytes opened as its SQLite
# file) and a save's commit message (Sources/riskreg-fuzz/FuzzTarget.swift) and the spreadsheet
# readers of `riskreg import` (CSV and XLSX), under AddressSanitizer. Seeds: Tests/Fuzz/corpus
# (Data/ and hostile cases). With a second argument, one surface alone, fast enough for a million
# inputs: `cache`, the index database and the commit message (RISKREG_FUZZ_ONLY=cache, seeds
# Tests/Fuzz/corpus-cache: a real index database of Data/); `import`, the CSV and XLSX readers and
# the import of what they read (RISKREG_FUZZ_ONLY=import, seeds Tests/Fuzz/corpus-import). Exits
# non-zero on a crash; the input that crashed is written to .build-fuzz/crash-*.
# Usage: Tests/Fuzz/run-fuzzer.sh [SECONDS] [cache|import]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
mode="${2:-all}"
seeds=Tests/Fuzz/corpus
max_len=60000
leaks=1
if [ "$mode" = cache ]; then
  export RISKREG_FUZZ_ONLY=cache
  seeds=Tests/Fuzz/corpus-cache
  max_len=400000  # the seed database of Data/ is 360 KB (16 KiB pages)
elif [ "$mode" = import ]; then
  export RISKREG_FUZZ_ONLY=import
  seeds=Tests/Fuzz/corpus-import
  max_len=20000
  # Reading a workbook leaks in swift-corelibs-foundation (FileManager.fileSystemRepresentation,
  # CFString) on every input; `riskreg import` reads one workbook per run, so leaks are not
  # findings here (the `all` mode reads the bytes as CSV only, with leak detection).
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
  leaks=0
fi
swift build --scratch-path .build-fuzz -c release --product riskreg-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library 2>&1 | tail -1
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
cp "$seeds"/* "$corpus/"
status=0
.build-fuzz/release/riskreg-fuzz "$corpus" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=4096 -detect_leaks="$leaks" \
  -print_final_stats=1 -artifact_prefix=.build-fuzz/ > .build-fuzz/fuzz.log 2>&1 || status=$?
grep -E "^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" .build-fuzz/fuzz.log || true
if [ "$status" -ne 0 ]; then
  echo "fuzz: riskreg-fuzz failed (status $status); the end of .build-fuzz/fuzz.log:"
  tail -40 .build-fuzz/fuzz.log
fi
exit "$status"
