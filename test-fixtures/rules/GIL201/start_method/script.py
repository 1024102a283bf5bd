import multiprocessing as mp

mp.set_start_method("fork")
workers = mp.Pool(2)
