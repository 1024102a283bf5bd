"""gilscan `check` of a whole standard library beside CPython's bare `ast.parse` of the same files.

One run measures, each in a child process of its own: CPython 3.13 reading and `ast.parse`-ing
every .py file gilscan checks, then `gilscan check --output-format sarif` of the folder with the
default heap, with each heap limit of --heaps (default 256m, 512m, 768m), and on one and on two
processors (-XX:ActiveProcessorCount), all without the cache (--no-cache); then, on a copy of
the folder's .py files in a temporary folder, the cache: a cold check that fills a fresh cache,
a warm one with nothing changed, and one after a line is appended to one file. For each it
prints the wall time, the CPU time (user + system), the peak resident set size of the process,
and the ratios of its wall and CPU time to CPython's; then which heap limits completed and
whether the SARIF reports are byte-identical (cache runs against each other, the rest against
each other). On a machine shared with other work the CPU ratio is the steadier one. A jar
without --no-cache (an older build) is run without the cache runs.

Usage:
  python3 bench/scale.py [--jar cli/target/gilscan.jar] [--java java] [--folder DIR]
                         [--python PYTHON] [--repeat N] [--heaps 256m,512m,768m]
                         [--skip-small-heap] [--skip-cache]

The default folder is the CPython 3.13 standard library under ~/.pyenv, and the default Python
the 3.13 beside it. With --repeat N each command runs N times and the median wall time is kept
(with the CPU and RSS of that run). A measurement, not a test: the machine's other load shows.
"""

import argparse
import glob
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The folders gilscan's file walk passes over (ProjectLoader.SKIPPED_DIRECTORIES).
SKIPPED = {".git", ".hg", ".svn", "__pycache__", "node_modules", "site-packages", ".venv",
           "venv", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache",
           ".gilscan_cache", "build", "dist"}

# Run in the CPython child: reads every file named on stdin, parses each with ast.parse, and
# prints the files, lines, rejected files and the seconds spent in ast.parse alone.
PARSE_CHILD = r"""
import ast, sys, time, warnings
warnings.simplefilter("ignore")
paths = sys.stdin.read().splitlines()
sources = []
for p in paths:
    with open(p, "rb") as f:
        sources.append(f.read())
start = time.perf_counter()
rejected = 0
for s in sources:
    try:
        ast.parse(s)
    except Exception:
        rejected += 1
parse = time.perf_counter() - start
lines = sum(s.count(b"\n") for s in sources)
print(len(sources), lines, rejected, f"{parse:.3f}")
"""


def python_files(folder):
    """The .py files gilscan's walk finds below folder (no .gitignore inside the stdlib)."""
    found = []
    for current, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED
                         and not os.path.exists(os.path.join(current, d, "pyvenv.cfg")))
        found.extend(os.path.join(current, n) for n in sorted(names) if n.endswith(".py"))
    return found


