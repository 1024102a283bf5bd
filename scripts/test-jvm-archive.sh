#!/usr/bin/env bash
# The launchers' class-data archive (docs/cli.md, "How gilscan starts"), through both launchers:
# a copy of ./gilscan beside the jar, and the wheel installed with pip --no-index into a venv of
# CPython 3.13 (its cache in a temporary XDG_CACHE_HOME). For JDK 17 (the java on PATH) and for
# a JDK 25 when there is one (GILSCAN_TEST_JDK25, default /usr/lib/jvm/temurin-25-jdk-amd64; its
# absence is said in the output, and is an error with GILSCAN_REQUIRE_JDK25=1):
# - standard output and error of `check --output-format json` are byte for byte the same with
#   the archive made on that run, used on the next, and with GILSCAN_NO_ARCHIVE=1; the archive
#   is used (the JVM's class-load log names it);
# - a damaged or foreign file in its place is ignored without a word, and so is the user's own
#   -Xshare:off; a rebuilt jar gets a new archive and the old one goes;
# - two first runs at once both succeed and leave one archive and no temporary files;
# - when it cannot be made, the command still succeeds, unchanged, and the next run does not try
#   again; a cache folder that cannot be written is no archive, not an error;
# - standard input reaches the command on the run that makes the archive.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
fail() { echo "test-jvm-archive: FAILED: $*" >&2; exit 1; }
passed=0
check() { passed=$((passed + 1)); echo "ok: $*"; }

wheel="$(scripts/build-wheel.sh)"
jar="$root/cli/target/gilscan.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python="$(ls -d /root/.pyenv/versions/3.13.*/bin/python3 2>/dev/null | sort -V | tail -1)"
[ -x "$python" ] || fail "no CPython 3.13 under /root/.pyenv/versions"
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --no-index --disable-pip-version-check "$wheel" \
  || fail "pip install --no-index $wheel"
site="$("$work/venv/bin/python" -c 'import gilscan, os; print(os.path.dirname(gilscan.__file__))')"

# The repository's launcher in a folder of its own: the jar and the example it trains on.
repo="$work/repo"
mkdir -p "$repo/cli/target" "$repo/test-fixtures/examples" "$work/project" "$work/small"
cp gilscan "$repo/"
cp -p "$jar" "$repo/cli/target/"
cp test-fixtures/examples/crunch.py "$repo/test-fixtures/examples/"
# Two projects to check: the rule fixtures (98 files) and the example alone.
cp -r test-fixtures/rules "$work/project/"
cp test-fixtures/examples/crunch.py "$work/small/"
: >"$work/project/pyproject.toml"
: >"$work/small/pyproject.toml"

java17="$(readlink -f "$(command -v java)")" || fail "no java on PATH"
jdk17="${java17%/bin/java}"
jdks=("$jdk17")
jdk25="${GILSCAN_TEST_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -x "$jdk25/bin/java" ]; then
  jdks=("$jdk25" "$jdk17")  # JDK 17's archive is then tried with JDK 25's in its place
elif [ "${GILSCAN_REQUIRE_JDK25:-}" = 1 ]; then
  fail "no JDK 25 at $jdk25 (GILSCAN_REQUIRE_JDK25=1)"
else
  echo "test-jvm-archive: NOTE: no JDK 25 at $jdk25: the AOT-cache path (JDK 25+) is NOT tested"
fi

# run LAUNCHER JDK CACHE OUT [ENV...] -- ARGS: the launcher with JDK's java first on PATH and as
# GILSCAN_JAVA, the wheel's cache in CACHE; standard output in OUT, error in OUT.err, exit in OUT.rc.
run() {
  local launcher="$1" jdk="$2" cache="$3" out="$4"
  shift 4
  local env=()
  while [ "$1" != -- ]; do env+=("$1"); shift; done
  shift
  set +e
  env -u GILSCAN_NO_ARCHIVE -u GILSCAN_JAVA_OPTS PATH="$jdk/bin:$PATH" GILSCAN_JAVA="$jdk" \
    XDG_CACHE_HOME="$cache" ${env[@]+"${env[@]}"} "$launcher" "$@" >"$out" 2>"$out.err" </dev/null
  echo $? >"$out.rc"
  set -e
}
same() { # A B WHAT: stdout, stderr and exit code of two runs are the same bytes
  cmp -s "$1" "$2" && cmp -s "$1.err" "$2.err" && cmp -s "$1.rc" "$2.rc" \
    || fail "$3: output differs from the run without archive: $(diff "$1" "$2" | head -5;
             diff "$1.err" "$2.err" | head -5) (exit $(cat "$1.rc") and $(cat "$2.rc"))"
}
archives_of() { # LAUNCHER CACHE: the archives that launcher keeps
  if [ "$1" = "$repo/gilscan" ]; then
    find "$repo/cli/target/jvm-archive" -mindepth 1 -maxdepth 1 2>/dev/null
  else
    find "$2/gilscan/jvm-archive" -mindepth 2 -maxdepth 2 ! -name jar-path 2>/dev/null
  fi | sort
}
scan=(check --no-cache --output-format json "$work/project")
small=(check --no-cache --output-format json "$work/small")

