#!/usr/bin/env bash
# The long run of ParserFuzzTest (analyzer/src/test/java/dev/gilscan/analyzer/parser/): mutants of
# the repository's own Python files through the tokenizer and parser, each of which must give a
# tree or a syntax error inside the input, with prediction work linear in its tokens. `mvn verify`
# runs the same test on 2,000 mutants of a fixed seed; this runs as many as asked.
#
# Usage: scripts/fuzz_parser.sh [TRIES (default 20000)] [SEED (default the test's)]
# Reproduce one failing try: mvn -B -o -q -pl analyzer -am test -Dtest=ParserFuzzTest \
#   -Dsurefire.failIfNoSpecifiedTests=false -Dgilscan.fuzz.seed=SEED -Dgilscan.fuzz.only=TRY
# Prints the run's summary line (mutants, trees, syntax errors, failures, most prediction work);
# exit 1 on any failure, with each kind of failure shrunk in the Maven output.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tries="${1:-20000}"
seed=()
if [ $# -ge 2 ]; then
  seed=("-Dgilscan.fuzz.seed=$2")
fi
cd "$root"
exec mvn -B -o -q -pl analyzer -am test -Dtest=ParserFuzzTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dgilscan.fuzz.tries="$tries" "${seed[@]}"
