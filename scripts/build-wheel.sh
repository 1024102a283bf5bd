#!/usr/bin/env bash
# Builds dist/gilscan-VERSION-py3-none-any.whl: gilscan's jar and a `gilscan` command that runs
# it with Java 17+. The jar is built first when missing or older than the sources (by the
# ./gilscan launcher); the wheel is made by python/build_wheel.py with the standard library
# alone, without network. Prints the wheel's path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/gilscan" --version >/dev/null
python3 "$root/python/build_wheel.py" "$root/cli/target/gilscan.jar" "$root/dist"
