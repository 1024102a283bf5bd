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
        if user not in sessions:  # expect: GIL302 {{`user not in sessions` checks module global `sessions` and line 17 acts on the answer with no lock held, on several threads at once: reported because `Server.handle` is dispatched by `self.pool.submit(self.handle, conn)` (`per_event.py:12`) in `Server.on_connect`, which may be called many times from outside the project.}}
            sessions[user] = conn.open_session()
        return sessions[user]
