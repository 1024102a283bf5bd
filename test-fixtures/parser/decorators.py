# Decorators: names, calls, attributes and (since 3.9) arbitrary expressions.
@simple
def a(): ...

@module.attribute.chain
@call(1, key=2)
@factory()()
def b(): ...

@buttons[0].clicked.connect
def c(): ...

@(lambda f: f)
@x if cond else y
@first or second
@registry["name"]
@(yield_from := make())
class D:
    @property
    def p(self): ...

    @p.setter
    def p(self, value): ...

    @staticmethod
    @other
    async def s(): ...

@ spaced . name ( )
def e(): ...
