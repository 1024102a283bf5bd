# Class definitions with bases, keywords, metaclasses, decorators and bodies.
class Empty: pass
class WithParens(): pass
class Base(object): pass
class Many(A, B, C): pass
class Meta(Base, metaclass=ABCMeta): pass
class Kw(metaclass=M, flag=True, **extra): pass
class Star(*bases): pass
class Trailing(A, B,): pass
class Expr(make_base()): pass
class Subscript(Generic[T]): pass
class Doc:
    """Docstring."""
    attr: int = 0
    other: str
    def method(self):
        return self.attr
    class Inner:
        pass
