# fix: safe
import threading

lock = threading.Lock()


def run(job):
  with lock:
    job()
