# Names and duplicates that ast.parse accepts (the compiler rejects some of them).
def duplicate(a, a): pass
call(x=1, x=2)
class Twice(x=1, x=2): pass
from __future__ import braces
*a, *b = c
__debug__ = 1
def debug_param(__debug__): pass
with manager as __debug__: pass
a: __debug__ = 1
import a.b as c
def repeated_type_param[T, T](): pass
type Repeated[T, T] = int
def default_refers[T](x: T = T): pass
