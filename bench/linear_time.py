#!/usr/bin/env python3
"""Time per element of gilscan and CPython on one long construct, grown from 1k to 100k.

For each construct (a chain of calls, attributes, subscripts, binary operators, comparisons,
`and`, string concatenations, unary minuses, nested brackets, and plain lines) and each size,
writes a one-construct file, runs `gilscan check` on it (a JVM per file; the JVM's start, measured
on a one-line file in the same run, is subtracted) and CPython's `ast.parse` (in a child
interpreter, timed inside it), and prints both verdicts and the microseconds per element.
Linear time shows as a flat us/element column as the size grows.

Usage: bench/linear_time.py [--sizes 1000,10000,100000] [--only calls,binary] [--python PY]
Needs cli/target/gilscan.jar (`mvn -B -o -q package -DskipTests`) and CPython 3.13
(GILSCAN_ORACLE_PYTHON, default the pyenv 3.13.0).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "cli", "target", "gilscan.jar")
DEFAULT_PYTHON = os.environ.get(
    "GILSCAN_ORACLE_PYTHON",
    os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python"))

# Each construct with n elements, on one line (except `lines`).
CONSTRUCTS = {
    "calls": lambda n: "x = f" + "()" * n + "\n",
    "attributes": lambda n: "x = a" + ".b" * n + "\n",
    "subscripts": lambda n: "x = a" + "[0]" * n + "\n",
    "binary": lambda n: "x = 1" + " + 1" * n + "\n",
    "comparisons": lambda n: "x = 1" + " < 1" * n + "\n",
    "boolean": lambda n: "x = a" + " and a" * n + "\n",
    "strings": lambda n: "x = " + " ".join(["'a'"] * n) + "\n",
    "unary": lambda n: "x = " + "-" * n + "1\n",
    "nesting": lambda n: "x = " + "[" * n + "]" * n + "\n",
    "lines": lambda n: "x = 1\n" * n,
}

CPYTHON_TIMER = r"""
import ast, sys, time
data = open(sys.argv[1], 'rb').read()
start = time.perf_counter()
try:
    ast.parse(data)
    verdict = 'accepted'
except SyntaxError as e:
    verdict = 'SyntaxError: %s @%s:%s' % (e.msg, e.lineno, e.offset)
except (RecursionError, MemoryError) as e:
    verdict = type(e).__name__
print('%.6f\t%s' % (time.perf_counter() - start, verdict))
"""


def gilscan(path):
    """(seconds, verdict) of `gilscan check` on one file."""
    start = time.perf_counter()
    run = subprocess.run(["java", "-jar", JAR, "check", "--exit-zero", path],
                         capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    errors = [line for line in run.stderr.splitlines() if "Error:" in line]
    if run.returncode not in (0, 1):
        verdict = "exit %d: %s" % (run.returncode, (run.stderr.strip() or "?").splitlines()[0])
    elif errors:
        first = errors[0]
        verdict = first[first.index(":") + 1:].split(": ", 1)[-1]
        where = first.split(":")[1:3]
        verdict += " @" + ":".join(where)
    else:
        verdict = "accepted"
    return seconds, verdict


def cpython(python, path):
    run = subprocess.run([python, "-c", CPYTHON_TIMER, path], capture_output=True, text=True,
                         check=False)
    if run.returncode != 0:
        return float("nan"), "crash: " + (run.stderr.strip().splitlines() or ["?"])[-1]
    seconds, verdict = run.stdout.strip().split("\t", 1)
    return float(seconds), verdict


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000,16000,32000,100000")
    parser.add_argument("--only", default=",".join(CONSTRUCTS))
    parser.add_argument("--python", default=DEFAULT_PYTHON)
    args = parser.parse_args()
    if not os.path.isfile(JAR):
        sys.exit("bench/linear_time.py: %s missing; run mvn -B -o -q package -DskipTests" % JAR)
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "base.py")
        with open(base, "w") as f:
            f.write("x = 1\n")
        jvm = min(gilscan(base)[0] for _ in range(3))
        print("JVM start and one-line check: %.3f s (subtracted below)" % jvm)
        print("%-12s %7s  %12s %12s  %-60s %s" % ("construct", "n", "gilscan us/el",
                                                  "CPython us/el", "gilscan verdict",
                                                  "CPython verdict"))
        for name in args.only.split(","):
            for n in sizes:
                path = os.path.join(tmp, "%s_%d.py" % (name, n))
                with open(path, "w") as f:
                    f.write(CONSTRUCTS[name](n))
                ours, our_verdict = gilscan(path)
                theirs, their_verdict = cpython(args.python, path)
                print("%-12s %7d  %12.2f %12.2f  %-60s %s" % (
                    name, n, max(0.0, ours - jvm) / n * 1e6, theirs / n * 1e6,
                    our_verdict[:60], their_verdict), flush=True)


if __name__ == "__main__":
    main()