def measure(command, stdin_text=None):
    """Runs command; returns (exit code, wall s, cpu s, peak RSS MiB, stdout, stderr)."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    start = time.perf_counter()
    child = subprocess.Popen(command, stdin=subprocess.PIPE if stdin_text else subprocess.DEVNULL,
                             stdout=out, stderr=err)
    if stdin_text:
        child.stdin.write(stdin_text.encode())
        child.stdin.close()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    return (child.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
            out.read().decode(errors="replace"), err.read().decode(errors="replace"))


def repeated(command, repeat, stdin_text=None):
    runs = [measure(command, stdin_text) for _ in range(repeat)]
    runs.sort(key=lambda r: r[1])
    median = runs[len(runs) // 2]
    return median, [r[1] for r in runs]


def default_stdlib():
    matches = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.13*/lib/python3.13")))
    return matches[-1] if matches else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "cli", "target", "gilscan.jar"))
    parser.add_argument("--java", default="java")
    parser.add_argument("--folder", default=default_stdlib())
    parser.add_argument("--python", default=None)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--heaps", default="256m,512m,768m",
                        help="heap limits (-Xmx) to try, comma-separated")
    parser.add_argument("--skip-small-heap", action="store_true")
    parser.add_argument("--skip-cache", action="store_true")
    args = parser.parse_args()
    if not args.folder or not os.path.isdir(args.folder):
        sys.exit("scale.py: no folder to scan (give --folder; the default is the CPython 3.13 "
                 "standard library under ~/.pyenv)")
    if not os.path.isfile(args.jar):
        sys.exit(f"scale.py: {args.jar}: no such jar (build it: mvn -B -o -q package -DskipTests)")
    python = args.python or os.path.join(
        os.path.dirname(os.path.dirname(args.folder.rstrip("/"))), "bin", "python3")
    if not os.path.isfile(python):
        sys.exit(f"scale.py: {python}: no such Python (give --python)")

    files = python_files(args.folder)
    java_version = subprocess.run([args.java, "-version"], capture_output=True,
                                  text=True).stderr.splitlines()[0]
    print(f"folder {args.folder}: {len(files)} .py files")
    print(f"java: {java_version}; cores: {os.cpu_count()}; repeat: {args.repeat}")

    (code, wall, cpu, rss, out, err), walls = repeated(
        [python, "-c", PARSE_CHILD], args.repeat, "\n".join(files))
    if code != 0:
        sys.exit(f"scale.py: the CPython run failed: {err.strip()}")
    count, lines, rejected, parse = out.split()
    base, base_cpu = wall, cpu
    print(f"\n{'run':<34} {'wall s':>8} {'cpu s':>8} {'peak RSS MiB':>13} {'wall x':>7} "
          f"{'cpu x':>6}")
    print(f"{'CPython ' + python.split('/')[-3] + ' ast.parse':<34} {wall:8.2f} {cpu:8.2f} "
          f"{rss:13.0f} {1.0:7.2f} {1.0:6.2f}")
    print(f"  ({count} files, {int(lines):,} lines, {rejected} rejected; ast.parse alone "
          f"{float(parse):.2f} s)")

    help_text = subprocess.run([args.java, "-jar", args.jar, "check", "--help"],
                               capture_output=True, text=True).stdout
    has_cache = "--no-cache" in help_text
    no_cache = ["--no-cache"] if has_cache else []
    heaps = [] if args.skip_small_heap else [h for h in args.heaps.split(",") if h]

    def run_all(runs, folder, tmp):
        sarifs = {}
        for name, options, extra, before in runs:
            if before:
                before()
            report = os.path.join(tmp, f"{name.replace(' ', '_').replace(',', '')}.sarif")
            command = [args.java, *options, "-jar", args.jar, "check", "--output-format",
                       "sarif", "--exit-zero", *extra, "--output", report, folder]
            (code, wall, cpu, rss, out, err), walls = repeated(command, args.repeat)
            done = code == 0 and os.path.isfile(report)
            note = "" if done else f"  FAILED (exit {code}): {err.strip().splitlines()[-1:]}"
            print(f"{name:<34} {wall:8.2f} {cpu:8.2f} {rss:13.0f} {wall / base:7.2f} "
                  f"{cpu / base_cpu:6.2f}{note}")
            if args.repeat > 1:
                print(f"  (wall times: {', '.join(f'{w:.2f}' for w in walls)})")
            if done:
                with open(report, "rb") as f:
                    sarifs[name] = hashlib.sha256(f.read()).hexdigest()
            if os.path.exists(report):
                os.remove(report)
        return sarifs

    runs = [("gilscan check, default heap", [], no_cache, None)]
    runs += [(f"gilscan check, -Xmx{h}", [f"-Xmx{h}"], no_cache, None) for h in heaps]
    runs += [("gilscan check, 1 processor", ["-XX:ActiveProcessorCount=1"], no_cache, None),
             ("gilscan check, 2 processors", ["-XX:ActiveProcessorCount=2"], no_cache, None)]
    with tempfile.TemporaryDirectory() as tmp:
        sarifs = run_all(runs, args.folder, tmp)
    cache_sarifs = {}
    if has_cache and not args.skip_cache:
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, "lib")
            for path in files:
                target = os.path.join(copy, os.path.relpath(path, args.folder))
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(path, "rb") as src, open(target, "wb") as dst:
                    dst.write(src.read())
            changed = os.path.join(copy, "threading.py")

            def edit():
                with open(changed, "a") as f:
                    f.write("\n_gilscan_bench_edit = 1\n")

            cache = ["--cache-dir", os.path.join(tmp, "cache")]
            print(f"\ncache runs on a copy of the {len(files)} files in {copy}:")
            cache_sarifs = run_all([
                ("check, no cache (copy)", [], no_cache, None),
                ("check, cold cache", [], cache, None),
                ("check, warm cache", [], cache, None),
                ("check, warm, threading.py edited", [], cache, edit),
                ("check, no cache, after the edit", [], no_cache, None),
            ], copy, tmp)
    print()
    for h in heaps:
        print(f"-Xmx{h}: " + ("completed" if f"gilscan check, -Xmx{h}" in sarifs
                              else "did NOT complete"))
    digests = set(sarifs.values())
    print(f"SARIF of the {len(sarifs)} completed runs without cache: "
          + ("byte-identical" if len(digests) == 1 else f"{len(digests)} different reports"))
    one, two = sarifs.get("gilscan check, 1 processor"), sarifs.get("gilscan check, 2 processors")
    print("1 vs 2 processors: " + ("byte-identical" if one and one == two else "DIFFERENT"))
    ok = bool(one and one == two)
    if cache_sarifs:
        before = {cache_sarifs.get(k) for k in ("check, no cache (copy)", "check, cold cache",
                                                "check, warm cache")}
        after = {cache_sarifs.get(k) for k in ("check, warm, threading.py edited",
                                               "check, no cache, after the edit")}
        same = len(before) == 1 and None not in before and len(after) == 1 and None not in after
        print("cache: no cache / cold / warm byte-identical, and edited warm = edited without "
              "cache: " + ("yes" if same else "NO"))
        ok = ok and same
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
