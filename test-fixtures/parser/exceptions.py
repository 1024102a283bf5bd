# try/except/else/finally, except* groups, raise and raise from.
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as err:
    raise RuntimeError("wrapped") from err
except:
    raise
else:
    done = True
finally:
    cleanup = True

try:
    pass
finally:
    pass

try:
    raise ExceptionGroup("group", [ValueError(1)])
except* ValueError as group:
    handled = group
except* (TypeError, OSError):
    pass
else:
    pass
finally:
    pass

try:
    pass
except* Exception:
    raise ValueError from None

def reraise():
    try:
        return 1
    except Exception as e:
        raise e.with_traceback(None)
