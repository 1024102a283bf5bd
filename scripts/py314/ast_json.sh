#!/usr/bin/env bash
# CPython 3.14's AST of Python files in the canonical JSON form (docs/dev/ast-json.md).
# Same arguments as ast_json.mjs: FILE | FILE FILE... | --batch (paths on stdin).
# Installs the pinned Pyodide from package-lock.json on first use.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -f "$here/node_modules/pyodide/pyodide.mjs" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/ast_json.mjs" "$@"
