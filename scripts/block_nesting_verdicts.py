#!/usr/bin/env python3
"""Writes the nested-block cases of BlockNestingTest with what CPython 3.10-3.14 compile() says.

CPython's compiler (not ``ast.parse``) refuses a code object whose blocks nest deeper than its
limit, with "too many statically nested blocks". For each kind of block this writes files
nested 19 to 22 deep into test-fixtures/block-nesting/, and files that mix kinds, reset the
count in functions, classes and comprehensions, or decide which of two refused blocks comes
first; then asks each interpreter to compile() each file (in a child process, as CPython 3.12
crashes on some) and writes test-fixtures/block-nesting/verdicts.tsv: the file, then per
version 3.10 .. 3.14 `accepted`, `SyntaxError: MSG @LINE:COL`, or `-` where that version's
parser refuses the file's syntax (`except*` before 3.11) or the interpreter crashed.

CPython 3.10-3.13 are the pyenv ones under /root/.pyenv/versions; 3.14 is Pyodide's, run by
scripts/py314/run_python.mjs (its WebAssembly stack does not take the deep `finally` bodies,
which CPython compiles 2^depth times: files with ten or more get `-` for 3.14).

Usage: python3 scripts/block_nesting_verdicts.py          (write the cases and verdicts)
       python3 scripts/block_nesting_verdicts.py --compile FILE...   (this interpreter's verdicts)
"""

import glob
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test-fixtures", "block-nesting")
VERSIONS = ["3.10", "3.11", "3.12", "3.13", "3.14"]
NESTED = "too many statically nested blocks"

# A kind of block: the lines that open it (the nested part goes one space deeper than the
# last) and the lines that close it after the nested part, each relative to the block's indent.
KINDS = {
    "for": (["for x in y:"], []),
    "while": (["while x:"], []),
    "with": (["with x:"], []),
    "with-two-items": (["with x, z:"], []),
    "async-for": (["async for x in y:"], []),
    "async-with": (["async with x:"], []),
    "try-except": (["try:"], ["except E:", " pass"]),
    "try-finally": (["try:"], ["finally:", " pass"]),
    "try-except-finally": (["try:"], ["except E:", " pass", "finally:", " pass"]),
    "try-star": (["try:"], ["except* E:", " pass"]),
    "except-body": (["try:", " pass", "except E:"], []),
    "except-as-body": (["try:", " pass", "except E as e:"], []),
    "except-star-body": (["try:", " pass", "except* E:"], []),
    "finally-body": (["try:", " pass", "finally:"], []),
    "try-else": (["try:", " pass", "except E:", " pass", "else:"], []),
    # A return, break or continue leaving a try compiles its finally body once more there.
    "try-return-finally": (["try:", " if a: return x"], ["finally:", " for x in y: pass"]),
    "try-return-constant-finally": (["try:", " if a: return 1"],
                                    ["finally:", " for x in y: pass"]),
    "try-break-finally": (["try:", " if a: break"], ["finally:", " for x in y: pass"]),
    "finally-return": (["try:", " pass", "finally:", " if a: return x"], []),
    "finally-continue": (["try:", " pass", "finally:", " if a: continue"], []),
    "for-else": (["for x in y:", " pass", "else:"], []),
    "if": (["if x:"], []),
    "match-case": (["match x:", " case 1:"], []),
    "def": (["def f():"], []),
    "async-def": (["async def f():"], []),
    "class": (["class C:"], []),
}
ASYNC = ("async-for", "async-with")
LEAVING = ("try-return-finally", "try-return-constant-finally", "try-break-finally",
           "finally-return", "finally-continue")


def nest(kinds, inner=("pass",), in_async_def=False):
    """The source of the blocks `kinds`, outermost first, around the statements `inner`."""
    lines = ["async def g():"] if in_async_def else []
    base = len(lines)
    closing = []
    depth = base
    for kind in kinds:
        head, tail = KINDS[kind]
        indent = " " * depth
        lines.extend(indent + h for h in head)
        closing.append([indent + t for t in tail])
        depth += 1 + (1 if kind == "match-case" else 0)
    lines.extend(" " * depth + s for s in inner)
    for tail in reversed(closing):
        lines.extend(tail)
    return "\n".join(lines) + "\n"


