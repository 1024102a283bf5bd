"""An acquire undone by a release that an exception skips; the release is the finding's related
location, the line its message names."""
import threading

# message[save]: {{`_lock.acquire()` is undone by `_lock.release()` on line 15, outside a `finally`: an exception in between leaves `_lock` held, and the next `acquire()` waits forever. Use `with _lock:`, or follow the acquire with `try:` and release in `finally:`.}}
# message[load]: {{`_lock.acquire()` is undone by `_lock.release()` on line 23, outside a `finally`: an exception in between leaves `_lock` held, and the next `acquire()` waits forever. Use `with _lock:`, or follow the acquire with `try:` and release in `finally:`.}}

_lock = threading.Lock()
_store = {}


def save(key, value):
    _lock.acquire()  # expect[save]: GIL303 [save]
    _store[key] = value.encode()
    _lock.release()  # related[save]: {{runs only when nothing above it raises}}


def load(key):
    _lock.acquire()  # expect[load]: GIL303 [load]
    key = key.lower()
    if key not in _store:
        # related[load]: {{runs only when nothing above it raises}}
        _lock.release()
        return None
    value = _store[key].decode()
    _lock.release()
    return value
