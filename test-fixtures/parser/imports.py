# import forms: plain, dotted, aliases, relative, star and parenthesized.
import os
import os.path
import os.path as osp, sys as system
import a.b.c
from os import path
from os import path as p, sep
from os import (
    path,
    sep as separator,
)
from os import (path)
from . import sibling
from .. import parent
from .module import name
from ..package.module import name as alias
from ... import grand
from .... import four
from ...pkg import deep
from .  import spaced
from . . import dots
from ...... import six
from os import *
from .relative import *
import __future__
from __future__ import annotations
