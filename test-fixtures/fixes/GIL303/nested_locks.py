# fix: safe
# The two fixes overlap: the outer one applies first, the inner one in the next pass.
import threading

accounts = threading.Lock()
audit = threading.Lock()
log = []


def transfer(amount):
    accounts.acquire()
    audit.acquire()
    log.append(amount)
    audit.release()
    accounts.release()
