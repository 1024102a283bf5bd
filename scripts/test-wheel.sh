#!/usr/bin/env bash
# The wheel as a user installs it: built by scripts/build-wheel.sh, installed without network
# (pip install --no-index) into a fresh venv of each CPython 3.10-3.13 under ~/.pyenv, then
# `gilscan check` on test-fixtures/examples; then `pipx install` of the wheel (Debian's pipx,
# installed with apt-get when missing), also without network. Also: `python -m gilscan`, the order
# GILSCAN_JAVA, JAVA_HOME, PATH, a Java older than 17 passed over, and the message when there is
# no Java. Fails loudly when a CPython is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
wheel="$(scripts/build-wheel.sh)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "test-wheel: FAILED: $*" >&2; exit 1; }
passed=0
check() { passed=$((passed + 1)); echo "ok: $*"; }

# Fake java commands: one that says it is Java 11, one that logs its use and runs the real one.
real_java="$(command -v java)" || fail "no java on PATH to run the tests with"
mkdir -p "$work/old/bin" "$work/logged/bin" "$work/nojava"
printf '#!/bin/sh\necho "openjdk version \\"11.0.2\\" 2019-01-15" >&2\nexit 0\n' \
  >"$work/old/bin/java"
printf '#!/bin/sh\necho "$*" >>"%s/logged.txt"\nexec "%s" "$@"\n' "$work" "$real_java" \
  >"$work/logged/bin/java"
chmod +x "$work/old/bin/java" "$work/logged/bin/java"

versions=(3.10 3.11 3.12 3.13)
for v in "${versions[@]}"; do
  python="$(ls -d /root/.pyenv/versions/"$v".*/bin/python3 2>/dev/null | sort -V | tail -1)"
  [ -x "$python" ] || fail "no CPython $v under /root/.pyenv/versions"
  venv="$work/venv-$v"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --no-index --disable-pip-version-check "$wheel" \
    || fail "pip install --no-index $wheel on CPython $v"
  set +e
  out="$(cd "$root" && env -u GILSCAN_JAVA "$venv/bin/gilscan" check \
    --output-format concise test-fixtures/examples 2>&1)"
  code=$?
  set -e
  [ "$code" -eq 1 ] || fail "CPython $v: gilscan check exited $code, not 1: $out"
  for expected in "test-fixtures/examples/crunch.py:20:16: GIL101" \
      "test-fixtures/examples/crunch.py:22:8: GIL201" "Found "; do
    grep -qF "$expected" <<<"$out" || fail "CPython $v: no '$expected' in: $out"
  done
  check "CPython $v: pip install --no-index, gilscan check test-fixtures/examples"
done

# pipx, as users install command-line tools: its own venv and a `gilscan` on its bin folder.
# PIP_NO_INDEX=1 keeps every pip that pipx runs off the network, the upgrade of pipx's shared pip
# included (it fails at once and pipx goes on with the pip it has).
if ! command -v pipx >/dev/null; then
  apt-get install -y -q pipx >/dev/null || fail "cannot install Debian's pipx"
fi
set +e
pipx_log="$(PIP_NO_INDEX=1 PIPX_HOME="$work/pipx" PIPX_BIN_DIR="$work/pipx-bin" \
  pipx install "$wheel" 2>&1)"
code=$?
set -e
[ "$code" -eq 0 ] && [ -x "$work/pipx-bin/gilscan" ] \
  || fail "pipx install $wheel: exit $code: $pipx_log"
set +e
out="$(cd "$root" && env -u GILSCAN_JAVA "$work/pipx-bin/gilscan" check \
  --output-format concise test-fixtures/examples 2>&1)"
code=$?
set -e
[ "$code" -eq 1 ] && grep -qF "test-fixtures/examples/crunch.py:22:8: GIL201" <<<"$out" \
  || fail "pipx: gilscan check exited $code: $out"
check "pipx install (no network), gilscan check test-fixtures/examples"

venv="$work/venv-3.13"
# Read the whole output first: `grep -q` stops reading at the first match, and gilscan, which
# reports a report it cannot write, would fail on the closed pipe.
version="$("$venv/bin/python" -m gilscan --version)" || fail "python -m gilscan --version failed"
grep -q '^gilscan ' <<<"$version" || fail "python -m gilscan --version: $version"
check "python -m gilscan --version"

# GILSCAN_JAVA comes first, and may name a folder.
: >"$work/logged.txt"
JAVA_HOME="$work/old" GILSCAN_JAVA="$work/logged" "$venv/bin/gilscan" --version >/dev/null
grep -q -- "-jar .*gilscan.jar --version" "$work/logged.txt" \
  || fail "GILSCAN_JAVA was not used: $(cat "$work/logged.txt")"