def cases():
    """Name -> source, in a fixed order."""
    out = {}
    for kind in KINDS:
        if kind in ("if", "match-case", "def", "async-def", "class", "try-else", "for-else") \
                or kind in LEAVING:
            continue
        for n in ([19, 20, 21] if kind == "finally-body" else [19, 20, 21, 22]):
            out[f"{kind}-{n}"] = nest([kind] * n, in_async_def=kind in ASYNC)
    for kind in ("if", "match-case", "try-else", "for-else"):
        out[f"{kind}-30-around-for-20"] = nest([kind] * 30 + ["for"] * 20)
    for n in (20, 21, 22):
        items = ", ".join(f"a{i}" for i in range(n))
        out[f"with-{n}-items"] = f"with {items}:\n    pass\n"
        fors = " ".join(f"async for a{i} in b" for i in range(n))
        out[f"comprehension-{n}-async-fors"] = f"async def g():\n    x = [a {fors}]\n"
        out[f"genexp-{n}-async-fors"] = f"def g():\n    x = (a {fors})\n"
    # Each function, class and non-inlined comprehension counts from nothing; a generator or
    # coroutine from one, from 3.13.
    for scope in ("def", "async-def", "class"):
        for n in (20, 21):
            out[f"for-20-{scope}-for-{n}"] = nest(["for"] * 20 + [scope] + ["for"] * n)
    for n in (19, 20, 21):
        out[f"generator-for-{n}"] = nest(["def"] + ["for"] * n, inner=["yield"])
        out[f"async-comprehension-in-for-{n}"] = nest(
            ["for"] * n, inner=["a = [x async for x in y]"], in_async_def=True)
        out[f"async-genexp-in-for-{n}"] = nest(
            ["for"] * n, inner=["a = (x async for x in y)"], in_async_def=True)
        out[f"lambda-in-for-{n}"] = nest(["for"] * n, inner=["a = lambda: [x for x in y]"])
    # Which of two refused blocks CPython names: the else body before the handlers from 3.11.
    out["else-before-handlers"] = nest(
        ["for"] * 19, inner=["try:", " pass", "except E:", " for x in y: pass", "else:",
                             " for x in y: pass"])
    # A return whose way out compiles a finally body (a for loop) one block too deep before
    # the blocks that follow it in the file: CPython names the loop of the finally.
    out["return-copies-finally"] = (
        'async def g():\n'
        ' with x, z:\n'
        '  try:\n'
        '   pass\n'
        '  except E:\n'
        '   pass\n'
        '  finally:\n'
        '   while x:\n'
        '    try:\n'
        '     pass\n'
        '    except E:\n'
        '     with x, z:\n'
        '      try:\n'
        '       pass\n'
        '      except E:\n'
        '       if x:\n'
        '        try:\n'
        '         pass\n'
        '        except E:\n'
        '         try:\n'
        '          while x:\n'
        '           try:\n'
        '            pass\n'
        '           except E:\n'
        '            pass\n'
        '           finally:\n'
        '            try:\n'
        '             try:\n'
        '              with x:\n'
        '               try:\n'
        '                if a: return x\n'
        '                try:\n'
        '                 pass\n'
        '                finally:\n'
        '                 class C:\n'
        '                  a = (x async for x in y async for z in w)\n'
        '               finally:\n'
        '                for x in y: pass\n'
        '             except E:\n'
        '              pass\n'
        '            except E:\n'
        '             pass\n'
        '            finally:\n'
        '             pass\n'
        '         finally:\n'
        '          pass\n')
    # Mixed kinds, drawn with a fixed seed (a file that also has another compile error, such as
    # a break outside a loop, is left out).
    mixable = [k for k in KINDS if k not in ("def", "async-def", "class")]
    rnd = random.Random(14)
    while sum(name.startswith("mixed-") for name in out) < 100:
        kinds = [rnd.choice(mixable) for _ in range(rnd.randint(12, 24))]
        if kinds.count("finally-body") > 10:
            continue
        inner = rnd.choice([["pass"], ["a = [x async for x in y]"], ["yield"], ["return x"],
                            ["break"]])
        out[f"mixed-{sum(name.startswith('mixed-') for name in out) + 1}"] = nest(
            kinds, inner=inner, in_async_def=True)
    return out


