#!/usr/bin/env python3
"""Writes CPython 3.13's verdicts on the long constructs of bench/linear_time.py, for BigInputTest.

For each construct of bench/linear_time.py, at 10,000 elements, and at 100,000 where CPython
stops at one of its syntax limits (too many nested parentheses); for nested blocks, at 99 and
100 levels (CPython's tokenizer allows 99 indents: "too many levels of indentation"), asks this
interpreter's `ast.parse`, and `compile()` for its one syntax limit that the parser does not
check ("too many statically nested blocks", 21 nested loops or `with` items), and writes a line to
test-fixtures/big-inputs/verdicts.tsv: the construct's name, the size, its recipe (head, unit,
close, tail, the most elements or -1; tabs, newlines and backslashes escaped as \\t, \\n, \\\\)
and the verdict: `accepted`, `SyntaxError: MSG @LINE:COL` (or IndentationError), or
`RecursionError`/`MemoryError` where CPython runs out of stack, which is no rule of the
language (any verdict of gilscan will do there, but a verdict).

Usage: ~/.pyenv/versions/3.13.0/bin/python scripts/big_input_verdicts.py
Rerun it after changing the constructs of bench/linear_time.py.
"""

import ast
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import linear_time  # noqa: E402

OUT = os.path.join(ROOT, "test-fixtures", "big-inputs", "verdicts.tsv")
SIZE = 10_000
LIMIT_SIZE = 100_000
NESTED_BLOCKS = "too many statically nested blocks"


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def verdict(source):
    try:
        ast.parse(source)
    except SyntaxError as e:
        return "%s: %s @%s:%s" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (RecursionError, MemoryError) as e:
        return type(e).__name__
    try:
        compile(source, "<construct>", "exec")
    except SyntaxError as e:
        # The compiler's one syntax limit; its other errors are no concern of the parser's.
        if e.msg == NESTED_BLOCKS:
            return "%s: %s @%s:%s" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (RecursionError, MemoryError):
        pass
    return "accepted"


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("scripts/big_input_verdicts.py: run it with CPython 3.13, not %s"
                 % sys.version.split()[0])
    lines = ["# CPython %s's ast.parse on the constructs of bench/linear_time.py; written by "
             "scripts/big_input_verdicts.py" % sys.version.split()[0],
             "# name\tn\thead\tunit\tclose\ttail\tmost\tverdict"]
    for name, (head, unit, close, tail, most) in linear_time.CONSTRUCTS.items():
        sizes = [SIZE] if most is None else [most - 1, most]
        if most is None and verdict(linear_time.source(name, SIZE)).startswith("SyntaxError"):
            sizes.append(LIMIT_SIZE)
        for n in sizes:
            said = verdict(linear_time.source(name, n))
            lines.append("\t".join([name, str(n), escape(head), escape(unit), escape(close),
                                    escape(tail), str(-1 if most is None else most), said]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s (%d cases)" % (os.path.relpath(OUT, ROOT), len(lines) - 2))


if __name__ == "__main__":
    main()
