"""How gilscan's heap grows with the size of what it checks: one stdlib, four, eight.

Copies the `.py` files of 1, 4 and 8 of the CPython standard libraries under ~/.pyenv (3.13;
3.10-3.13; 3.6-3.13; `site-packages` left out) into one temporary folder per size, each library in
a folder of its own, then runs `gilscan check --no-cache --output-format sarif` of each folder in a
child JVM with a GC log, and prints for each: the files and lines, wall and CPU time, peak RSS,
the peak heap in use (the largest heap occupancy the GC log shows before a collection) and the
largest heap left live after a collection, in MiB and per million lines. A scan whose memory
stays flat (issue 13's per-file summaries) shows the last two columns falling as the size grows;
today they stay about the same, because every file's tree lives until the project-wide analyses
end.

Usage:
  python3 bench/heap_growth.py [--jar cli/target/gilscan.jar] [--java java] [--xmx 16g]
                               [--sizes 1,4,8] [--keep DIR]

A measurement, not a test; a size whose libraries are not all installed is left out (and says
so). --keep writes the copies below DIR and reuses them on the next run.
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
VERSIONS = ["3.13", "3.12", "3.11", "3.10", "3.9", "3.8", "3.7", "3.6"]
# A collection's line in -Xlog:gc: "... Pause Young (Normal) (G1 Evacuation Pause) 812M->95M(1024M)".
HEAP = re.compile(r"\s(\d+)([KMG])->(\d+)([KMG])\(\d+[KMG]\)")
UNIT = {"K": 1 / 1024, "M": 1, "G": 1024}


def stdlib(version):
    found = sorted(glob.glob(os.path.expanduser(
        "~/.pyenv/versions/%s.*/lib/python%s" % (version, version))))
    return found[-1] if found else None


def copy_py(source, target):
    """Copies the .py files of source (site-packages left out) below target; (files, lines)."""
    files = lines = 0
    for folder, dirs, names in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d != "site-packages" and d != "__pycache__")
        for name in names:
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            out = os.path.join(target, os.path.relpath(path, source))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            shutil.copyfile(path, out)
            files += 1
            with open(path, "rb") as f:
                lines += f.read().count(b"\n")
    return files, lines


def prepare(count, base):
    folder = os.path.join(base, "stdlibs-%d" % count)
    marker = os.path.join(folder, ".counted")
    if os.path.exists(marker):
        with open(marker) as f:
            files, lines = (int(x) for x in f.read().split())
        return folder, files, lines
    shutil.rmtree(folder, ignore_errors=True)
    files = lines = 0
    for version in VERSIONS[:count]:
        f, n = copy_py(stdlib(version), os.path.join(folder, "python" + version))
        files += f
        lines += n
    with open(marker, "w") as f:
        f.write("%d %d" % (files, lines))
    return folder, files, lines


def measure(java, jar, xmx, folder):
    log = folder + ".gc.log"
    command = [java, "-Xmx" + xmx, "-Xlog:gc:file=" + log, "-jar", jar, "check", "--no-cache",
               "--exit-zero", "--output-format", "sarif", folder]
    err = tempfile.TemporaryFile()
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    cpu = usage.ru_utime + usage.ru_stime
    peak = live = 0.0
    with open(log) as f:
        for line in f:
            m = HEAP.search(line)
            if m:
                peak = max(peak, int(m.group(1)) * UNIT[m.group(2)])
                live = max(live, int(m.group(3)) * UNIT[m.group(4)])
    os.remove(log)
    err.seek(0)
    message = err.read().decode(errors="replace").strip().splitlines()[-1:]
    failed = None if os.waitstatus_to_exitcode(status) == 0 else message
    return wall, cpu, usage.ru_maxrss / 1024, peak, live, failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default=os.path.join(ROOT, "cli", "target", "gilscan.jar"))
    parser.add_argument("--java", default="java")
    parser.add_argument("--xmx", default="16g")
    parser.add_argument("--sizes", default="1,4,8")
    parser.add_argument("--keep")
    args = parser.parse_args()
    base = args.keep or tempfile.mkdtemp(prefix="gilscan-heap-")
    os.makedirs(base, exist_ok=True)
    print("jar %s, -Xmx%s, %s" % (args.jar, args.xmx, subprocess.run(
        [args.java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]))
    print()
    print("%-10s %7s %10s %8s %8s %10s %10s %10s %12s %12s" % (
        "stdlibs", "files", "lines", "wall s", "cpu s", "RSS MiB", "heap MiB", "live MiB",
        "heap/Mline", "live/Mline"))
    try:
        for count in (int(s) for s in args.sizes.split(",")):
            missing = [v for v in VERSIONS[:count] if stdlib(v) is None]
            if missing:
                print("%-10s not measured: no standard library for %s" % (count, missing))
                continue
            folder, files, lines = prepare(count, base)
            wall, cpu, rss, peak, live, failed = measure(args.java, args.jar, args.xmx, folder)
            mlines = lines / 1e6
            print("%-10s %7d %10d %8.1f %8.1f %10.0f %10.0f %10.0f %12.0f %12.0f%s" % (
                count, files, lines, wall, cpu, rss, peak, live, peak / mlines, live / mlines,
                "  FAILED: %s" % failed if failed else ""))
            sys.stdout.flush()
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
