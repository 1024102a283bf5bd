"""GIL203 measured: a process worker's writes to module state never reach the parent.

Run: python3 bench/gil203_experiment.py
Each scenario runs a process pool (spawn and, where the platform has it, fork) over N tasks that
each add 1 to a module global and append to a module list; the parent then reads both. The fix
returns the values from the tasks instead.
"""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

N = 1000
counter = 0
seen = []


def bump(i):
    global counter
    counter += 1
    seen.append(i)
    return i


def lost(executor_factory):
    global counter
    counter = 0
    seen.clear()
    with executor_factory() as pool:
        list(pool.map(bump, range(N), chunksize=50))
    return counter, len(seen)


def fixed(method):
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        values = list(pool.map(bump, range(N), chunksize=50))
    return len(values), len(values)


def main():
    methods = [m for m in ("spawn", "fork") if m in multiprocessing.get_all_start_methods()]
    ok = True
    print(f"{N} tasks, each doing `counter += 1; seen.append(i)` on module globals")
    c, s = lost(lambda: ThreadPoolExecutor(max_workers=2))
    print(f"  threads               : parent reads counter={c}, len(seen)={s}")
    for method in methods:
        ctx = multiprocessing.get_context(method)
        c, s = lost(lambda: ProcessPoolExecutor(max_workers=2, mp_context=ctx))
        print(f"  processes ({method:5})     : parent reads counter={c}, len(seen)={s}"
              "   <- the workers' writes are lost")
        ok &= c == 0 and s == 0
        n, _ = fixed(method)
        print(f"  fixed ({method:5}, return): parent gets {n} results")
        ok &= n == N
    print("as GIL203 says" if ok else "UNEXPECTED: the parent saw the workers' writes")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
