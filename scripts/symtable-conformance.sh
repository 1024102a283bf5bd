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
. "$root/scripts/lib/conformance.sh"
conformance_oracle symtable-conformance
if [ "${1:-}" = "--goldens" ]; then
  exec "$python" "$root/scripts/cpython_symtable_json.py" --goldens "$root/test-fixtures/symbols"
fi
if [ $# -eq 0 ]; then
  set -- "$versions/3.13.0/lib/python3.13"
fi
conformance_run symtable-conformance SymtableConformance symtable-known.txt "$@"
