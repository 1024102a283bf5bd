"""One exporter: a daemon thread."""
import threading

from exporters import counters


def start_background():
    threading.Thread(target=counters.flush, daemon=True).start()


def start_sampling():
    threading.Thread(target=counters.sample, daemon=True).start()