for jdk in "${jdks[@]}"; do
  major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")"
  if [ "$major" -ge 25 ]; then kind=aot; else kind=jsa; fi
  for launcher in "$repo/gilscan" "$work/venv/bin/gilscan"; do
    name="JDK $major, $([ "$launcher" = "$repo/gilscan" ] && echo ./gilscan || echo wheel)"
    cache="$work/cache-$major"
    t="$work/out-$major-$(basename "$(dirname "$launcher")")"
    rm -rf "$repo/cli/target/jvm-archive" "$cache"

    run "$launcher" "$jdk" "$cache" "$t.off" GILSCAN_NO_ARCHIVE=1 -- "${scan[@]}"
    [ "$(cat "$t.off.rc")" = 1 ] && grep -q '"code": "GIL101"' "$t.off" \
      || fail "$name: the check without archive: exit $(cat "$t.off.rc"): $(head -c 300 "$t.off.err")"
    [ -z "$(archives_of "$launcher" "$cache")" ] || fail "$name: GILSCAN_NO_ARCHIVE=1 made one"
    run "$launcher" "$jdk" "$cache" "$t.first" -- "${scan[@]}"
    same "$t.off" "$t.first" "$name, the run that makes the archive"
    made="$(archives_of "$launcher" "$cache")"
    [ "$(wc -l <<<"$made")" = 1 ] && [[ "$made" == *".$kind" ]] \
      || fail "$name: not one .$kind archive: $made"
    run "$launcher" "$jdk" "$cache" "$t.second" GILSCAN_JAVA_OPTS="-Xlog:class+load=info:file=$t.log" \
      -- "${scan[@]}"
    same "$t.off" "$t.second" "$name, the run from the archive"
    grep -q 'dev.gilscan.cli.Main source: shared objects file' "$t.log" \
      || fail "$name: the archive was not used: $(grep -m1 'dev.gilscan.cli.Main' "$t.log")"
    check "$name: json output byte-identical with the archive made, used, and off"

    # Not a file the launcher leaves (it renames only an archive the JVM has opened); a file
    # cut short is not tried here, as JDK 17.0.15 dies of SIGBUS on one.
    run "$launcher" "$jdk" "$cache" "$t.small" GILSCAN_NO_ARCHIVE=1 -- "${small[@]}"
    cp "$made" "$work/good"
    rm -f "$made"
    printf 'not an archive' >"$made"
    run "$launcher" "$jdk" "$cache" "$t.junk" -- "${small[@]}"
    same "$t.small" "$t.junk" "$name, a damaged archive"
    foreign=
    # Another jar's archive (the other launcher's, same JDK) and another JDK's, when made.
    for other in "$work/archive-$major" "$(ls "$work"/archive-* 2>/dev/null \
        | grep -v -- "-$major\$" | head -1 || true)"; do
      [ -f "$other" ] || continue
      rm -f "$made"
      cp "$other" "$made"
      run "$launcher" "$jdk" "$cache" "$t.foreign" -- "${small[@]}"
      same "$t.small" "$t.foreign" "$name, with $other in its place"
      foreign=yes
    done
    rm -f "$made"
    cp "$work/good" "$made"
    run "$launcher" "$jdk" "$cache" "$t.xshare" GILSCAN_JAVA_OPTS=-Xshare:off -- "${small[@]}"
    same "$t.small" "$t.xshare" "$name, GILSCAN_JAVA_OPTS=-Xshare:off"
    check "$name: a damaged archive${foreign:+, archives made for another jar or JDK} and" \
      "-Xshare:off change nothing"

    jar_here="$( [ "$launcher" = "$repo/gilscan" ] && echo "$repo/cli/target/gilscan.jar" \
      || echo "$site/gilscan.jar")"
    cp "$jar_here" "$work/jar" && mv "$work/jar" "$jar_here"  # as a rebuild: a new file
    run "$launcher" "$jdk" "$cache" "$t.rebuilt" -- "${small[@]}"
    same "$t.small" "$t.rebuilt" "$name, a rebuilt jar"
    now="$(archives_of "$launcher" "$cache")"
    [ "$(wc -l <<<"$now")" = 1 ] && [ "$now" != "$made" ] && [ ! -e "$made" ] \
      || fail "$name: after a rebuild: $now (before: $made)"
    check "$name: a rebuilt jar gets a new archive, the old one is removed"
    cp "$now" "$work/archive-$major"
  done
