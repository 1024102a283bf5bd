#!/usr/bin/env python3
"""Time per element of gilscan and CPython on one long construct, grown from 1k to 100k.

Times are CPU seconds (user and system), which a loaded machine inflates less than wall time.
For each construct (chains of calls, attributes, subscripts, operators, comparisons, string
concatenations, unary operators, lambdas, nested brackets and blocks; long argument, parameter,
dict, `with` and decorator lists; many lines, functions, classes, imports, `elif`s, `except`s
and `case`s) and each size, writes a one-construct file, runs `gilscan check` on it (a JVM per
file, its CPU time in all threads, JIT compiler and GC included; the JVM's start, measured on a
one-line file in the same run, is subtracted) and CPython's `ast.parse` (in a child
interpreter, its process time around the call), and prints both verdicts, the
microseconds per element, gilscan's time over CPython's, and how gilscan's time per element
grew from the smallest size that takes gilscan 0.3 s of CPU beyond the JVM's start (below
that, the start's own variation, about 0.1 s, is most of the figure). Linear time shows as a
flat us/element column, a growth near 1 or below (the JIT compiler makes big files cheaper).

Each construct is `head + unit * n + close * n + tail`: in `unit`, `{i}` is the element's index
and `{sp}` that many spaces (a nested block's indent); in `tail`, `{sp}` is n spaces. Nested
blocks are cut at 100 levels, where CPython's tokenizer stops ("too many levels of
indentation"), and their times are per level.
scripts/big_input_verdicts.py writes CPython's verdicts on the same constructs for the test
`BigInputTest`. The CPython verdict printed here is `ast.parse`'s: where gilscan says "too many
statically nested blocks" (`with` items, nested `for`), that is `compile()`'s limit, which
`ast.parse` does not check.

Usage: bench/linear_time.py [--sizes 1000,10000,100000] [--only calls,binary] [--python PY]
                            [--timeout 300]
Needs cli/target/gilscan.jar (`mvn -B -o -q package -DskipTests`) and CPython 3.13
(GILSCAN_ORACLE_PYTHON, default the pyenv 3.13.0).
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "cli", "target", "gilscan.jar")
# The least CPU time beyond the JVM's start that the growth column is measured from.
BASE_SECONDS = 0.3
DEFAULT_PYTHON = os.environ.get(
    "GILSCAN_ORACLE_PYTHON",
    os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python"))

# name: (head, unit, tail, the most elements that make sense, or None).
CONSTRUCTS = {
    "calls": ("x = f", "()", "", "\n", None),
    "attributes": ("x = a", ".b", "", "\n", None),
    "subscripts": ("x = a", "[0]", "", "\n", None),
    "binary": ("x = 1", " + 1", "", "\n", None),
    "mixed-binary": ("x = 1", " * 2 - 3 | 4 << 5 + 6", "", "\n", None),
    "power": ("x = 2", " ** 2", "", "\n", None),
    "comparisons": ("x = 1", " < 1", "", "\n", None),
    "boolean": ("x = a", " and a", "", "\n", None),
    "or-and": ("x = a", " or a and a", "", "\n", None),
    "ternary": ("x = 1", " if a else 1", "", "\n", None),
    "strings": ("x = 'a'", " 'a'", "", "\n", None),
    "fstrings": ("x = f'{a}'", " f'{a}'", "", "\n", None),
    "unary": ("x = ", "-", "", "1\n", None),
    "not": ("x = ", "not ", "", "a\n", None),
    "lambda": ("x = ", "lambda: ", "", "1\n", None),
    "nesting": ("x = ", "[", "]", "\n", None),
    "parentheses": ("x = ", "(", ")", "\n", None),
    "lines": ("", "x = 1\n", "", "", None),
    "semicolons": ("", "x = 1; ", "", "\n", None),
    "continuations": ("x = 1", " \\\n+ 1", "", "\n", None),
    "comments": ("", "# c\n", "", "x = 1\n", None),
    "long-string": ("x = '", "aaaaaaaaaa", "", "'\n", None),
    "targets": ("", "a = ", "", "1\n", None),
    "tuple": ("x = ", "1, ", "", "\n", None),
    "list": ("x = [", "1, ", "", "]\n", None),
    "dict": ("x = {", "{i}: 1, ", "", "}\n", None),
    "arguments": ("f(", "a, ", "", ")\n", None),
    "keywords": ("f(", "k{i}=1, ", "", ")\n", None),
    "parameters": ("def f(", "a{i}, ", "", "): pass\n", None),
    "with": ("with a", ", a{i}", "", ": pass\n", None),
    "decorators": ("", "@d\n", "", "def f(): pass\n", None),
    "comp-ifs": ("x = [a for a in b", " if a", "", "]\n", None),
    "comp-fors": ("x = [a", " for a in b", "", "]\n", None),
    "elif": ("if a:\n    pass\n", "elif a:\n    pass\n", "", "", None),
    "excepts": ("try:\n    pass\n", "except E:\n    pass\n", "", "", None),
    "cases": ("match x:\n", "    case {i}:\n        pass\n", "", "", None),
    "functions": ("", "def f{i}(): pass\n", "", "", None),
    "classes": ("", "class C{i}: pass\n", "", "", None),
    "methods": ("class C:\n", "    def m{i}(self): pass\n", "", "", None),
    "globals": ("def f():\n", "    global g{i}\n", "", "", None),
    "imports": ("", "import m{i}\n", "", "", None),
    "from-imports": ("", "from m import n{i}\n", "", "", None),
    "statements": ("", "x.y = f(x)\n", "", "", None),
    "nested-defs": ("", "{sp}def f():\n", "", "{sp}pass\n", 100),
    "nested-classes": ("", "{sp}class C:\n", "", "{sp}pass\n", 100),
    "nested-for": ("", "{sp}for a in b:\n", "", "{sp}pass\n", 100),
    "nested-if": ("", "{sp}if a:\n", "", "{sp}pass\n", 100),
}


def elements(name, n):
    """How many elements the construct has when grown to n (fewer where it has a most)."""
    most = CONSTRUCTS[name][4]
    return n if most is None else min(n, most)


def source(name, n):
    """The construct with n elements (fewer where it has a most)."""
    head, unit, close, tail, _ = CONSTRUCTS[name]
    n = elements(name, n)
    if "{" in unit:
        body = "".join(unit.replace("{i}", str(i)).replace("{sp}", " " * i) for i in range(n))
    else:
        body = unit * n
    return head + body + close * n + tail.replace("{sp}", " " * n)


CPYTHON_TIMER = r"""
import ast, sys, time
data = open(sys.argv[1], 'rb').read()
start = time.process_time()
try:
    ast.parse(data)
    verdict = 'accepted'
