"""CPython's side of bench/parse-benchmark.sh: ast.parse of every .py file below a folder.

Reads all files into memory first, then times ast.parse over all of them, once per pass, and
prints lines/s. Files CPython rejects are counted and skipped.
"""

import ast
import os
import sys
import time
import warnings


def main():
    root = sys.argv[1]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    warnings.simplefilter("ignore")
    sources = []
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".py"):
                with open(os.path.join(folder, name), "rb") as f:
                    sources.append(f.read())
    lines = sum(s.count(b"\n") for s in sources)
    for n in range(passes):
        start = time.perf_counter()
        errors = 0
        for source in sources:
            try:
                ast.parse(source)
            except Exception:  # the file is not valid for this CPython
                errors += 1
        seconds = time.perf_counter() - start
        print(f"cpython {sys.version.split()[0]} pass {n}: {seconds:.2f} s, "
              f"{lines / seconds:,.0f} lines/s ({errors} files rejected)")


if __name__ == "__main__":
    main()
