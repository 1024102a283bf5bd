import functools
import multiprocessing
import operator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import Pool, Process


def square(n):
    return n * n


def init():
    pass


def main(items):
    def nested(n):
        return n + 1

    class Local:
        def run(self, n):
            return n

    double = lambda n: 2 * n
    local = Local()

    with ProcessPoolExecutor(initializer=lambda: None) as ex:  # expect: GIL202 {{a lambda passed to `ProcessPoolExecutor(initializer=...)` cannot be pickled: pickle stores functions and classes by module-level name, and this one has none.}}
        ex.submit(lambda: 1)  # expect: GIL202 {{a lambda passed to `ProcessPoolExecutor.submit` cannot be pickled: pickle stores functions and classes by module-level name, and this one has none.}}
        ex.submit(nested, 1)  # expect: GIL202 {{nested function `nested` passed to `ProcessPoolExecutor.submit` cannot be pickled (defined on line 17): pickle stores functions and classes by module-level name, and this one has none.}}
        ex.map(double, items)  # expect: GIL202 {{a lambda (`double`) passed to `ProcessPoolExecutor.map` cannot be pickled (defined on line 24): pickle stores functions and classes by module-level name, and this one has none.}}
        ex.map(functools.partial(nested, 1), items)  # expect: GIL202 {{`functools.partial` of nested function `nested` passed to `ProcessPoolExecutor.map` cannot be pickled (defined on line 17): pickle stores functions and classes by module-level name, and this one has none.}}
        ex.submit(local.run, 1)  # expect: GIL202 {{bound method `local.run` of local class `Local` passed to `ProcessPoolExecutor.submit` cannot be pickled (defined on line 20): pickle stores functions and classes by module-level name, and this one has none.}}
        ex.submit(Local)  # expect: GIL202 {{local class `Local` passed to `ProcessPoolExecutor.submit` cannot be pickled (defined on line 20): pickle stores functions and classes by module-level name, and this one has none.}}
        ex.submit(square, 1)
        ex.map(abs, items)
        ex.map(operator.neg, items)
        ex.submit(functools.partial(square, 2))

    pool = Pool(2)
    pool.apply_async(nested, (1,))  # expect: GIL202 {{nested function `nested` passed to `Pool.apply_async` cannot be pickled (defined on line 17): pickle stores functions and classes by module-level name, and this one has none.}}
    pool.starmap(lambda a, b: a + b, [(1, 2)])  # expect: GIL202 {{a lambda passed to `Pool.starmap` cannot be pickled: pickle stores functions and classes by module-level name, and this one has none.}}
    pool.imap_unordered(square, items)

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(initializer=init) as p:
        p.map(nested, items)  # expect: GIL202 {{nested function `nested` passed to `Pool.map` cannot be pickled (defined on line 17): pickle stores functions and classes by module-level name, and this one has none.}}

    Process(target=nested).start()  # expect: GIL202 {{nested function `nested` passed to `Process(target=...)` cannot be pickled (defined on line 17): pickle stores functions and classes by module-level name, and this one has none.}}
    Process(target=square).start()

    with ThreadPoolExecutor() as threads:
        threads.submit(lambda: 1)
        threads.map(nested, items)


def takes_pool(pool):
    pool.submit(lambda: 1)  # FN: GIL202 the pool is a parameter, its class is unknown
