"""Two module locks taken in opposite orders by a bank's transfer and audit paths."""
import threading

ACCOUNTS_LOCK = threading.Lock()
LEDGER_LOCK = threading.Lock()
balances = {}
ledger = []


def transfer(src, dst, amount):
    with ACCOUNTS_LOCK:
        balances[src] -= amount
        balances[dst] += amount
        with LEDGER_LOCK:  # expect: GIL304 {{Takes `direct.LEDGER_LOCK` while holding `direct.ACCOUNTS_LOCK` (taken at `direct.py:11`), and `direct.py:22` takes `direct.ACCOUNTS_LOCK` while holding `direct.LEDGER_LOCK`: two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `direct.ACCOUNTS_LOCK` before taking `direct.LEDGER_LOCK`.}}
            ledger.append((src, dst, amount))


def audit():
    LEDGER_LOCK.acquire()
    try:
        entries = list(ledger)
        with ACCOUNTS_LOCK:  # expect: GIL304 {{Takes `direct.ACCOUNTS_LOCK` while holding `direct.LEDGER_LOCK` (taken at `direct.py:19`), and `direct.py:14` takes `direct.LEDGER_LOCK` while holding `direct.ACCOUNTS_LOCK`: two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `direct.LEDGER_LOCK` before taking `direct.ACCOUNTS_LOCK`.}}
            total = sum(balances.values())
    finally:
        LEDGER_LOCK.release()
    return entries, total


def report():
    # The order of transfer, so it inverts audit too.
    with ACCOUNTS_LOCK, LEDGER_LOCK:  # expect: GIL304 {{Takes `direct.LEDGER_LOCK` while holding `direct.ACCOUNTS_LOCK` (taken at `direct.py:31`), and `direct.py:22` takes `direct.ACCOUNTS_LOCK` while holding `direct.LEDGER_LOCK`: two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `direct.ACCOUNTS_LOCK` before taking `direct.LEDGER_LOCK`.}}
        return dict(balances), list(ledger)
