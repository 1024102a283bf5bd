# ast.parse accepts an f-string as a literal pattern; only the compiler rejects it.
match subject:
    case f"text {x}":
        pass
