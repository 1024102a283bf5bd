"""Self-check of cpython_ast_json.py against a slow, literal reading of docs/dev/ast-json.md.

Run: python3 scripts/test_cpython_ast_json.py [FILE...]
With FILE arguments it also compares the two serializers on those files.
"""

import ast
import json
import os
import struct
import subprocess
import sys
import tempfile
import unittest
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import cpython_ast_json as subject  # noqa: E402

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython_ast_json.py")


# --- the reference: the spec, one rule at a time, recursive and slow ------------------------

def ref_string(text):
    units = []
    for ch in text:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            units += [0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)]
        else:
            units.append(code)  # a lone surrogate stays one unit
    out = ['"']
    for unit in units:
        if unit == 0x22:
            out.append('\\"')
        elif unit == 0x5C:
            out.append("\\\\")
        elif 0x20 <= unit <= 0x7E:
            out.append(chr(unit))
        else:
            out.append("\\u%04x" % unit)
    out.append('"')
    return "".join(out)


def ref_bits(value):
    return struct.pack(">d", value).hex()


def ref_constant(value):
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, str):
        return ref_string(value)
    if isinstance(value, bytes):
        return '{"bytes":' + ref_string("".join(map(chr, value))) + "}"
    if isinstance(value, int):
        return '{"int":"%s"}' % value
    if isinstance(value, float):
        return '{"float":"%s"}' % ref_bits(value)
    if isinstance(value, complex):
        return '{"complex":["%s","%s"]}' % (ref_bits(value.real), ref_bits(value.imag))
    assert value is Ellipsis
    return '{"ellipsis":true}'


ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def ref_value(value):
    if isinstance(value, ENUMS):
        return ref_string(type(value).__name__)
    if isinstance(value, ast.AST):
        return ref_node(value)
    if isinstance(value, list):
        return "[" + ",".join(ref_value(v) for v in value) + "]"
    if value is None:
        return "null"
    if isinstance(value, str):
        return ref_string(value)
    assert type(value) is int, value
    return str(value)


def ref_node(node):
    parts = ['"_type":' + ref_string(type(node).__name__)]
    for field in node._fields:
        value = getattr(node, field)
        is_constant = type(node).__name__ in ("Constant", "MatchSingleton") and field == "value"
        parts.append(ref_string(field) + ":" + (ref_constant(value) if is_constant
                                                else ref_value(value)))
    for name in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if name in node._attributes:
            parts.append(ref_string(name) + ":" + str(getattr(node, name)))
    return "{" + ",".join(parts) + "}"