def verdict(path):
    """This interpreter's compile() of the file, as a verdict field."""
    import ast
    with open(path, "rb") as f:
        source = f.read()
    try:
        ast.parse(source)
    except SyntaxError:
        return "-"
    try:
        compile(source, path, "exec")
        return "accepted"
    except SyntaxError as e:
        return "%s: %s @%s:%s" % (type(e).__name__, e.msg, e.lineno, e.offset)


def interpreter(version):
    found = sorted(glob.glob(f"/root/.pyenv/versions/{version}.*/bin/python3"))
    if not found:
        sys.exit(f"scripts/block_nesting_verdicts.py: no CPython {version} under /root/.pyenv")
    return found[-1]


def deep_finally(name):
    """Whether CPython compiles a part of the file 2^10 times or more (nested finally bodies)."""
    with open(os.path.join(OUT, name + ".py"), encoding="utf-8") as f:
        return f.read().count("finally:") >= 10


def verdicts_of(version, names):
    """Version's verdict of each named file; a file that crashes the interpreter gets `-`."""
    paths = {name: os.path.join(OUT, name + ".py") for name in names}
    if version == "3.14":
        # One Pyodide for all (it takes seconds to start), without the deep finally bodies.
        asked = [name for name in names if not deep_finally(name)]
        command = ["node", os.path.join(ROOT, "scripts", "py314", "run_python.mjs"),
                   os.path.abspath(__file__), "--compile"] + [paths[n] for n in asked]
        runs = [(asked, subprocess.run(command, capture_output=True, text=True, timeout=1800))]
    else:
        # A process per file: CPython 3.12 crashes on some (async with nested 20 deep).
        command = [interpreter(version), os.path.abspath(__file__), "--compile"]
        runs = [([name], subprocess.run(command + [paths[name]], capture_output=True,
                                         text=True, timeout=600)) for name in names]
    said = {name: "-" for name in names}
    for asked, run in runs:
        for line in run.stdout.splitlines():
            path, _, verdict_text = line.partition("\t")
            for name in asked:
                if paths[name] == path:
                    said[name] = verdict_text
    return said


def main():
    if sys.argv[1:2] == ["--compile"]:
        for path in sys.argv[2:]:
            print(path + "\t" + verdict(path), flush=True)
        return
    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, "*.py")):
        os.remove(old)
    sources = cases()
    for name, source in sources.items():
        with open(os.path.join(OUT, name + ".py"), "w", encoding="utf-8") as f:
            f.write(source)
    columns = {version: verdicts_of(version, list(sources)) for version in VERSIONS}
    other = [name for name in sources
             if any(not (columns[v][name] in ("-", "accepted") or NESTED in columns[v][name])
                    for v in VERSIONS)]
    for name in other:
        os.remove(os.path.join(OUT, name + ".py"))
        del sources[name]
    lines = ["# compile() of each file by CPython " + ", ".join(VERSIONS)
             + "; written by scripts/block_nesting_verdicts.py",
             "# file\t" + "\t".join(VERSIONS)]
    for name in sources:
        lines.append("\t".join([name + ".py"] + [columns[v][name] for v in VERSIONS]))
    with open(os.path.join(OUT, "verdicts.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s (%d files)" % (os.path.relpath(OUT, ROOT), len(sources)))


if __name__ == "__main__":
    main()
