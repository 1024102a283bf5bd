# fix: safe
import threading

lock = threading.Lock()
counter = 0


def bump(step):
    global counter
    with lock:  # one at a time
        # count it
        counter += 1
        if counter > int(step):
            counter = 0
    return counter
