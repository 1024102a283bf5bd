"""The worker pool the resize helpers share."""
import os
from concurrent.futures import ProcessPoolExecutor

# Started the first time anything imports this module.
SHARED = ProcessPoolExecutor(max_workers=min(4, os.cpu_count() or 1))


def fresh_pool(workers=2):
    """A pool of its own for a caller that wants to shut it down when done."""
    return ProcessPoolExecutor(max_workers=workers)
