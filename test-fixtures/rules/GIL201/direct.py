import concurrent.futures as cf
import multiprocessing
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool as P, Process, Manager


def square(n):
    return n * n


pool = ProcessPoolExecutor()  # expect: GIL201 {{`ProcessPoolExecutor()` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

with cf.ProcessPoolExecutor(max_workers=2) as ex:  # expect: GIL201 {{`cf.ProcessPoolExecutor(max_workers=2)` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}
    print(list(ex.map(square, range(3))))

results = P(4).map(square, range(3))  # expect: GIL201 {{`P(4)` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

if True:
    manager = Manager()  # expect: GIL201 {{`Manager()` starts a manager process while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

worker = Process(target=square, args=(3,))
worker.start()  # expect: GIL201 {{`worker.start()` starts a process while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

mp.Process(target=square, args=(2,)).start()  # expect: GIL201 {{`mp.Process(target=square, args=(2,)).start()` starts a process while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

spawn = multiprocessing.get_context("spawn")
spawned = spawn.Pool(2)  # expect: GIL201 {{`spawn.Pool(2)` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

for size in (1, 2):
    chunks = multiprocessing.Pool(size)  # expect: GIL201 {{`multiprocessing.Pool(size)` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

try:
    guarded_by_try = ProcessPoolExecutor()  # expect: GIL201 {{`ProcessPoolExecutor()` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}
except OSError:
    pass

unstarted = Process(target=square)
threads_only = cf.ThreadPoolExecutor()


class Service:
    pool = ProcessPoolExecutor()  # expect: GIL201 {{`ProcessPoolExecutor()` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

    def method(self):
        return ProcessPoolExecutor()


def later():
    return P(2)


lazy = lambda: ProcessPoolExecutor()