def parse(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(source)


# --- the checks ------------------------------------------------------------------------------

TRICKY = rb'''# -*- coding: utf-8 -*-
x = f"a{b!r:>{w}} {'q'} {"nested" if 1 else f'{y=}'}"
b = b"\x00\x1f\x7f\x80\xff '\" \\ ok"
s = "\ud800" "\udfff" "\U0001F600" "\u00e9\u2028\n\t\r\b\f\x00\x7f\\\"/"
c = 1j + 2.5 + 1e400 + 0.1 + 1_0.0_1e-3_0
e = ...
n = 12345678901234567890123456789 + -3 + 0xFFFFFFFFFFFFFFFFFFFF + 0o17 + 0b1
match p:
    case [1, *rest] if rest: pass
    case {"k": None, **kw}: pass
    case Point(x=0, y=True) | False: pass
    case str() as s2: pass
def f[T: int, *Ts, **P](a, /, b=1, *c, d, **e) -> T: return a not in b
class C[T = int](B, metaclass=M): pass
type A[T = int] = list[T]
global gg
async def g():
    async with a as (b, c): await x
    return [i async for i in y if not i]
del a[1:2, ::3]
lambda x, *, y=2: (yield)
import a.b as c
from ..m import (n as o, p)
try:
    pass
except* E as err:
    raise X from err
''' + "\u00e9t\u00e9 = 'caf\u00e9' + '\U0001F600'\n".encode()

ESCAPE_SAMPLES = [
    "", "plain", '"', "\\", "\\n", "\\\\n", "\n", "\\\n", "\b\f\n\r\t", "\x00\x01\x1f\x7f",
    "\x80\xff", "\u00e9", "\u2028", "\ud800", "\udc00x", "\ud800\udc00", "\U0001F600",
    "\U0010FFFF", "\\u0041", "~ !", "\t\\t\\\t",
]


class EscapingTest(unittest.TestCase):
    def test_samples_match_the_rule(self):
        for text in ESCAPE_SAMPLES:
            with self.subTest(text=text):
                self.assertEqual(subject.json_string(text), ref_string(text))

    def test_every_bmp_unit_and_some_astral(self):
        units = "".join(map(chr, range(0x10000)))
        for start in range(0, len(units), 4096):
            chunk = units[start:start + 4096]
            self.assertEqual(subject.json_string(chunk), ref_string(chunk))
        for code in (0x10000, 0x1F600, 0x10FFFF):
            self.assertEqual(subject.json_string(chr(code)), ref_string(chr(code)))

    def test_json_readers_get_the_text_back(self):
        for text in ESCAPE_SAMPLES:
            if not any(0xD800 <= ord(c) <= 0xDFFF for c in text):
                self.assertEqual(json.loads(subject.json_string(text)), text)


@unittest.skipIf(sys.version_info < (3, 13), "the samples and the reference need 3.13 or later")
class TreeTest(unittest.TestCase):
    def test_tricky_source_matches_reference(self):
        ok, text = subject.source_json(TRICKY)
        self.assertTrue(ok, text)
        self.assertEqual(text, ref_node(parse(TRICKY)))

    def test_constants(self):
        ok, text = subject.source_json(b'("\\ud800", b"\\xff", 1j, ..., 10**0, 0.5, None)')
        self.assertIn('"value":"\\ud800"', text)
        self.assertIn('"value":{"bytes":"\\u00ff"}', text)
        self.assertIn('"value":{"complex":["0000000000000000","3ff0000000000000"]}', text)
        self.assertIn('"value":{"ellipsis":true}', text)
        self.assertIn('"value":{"float":"3fe0000000000000"}', text)

    def test_deep_nesting_needs_no_recursion(self):
        tree = ast.Expression(body=ast.Constant(value=0, lineno=1, col_offset=0, end_lineno=1,
                                                end_col_offset=1))
        for _ in range(100_000):
            tree.body = ast.UnaryOp(op=ast.USub(), operand=tree.body, lineno=1, col_offset=0,
                                    end_lineno=1, end_col_offset=1)
        text = subject.tree_json(tree)
        self.assertEqual(text.count('"op":"USub"'), 100_000)

    def test_bom_and_coding_declaration(self):
        ok, text = subject.source_json(b"\xef\xbb\xbfx = '\xc3\xa9'\n")
        self.assertTrue(ok)
        self.assertIn('"value":"\\u00e9"', text)
        ok, text = subject.source_json(b"# coding: latin-1\nx = '\xe9'\n")
        self.assertTrue(ok)
        self.assertIn('"value":"\\u00e9"', text)

    def test_errors(self):
        ok, text = subject.source_json(b"def f(:\n")
        self.assertFalse(ok)
        error = json.loads(text)["error"]
        self.assertEqual(error["type"], "SyntaxError")
        self.assertEqual(error["lineno"], 1)
        ok, text = subject.source_json(b"if x:\npass\n")
        self.assertEqual(json.loads(text)["error"]["type"], "IndentationError")
        ok, text = subject.file_json("/nonexistent/file.py")
        self.assertEqual(json.loads(text)["error"]["type"], "FileNotFoundError")


class CommandLineTest(unittest.TestCase):
    def test_file_and_batch(self):
        with tempfile.TemporaryDirectory() as folder:
            good = os.path.join(folder, "good.py")
            bad = os.path.join(folder, "bad.py")
            with open(good, "wb") as file:
                file.write(b"x = 1\n")
            with open(bad, "wb") as file:
                file.write(b"x = (\n")
            run = subprocess.run([sys.executable, SCRIPT, good], capture_output=True)
            self.assertEqual(run.returncode, 0)
            self.assertEqual(run.stdout.decode(), ref_node(parse(b"x = 1\n")) + "\n")
            run = subprocess.run([sys.executable, SCRIPT, bad], capture_output=True)
            self.assertEqual(run.returncode, 1)
            self.assertTrue(run.stdout.startswith(b'{"error":{"type":"SyntaxError"'))
            run = subprocess.run([sys.executable, SCRIPT, "--batch"], capture_output=True,
                                 input=f"{good}\n{bad}\n/nonexistent.py\n".encode())
            self.assertEqual(run.returncode, 0)
            lines = run.stdout.decode().splitlines()
            self.assertEqual([line.split("\t")[0] for line in lines],
                             [good, bad, "/nonexistent.py"])
            self.assertEqual(lines[0].split("\t")[1], ref_node(parse(b"x = 1\n")))


def compare_files(paths):
    """Compare the fast serializer with the reference on real files; returns mismatch count."""
    mismatches = 0
    for path in paths:
        with open(path, "rb") as file:
            source = file.read()
        try:
            tree = parse(source)
        except Exception:
            continue
        try:
            expected = ref_node(tree)
        except RecursionError:
            continue
        if subject.tree_json(tree) != expected:
            mismatches += 1
            print("MISMATCH", path)
    return mismatches


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--compare":
        sys.exit(1 if compare_files(line.strip() for line in sys.stdin if line.strip()) else 0)
    unittest.main()
