# fixture: target-version py312
"""Threads that third-party libraries start, which no ``Thread(...).start()`` of the project shows.

``EvalRunner`` sets up tracing (a batch span exporter thread) before it opens its worker pool;
``build_images`` opens its pool inside a progress bar (tqdm's monitor thread);
``index_tiles`` writes a dask dataframe (dask's threaded scheduler) before a helper forks;
``daemonize`` starts the GPU library before it forks into the background.
"""
import os
import sys
from concurrent.futures import ProcessPoolExecutor

import dask_geopandas
import pynvml
from lmnr import Laminar
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from tqdm.auto import tqdm


def evaluate(case):
    return case


class EvalRunner:
    def __init__(self, workers):
        self.workers = workers
        self.tracing = False

    def setup_tracing(self):
        if not self.tracing:
            Laminar.initialize()
            self.tracing = True

    def run(self, cases):
        self.setup_tracing()
        results = []
        pool = ProcessPoolExecutor(max_workers=self.workers)  # expect: GIL204 {{`ProcessPoolExecutor(max_workers=self.workers)` forks to start a process pool with the default start method (`fork` on Linux before Python 3.14) while the batch export thread of Laminar's tracer, which `Laminar.initialize()` starts, may still run (started on line 31), so the child can deadlock on a lock that a thread held.}}
        try:
            for case in cases:
                results.append(pool.submit(evaluate, case))
        finally:
            pool.shutdown()
        return [r.result() for r in results]


def build(image):
    return image


def build_images(images, batch):
    with tqdm(total=len(images), desc="images") as bar:
        for start in range(0, len(images), batch):
            with ProcessPoolExecutor(max_workers=4) as ex:  # expect: GIL204 {{`ProcessPoolExecutor(max_workers=4)` forks to start a process pool with the default start method (`fork` on Linux before Python 3.14) while tqdm's monitor thread, which `tqdm(total=len(images), desc="images")` starts, may still run (started on line 51), so the child can deadlock on a lock that a thread held.}}
                for done in ex.map(build, images[start:start + batch]):
                    bar.update(1)


def polyfill(path):
    return path


def _index_partitions(paths):
    with ProcessPoolExecutor(max_workers=2) as ex:  # expect: GIL204 {{`ProcessPoolExecutor(max_workers=2)` forks to start a process pool with the default start method (`fork` on Linux before Python 3.14) while the threads of dask's threaded scheduler, which `frame.to_parquet(tmp)` starts, may still run (started on line 71), so the child can deadlock on a lock that a thread held.}}
        return list(ex.map(polyfill, paths))


def index_tiles(df, tmp, sort):
    frame = dask_geopandas.from_geopandas(df, npartitions=8)
    if sort:
        frame = frame.spatial_shuffle(by="hilbert")
    frame.to_parquet(tmp)
    return _index_partitions(sorted(os.listdir(tmp)))


def daemonize():
    pynvml.nvmlInit()
    if os.fork():  # expect: GIL204 {{`os.fork()` forks the process while the threads of the NVIDIA management library, which `pynvml.nvmlInit()` starts, may still run (started on line 76), so the child can deadlock on a lock that a thread held.}}
        sys.exit(0)


def export_spans(exporter):
    processor = BatchSpanProcessor(exporter)
    return os.fork()  # expect: GIL204 {{`os.fork()` forks the process while OpenTelemetry's batch export thread, which `BatchSpanProcessor(exporter)` starts, may still run (started on line 82), so the child can deadlock on a lock that a thread held.}}


class Telemetry:
    """A singleton whose accessor's return annotation tells gilscan what `get()` returns."""

    _one = None

    @classmethod
    def get(cls) -> "Telemetry":
        if cls._one is None:
            cls._one = cls()
        return cls._one

    def start(self):
        Laminar.initialize()


def evaluate_all(cases):
    Telemetry.get().start()
    with ProcessPoolExecutor() as pool:  # expect: GIL204 {{`ProcessPoolExecutor()` forks to start a process pool with the default start method (`fork` on Linux before Python 3.14) while the batch export thread of Laminar's tracer, which `Laminar.initialize()` starts, may still run (started on line 98), so the child can deadlock on a lock that a thread held.}}
        return list(pool.map(evaluate, cases))
