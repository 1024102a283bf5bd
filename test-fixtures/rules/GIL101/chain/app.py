from concurrent.futures import ThreadPoolExecutor

from work.math_tools import score


def score_all(batches):
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(score, batches))  # expect: GIL101 {{`pool.map(score, batches)` runs `work.math_tools.score` on threads, but it is CPU-bound pure Python: the loop at line 6 of math_tools.py holds the GIL, so the threads take turns.}}
