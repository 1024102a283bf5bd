# Literal, capture, wildcard and value patterns.
import enum
class Color(enum.Enum):
    RED = 1

def classify(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5e3:
            return "float"
        case 1 + 2j | -1 - 2j | 3j | -4.5j:
            return "complex"
        case 0x1F | 0o17 | 0b101 | 1_000:
            return "int forms"
        case "text" | 'other' | b"bytes" | "implicit" "concat":
            return "string"
        case None:
            return "none"
        case True | False:
            return "bool"
        case Color.RED:
            return "value"
        case enum.Enum.mro:
            return "dotted value"
        case _:
            return "anything"

match classify(0):
    case captured:
        print(captured)
