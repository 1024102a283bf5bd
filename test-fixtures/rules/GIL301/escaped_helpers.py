"""A helper the class calls only under its lock, until it hands the bound method out.

``Channel._flush_some`` is called with ``outbuf_lock`` held by ``write_soon``, but
``handle_write`` takes ``self._flush_some`` as a value and calls it through ``_with_retry``
with no lock: its update of ``pending`` races. ``Buffer._grow`` is only ever called under the
lock, so it relies on its callers.
"""
import threading


class Channel:
    def __init__(self):
        self.outbuf_lock = threading.Lock()
        self.pending = 0

    def _flush_some(self):
        sent = 1
        self.pending -= sent  # expect: GIL301 {{`self.pending -= sent` reads and writes `self.pending` with no lock held, while `write_soon` updates it under `self.outbuf_lock` on line 30: reported because `Channel` guards `self.pending` with that lock.}}
        return sent

    def _with_retry(self, flush):
        return flush()

    def handle_write(self):
        flush = self._flush_some
        return self._with_retry(flush)

    def write_soon(self, data):
        with self.outbuf_lock:
            self.pending += len(data)
            self._flush_some()


class Buffer:
    def __init__(self):
        self.lock = threading.Lock()
        self.size = 0

    def _grow(self, n):
        self.size += n

    def add(self, n):
        with self.lock:
            self._grow(n)

    def reset(self):
        with self.lock:
            self.size = 0
