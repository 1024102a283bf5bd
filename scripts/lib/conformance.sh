# Sourced by scripts/conformance.sh and scripts/symtable-conformance.sh: finding the CPython
# oracle and running one of the analyzer's conformance classes over each corpus.
# The caller sets `root` (the repository) and `set -euo pipefail`.

versions="${PYENV_ROOT:-$HOME/.pyenv}/versions"

# conformance_oracle NAME: sets `python` to CPython 3.13 (GILSCAN_ORACLE_PYTHON, default the
# pyenv 3.13.0), or exits 2 saying so under NAME.
conformance_oracle() {
  python="${GILSCAN_ORACLE_PYTHON:-$versions/3.13.0/bin/python}"
  if [ ! -x "$python" ]; then
    echo "$1: CPython 3.13 not found at $python (set GILSCAN_ORACLE_PYTHON)" >&2
    exit 2
  fi
}

# conformance_run NAME CLASS KNOWN CORPUS...: runs dev.gilscan.analyzer.conformance.CLASS with
# the known differences in scripts/KNOWN on each CORPUS folder; exits 1 if any run disagrees,
# 2 if the test classes or a corpus are missing.
conformance_run() {
  local name="$1" class="$2" known="$3"
  shift 3
  local classes="$root/analyzer/target/classes:$root/analyzer/target/test-classes"
  if [ ! -f "$root/analyzer/target/test-classes/dev/gilscan/analyzer/conformance/$class.class" ]; then
    echo "$name: analyzer test classes missing; run 'mvn -B verify' first" >&2
    exit 2
  fi
  local cpfile
  cpfile="$(mktemp)"
  # shellcheck disable=SC2064  # the path is fixed now; the local is gone when the trap runs
  trap "rm -f '$cpfile'" EXIT
  mvn -B -q -f "$root/pom.xml" -pl analyzer dependency:build-classpath \
    -Dmdep.outputFile="$cpfile" >/dev/null
  local status=0 corpus
  for corpus in "$@"; do
    if [ ! -d "$corpus" ]; then
      echo "$name: corpus $corpus is missing" >&2
      exit 2
    fi
    java -Xss64m -cp "$classes:$(cat "$cpfile")" -Dgilscan.root="$root" \
      "dev.gilscan.analyzer.conformance.$class" --python "$python" --minor 13 \
      --known "$root/scripts/$known" --show 20 "$corpus" || status=1
  done
  exit $status
}
