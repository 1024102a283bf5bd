# Class scopes: methods, the implicit __class__ cell for super() and __class__, private name
# mangling, comprehensions in a class body.
class Base:
    def hello(self):
        return "base"


class Child(Base):
    __secret = 1
    names = [n for n in range(3)]
    shadow = 2
    pairs = [shadow for _ in range(2)]

    def hello(self):
        return super().hello() + str(self.__secret)

    def klass(self):
        return __class__

    def private(self, __arg):
        __local = __arg
        return __local


class Plain:
    __class__ = "assigned in the class body"

    def method(self):
        return __class__
