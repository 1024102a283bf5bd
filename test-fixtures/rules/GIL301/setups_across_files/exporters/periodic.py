"""The other exporter: a timer."""
import threading

from exporters import counters


def start_periodic(interval):
    threading.Timer(interval, counters.flush).start()


def start_sampling_timer(interval):
    threading.Timer(interval, counters.sample).start()
