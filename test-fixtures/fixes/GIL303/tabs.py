# fix: safe
import threading

lock = threading.Lock()


def run(job):
	lock.acquire()
	job()
	lock.release()
