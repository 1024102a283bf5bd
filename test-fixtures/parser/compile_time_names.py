# Names and duplicates that ast.parse accepts (the compiler rejects some of them).
def duplicate(a, a): pass
call(x=1, x=2)
class Twice(x=1, x=2): pass
from __future__ import braces
*a, *b = c
import a.b as c
def repeated_type_param[T, T](): pass
type Repeated[T, T] = int
def default_refers[T](x: T = T): pass
def debug_param(__debug__): pass
f(__debug__=1)
lambda __debug__: 0
del __debug__
(__debug__ := 1)
