#!/usr/bin/env bash
# Regenerates the golden ASTs of the parser fixtures: for every test-fixtures/parser/**/X.py,
# X.json is CPython's AST of X.py in the canonical form of docs/dev/ast-json.md. Files in py314/
# use CPython 3.14 (Pyodide on Node.js, scripts/py314/ast_json.mjs), the others CPython 3.13.
# Fails, and writes nothing for the file, if CPython rejects a fixture: every fixture must parse.
#
# Usage: scripts/make_parser_goldens.sh
# Needs CPython 3.13 (GILSCAN_ORACLE_PYTHON, default the pyenv 3.13.0) and, for py314/, Node.js
# with `npm ci` run once in scripts/py314.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/test-fixtures/parser"
python="${GILSCAN_ORACLE_PYTHON:-${PYENV_ROOT:-$HOME/.pyenv}/versions/3.13.0/bin/python}"
if [ ! -x "$python" ]; then
  echo "make_parser_goldens: CPython 3.13 not found at $python (set GILSCAN_ORACLE_PYTHON)" >&2
  exit 2
fi

# Reads `<path>\t<json>` lines and writes each json next to its .py file.
write_goldens() {
  local status=0 path json
  while IFS=$'\t' read -r path json; do
    if [[ "$json" == '{"error":'* ]]; then
      echo "make_parser_goldens: CPython rejects $path: $json" >&2
      status=1
      continue
    fi
    printf '%s\n' "$json" > "${path%.py}.json"
    echo "${path#"$root"/}"
  done
  return $status
}

status=0
find "$fixtures" -name '*.py' -not -path "$fixtures/py314/*" | LC_ALL=C sort \
  | "$python" "$root/scripts/cpython_ast_json.py" --batch | write_goldens || status=1

mapfile -t newer < <(find "$fixtures/py314" -name '*.py' | LC_ALL=C sort)
if [ ${#newer[@]} -gt 0 ]; then
  node "$root/scripts/py314/ast_json.mjs" "${newer[@]}" | write_goldens || status=1
fi
exit $status
