# fixture: clean
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

fork = multiprocessing.get_context("fork")
forked_pool = fork.Pool(2)
forked_process = fork.Process(target=print)
forked_process.start()
executor = ProcessPoolExecutor(mp_context=multiprocessing.get_context("fork"))
direct = multiprocessing.get_context("fork").Pool(2)
