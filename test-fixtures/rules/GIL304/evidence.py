"""A job queue and its statistics, locked in opposite orders, and a lock taken again through a
call. Each expectation is labelled, and the markers with its label name the finding's related
locations and the steps of its code flow (the other path)."""
import threading

# message[enqueue]: {{Takes `evidence.STATS_LOCK` while holding `evidence.JOBS_LOCK` (taken at `evidence.py:18`), and `evidence.py:31` takes `evidence.JOBS_LOCK` while holding `evidence.STATS_LOCK`: two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `evidence.JOBS_LOCK` before taking `evidence.STATS_LOCK`.}}
# message[snapshot]: {{Takes `evidence.JOBS_LOCK` while holding `evidence.STATS_LOCK` (taken at `evidence.py:28`), and `evidence.py:21` takes `evidence.STATS_LOCK` while holding `evidence.JOBS_LOCK`: two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `evidence.STATS_LOCK` before taking `evidence.JOBS_LOCK`.}}

JOBS_LOCK = threading.Lock()
STATS_LOCK = threading.Lock()
jobs = []
stats = {"queued": 0}


def enqueue(job):
    # related[enqueue]: {{takes `evidence.JOBS_LOCK` here, first}}
    # step[snapshot.1]: {{takes `evidence.JOBS_LOCK`}}
    with JOBS_LOCK:
        jobs.append(job)
        # step[snapshot.2]: {{takes `evidence.STATS_LOCK` while holding `evidence.JOBS_LOCK`}}
        with STATS_LOCK:  # expect[enqueue]: GIL304 [enqueue]
            stats["queued"] += 1


def snapshot():
    # related[snapshot]: {{takes `evidence.STATS_LOCK` here, first}}
    # step[enqueue.1]: {{takes `evidence.STATS_LOCK`}}
    with STATS_LOCK:
        queued = stats["queued"]
        # step[enqueue.2]: {{takes `evidence.JOBS_LOCK` while holding `evidence.STATS_LOCK`}}
        with JOBS_LOCK:  # expect[snapshot]: GIL304 [snapshot]
            return queued, list(jobs)


def clear():
    # related[again]: {{takes `evidence.JOBS_LOCK` here}}
    with JOBS_LOCK:  # step[again.1]: {{takes `evidence.JOBS_LOCK`}}
        jobs.clear()
        _reset()  # step[again.2]: {{`clear` calls `_reset` with `evidence.JOBS_LOCK` held}}


def _reset():
    # step[again.3]: {{takes `evidence.JOBS_LOCK` while holding `evidence.JOBS_LOCK`}}
    with JOBS_LOCK:  # expect[again]: GIL304 {{Takes `evidence.JOBS_LOCK` again while this thread holds it (taken at `evidence.py:37`, through `clear` -> `_reset`): a `threading.Lock` is not re-entrant, so the thread waits for itself forever. Release it before taking it again, or make it a `threading.RLock` if re-entry is intended.}}
        stats["queued"] = 0
