# fix: safe
import threading

lock = threading.Lock()
counter = 0


def bump(step):
    global counter
    lock.acquire()  # one at a time
    # count it
    counter += 1
    if counter > int(step):
        counter = 0
    lock.release()
    return counter
