"""A lazy singleton built by a classmethod that request handlers call."""
from concurrent.futures import ThreadPoolExecutor


class Settings:
    _instance = None

    @classmethod
    def current(cls):
        if cls._instance is None:  # expect: GIL302 {{`cls._instance is None` checks `cls._instance`, an attribute of class `Settings` that every thread sees, and line 11 acts on the answer with no lock held, on several threads at once: reported because `handle` is dispatched in a loop (`pool.submit(handle, request)` on line 22).}}
            cls._instance = cls()
        return cls._instance


def handle(request):
    return Settings.current()


def serve(requests):
    with ThreadPoolExecutor() as pool:
        for request in requests:
            pool.submit(handle, request)
