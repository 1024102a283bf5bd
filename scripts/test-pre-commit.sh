#!/usr/bin/env bash
# The pre-commit hook as a user meets it: Debian's pre-commit (installed with apt-get when
# missing) on a throwaway git repository whose .pre-commit-config.yaml names this repository
# at its HEAD commit. pre-commit installs the hook with pip from the repository (which builds the
# jar), then a commit of a file with a finding is refused and the fixed file commits. Files the
# configuration excludes are not reported even though pre-commit passes them (force-exclude).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fail() { echo "test-pre-commit: FAILED: $*" >&2; exit 1; }
passed=0
check() { passed=$((passed + 1)); echo "ok: $*"; }

if ! command -v pre-commit >/dev/null; then
  apt-get install -y -q pre-commit >/dev/null || fail "cannot install Debian's pre-commit"
fi
if [ -n "$(git -C "$root" status --porcelain -- .pre-commit-hooks.yaml pyproject.toml python)" ]
then
  echo "test-pre-commit: warning: uncommitted hook files; pre-commit uses the HEAD commit" >&2
fi
rev="$(git -C "$root" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
repo="$work/project"
mkdir -p "$repo/gen"
cd "$repo"
git init -q
git config user.email ci@example.invalid
git config user.name ci
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: gilscan
YAML
printf '[tool.gilscan]\nextend-exclude = ["gen/"]\n' >pyproject.toml
printf 'import multiprocessing\nmultiprocessing.Pool(2)\n' >app.py
printf 'import multiprocessing\nmultiprocessing.Pool(2)\n' >gen/generated.py
printf 'x = 1\n' >clean.py
pre-commit install >/dev/null
git add -A

set +e
out="$(git commit -qm "with a finding" 2>&1)"
code=$?
set -e
[ "$code" -ne 0 ] || fail "the commit with a finding went through: $out"
grep -qF "app.py:2:1: GIL201" <<<"$out" || fail "no GIL201 for app.py in: $out"
if grep -qF "generated.py" <<<"$out"; then fail "gen/ is excluded, yet reported: $out"; fi
check "a commit with a finding is refused, naming it; force-exclude keeps gen/ out"

printf 'import multiprocessing\n\nif __name__ == "__main__":\n    multiprocessing.Pool(2)\n' \
  >app.py
git add app.py
out="$(git commit -qm "fixed" 2>&1)" || fail "the fixed commit was refused: $out"
grep -q "gilscan.*Passed" <<<"$out" || fail "the hook did not run: $out"
check "the fixed file commits, the hook passed"

printf 'import multiprocessing\nmultiprocessing.Pool(2)\n' >other.py
git add other.py
set +e
out="$(pre-commit run --files other.py 2>&1)"
code=$?
set -e
[ "$code" -ne 0 ] && grep -qF "other.py:2:1: GIL201" <<<"$out" \
  || fail "pre-commit run --files other.py: exit $code: $out"
check "only the changed files are passed: pre-commit run --files"

echo "test-pre-commit: $passed passed, 0 failed"
