from app_pkg import run_all
from app_pkg.engine import run_twice


class Job:
    def __init__(self, items):
        self.results = run_all(items)

    def rerun(self):
        return run_twice([1])


def main():
    return run_twice([1, 2])


def unused():
    return Job([3])


results = run_all([1, 2, 3])  # expect: GIL201 {{`run_all([1, 2, 3])` starts a process pool (`ProcessPoolExecutor()` in `app_pkg.engine.run_all` on line 10 of `app_pkg/engine.py`) while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}
main()  # expect: GIL201 {{`main()` starts a process pool (`ProcessPoolExecutor()` in `app_pkg.engine.run_all` on line 10 of `app_pkg/engine.py`) while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}
job = Job([4])  # expect: GIL201 {{`Job([4])` starts a process pool (`ProcessPoolExecutor()` in `app_pkg.engine.run_all` on line 10 of `app_pkg/engine.py`) while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}
rerun = job.rerun()  # expect: GIL201 {{`job.rerun()` starts a process pool (`ProcessPoolExecutor()` in `app_pkg.engine.run_all` on line 10 of `app_pkg/engine.py`) while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}

if __name__ == "__main__":
    main()
