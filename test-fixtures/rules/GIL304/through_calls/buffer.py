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
        with self._lock:  # expect: GIL304 {{Takes `Buffer._lock` while holding `Sink._lock` (taken at `sink.py:16`, through `Sink.stats` -> `Sink._pending` -> `Buffer.pending`), and `sink.py:12` takes `Sink._lock` while holding `Buffer._lock` (through `Buffer.write` -> `Sink.drain`): two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `Sink._lock` before taking `Buffer._lock`.}}
            return len(self._items)
