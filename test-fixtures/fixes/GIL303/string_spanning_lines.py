# fix: none
# Indenting would change the string's text.
import threading

lock = threading.Lock()


def report(out):
    lock.acquire()
    out.write("""header
body
""")
    lock.release()
