# fixture: clean
# fixture: target-version py312
"""Library calls that leave no thread running at the fork, and forks that do not fork."""
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import dask
import dask.dataframe
from lmnr import Laminar
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from tqdm import tqdm


def work(item):
    return item


def fork_before_the_bar(items):
    pid = os.fork()
    for item in tqdm(items):
        work(item)
    return pid


def spawn_after_the_bar(items):
    bar = tqdm(total=len(items))
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(mp_context=ctx) as ex:
        for _ in ex.map(work, items):
            bar.update(1)


def tracing_shut_down_first(items):
    Laminar.initialize()
    Laminar.shutdown()
    with ProcessPoolExecutor() as ex:
        return list(ex.map(work, items))


def tracing_without_batching(items):
    Laminar.initialize(disable_batch=True)
    with ProcessPoolExecutor() as ex:
        return list(ex.map(work, items))


def processor_shut_down_first(exporter):
    processor = BatchSpanProcessor(exporter)
    processor.shutdown()
    return os.fork()


def synchronous_dask(paths):
    frame = dask.dataframe.read_parquet(paths)
    total = dask.compute(frame.size, scheduler="synchronous")
    frame.to_parquet("out", compute=False)
    with ProcessPoolExecutor() as ex:
        return total, list(ex.map(work, paths))


def dask_after_the_pool(paths):
    with ProcessPoolExecutor() as ex:
        sizes = list(ex.map(work, paths))
    return dask.dataframe.read_parquet(paths).compute(), sizes
