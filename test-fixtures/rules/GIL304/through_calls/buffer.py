"""A write buffer that flushes into a sink; the sink calls back into the buffer."""
import threading


class Buffer:
    def __init__(self, sink):
        self._lock = threading.Lock()
        self._items = []
        self.sink = sink

    def write(self, item):
        with self._lock:
            self._items.append(item)
            if len(self._items) > 100:
                self.sink.drain(self._items)
                self._items = []

    def pending(self):
        with self._lock:  # expect: GIL304 {{Takes `Buffer._lock` while holding `Sink._lock` (taken on line 16 of `sink.py`, through `Sink.stats` -> `Sink._pending` -> `Buffer.pending`), and line 12 of `sink.py` takes `Sink._lock` while holding `Buffer._lock` (through `Buffer.write` -> `Sink.drain`), so two threads can deadlock.}}
            return len(self._items)
