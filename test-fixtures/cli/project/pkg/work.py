import multiprocessing

if True:
    multiprocessing.Pool(2)
