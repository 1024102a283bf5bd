# Not below the conftest.py: the platform's default start method applies.
from multiprocessing import Pool

pool = Pool(2)  # expect: GIL201 {{`Pool(2)` starts a process pool while the module is imported, outside an `if __name__ == "__main__":` guard, so workers started by spawn or forkserver run it again.}}
