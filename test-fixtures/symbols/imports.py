# Imports: a dotted import binds its first name, `as` binds the alias, `*` binds nothing.
import os.path
import collections.abc as cabc
from json import dumps, loads as parse
from . import sibling
from .package.module import *


def late():
    import xml.etree.ElementTree
    from typing import List as L

    return xml, L, os


print(cabc, dumps, parse, sibling, exported_by_star)
