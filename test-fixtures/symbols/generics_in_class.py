# Annotation scopes inside a class: __classdict__, names the class binds, mangled private type
# parameters, comprehensions that are not inlined there, lambdas.
def factory():
    Local = int

    class Container:
        Item = str
        __Private = bytes

        def convert[T: Item](self, value: T) -> Local:
            return value

        type Alias = (Item, Local, Unknown)
        type Listed = [element for element in Item]
        type Deferred = lambda: Item

        class Inner[__T]:
            def method(self, arg: __T) -> __T:
                return arg

        def generic[U = __Private](self, x: U) -> U:
            return super().generic(x)

    return Container
