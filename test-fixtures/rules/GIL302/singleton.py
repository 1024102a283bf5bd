"""A lazy singleton built by a classmethod that request handlers call."""
from concurrent.futures import ThreadPoolExecutor


class Settings:
    _instance = None

    @classmethod
    def current(cls):
        if cls._instance is None:  # expect: GIL302 {{`cls._instance is None` checks `cls._instance`, an attribute of class `Settings` that every thread sees and line 11 acts on the answer with no lock held, and other threads running `handle` do the same: reported because `handle` is dispatched in a loop (`pool.submit(handle, request)` on line 22). Another thread can change it between the check and the act; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock across the check and the act, or use one atomic call such as `dict.setdefault`.}}
            cls._instance = cls()
        return cls._instance


def handle(request):
    return Settings.current()


def serve(requests):
    with ThreadPoolExecutor() as pool:
        for request in requests:
            pool.submit(handle, request)
