"""A pool runs a method of the parent's own object: each worker changes its unpickled copy.

``Catalog.build`` maps ``self.scan`` over the files and returns ``self.sizes``, which stays
empty in the parent. ``Tally.build`` returns what the tasks return instead.
"""
from concurrent.futures import ProcessPoolExecutor


class Catalog:
    def __init__(self):
        self.sizes = {}
        self.scanned = 0

    def scan(self, path):
        self.sizes[path] = len(path)  # expect: GIL203 {{`self.sizes[path] = len(path)` writes `self.sizes` of its copy of the `Catalog` object in a worker process (`Catalog.scan` via `ProcessPoolExecutor.map` on line 23); `Catalog.build` reads `self.sizes` on line 24 and never sees the write.}}
        self._count()

    def _count(self):
        self.scanned += 1  # expect: GIL203 {{`self.scanned += 1` writes `self.scanned` of its copy of the `Catalog` object in a worker process (`Catalog.scan` via `ProcessPoolExecutor.map` on line 23); `Catalog.build` reads `self.scanned` on line 24 and never sees the write.}}

    def build(self, paths):
        with ProcessPoolExecutor() as pool:
            list(pool.map(self.scan, paths))
        return self.sizes, self.scanned


class Tally:
    def __init__(self):
        self.sizes = {}

    def measure(self, path):
        return path, len(path)

    def build(self, paths):
        with ProcessPoolExecutor() as pool:
            self.sizes = dict(pool.map(self.measure, paths))
        return self.sizes
