from concurrent.futures import ProcessPoolExecutor


def run(jobs, pool=ProcessPoolExecutor()):  # expect: GIL201 {{`ProcessPoolExecutor()` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard; under the spawn and forkserver start methods (Windows, macOS, and Linux since Python 3.14) every worker imports this module again and runs this again. Move it under the guard.}}
    return list(pool.map(abs, jobs))


class Runner:
    pool = ProcessPoolExecutor(2)  # expect: GIL201 {{`ProcessPoolExecutor(2)` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard; under the spawn and forkserver start methods (Windows, macOS, and Linux since Python 3.14) every worker imports this module again and runs this again. Move it under the guard.}}
