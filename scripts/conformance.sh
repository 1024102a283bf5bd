#!/usr/bin/env bash
# Compares gilscan's AST with CPython's for every .py file of the CPython installations on this
# machine (pyenv): the 3.10, 3.12 and 3.13 standard libraries and the 3.11 one with its
# site-packages. CPython 3.13 is the oracle. Fails if any file disagrees, unless it is listed with
# its cause in scripts/conformance-known.txt.
#
# Usage: scripts/conformance.sh [DIR...]     (default: the four installations)
# Needs the analyzer's test classes: run `mvn -B verify` (or `mvn -pl analyzer test-compile`) first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
versions="${PYENV_ROOT:-$HOME/.pyenv}/versions"
python="${GILSCAN_ORACLE_PYTHON:-$versions/3.13.0/bin/python}"
if [ ! -x "$python" ]; then
  echo "conformance: CPython 3.13 not found at $python (set GILSCAN_ORACLE_PYTHON)" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  set -- "$versions/3.10.13/lib/python3.10" "$versions/3.11.7/lib/python3.11" \
         "$versions/3.12.1/lib/python3.12" "$versions/3.13.0/lib/python3.13"
fi
classes="$root/analyzer/target/classes:$root/analyzer/target/test-classes"
if [ ! -d "$root/analyzer/target/test-classes/dev/gilscan/analyzer/conformance" ]; then
  echo "conformance: analyzer test classes missing; run 'mvn -B verify' first" >&2
  exit 2
fi
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
mvn -B -q -f "$root/pom.xml" -pl analyzer dependency:build-classpath \
  -Dmdep.outputFile="$cpfile" >/dev/null
status=0
for corpus in "$@"; do
  if [ ! -d "$corpus" ]; then
    echo "conformance: corpus $corpus is missing" >&2
    exit 2
  fi
  java -Xss64m -cp "$classes:$(cat "$cpfile")" -Dgilscan.root="$root" \
    dev.gilscan.analyzer.conformance.Conformance --python "$python" --minor 13 \
    --known "$root/scripts/conformance-known.txt" --show 20 "$corpus" || status=1
done
exit $status
