"""Starts a thread per connection; each one records its user in another module."""
import threading

from service import metrics


def serve(connections):
    for user in connections:
        # related[first]: {{`first_visit` starts on several threads here}}
        # step[first.1]: {{`first_visit` starts running on other threads here}}
        threading.Thread(target=metrics.first_visit, args=(user,)).start()
