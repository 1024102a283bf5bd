from concurrent.futures import ProcessPoolExecutor


def run(jobs, pool=ProcessPoolExecutor()):  # expect: GIL201 {{`ProcessPoolExecutor()` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}
    return list(pool.map(abs, jobs))


class Runner:
    pool = ProcessPoolExecutor(2)  # expect: GIL201 {{`ProcessPoolExecutor(2)` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}
