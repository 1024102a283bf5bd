"""A lazily built cache, filled by handlers that a server runs once per connection."""
from concurrent.futures import ThreadPoolExecutor

sessions = {}


class Server:
    def __init__(self):
        self.pool = ThreadPoolExecutor(max_workers=8)

    def on_connect(self, conn):
        self.pool.submit(self.handle, conn)

    def handle(self, conn):
        user = conn.user
        if user not in sessions:  # expect: GIL302 {{`user not in sessions` checks module global `sessions` and line 17 acts on the answer with no lock held, and other threads running `Server.handle` do the same: reported because `Server.handle` is dispatched by `self.pool.submit(self.handle, conn)` (`per_event.py:12`) each time `Server.on_connect` runs, and `Server.on_connect` is a method that callers outside the project may call many times. Another thread can change it between the check and the act; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock across the check and the act, or use one atomic call such as `dict.setdefault`.}}
            sessions[user] = conn.open_session()
        return sessions[user]