except SyntaxError as e:
    verdict = '%s: %s @%s:%s' % (type(e).__name__, e.msg, e.lineno, e.offset)
except (RecursionError, MemoryError) as e:
    verdict = type(e).__name__
print('%.6f\t%s' % (time.process_time() - start, verdict))
"""


def child_cpu():
    """CPU seconds (user and system) of the child processes waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def gilscan(path, timeout):
    """(CPU seconds, verdict) of `gilscan check` on one file."""
    start = child_cpu()
    try:
        run = subprocess.run(["java", "-jar", JAR, "check", "--exit-zero",
                              "--output-format", "concise", path],
                             capture_output=True, text=True, check=False, timeout=timeout)
    except subprocess.TimeoutExpired:
        return float("inf"), "timed out after %d s" % timeout
    seconds = child_cpu() - start
    problems = [line for line in run.stdout.splitlines() + run.stderr.splitlines()
                if line.startswith(path + ":") and ("Error:" in line or "error:" in line)]
    if run.returncode not in (0, 1):
        verdict = "exit %d: %s" % (run.returncode, (run.stderr.strip() or "?").splitlines()[0])
    elif problems:
        where, _, message = problems[0][len(path) + 1:].partition(": ")
        verdict = "%s @%s" % (message, where)
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
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--only", default=",".join(CONSTRUCTS))
    parser.add_argument("--python", default=DEFAULT_PYTHON)
    parser.add_argument("--timeout", type=int, default=300,
                        help="seconds one gilscan run may take")
    args = parser.parse_args()
    if not os.path.isfile(JAR):
        sys.exit("bench/linear_time.py: %s missing; run mvn -B -o -q package -DskipTests" % JAR)
    sizes = [int(s) for s in args.sizes.split(",")]
    print("load average at start: %.2f %.2f %.2f" % os.getloadavg())
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "base.py")
        with open(base, "w") as f:
            f.write("x = 1\n")
        jvm = min(gilscan(base, args.timeout)[0] for _ in range(3))
        print("JVM start and one-line check: %.3f s of CPU (subtracted below)" % jvm)
        print("%-14s %7s %9s %9s %8s %7s  %-44s %s" % (
            "construct", "n", "gilscan", "CPython", "x CPy", "growth", "gilscan verdict",
            "CPython verdict"))
        print("%-14s %7s %9s %9s" % ("", "", "us/el", "us/el"))
        for name in args.only.split(","):
            first = None
            for n in sizes:
                path = os.path.join(tmp, "%s_%d.py" % (name, n))
                with open(path, "w") as f:
                    f.write(source(name, n))
                ours, our_verdict = gilscan(path, args.timeout)
                theirs, their_verdict = cpython(args.python, path)
                count = elements(name, n)
                per = max(0.0, ours - jvm) / count * 1e6
                their_per = theirs / count * 1e6
                if first is None and ours - jvm >= BASE_SECONDS:
                    first = per
                ratio = "%8.1f" % (per / their_per) if their_per > 0 else "%8s" % "-"
                growth = "%7.2f" % (per / first) if first else "%7s" % "-"
                print("%-14s %7d %9.2f %9.2f %s %s  %-44s %s" % (
                    name, n, per, their_per, ratio, growth, our_verdict[:44],
                    their_verdict), flush=True)
                if ours == float("inf"):
                    break


if __name__ == "__main__":
    main()
