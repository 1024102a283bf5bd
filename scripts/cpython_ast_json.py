#!/usr/bin/env python3
"""Print CPython's own ``ast.parse`` of a file in gilscan's canonical AST JSON form.

The form is specified in docs/dev/ast-json.md; the conformance run compares this output byte
for byte with ``gilscan ast --json FILE``.

Usage:
    cpython_ast_json.py FILE     one line of JSON; exit 1 (after printing the error object)
                                 if FILE does not parse
    cpython_ast_json.py --batch  paths on stdin, one a line; writes ``<path>\\t<json>`` per path
                                 and flushes each line; a bad file gives an error object, never
                                 a crash

Needs Python 3.10 or later and nothing outside the standard library. The form follows CPython
3.14's node classes; 3.13 has the same fields. On 3.10-3.12 the fields that came later
(``type_params``, ``default_value``) are written with their empty value; their trees may still
differ from 3.14's where those versions parse differently.
"""

import ast
import gc
import json.encoder
import re
import struct
import sys
import warnings

# --- strings -------------------------------------------------------------------------------

# The C encoder already writes `\"`, `\\`, printable ASCII as itself and every other UTF-16
# unit as lowercase `\uXXXX` (astral code points as a surrogate pair, lone surrogates as one
# unit). Its only departure from our rule: \b \f \n \r \t come out as two-character escapes.
_encode_ascii = json.encoder.encode_basestring_ascii
_ESCAPE_PAIR = re.compile(r"\\(.)")
_SHORT_ESCAPES = {c: "\\u%04x" % ord(v) for c, v in zip("bfnrt", "\b\f\n\r\t")}


def _long_escape(match):
    return _SHORT_ESCAPES.get(match.group(1)) or match.group(0)


def json_string(text):
    """Return ``text`` as a JSON string escaped per docs/dev/ast-json.md."""
    out = _encode_ascii(text)
    if not text.isprintable() and "\\" in out:
        out = _ESCAPE_PAIR.sub(_long_escape, out)  # pairs left to right, so `\\n` stays
    return out


# --- scalar values -------------------------------------------------------------------------

_pack_double = struct.Struct(">d").pack


def _int_digits(value):
    try:
        return str(value)
    except ValueError:  # over sys.int_info.str_digits_check_threshold (a big hex literal)
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return str(value)
        finally:
            sys.set_int_max_str_digits(limit)


