#!/usr/bin/env bash
# The performance benchmark of issue 6: jar size, cold start against the SDK and JVM floors,
# warm overhead and DynamoDB requests per operation, in one run against a dynalite it starts.
# Options go to dev.factline.bench.Benchmark: --rounds N --warmup N --iterations N --out DIR
# --warm-jvm-option OPTION --cold-jvm-option OPTION (diagnostics for the warm and cold JVMs).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
mkdir -p target/bench
# compile scope includes provided: the runtime's event serializers and the local runner's YAML.
mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/bench/classpath.txt
exec java -cp "target/classes:$(cat target/bench/classpath.txt)" dev.factline.bench.Benchmark "$@"
