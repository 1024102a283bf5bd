"""The sink: while it holds its own lock it asks the buffer how much is pending."""
import threading


class Sink:
    def __init__(self):
        self._lock = threading.Lock()
        self.buffers = []
        self.written = 0

    def drain(self, items):
        with self._lock:  # expect: GIL304 {{Takes `Sink._lock` while holding `Buffer._lock` (taken at `buffer.py:12`, through `Buffer.write` -> `Sink.drain`), and `buffer.py:19` takes `Buffer._lock` while holding `Sink._lock` (through `Sink.stats` -> `Sink._pending` -> `Buffer.pending`): two threads on these paths can each hold one lock and wait forever for the other. Reported because code that takes a lock is meant to run on several threads. Take the two locks in one order everywhere, or release `Buffer._lock` before taking `Sink._lock`.}}
            self.written += len(items)

    def stats(self):
        with self._lock:
            return [self._pending(b) for b in self.buffers]

    def _pending(self, buffer):
        return buffer.pending()
