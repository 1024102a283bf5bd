"""The state that the exporters' threads update."""

flushed = 0
sampled = 0


def flush():
    global flushed
    flushed += 1


def sample():
    global sampled
    sampled += 1  # expect: GIL301 {{`sampled += 1` reads and writes module global `sampled` with no lock held, and other threads running `sample` do the same: reported because `sample` is dispatched at 2 places (first `threading.Thread(target=counters.sample, daemon=True)` at `exporters/background.py:12`). A thread can write between another's read and write, and an update is lost; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock around every update.}}
