# ast.parse accepts __debug__ as a target; only the compiler rejects assigning to it.
__debug__ = 1
__debug__ += 1
with manager as __debug__: pass
for __debug__ in range(3): pass
a: __debug__ = 1
print(__debug__)
