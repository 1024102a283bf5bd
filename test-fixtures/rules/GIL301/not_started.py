"""Threads that are built but never started run nothing."""
import threading

count = 0


def bump():
    global count
    count += 1


def build(n):
    threads = []
    for _ in range(n):
        threads.append(threading.Thread(target=bump))
    return len(threads)
# fixture: clean
