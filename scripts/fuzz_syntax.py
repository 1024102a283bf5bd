#!/usr/bin/env python3
"""Mutates standard-library files and checks that gilscan gives each one the verdict CPython does.

Each mutant is a real `.py` file of the CPython 3.13 standard library with one change: a token
deleted, duplicated, swapped with the next or replaced by another token of the file, a token of
Python inserted, the file cut at a random byte, or random bytes inserted. All mutants are written
to a temporary folder and checked by one `gilscan check --output-format json --target-version
py313` run; CPython 3.13's `compile(..., ast.PyCF_ONLY_AST)` (what `ast.parse` does) gives the
reference verdict. The script prints how many mutants gilscan accepts or rejects as CPython does,
how many of the rejections have CPython's message, line and column, and every internal error or
stack trace (there must be none). Nothing is kept: the mutants live in a temporary folder.

Usage: scripts/fuzz_syntax.py [--count 2000] [--seed 1] [--python PY] [--show 10]
Needs cli/target/gilscan.jar (`mvn -B -o -q package -DskipTests`). Exit 1 on an internal error,
a stack trace, or a run that ends without a JSON report.
"""

import argparse
import collections
import glob
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "cli", "target", "gilscan.jar")
DEFAULT_PYTHON = os.environ.get(
    "GILSCAN_ORACLE_PYTHON",
    os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python"))

# Tokens a mutation may insert: keywords, operators, brackets, a few atoms and layout.
INSERTABLE = ["def", "class", "if", "else", "elif", "for", "in", "while", "try", "except",
              "finally", "with", "as", "return", "yield", "lambda", "not", "and", "or", "is",
              "import", "from", "global", "nonlocal", "async", "await", "match", "case",
              "pass", "None", "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "==",
              ":=", "+", "-", "*", "**", "/", "//", "@", "->", "...", "!", "\\", "'", '"',
              "f'", "'''", "x", "1", "1.5j", "0x", "\n", "\t", "    ", "#"]

CPYTHON = r"""
import ast, json, sys
out = {}
for path in sys.argv[1:]:
    data = open(path, 'rb').read()
    try:
        compile(data, path, 'exec', ast.PyCF_ONLY_AST)
        out[path] = None
    except SyntaxError as e:
        out[path] = [type(e).__name__, e.msg, e.lineno, e.offset]
    except (ValueError, RecursionError, MemoryError) as e:
        out[path] = [type(e).__name__, str(e), None, None]
json.dump(out, sys.stdout)
"""


def tokens_of(data):
    """The (start, end) byte ranges of a file's tokens, or None if it does not tokenize."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line.encode("utf-8")))

    def offset(row, col):
        if row - 1 >= len(lines):
            return starts[-1]
        return starts[row - 1] + len(lines[row - 1][:col].encode("utf-8"))

    spans = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type in (tokenize.ENDMARKER, tokenize.DEDENT, tokenize.INDENT):
                continue
            begin, end = offset(*tok.start), offset(*tok.end)
            if end > begin:
                spans.append((begin, end))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    return spans


def mutate(rng, data, spans):
    """One mutant of `data` and what was done to it."""
    kind = rng.choice(["delete", "duplicate", "swap", "replace", "insert", "cut", "bytes"])
    if kind == "cut":
        at = rng.randrange(len(data) + 1)
        return data[:at], "cut at byte %d" % at
    if kind == "bytes":
        at = rng.randrange(len(data) + 1)
        junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        return data[:at] + junk + data[at:], "inserted %r at byte %d" % (junk, at)
    if not spans:
        return data, "unchanged"
    i = rng.randrange(len(spans))
    begin, end = spans[i]
    token = data[begin:end]
    if kind == "delete":
        return data[:begin] + data[end:], "deleted %r at byte %d" % (token, begin)
    if kind == "duplicate":
        return data[:end] + b" " + token + data[end:], "duplicated %r at byte %d" % (token, begin)
    if kind == "swap" and i + 1 < len(spans):
        b2, e2 = spans[i + 1]
        other = data[b2:e2]
        return (data[:begin] + other + data[end:b2] + token + data[e2:],
                "swapped %r and %r at byte %d" % (token, other, begin))
    if kind == "replace":
        b2, e2 = spans[rng.randrange(len(spans))]
        other = data[b2:e2]
        return data[:begin] + other + data[end:], "replaced %r by %r at byte %d" % (
            token, other, begin)
    new = rng.choice(INSERTABLE).encode()
    at = rng.choice([begin, end])
    return data[:at] + b" " + new + b" " + data[at:], "inserted %r at byte %d" % (new, at)


def stdlib_files(python):
    lib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    files = [f for f in glob.glob(os.path.join(lib, "**", "*.py"), recursive=True)
             if "site-packages" not in f and os.path.getsize(f) < 40_000]
    return sorted(files)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--python", default=DEFAULT_PYTHON)
    parser.add_argument("--show", type=int, default=10,
                        help="disagreements to print")
    args = parser.parse_args()
    if not os.path.isfile(JAR):
        sys.exit("scripts/fuzz_syntax.py: %s missing; run mvn -B -o -q package -DskipTests" % JAR)
    rng = random.Random(args.seed)
    sources = stdlib_files(args.python)
    with tempfile.TemporaryDirectory() as tmp:
        what = {}
        while len(what) < args.count:
            source = rng.choice(sources)
            with open(source, "rb") as f:
                data = f.read()
            spans = tokens_of(data)
            if spans is None:
                continue
            mutant, change = mutate(rng, data, spans)
            path = os.path.join(tmp, "m%05d.py" % len(what))
            with open(path, "wb") as f:
                f.write(mutant)
            what[path] = "%s: %s" % (os.path.basename(source), change)
        paths = sorted(what)
        theirs = {}
        for i in range(0, len(paths), 500):
            run = subprocess.run([args.python, "-c", CPYTHON] + paths[i:i + 500],
                                 capture_output=True, text=True, check=True)
            theirs.update(json.loads(run.stdout))
        run = subprocess.run(["java", "-jar", JAR, "check", "--output-format", "json",
                              "--target-version", "py313", "--exit-zero", "."],
                             capture_output=True, text=True, check=False, cwd=tmp)
        ours = {}
        problems = []
        if "\tat " in run.stderr or "Exception in thread" in run.stderr:
            problems.append("stack trace on standard error:\n" + run.stderr[:2000])
        if run.returncode not in (0, 1):
            problems.append("gilscan exit %d: %s" % (run.returncode, run.stderr.strip()[:500]))
        try:
            report = json.loads(run.stdout)
        except ValueError:
            report = []
            problems.append("no JSON report: " + run.stdout[:500])
        for entry in report:
            if entry.get("code") is None:
                path = os.path.join(tmp, entry["filename"])
                kind, _, message = entry["message"].partition(": ")
                ours.setdefault(path, [kind, message, entry["location"]["row"],
                                       entry["location"]["column"]])
        for path, (kind, message, _, _) in ours.items():
            if kind not in ("SyntaxError", "IndentationError", "TabError"):
                problems.append("%s (%s): %s: %s" % (os.path.basename(path), what.get(path),
                                                     kind, message))
        same_verdict = same_error = rejected = 0
        wrong_accept, wrong_reject, wrong_error = [], [], []
        for path in paths:
            ref, mine = theirs.get(path), ours.get(path)
            if ref is not None:
                rejected += 1
            if (ref is None) == (mine is None):
                same_verdict += 1
                if ref is not None and ref[1:] == mine[1:]:
                    same_error += 1
                elif ref is not None:
                    wrong_error.append((path, ref, mine))
            elif ref is None:
                wrong_reject.append((path, ref, mine))
            else:
                wrong_accept.append((path, ref, mine))
        print("mutants: %d (seed %d), CPython 3.13 rejects %d" % (len(paths), args.seed,
                                                                    rejected))
        print("same accept/reject as CPython: %d (%.1f%%)" % (
            same_verdict, 100.0 * same_verdict / len(paths)))
        print("rejected with CPython's message, line and column: %d of %d (%.1f%%)" % (
            same_error, rejected, 100.0 * same_error / max(1, rejected)))
        print("gilscan accepts, CPython rejects: %d; gilscan rejects, CPython accepts: %d" % (
            len(wrong_accept), len(wrong_reject)))
        pairs = collections.Counter(
            ("-" if ref is None else ref[1][:40], "-" if mine is None else mine[1][:40])
            for path, ref, mine in wrong_accept + wrong_reject + wrong_error)
        print("most common differences (CPython's message, gilscan's; - for accepted):")
        for (ref, mine), count in pairs.most_common(args.show):
            print("  %5d  %-42s %s" % (count, ref, mine))
        for label, rows in (("accepted by gilscan only", wrong_accept),
                            ("rejected by gilscan only", wrong_reject),
                            ("another error", wrong_error)):
            for path, ref, mine in rows[:args.show]:
                print("  %s: %s (%s)\n    CPython: %s\n    gilscan: %s" % (
                    label, os.path.basename(path), what[path], ref, mine))
        for p in problems:
            print("PROBLEM: " + p)
        sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
