#!/usr/bin/env bash
# Builds the published jars twice from clean and checks they are byte-identical
# (project.build.outputTimestamp fixes the entry times). Usage: .ci/reproducible.sh [extra maven args]
set -euo pipefail
cd "$(dirname "$0")/.."
# cli: the shaded application jar (built from the format modules, so they are in the list too)
modules=core,testkit,io-csv,io-json,io-text,io-sdmx,io-excel,spark,cli
build() {
  ./mvnw -B -q -ntp clean package -DskipTests -pl "$modules" "$@" >/dev/null
  sha256sum core/target/*.jar testkit/target/*.jar io-csv/target/*.jar io-json/target/*.jar io-text/target/*.jar \
    io-sdmx/target/*.jar io-excel/target/*.jar spark/target/*.jar cli/target/zhibiao-cli-*.jar
}
first=$(build "$@")
second=$(build "$@")
if [ "$first" != "$second" ]; then
  echo "NOT reproducible:"
  diff <(echo "$first") <(echo "$second") || true
  exit 1
fi
echo "reproducible: $(echo "$first" | wc -l) jars byte-identical across two clean builds"
echo "$first"
