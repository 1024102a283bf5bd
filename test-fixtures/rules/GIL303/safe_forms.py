# fixture: clean
import threading

lock = threading.Lock()
state_lock = threading.RLock()
table = {}


def with_statement(key):
    with lock:
        table[key] = 1


def try_finally(key):
    lock.acquire()
    try:
        table[key] = compute(key)
    finally:
        lock.release()


def acquire_inside_try(key):
    try:
        state_lock.acquire()
        table[key] = compute(key)
    finally:
        state_lock.release()


def timeout_then_try(key):
    if lock.acquire(timeout=2):
        try:
            table[key] = compute(key)
        finally:
            lock.release()


def refuse_then_try(key):
    if not lock.acquire(blocking=False):
        raise RuntimeError("busy")
    try:
        table[key] = compute(key)
    finally:
        lock.release()


def release_on_error_only(key):
    # The lock is handed over on success and released by the caller later.
    lock.acquire()
    try:
        table[key] = compute(key)
    except BaseException:
        lock.release()
        raise


def acquire_only():
    # Released elsewhere (a hand-off): nothing to pair in this function.
    lock.acquire()


def release_only():
    lock.release()


def not_a_lock(block, clock):
    block.acquire()
    block.process()
    block.release()
    clock.acquire()
    clock.release()


def compute(key):
    return key


def probe():
    # Nothing between the acquire and the release can raise.
    if lock.acquire(False):
        lock.release()
        return False
    return True


def tolerate_deadlock(module_lock):
    try:
        module_lock.acquire()
    except RuntimeError:
        pass
    else:
        module_lock.release()
