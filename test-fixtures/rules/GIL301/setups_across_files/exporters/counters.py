"""The state that the exporters' threads update."""

flushed = 0
sampled = 0


def flush():
    global flushed
    flushed += 1


def sample():
    global sampled
    sampled += 1  # expect: GIL301 {{`sampled += 1` reads and writes module global `sampled` with no lock held on several threads at once: reported because `sample` is dispatched at 2 places (first `threading.Thread(target=counters.sample, daemon=True)` at `exporters/background.py:12`).}}
