"""Locks used as signals between threads and processes, not around a critical section."""
import os
import threading

# fixture: clean


def hand_over(work):
    gate = threading.Lock()
    gate.acquire()
    worker = threading.Thread(target=work, args=(gate,))
    worker.start()
    worker.join(timeout=1)
    gate.release()


def freeze_child(pause_lock):
    pause_lock.acquire()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    pause_lock.release()
    return pid


def test_lock_reports_state():
    lock = threading.Lock()
    lock.acquire()
    assert lock.locked()
    lock.release()