check "GILSCAN_JAVA (a folder) is used first"

# A check gets the options for a short run; the server and a collector of the user's do not.
: >"$work/logged.txt"
GILSCAN_JAVA="$work/logged" "$venv/bin/gilscan" check --exit-zero "$root/test-fixtures/examples" \
  >/dev/null
grep -q -- "-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -jar .*gilscan.jar check" \
  "$work/logged.txt" || fail "check did not get the short-run options: $(cat "$work/logged.txt")"
: >"$work/logged.txt"
GILSCAN_JAVA="$work/logged" GILSCAN_JAVA_OPTS="-XX:+UseSerialGC" "$venv/bin/gilscan" check \
  --exit-zero "$root/test-fixtures/examples" >/dev/null
grep -q -- "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar" "$work/logged.txt" \
  && ! grep -q -- "UseParallelGC" "$work/logged.txt" \
  || fail "the user's collector did not replace gilscan's: $(cat "$work/logged.txt")"
: >"$work/logged.txt"
GILSCAN_JAVA="$work/logged" timeout 60 "$venv/bin/gilscan" server </dev/null >/dev/null 2>&1 || true
grep -q -- "-jar .*gilscan.jar server" "$work/logged.txt" \
  && ! grep -q -- "TieredStopAtLevel\|UseParallelGC" "$work/logged.txt" \
  || fail "the server got the short-run options: $(cat "$work/logged.txt")"
check "check runs with the short-run JVM options, the server and the user's collector without"

# A Java 11 in GILSCAN_JAVA is passed over for JAVA_HOME's.
: >"$work/logged.txt"
err="$(GILSCAN_JAVA="$work/old/bin/java" JAVA_HOME="$work/logged" "$venv/bin/gilscan" --version \
  2>&1 >/dev/null)"
grep -q -- "-jar" "$work/logged.txt" || fail "JAVA_HOME was not used after a Java 11"
grep -qF "gilscan: warning: GILSCAN_JAVA: $work/old/bin/java is Java 11; using $work/logged" \
  <<<"$err" || fail "no warning that GILSCAN_JAVA was passed over: $err"
check "a Java 11 in GILSCAN_JAVA is passed over for JAVA_HOME's, with a warning"

# A GILSCAN_JAVA that does not run is passed over with a warning too.
err="$(GILSCAN_JAVA=/bin/false "$venv/bin/gilscan" --version 2>&1 >/dev/null)"
grep -qF "gilscan: warning: GILSCAN_JAVA: /bin/false does not run; using " <<<"$err" \
  || fail "no warning for a GILSCAN_JAVA that does not run: $err"
check "a GILSCAN_JAVA that does not run: a warning, then the next Java"

# Standard input and the exit code pass through.
set +e
out="$(printf 'import multiprocessing\nmultiprocessing.Pool(2)\n' | env -u GILSCAN_JAVA \
  "$venv/bin/gilscan" check --output-format concise - --stdin-filename app/x.py)"
code=$?
set -e
[ "$code" -eq 1 ] && grep -qF "app/x.py:2:1: GIL201" <<<"$out" \
  || fail "stdin through the launcher: exit $code: $out"
check "standard input and the exit code pass through the launcher"

# No Java at all: a clear message and exit 2.
set +e
out="$(env -u GILSCAN_JAVA -u JAVA_HOME PATH="$work/nojava" "$venv/bin/python" \
  "$venv/bin/gilscan" check . 2>&1)"
code=$?
set -e
[ "$code" -eq 2 ] || fail "without Java: exit $code, not 2: $out"
grep -qF "gilscan: needs Java 17 or newer to run, and found none:" <<<"$out" \
  && grep -qF "sudo apt install openjdk-17-jre-headless" <<<"$out" \
  || fail "without Java: unclear message: $out"
set +e
out="$(env -u JAVA_HOME GILSCAN_JAVA="$work/old/bin/java" PATH="$work/nojava" \
  "$venv/bin/python" "$venv/bin/gilscan" check . 2>&1)"
code=$?
set -e
[ "$code" -eq 2 ] && grep -qF "GILSCAN_JAVA: $work/old/bin/java is Java 11" <<<"$out" \
  || fail "with only a Java 11: exit $code: $out"
check "no Java 17+: exit 2, what was found and what to install"

echo "test-wheel: $passed passed, 0 failed"
