import threading
from concurrent.futures import ThreadPoolExecutor

cache = {}
_config = None
_lock = threading.Lock()


def load(key):
    if key not in cache:  # expect: GIL302 {{`key not in cache` checks module global `cache` and line 11 acts on the answer with no lock held, on several threads at once: reported because `load` runs on several pool threads through `pool.map(load, keys)`.}}
        cache[key] = compute(key)
    return cache[key]


def config():
    global _config
    if _config is None:  # expect: GIL302 {{`_config is None` checks module global `_config` and line 18 acts on the answer with no lock held, on several threads at once: reported because `config` is dispatched in a loop (`pool.submit(config)` on line 78).}}
        _config = {"ready": True}
    return _config


def compute(key):
    return key * 2


class Registry:
    def __init__(self):
        self._instance = None
        self._entries = {}

    def start(self, names):
        with ThreadPoolExecutor(max_workers=4) as pool:
            return list(pool.map(self.get, names))

    def get(self, name):
        if self._instance is None:  # expect: GIL302 {{`self._instance is None` checks `self._instance` of the object the threads share and line 37 acts on the answer with no lock held, on several threads at once: reported because `Registry.get` runs on 4 pool threads through `pool.map(self.get, names)`.}}
            self._instance = object()
        if name not in self._entries:  # expect: GIL302 {{`name not in self._entries` checks `self._entries` of the object the threads share and line 39 acts on the answer with no lock held, on several threads at once: reported because `Registry.get` runs on 4 pool threads through `pool.map(self.get, names)`.}}
            self._entries[name] = len(name)
        return self._entries[name]


def locked(key):
    with _lock:
        if key not in cache:
            cache[key] = compute(key)
    return cache[key]


def double_checked():
    global _config
    if _config is None:
        with _lock:
            if _config is None:
                _config = {}
    return _config


def atomic(key):
    return cache.setdefault(key, compute(key))


def owned(keys):
    memo = {}
    for key in keys:
        if key not in memo:
            memo[key] = compute(key)
    return memo


def main(keys):
    with ThreadPoolExecutor() as pool:
        list(pool.map(load, keys))
        list(pool.map(locked, keys))
        list(pool.map(atomic, keys))
        list(pool.map(owned, [keys, keys]))
        for _ in keys:
            pool.submit(config)
            pool.submit(double_checked)


class Settings:
    def __init__(self):
        self.loaded = None


def ensure_loaded(settings):
    if settings.loaded is None:  # expect: GIL302 {{`settings.loaded is None` checks `settings.loaded` of the object every `ensure_loaded` task gets as `settings` and line 89 acts on the answer with no lock held, on several threads at once: reported because `ensure_loaded` runs on several pool threads through `pool.map(ensure_loaded, [settings] * n)`.}}
        settings.loaded = {"ready": True}
    return settings.loaded


def share_settings(n):
    settings = Settings()
    with ThreadPoolExecutor() as pool:
        return list(pool.map(ensure_loaded, [settings] * n))
