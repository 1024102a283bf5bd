"""Work handed to the executor's threads; the counters live in this module."""

backlog = 0
stored = 0


def write_batch():
    global backlog
    backlog -= 1  # expect: GIL301 {{`backlog -= 1` reads and writes module global `backlog` with no lock held while `poll_forever` updates it: reported because `write_batch` runs on an executor thread (`loop.run_in_executor(None, archive.write_batch)` at `feeds/service.py:15`) while the event loop runs the coroutine `poll_forever`, which updates it at `feeds/poller.py:10`.}}


def store_snapshot():
    global stored
    stored += 1
