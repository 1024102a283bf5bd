import multiprocessing
from multiprocessing import Process


def main():
    def child():
        pass

    never_started = Process(target=child)
    print(never_started.name)

    started = Process(target=child)  # expect: GIL202 {{nested function `child` passed to `Process(target=...)` cannot be pickled (defined on line 6): pickle stores functions and classes by module-level name, and this one has none.}}
    started.start()

    Process(target=lambda: None).start()  # expect: GIL202 {{a lambda passed to `Process(target=...)` cannot be pickled: pickle stores functions and classes by module-level name, and this one has none.}}

    workers = [Process(target=child) for _ in range(2)]  # expect: GIL202 {{nested function `child` passed to `Process(target=...)` cannot be pickled (defined on line 6): pickle stores functions and classes by module-level name, and this one has none.}}
    for w in workers:
        w.start()

    fork = multiprocessing.get_context("fork")
    forked = fork.Process(target=child)
    forked.start()

    spawn = multiprocessing.get_context("spawn")
    spawned = spawn.Process(target=child)  # expect: GIL202 {{nested function `child` passed to `Process(target=...)` cannot be pickled (defined on line 6): pickle stores functions and classes by module-level name, and this one has none.}}
    spawned.start()


def rebinding(items):
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
    pool = ThreadPoolExecutor()
    pool.submit(lambda: 1)
    pool = ProcessPoolExecutor()
    pool.submit(lambda: 2)  # expect: GIL202 {{a lambda passed to `ProcessPoolExecutor.submit` cannot be pickled: pickle stores functions and classes by module-level name, and this one has none.}}
