# fix: none
# The class must stay at module level, where workers find it.
from concurrent.futures import ProcessPoolExecutor


class Jobs:
    pool = ProcessPoolExecutor()
