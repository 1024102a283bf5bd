# PEP 758 (3.14): several exception types without parentheses, when there is no "as".
try:
    pass
except ValueError, TypeError:
    pass
except KeyError, IndexError, LookupError:
    pass
except (OSError, EOFError) as err:
    pass

try:
    pass
except* ValueError, TypeError:
    pass
except* OSError:
    pass
