# fix: none
# One release returns early from inside the loop: no mechanical `with`.
import threading

lock = threading.Lock()


def first_match(items, wanted):
    lock.acquire()
    for item in items:
        if matches(item, wanted):
            lock.release()
            return item
    lock.release()
    return None


def matches(item, wanted):
    return item == wanted
