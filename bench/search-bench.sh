#!/usr/bin/env bash
# Search benchmark: index synthetic corpora and time cold queries in headless chromium.
# Usage: bench/search-bench.sh [--sizes 1000,10000] [--repeat N] [--reuse] [--on-site] [--queries A,B] [--pagefind PATH/TO/pagefind] [--out bench/out]
# Pagefind is optional and not a dependency: npm install --prefix /tmp/pf pagefind@1.6.0
# then pass --pagefind /tmp/pf/node_modules/.bin/pagefind.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" kokai.search.SearchBench "$@"