def constant_json(value):
    """The JSON of a ``Constant.value`` or ``MatchSingleton.value``."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = value.__class__
    if kind is str:
        return json_string(value)
    if kind is bytes:
        return '{"bytes":' + json_string(value.decode("latin-1")) + "}"
    if kind is int:
        return '{"int":"' + _int_digits(value) + '"}'
    if kind is float:
        return '{"float":"' + _pack_double(value).hex() + '"}'
    if kind is complex:
        return ('{"complex":["' + _pack_double(value.real).hex() + '","'
                + _pack_double(value.imag).hex() + '"]}')
    if value is Ellipsis:
        return '{"ellipsis":true}'
    raise TypeError(f"unexpected constant {value!r}")


# --- node classes --------------------------------------------------------------------------

# Singleton-like nodes written as the string of their class name.
_ENUM_BASES = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
_ENUM_JSON = {
    cls: '"' + cls.__name__ + '"'
    for base in _ENUM_BASES
    for cls in base.__subclasses__()
}

# Fields of CPython 3.14 that an older interpreter lacks (always last in `_fields`), with the
# JSON of the value the older grammar implies.
_LATER_FIELDS = {
    "FunctionDef": (("type_params", "[]"),),
    "AsyncFunctionDef": (("type_params", "[]"),),
    "ClassDef": (("type_params", "[]"),),
    "TypeVar": (("default_value", "null"),),
    "ParamSpec": (("default_value", "null"),),
    "TypeVarTuple": (("default_value", "null"),),
}

# Classes whose first field is a `Constant`-style value (None, bool, str, bytes, int, ...).
_CONSTANT_CLASSES = ("Constant", "MatchSingleton")

_POSITION = ("lineno", "col_offset", "end_lineno", "end_col_offset")
_POSITION_JSON = ',"lineno":%d,"col_offset":%d,"end_lineno":%d,"end_col_offset":%d}'


class _Plan:
    """How to write one node class.

    ``head`` is the text up to the first field, or up to and including the ``:`` of a constant
    first field (``constant`` is then its name); ``fields`` are the other fields as pairs of
    ``,"name":`` text and name; ``missing`` is the text of the fields this interpreter lacks.
    """

    __slots__ = ("head", "constant", "fields", "missing", "has_position")

    def __init__(self, cls):
        if not (isinstance(cls, type) and issubclass(cls, ast.AST)):
            raise TypeError(f"not an AST node: {cls!r}")
        name = cls.__name__
        fields = list(cls._fields)
        self.head = '{"_type":' + json_string(name)
        self.constant = None
        if name in _CONSTANT_CLASSES:
            self.constant = fields.pop(0)
            self.head += "," + json_string(self.constant) + ":"
        self.fields = tuple(("," + json_string(field) + ":", field) for field in fields)
        self.missing = "".join(
            "," + json_string(field) + ":" + text
            for field, text in _LATER_FIELDS.get(name, ())
            if field not in fields
        )
        self.has_position = set(_POSITION) <= set(getattr(cls, "_attributes", ()))


_PLANS = {}


def _plan(cls):
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _Plan(cls)
    return plan


# JSON of identifiers and other str fields, which repeat a lot.
_NAME_JSON = {}
_NAME_JSON_MAX = 200_000


def _name_json(name):
    if len(_NAME_JSON) >= _NAME_JSON_MAX:
        _NAME_JSON.clear()
    text = _NAME_JSON[name] = json_string(name)
    return text


# --- the tree ------------------------------------------------------------------------------

def tree_json(tree):
    """Return the canonical JSON of an AST node (normally the ``Module``).

    Walks with an explicit stack, so nesting depth is bounded only by memory. The stack holds
    finished text (``str``) and nodes still to expand; a node expands into its text pieces with
    its child nodes between them, pushed in reverse so that they pop in order.
    """
    out = []
    emit = out.append
    stack = [tree]
    pop = stack.pop
    push_all = stack.extend
    enum_json = _ENUM_JSON
    plans = _PLANS
    names = _NAME_JSON
    str_, list_, int_ = str, list, int
    while stack:
        item = pop()
        if item.__class__ is str_:
            emit(item)
            continue
        plan = plans.get(item.__class__) or _plan(item.__class__)
        pieces = []
        text = plan.head
        if plan.constant:
            value = getattr(item, plan.constant)
            text += json_string(value) if value.__class__ is str_ else constant_json(value)
        for key, field in plan.fields:
            value = getattr(item, field)
            text += key
            kind = value.__class__
            if kind is str_:
                text += names.get(value) or _name_json(value)
            elif value is None:
                text += "null"
            elif kind is list_:
                if not value:
                    text += "[]"
                    continue
                separator = "["
                for element in value:
                    text += separator
                    separator = ","
                    kind = element.__class__
                    token = enum_json.get(kind)
                    if token is not None:
                        text += token
                    elif kind is str_:
                        text += names.get(element) or _name_json(element)
                    elif element is None:
                        text += "null"
                    else:
                        pieces.append(text)
                        pieces.append(element)
                        text = ""
                text += "]"
            elif kind is int_:
                text += str(value)
            else:
                token = enum_json.get(kind)
                if token is not None:
                    text += token
                else:
                    pieces.append(text)
                    pieces.append(value)
                    text = ""
        text += plan.missing
        if plan.has_position:
            text += _POSITION_JSON % (
                item.lineno, item.col_offset, item.end_lineno, item.end_col_offset)
        else:
            text += "}"
        if pieces:
            pieces.append(text)
            pieces.reverse()
            push_all(pieces)
        else:
            emit(text)  # a leaf: nothing left to expand
    return "".join(out)


def error_json(error):
    """The error object for an exception raised while reading or parsing a file."""
    if isinstance(error, SyntaxError):
        lineno, offset, msg = error.lineno, error.offset, error.msg
    else:
        lineno, offset, msg = None, None, str(error)
    return ('{"error":{"type":' + json_string(error.__class__.__name__)
            + ',"lineno":' + _optional_int(lineno)
            + ',"offset":' + _optional_int(offset)
            + ',"msg":' + json_string(msg if isinstance(msg, str) else str(msg)) + "}}")


def _optional_int(value):
    return "null" if value is None else str(int(value))


def source_json(source, filename="<unknown>"):
    """Parse ``source`` (bytes, so CPython applies BOM and coding declarations).

    Returns ``(True, json)`` or ``(False, error_json)``; never raises for a bad file.
    """
    collecting = gc.isenabled()
    gc.disable()  # an AST has no reference cycles; collections would only slow the parse
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, filename)
        return True, tree_json(tree)
    except Exception as error:  # SyntaxError, ValueError, MemoryError, RecursionError, ...
        return False, error_json(error)
    finally:
        if collecting:
            gc.enable()


def file_json(path):
    """Like :func:`source_json` for the file at ``path``; a read failure is an error too."""
    try:
        with open(path, "rb") as file:
            source = file.read()
    except Exception as error:
        return False, error_json(error)
    return source_json(source, path)


# --- command line --------------------------------------------------------------------------

def _batch(lines, write, flush):
    for line in lines:
        path = line.rstrip("\r\n")
        if path:
            write(path + "\t" + file_json(path)[1] + "\n")
            flush()


def main(argv):
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
