#!/usr/bin/env python3
"""Print the bad snippets of the syntax-error suite with what this CPython's parser says of each.

The snippets come from the installed standard library's own syntax tests, read as text (never
imported): the doctests of ``test/test_syntax.py``, the first argument of ``_check_error`` there,
of ``check`` and ``ckmsg`` in ``test/test_exceptions.py`` and the strings handed to
``assertAllRaise(SyntaxError, ...)`` in ``test/test_fstring.py``; then the snippets of the files
named on the command line (blocks separated by a line ``----``). A snippet is kept when
``ast.parse`` refuses it: errors that only the compiler raises (``'return' outside function``)
are not parser errors and are left out.

Usage: syntax_error_cases.py [OWN_SNIPPETS_FILE...]

Writes a line per snippet, fields separated by tabs: the origin (file:line), the kind
(SyntaxError, IndentationError, TabError), CPython's ``lineno`` and ``offset``, ``msg`` (tabs and
newlines as ``\\t`` and ``\\n``) and the snippet's bytes in hex. Needs nothing outside the
standard library.
"""

import ast
import doctest
import os
import sys
import textwrap
import warnings

TESTS = os.path.join(os.path.dirname(os.__file__), "test")


def literal(node):
    """The str or bytes a node spells (a constant or textwrap.dedent of one), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        return node.value
    if (isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "dedent"):
        inner = literal(node.args[0])
        return textwrap.dedent(inner) if isinstance(inner, str) else None
    return None


def called(node):
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def snippets_from_calls(name, first_arg_of, list_arg_of):
    path = os.path.join(TESTS, name)
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        what = called(node)
        if what in first_arg_of and node.args:
            value = literal(node.args[0])
            if value is not None:
                yield f"{name}:{node.lineno}", value
        if what in list_arg_of and len(node.args) >= 3:
            exc = node.args[0]
            if getattr(exc, "id", None) == "SyntaxError" and isinstance(node.args[2], ast.List):
                for item in node.args[2].elts:
                    value = literal(item)
                    if value is not None:
                        yield f"{name}:{item.lineno}", value


def doctest_snippets(name):
    path = os.path.join(TESTS, name)
    with open(path, encoding="utf-8") as f:
        doc = ast.get_docstring(ast.parse(f.read()), clean=False) or ""
    for example in doctest.DocTestParser().get_examples(doc):
        if "Error" in example.want:
            yield f"{name}:doctest:{example.lineno + 1}", example.source


def own_snippets(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    line = 1
    for block in text.split("\n----\n"):
        if block.strip():
            yield f"{os.path.basename(path)}:{line}", block if block.endswith("\n") else block + "\n"
        line += block.count("\n") + 2


def verdict(source):
    """CPython's SyntaxError for the source, or None if its parser accepts it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source)
        except SyntaxError as e:
            return e
        except (ValueError, MemoryError, RecursionError):
            return None
    return None


def main(own):
    found = []
    found += doctest_snippets("test_syntax.py")
    found += snippets_from_calls("test_syntax.py", {"_check_error"}, set())
    found += snippets_from_calls("test_exceptions.py", {"check", "ckmsg"}, set())
    found += snippets_from_calls("test_fstring.py", set(), {"assertAllRaise"})
    for path in own:
        found += own_snippets(path)
    seen = set()
    for origin, source in found:
        data = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
        if data in seen:
            continue
        seen.add(data)
        error = verdict(data)
        if error is None:
            continue
        msg = error.msg.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        print("\t".join([origin, type(error).__name__, str(error.lineno), str(error.offset), msg,
                         data.hex()]))


if __name__ == "__main__":
    main(sys.argv[1:])
