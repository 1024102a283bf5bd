"""Startup of a small `gilscan check`: JDK 17 with and without an AppCDS archive, and a JDK 24+
with and without its ahead-of-time cache, beside CPython parsing the same file.

The check is of one file in a project of its own (test-fixtures/examples/crunch.py copied into a
temporary folder with a pyproject.toml), so it measures the JVM's start, class loading and the
first, cold run of the parser and the rules. Each variant runs --repeat times after one warm-up
run (which fills the page cache); the median wall and CPU times are printed, with the ratio to
CPython 3.13 running `ast.parse` on the same file in a fresh interpreter.

Archives are made in the temporary folder before they are timed:
  AppCDS (JDK 13+):  java -XX:ArchiveClassesAtExit=gilscan.jsa -jar gilscan.jar check FILE
                     then java -XX:SharedArchiveFile=gilscan.jsa -jar gilscan.jar check FILE
  AOT cache (JDK 25): java -XX:AOTCacheOutput=gilscan.aot -jar gilscan.jar check FILE
                     then java -XX:AOTCache=gilscan.aot -jar gilscan.jar check FILE

Usage:
  python3 bench/startup.py [--jar cli/target/gilscan.jar] [--java17 java]
                           [--java25 /usr/lib/jvm/temurin-25-jdk-amd64/bin/java] [--repeat N]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYTHON = os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python3")


def run(command):
    """Runs command quietly; returns (wall s, cpu s) and fails loudly on a crash."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"startup.py: {' '.join(command)} exited {code}: "
                 f"{child.stderr.read().decode(errors='replace').strip()}")
    return wall, usage.ru_utime + usage.ru_stime


def timed(command, repeat):
    run(command)
    runs = [run(command) for _ in range(repeat)]
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "cli", "target", "gilscan.jar"))
    parser.add_argument("--java17", default="java")
    parser.add_argument("--java25", default="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
    parser.add_argument("--python", default=PYTHON)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    for need in (args.jar, args.python):
        if not os.path.isfile(need):
            sys.exit(f"startup.py: {need}: not found")

    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "project")
        os.makedirs(project)
        open(os.path.join(project, "pyproject.toml"), "w").close()
        target = shutil.copy(os.path.join(ROOT, "test-fixtures", "examples", "crunch.py"),
                             project)
        check = ["-jar", args.jar, "check", "--output-format", "concise", target]
        jsa = os.path.join(tmp, "gilscan.jsa")
        aot = os.path.join(tmp, "gilscan.aot")

        variants = [("CPython 3.13 ast.parse of the file",
                     [args.python, "-c", f"import ast; ast.parse(open({target!r}).read())"]),
                    ("JDK 17", [args.java17, *check])]
        run([args.java17, f"-XX:ArchiveClassesAtExit={jsa}", *check])
        variants.append((f"JDK 17 + AppCDS ({os.path.getsize(jsa) / 2**20:.0f} MiB)",
                         [args.java17, f"-XX:SharedArchiveFile={jsa}", *check]))
        if os.path.isfile(args.java25):
            variants.append(("JDK 25", [args.java25, *check]))
            run([args.java25, f"-XX:ArchiveClassesAtExit={jsa}.25", *check])
            variants.append(("JDK 25 + AppCDS",
                             [args.java25, f"-XX:SharedArchiveFile={jsa}.25", *check]))
            run([args.java25, f"-XX:AOTCacheOutput={aot}", *check])
            variants.append((f"JDK 25 + AOT cache ({os.path.getsize(aot) / 2**20:.0f} MiB)",
                             [args.java25, f"-XX:AOTCache={aot}", *check]))
        else:
            print(f"(no JDK 25 at {args.java25}: its rows are left out)")

        print(f"small check of {os.path.basename(target)}, median of {args.repeat} runs\n")
        print(f"{'variant':<40} {'wall ms':>8} {'cpu ms':>8} {'wall x CPython':>15} "
              f"{'wall x JDK 17':>14}")
        results = [(name, *timed(command, args.repeat)) for name, command in variants]
        base = results[0][1]
        jdk17 = results[1][1]
        for name, wall, cpu in results:
            print(f"{name:<40} {wall * 1000:8.0f} {cpu * 1000:8.0f} {wall / base:15.1f} "
                  f"{wall / jdk17:14.2f}")


if __name__ == "__main__":
    main()
