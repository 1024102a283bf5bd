"""Work handed to the executor's threads; the counters live in this module."""

backlog = 0
stored = 0


def write_batch():
    global backlog
    backlog -= 1  # expect: GIL301 {{`backlog -= 1` reads and writes module global `backlog` with no lock held, and `poll_forever` updates it at the same time: reported because `write_batch` runs on an executor thread (`loop.run_in_executor(None, archive.write_batch)` at `feeds/service.py:15`) while the event loop runs the coroutine `poll_forever`, which updates it at `feeds/poller.py:10`. A thread can write between another's read and write, and an update is lost; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock around every update.}}


def store_snapshot():
    global stored
    stored += 1
