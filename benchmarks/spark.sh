#!/usr/bin/env bash
# The Spark benchmark (spark module, test scope; Spark is not in benchmarks.jar):
#   benchmarks/spark.sh [in=DIR] [indicators=400] [from=2014] [to=2023] [rounds=5]
# Generates the input once (spark/target/spark-bench/input by default), then times zhibiao's own reader,
# the data source's read and the example job on local[1] and local[2]; prints each ratio's mean and spread.
# The first run of a fresh machine downloads Spark (leave out -o: MAVEN_OFFLINE= benchmarks/spark.sh).
# JVM_OPTS: further options of the benchmark's JVM, e.g. JVM_OPTS=-XX:+UseParallelGC (default: the JVM's own, G1);
# the harness prints the collectors it ran with. only=reader2,rows,read,count,etl,checks times a subset.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MAVEN_OFFLINE--o} -pl spark -am test-compile exec:exec \
  -Dexample=io.github.zhibiao.spark.SparkBenchmark -Djob.args="$*" -Djob.jvm="${JVM_OPTS-}"
