#!/usr/bin/env bash
# Builds the benchmarks, generates their data once, runs JMH and the memory check, and prints
# the Markdown table of issue 7 (also written to benchmarks/target/results.md).
#
# Sized for a 2-core machine: single-threaded benchmarks, two forks a micro benchmark (ten measurements),
# one fork a reader (four), two forks of six paired iterations for the reader ratios, with the Excel pair and the
# Excel memory check (the first run adds about two minutes to generate the data and the 100 MB workbook). Each ratio is printed with the interval its two scores' 99.9 % confidence
# intervals allow, and a target "holds" only when the whole interval clears it. Run from anywhere:
#   benchmarks/run.sh               everything
#   benchmarks/run.sh --quick       shorter iterations, for a first look (numbers are rougher)
#   JMH_EXTRA="-p pair=mu" benchmarks/run.sh   extra JMH options for every JMH run
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target="$root/benchmarks/target"
data="$target/data"
jar="$target/benchmarks.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

quick=false
if [[ "${1:-}" == "--quick" ]]; then quick=true; fi

echo "== build" >&2
./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests

echo "== data ($data)" >&2
"$java" -cp "$jar" io.github.zhibiao.benchmarks.DataGenerator "$data" >&2

# Micro benchmarks (conversion, parsing): many short operations.
# Reader benchmarks: one operation reads a whole file of 1M observations (seconds each).
# Paired reader benchmarks: each invocation reads the file with zhibiao and with the baseline in turn, so the
# ratio of each iteration is free of the machine's drift; the report gives their mean with its 99 % interval.
if $quick; then
  micro=(-f 1 -wi 1 -w 1s -i 2 -r 2s)
  files=(-f 1 -wi 1 -w 4s -i 2 -r 4s)
  pairs=(-f 1 -wi 1 -w 6s -i 3 -r 6s)
else
  micro=(-f 2 -wi 2 -w 1s -i 5 -r 1s)
  files=(-f 1 -wi 1 -w 6s -i 4 -r 6s)
  pairs=(-f 2 -wi 1 -w 10s -i 6 -r 10s)
fi
common=(-t 1 -prof gc)
rm -f "$target"/jmh-*.json "$target/memory.properties" "$target/memory-excel.properties"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "== JMH: conversion and parsing" >&2
"$java" -jar "$jar" 'ConversionBenchmark|ParseBenchmark' "${common[@]}" "${micro[@]}" \
  -jvmArgsAppend "-Dzhibiao.bench.data=$data" -rf json -rff "$target/jmh-micro.json" ${JMH_EXTRA:-} >&2

echo "== JMH: readers (a benchmark whose format is not installed yet fails in its setup and is reported as not run)" >&2
# -foe false: keep going past a failing benchmark; JMH still exits 0 then.
"$java" -jar "$jar" 'CsvReadBenchmark|JsonReadBenchmark|JsonStatReadBenchmark|TextExtractBenchmark|SdmxReadBenchmark|ExcelReadBenchmark' "${common[@]}" "${files[@]}" \
  -jvmArgsAppend "-Dzhibiao.bench.data=$data -Xmx2g" -foe false -rf json -rff "$target/jmh-readers.json" ${JMH_EXTRA:-} >&2 || true

echo "== JMH: paired readers (the ratios of rows 1 and 2)" >&2
"$java" -jar "$jar" 'PairedReadBenchmark' -t 1 "${pairs[@]}" \
  -jvmArgsAppend "-Dzhibiao.bench.data=$data -Xmx2g" -foe false -rf json -rff "$target/jmh-paired.json" ${JMH_EXTRA:-} >&2 || true

echo "== memory: 5M rows under -Xmx64m" >&2
"$java" -Xmx64m -Xlog:gc:file="$target/memory-gc.log" -cp "$jar" io.github.zhibiao.benchmarks.MemoryCheck \
  "$data/long-5m.csv" "$target/memory.properties" >&2 || echo "memory check failed (see above)" >&2

echo "== memory: a 100 MB .xlsx under -Xmx64m (written once into the data folder)" >&2
"$java" -Xmx64m -cp "$jar" io.github.zhibiao.benchmarks.ExcelMemoryCheck \
  "$data/yearbook-100mb.xlsx" "$target/memory-excel.properties" >&2 || echo "excel memory check failed (see above)" >&2

{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $("$java" -version 2>&1 | head -1)"
  echo "Date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "Command: benchmarks/run.sh $*  (JMH: ${common[*]}; micro ${micro[*]}; readers ${files[*]}; pairs ${pairs[*]})"
  echo "Load average before and after: $load_before; $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  "$java" -cp "$jar" io.github.zhibiao.benchmarks.Report "$data" "$target/memory.properties" \
    "$target/jmh-micro.json" "$target/jmh-readers.json" "$target/jmh-paired.json"
} | tee "$target/results.md"
