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
. "$root/scripts/lib/conformance.sh"
conformance_oracle conformance
if [ $# -eq 0 ]; then
  set -- "$versions/3.10.13/lib/python3.10" "$versions/3.11.7/lib/python3.11" \
         "$versions/3.12.1/lib/python3.12" "$versions/3.13.0/lib/python3.13"
fi
conformance_run conformance Conformance conformance-known.txt "$@"
