"""A Thread subclass defined here and started from another module."""
import threading


class Pinger(threading.Thread):
    def __init__(self, host):
        super().__init__(daemon=True)
        self.host = host

    def run(self):
        record_ping(self.host)


pings = {}


def record_ping(host):
    pings[host] = pings.get(host, 0) + 1  # expect: GIL301 {{`pings[host] = pings.get(host, 0) + 1` reads and writes `pings[host]` of module global `pings` with no lock held on several threads at once: reported because `Pinger.run` is dispatched in a loop (`Pinger(host)` at `monitor/app.py:7`).}}
