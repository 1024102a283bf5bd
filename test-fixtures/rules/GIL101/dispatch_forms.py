import asyncio
import concurrent.futures as cf
import functools
import threading
from concurrent.futures import ThreadPoolExecutor as TPE
from multiprocessing.pool import ThreadPool


def crunch(size):
    total = 0
    for value in range(size):
        total += value * value
    return total


def squares(n):
    return [i * i for i in range(n)]


class Report:
    def row(self, n):
        return sum(sorted(k % 7 for k in range(n)))

    def render(self, pool, sizes):
        return list(pool.map(self.row, sizes))


def main(sizes):
    with cf.ThreadPoolExecutor() as pool:
        pool.map(crunch, sizes)  # expect: GIL101 {{`pool.map(crunch, sizes)` runs `crunch` on threads, but it is CPU-bound pure Python: the loop at line 11 holds the GIL, so the threads take turns.}}
        pool.submit(squares, 10)  # expect: GIL101 {{`pool.submit(squares, 10)` runs `squares` on threads, but it is CPU-bound pure Python: the loop at line 17 holds the GIL, so the threads take turns.}}
        pool.submit(functools.partial(crunch, 5))  # expect: GIL101 {{`pool.submit(functools.partial(crunch, 5))` runs `crunch` on threads, but it is CPU-bound pure Python: the loop at line 11 holds the GIL, so the threads take turns.}}
        pool.submit(lambda: crunch(3))  # expect: GIL101 {{`pool.submit(lambda: crunch(3))` runs `main.<lambda>` on threads, but it is CPU-bound pure Python: the loop at line 11 holds the GIL, so the threads take turns.}}
    executor = TPE(max_workers=4)
    executor.map(Report().row, sizes)  # expect: GIL101 {{`executor.map(Report().row, sizes)` runs `Report.row` on threads, but it is CPU-bound pure Python: the loop at line 22 holds the GIL, so the threads take turns.}}
    threads = ThreadPool(4)
    threads.imap_unordered(crunch, sizes)  # expect: GIL101 {{`threads.imap_unordered(crunch, sizes)` runs `crunch` on threads, but it is CPU-bound pure Python: the loop at line 11 holds the GIL, so the threads take turns.}}
    threading.Thread(target=crunch, args=(10,)).start()  # expect: GIL101 {{`threading.Thread(target=crunch, args=(10,))` runs `crunch` on threads, but it is CPU-bound pure Python: the loop at line 11 holds the GIL, so the threads take turns.}}
    threading.Timer(1.0, squares, args=(5,)).start()  # expect: GIL101 {{`threading.Timer(1.0, squares, args=(5,))` runs `squares` on threads, but it is CPU-bound pure Python: the loop at line 17 holds the GIL, so the threads take turns.}}


class Worker(threading.Thread):
    def run(self):
        crunch(1_000_000)


def start_worker():
    Worker().start()  # expect: GIL101 {{`Worker()` runs `Worker.run` on threads, but it is CPU-bound pure Python: the loop at line 11 holds the GIL, so the threads take turns.}}


async def in_async(loop, n):
    await asyncio.to_thread(crunch, n)  # expect: GIL101 {{`asyncio.to_thread(crunch, n)` runs `crunch` on threads, but it is CPU-bound pure Python: the loop at line 11 holds the GIL, so the threads take turns.}}
    await loop.run_in_executor(None, squares, n)  # expect: GIL101 {{`loop.run_in_executor(None, squares, n)` runs `squares` on threads, but it is CPU-bound pure Python: the loop at line 17 holds the GIL, so the threads take turns.}}
