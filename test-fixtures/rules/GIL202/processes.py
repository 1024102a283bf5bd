import multiprocessing
from multiprocessing import Process


def main():
    def child():
        pass

    never_started = Process(target=child)
    print(never_started.name)

    started = Process(target=child)  # expect: GIL202 {{nested function `child` passed to `Process(target=...)` cannot be pickled: workers receive their task by pickle, which stores a function or class by a module-level name that this one does not have. Define it at module level.}}
    started.start()

    Process(target=lambda: None).start()  # expect: GIL202 {{a lambda passed to `Process(target=...)` cannot be pickled: workers receive their task by pickle, which stores a function or class by a module-level name that this one does not have. Define it at module level.}}

    workers = [Process(target=child) for _ in range(2)]  # expect: GIL202 {{nested function `child` passed to `Process(target=...)` cannot be pickled: workers receive their task by pickle, which stores a function or class by a module-level name that this one does not have. Define it at module level.}}
    for w in workers:
        w.start()

    fork = multiprocessing.get_context("fork")
    forked = fork.Process(target=child)
    forked.start()

    spawn = multiprocessing.get_context("spawn")
    spawned = spawn.Process(target=child)  # expect: GIL202 {{nested function `child` passed to `Process(target=...)` cannot be pickled: workers receive their task by pickle, which stores a function or class by a module-level name that this one does not have. Define it at module level.}}
    spawned.start()


def rebinding(items):
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
    pool = ThreadPoolExecutor()
    pool.submit(lambda: 1)
    pool = ProcessPoolExecutor()
    pool.submit(lambda: 2)  # expect: GIL202 {{a lambda passed to `ProcessPoolExecutor.submit` cannot be pickled: workers receive their task by pickle, which stores a function or class by a module-level name that this one does not have. Define it at module level.}}
