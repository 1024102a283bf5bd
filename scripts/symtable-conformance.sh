#!/usr/bin/env bash
# Compares gilscan's symbol tables with CPython 3.13's `symtable` for every .py file of a corpus:
# by default the 3.13 standard library, with CPython 3.13 as the oracle. Fails if any file
# disagrees, unless it is listed with its cause in scripts/symtable-known.txt.
#
# Usage: scripts/symtable-conformance.sh [DIR...]     (default: the pyenv 3.13.0 stdlib)
#        scripts/symtable-conformance.sh --goldens    (rewrites test-fixtures/symbols/*.json)
# Needs the analyzer's test classes: run `mvn -B verify` (or `mvn -pl analyzer test-compile`) first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
versions="${PYENV_ROOT:-$HOME/.pyenv}/versions"
python="${GILSCAN_ORACLE_PYTHON:-$versions/3.13.0/bin/python}"
if [ ! -x "$python" ]; then
  echo "symtable-conformance: CPython 3.13 not found at $python (set GILSCAN_ORACLE_PYTHON)" >&2
  exit 2
fi
if [ "${1:-}" = "--goldens" ]; then
  exec "$python" "$root/scripts/cpython_symtable_json.py" --goldens "$root/test-fixtures/symbols"
fi
if [ $# -eq 0 ]; then
  set -- "$versions/3.13.0/lib/python3.13"
fi
classes="$root/analyzer/target/classes:$root/analyzer/target/test-classes"
main="$root/analyzer/target/test-classes/dev/gilscan/analyzer/conformance/SymtableConformance.class"
if [ ! -f "$main" ]; then
  echo "symtable-conformance: analyzer test classes missing; run 'mvn -B verify' first" >&2
  exit 2
fi
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
mvn -B -q -f "$root/pom.xml" -pl analyzer dependency:build-classpath \
  -Dmdep.outputFile="$cpfile" >/dev/null
status=0
for corpus in "$@"; do
  if [ ! -d "$corpus" ]; then
    echo "symtable-conformance: corpus $corpus is missing" >&2
    exit 2
  fi
  java -Xss64m -cp "$classes:$(cat "$cpfile")" -Dgilscan.root="$root" \
    dev.gilscan.analyzer.conformance.SymtableConformance --python "$python" --minor 13 \
    --known "$root/scripts/symtable-known.txt" --show 20 "$corpus" || status=1
done
exit $status