done

# The rest on the java on PATH.
jdk="$jdk17"
for launcher in "$repo/gilscan" "$work/venv/bin/gilscan"; do
  name="$([ "$launcher" = "$repo/gilscan" ] && echo ./gilscan || echo wheel)"
  cache="$work/cache-race"
  t="$work/race-$(basename "$(dirname "$launcher")")"
  rm -rf "$repo/cli/target/jvm-archive" "$cache"
  run "$launcher" "$jdk" "$cache" "$t.off" GILSCAN_NO_ARCHIVE=1 -- "${small[@]}"
  run "$launcher" "$jdk" "$cache" "$t.a" -- "${small[@]}" &
  run "$launcher" "$jdk" "$cache" "$t.b" -- "${small[@]}" &
  wait
  same "$t.off" "$t.a" "$name, first of two runs at once"
  same "$t.off" "$t.b" "$name, second of two runs at once"
  left="$(archives_of "$launcher" "$cache")"
  [ "$(wc -l <<<"$left")" = 1 ] && [[ "$left" == *.jsa || "$left" == *.aot ]] \
    || fail "$name: two runs at once left: $left"
  check "$name: two first runs at once: both right, one archive, nothing temporary left"

  # Standard input is the command's, not the training run's.
  rm -rf "$repo/cli/target/jvm-archive" "$cache"
  set +e
  out="$(printf 'import multiprocessing\nmultiprocessing.Pool(2)\n' | env -u GILSCAN_NO_ARCHIVE \
    PATH="$jdk/bin:$PATH" GILSCAN_JAVA="$jdk" XDG_CACHE_HOME="$cache" "$launcher" check \
    --output-format concise - --stdin-filename app/x.py)"
  code=$?
  set -e
  [ "$code" = 1 ] && grep -qF "app/x.py:2:1: GIL201" <<<"$out" \
    || fail "$name: standard input on the run that makes the archive: exit $code: $out"
  [ -n "$(archives_of "$launcher" "$cache")" ] || fail "$name: no archive after the stdin run"
  check "$name: standard input reaches the check on the run that makes the archive"

  # An archive that cannot be made: the example to train on is missing.
  rm -rf "$repo/cli/target/jvm-archive" "$cache"
  example="$([ "$launcher" = "$repo/gilscan" ] && echo "$repo/test-fixtures/examples/crunch.py" \
    || echo "$site/training/crunch.py")"
  mv "$example" "$work/example"
  run "$launcher" "$jdk" "$cache" "$t.failed" -- "${small[@]}"
  same "$t.off" "$t.failed" "$name, an archive that cannot be made"
  marker="$(archives_of "$launcher" "$cache")"
  [[ "$marker" == *.failed ]] && [ "$(wc -l <<<"$marker")" = 1 ] \
    || fail "$name: no lone .failed marker: $marker"
  mv "$work/example" "$example"
  run "$launcher" "$jdk" "$cache" "$t.again" -- "${small[@]}"
  same "$t.off" "$t.again" "$name, after a failed archive"
  [ "$(archives_of "$launcher" "$cache")" = "$marker" ] \
    || fail "$name: tried again after a failure: $(archives_of "$launcher" "$cache")"
  check "$name: an archive that cannot be made: same output, a .failed marker, no second try"
done

# A cache folder that cannot be made: a file in the way.
rm -rf "$repo/cli/target/jvm-archive"
: >"$repo/cli/target/jvm-archive"
run "$repo/gilscan" "$jdk" "$work/unused" "$work/blocked-repo" -- "${small[@]}"
same "$work/race-repo.off" "$work/blocked-repo" "./gilscan, cli/target/jvm-archive a file"
: >"$work/xdg-file"
run "$work/venv/bin/gilscan" "$jdk" "$work/xdg-file" "$work/blocked-wheel" -- "${small[@]}"
same "$work/race-bin.off" "$work/blocked-wheel" "wheel, XDG_CACHE_HOME a file"
check "a cache folder that cannot be written: no archive, same output"

echo "test-jvm-archive: $passed passed, 0 failed"
