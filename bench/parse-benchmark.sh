#!/usr/bin/env bash
# Parser benchmark (not a test): gilscan's parse + AST build of a corpus, cold and warm, with
# -Xmx256m, beside CPython 3.13's ast.parse of the same files.
# Usage: bench/parse-benchmark.sh [DIR]   (default: the CPython 3.13 standard library)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
versions="${PYENV_ROOT:-$HOME/.pyenv}/versions"
corpus="${1:-$versions/3.13.0/lib/python3.13}"
python="${GILSCAN_ORACLE_PYTHON:-$versions/3.13.0/bin/python}"
mvn -B -q -f "$root/pom.xml" -pl analyzer test-compile
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
mvn -B -q -f "$root/pom.xml" -pl analyzer dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
java -Xmx256m -Xss64m -cp "$root/analyzer/target/classes:$root/analyzer/target/test-classes:$(cat "$cpfile")" \
  dev.gilscan.analyzer.bench.ParseBenchmark "$corpus" 5
"$python" "$root/bench/cpython_parse_bench.py" "$corpus" 2
