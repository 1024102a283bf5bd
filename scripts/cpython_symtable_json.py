#!/usr/bin/env python3
"""Print CPython's own ``symtable`` of a file in gilscan's canonical symbols form.

The form (also written by ``gilscan symbols --json FILE``) is a JSON array of strings, sorted by
code point, one per symbol of every table that ``symtable.symtable(source, path, 'exec')``
returns (the module table and its descendants)::

    TABLEPATH NAME FLAGS

TABLEPATH
    the tables from the module down to the one holding the symbol, each as
    ``type:name@lineno`` and joined by ``/``; ``type`` is ``SymbolTable.get_type()`` with spaces
    written as ``_`` (``module``, ``class``, ``function``, ``annotation``, ``type_alias``,
    ``type_parameters``, ``type_variable``). A table whose ``type:name@lineno`` repeats that of
    an earlier sibling gets ``#k`` appended, k counting the earlier siblings with that key.
NAME
    the symbol as the table holds it (private names mangled, implicit names such as ``.0``)
FLAGS
    the scope (``local``, ``global_explicit``, ``global_implicit``, ``free``, ``cell``, else the
    number), then those of ``annotated``, ``assigned``, ``imported``, ``nonlocal``,
    ``parameter``, ``referenced`` that hold, in that order, joined by ``,``

A file that does not compile to a symbol table gives an error object instead of the array:
``{"error":{"type":...,"lineno":...,"msg":...}}``.

Usage:
    cpython_symtable_json.py FILE           one line of JSON; exit 1 if FILE has no symbol table
    cpython_symtable_json.py --batch        paths on stdin, one a line; writes ``<path>\\t<json>``
                                            per path and flushes each line; never dies on a bad
                                            file
    cpython_symtable_json.py --goldens DIR  for every DIR/**/X.py writes the golden X.json: the
                                            same JSON with one entry a line; exit 1 (writing
                                            nothing for it) if a file has no symbol table

Needs CPython 3.13 (the oracle of scripts/symtable-conformance.sh) and nothing outside the
standard library; other versions run but their symbol tables differ.
"""

import json
import pathlib
import symtable
import sys
import warnings

_SCOPES = {
    symtable.LOCAL: "local",
    symtable.GLOBAL_EXPLICIT: "global_explicit",
    symtable.GLOBAL_IMPLICIT: "global_implicit",
    symtable.FREE: "free",
    symtable.CELL: "cell",
}

# (flag text, Symbol method), in the order written.
_FLAGS = (
    ("annotated", symtable.Symbol.is_annotated),
    ("assigned", symtable.Symbol.is_assigned),
    ("imported", symtable.Symbol.is_imported),
    ("nonlocal", symtable.Symbol.is_nonlocal),
    ("parameter", symtable.Symbol.is_parameter),
    ("referenced", symtable.Symbol.is_referenced),
)


def _flags(symbol):
    scope = symbol._Symbol__scope
    parts = [_SCOPES.get(scope, str(scope))]
    parts.extend(text for text, test in _FLAGS if test(symbol))
    return ",".join(parts)


def _key(table):
    return "%s:%s@%d" % (table.get_type().replace(" ", "_"), table.get_name(),
                         table.get_lineno())


def table_entries(top):
    """The entries of ``top`` and all tables below it (pre-order, iteratively)."""
    entries = []
    stack = [(top, _key(top))]
    while stack:
        table, path = stack.pop()
        for symbol in table.get_symbols():
            entries.append(path + " " + symbol.get_name() + " " + _flags(symbol))
        seen = {}
        children = []
        for child in table.get_children():
            key = _key(child)
            k = seen.get(key, 0)
            seen[key] = k + 1
            children.append((child, path + "/" + key + ("#%d" % k if k else "")))
        stack.extend(reversed(children))
    return entries


def error_json(error):
    """The error object for an exception raised while reading or compiling a file."""
    lineno = getattr(error, "lineno", None) if isinstance(error, SyntaxError) else None
    msg = error.msg if isinstance(error, SyntaxError) else str(error)
    return json.dumps({"error": {"type": error.__class__.__name__, "lineno": lineno,
                                 "msg": str(msg)}}, ensure_ascii=True, separators=(",", ":"))


def source_json(source, filename="<unknown>"):
    """Returns ``(True, json)`` or ``(False, error_json)``; never raises for a bad file."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            top = symtable.symtable(source, filename, "exec")
        entries = sorted(table_entries(top))
        return True, json.dumps(entries, ensure_ascii=True, separators=(",", ":"))
    except Exception as error:  # SyntaxError, ValueError, MemoryError, RecursionError, ...
        return False, error_json(error)


def file_json(path):
    """Like :func:`source_json` for the file at ``path``; a read failure is an error too."""
    try:
        with open(path, "rb") as file:
            source = file.read()
    except Exception as error:
        return False, error_json(error)
    return source_json(source, path)


def _batch(lines, write, flush):
    for line in lines:
        path = line.rstrip("\r\n")
        if path:
            write(path + "\t" + file_json(path)[1] + "\n")
            flush()


def write_goldens(folder):
    """Writes X.json next to every X.py below ``folder``; returns the number of failures."""
    failures = 0
    for path in sorted(pathlib.Path(folder).rglob("*.py")):
        ok, text = file_json(str(path))
        if not ok:
            sys.stderr.write("%s: no symbol table: %s\n" % (path, text))
            failures += 1
            continue
        entries = json.loads(text)
        lines = ",\n".join(json.dumps(e, ensure_ascii=True) for e in entries)
        path.with_suffix(".json").write_text("[\n" + lines + "\n]\n" if entries else "[]\n",
                                             encoding="ascii")
        print(path)
    return failures


def main(argv):
    if len(argv) == 2 and argv[0] == "--goldens":
        return 1 if write_goldens(argv[1]) else 0
    if argv == ["--batch"]:
        sys.stdin.reconfigure(errors="surrogateescape")
        sys.stdout.reconfigure(errors="surrogateescape")
        _batch(sys.stdin, sys.stdout.write, sys.stdout.flush)
        return 0
    if len(argv) != 1 or argv[0].startswith("--"):
        sys.stderr.write(__doc__)
        return 2
    ok, text = file_json(argv[0])
    sys.stdout.write(text + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
