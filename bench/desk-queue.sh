#!/usr/bin/env bash
# The desk's benchmark of issue 12: how long headless Chromium takes to render a queue of 100
# claims (Debian's chromium and chromium-driver, against Factline Local it starts). Prints the
# figures; it is not a test. Option: the number of rounds (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mkdir -p target/bench
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)" \
  dev.factline.local.DeskQueueBenchmark "$@"
