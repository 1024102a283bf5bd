# The conftest.py above sets the fork start method before pytest imports this module.
from multiprocessing import Pool

pool = Pool(2)
