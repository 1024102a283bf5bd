"""Scale (width, height) pairs to fit a bounding box, keeping the aspect ratio."""
from functools import partial

from .pool import SHARED, fresh_pool


def fit(box, size):
    width, height = size
    scale = min(box / width, box / height, 1.0)
    return round(width * scale), round(height * scale)


def fit_all(sizes, box=256):
    return list(SHARED.map(partial(fit, box), sizes))


def fit_all_fresh(sizes, box=256):
    with fresh_pool() as pool:
        return list(pool.map(partial(fit, box), sizes))
