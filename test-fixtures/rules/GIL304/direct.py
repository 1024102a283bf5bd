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
        with LEDGER_LOCK:  # expect: GIL304 {{Takes `direct.LEDGER_LOCK` while holding `direct.ACCOUNTS_LOCK` (taken on line 11), and line 22 takes `direct.ACCOUNTS_LOCK` while holding `direct.LEDGER_LOCK`, so two threads can deadlock.}}
            ledger.append((src, dst, amount))


def audit():
    LEDGER_LOCK.acquire()
    try:
        entries = list(ledger)
        with ACCOUNTS_LOCK:  # expect: GIL304 {{Takes `direct.ACCOUNTS_LOCK` while holding `direct.LEDGER_LOCK` (taken on line 19), and line 14 takes `direct.LEDGER_LOCK` while holding `direct.ACCOUNTS_LOCK`, so two threads can deadlock.}}
            total = sum(balances.values())
    finally:
        LEDGER_LOCK.release()
    return entries, total


def report():
    # The order of transfer, so it inverts audit too.
    with ACCOUNTS_LOCK, LEDGER_LOCK:  # expect: GIL304 {{Takes `direct.LEDGER_LOCK` while holding `direct.ACCOUNTS_LOCK` (taken on line 31), and line 22 takes `direct.ACCOUNTS_LOCK` while holding `direct.LEDGER_LOCK`, so two threads can deadlock.}}
        return dict(balances), list(ledger)
