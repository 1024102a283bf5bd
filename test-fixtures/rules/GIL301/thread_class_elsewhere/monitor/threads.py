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
    pings[host] = pings.get(host, 0) + 1  # expect: GIL301 {{`pings[host] = pings.get(host, 0) + 1` reads and writes `pings[host]` of module global `pings` with no lock held, and other threads running `Pinger.run` do the same: reported because `Pinger.run` is dispatched in a loop (`Pinger(host)` at `monitor/app.py:7`). A thread can write between another's read and write, and an update is lost; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock around every update.}}
