"""The sink: while it holds its own lock it asks the buffer how much is pending."""
import threading


class Sink:
    def __init__(self):
        self._lock = threading.Lock()
        self.buffers = []
        self.written = 0

    def drain(self, items):
        with self._lock:  # expect: GIL304 {{Takes `Sink._lock` while holding `Buffer._lock` (taken on line 12 of `buffer.py`, through `Buffer.write` -> `Sink.drain`), and line 19 of `buffer.py` takes `Buffer._lock` while holding `Sink._lock` (through `Sink.stats` -> `Sink._pending` -> `Buffer.pending`), so two threads can deadlock.}}
            self.written += len(items)

    def stats(self):
        with self._lock:
            return [self._pending(b) for b in self.buffers]

    def _pending(self, buffer):
        return buffer.pending()
