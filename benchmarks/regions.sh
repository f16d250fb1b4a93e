#!/usr/bin/env bash
# Load time and retained heap of the built-in region registry (see benchmarks/README.md).
#   benchmarks/regions.sh    about 1.5 minutes on 2 cores
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar="$root/benchmarks/target/benchmarks.jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $("$java" -version 2>&1 | head -1)"
echo "Date: $(date -u +%Y-%m-%dT%H:%MZ)"
"$java" -jar "$jar" RegionsLoadBenchmark -t 1 -rf json -rff "$root/benchmarks/target/jmh-regions.json"
for i in 1 2 3; do
  "$java" -XX:+UseSerialGC -Xmx256m -cp "$jar" io.github.zhibiao.benchmarks.RegionsHeapCheck
done
