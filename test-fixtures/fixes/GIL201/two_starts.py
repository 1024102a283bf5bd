# fix: unsafe
# Both findings offer the same guard; it is applied once.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

pool = ProcessPoolExecutor()
workers = multiprocessing.Pool(2)
print(pool, workers)
