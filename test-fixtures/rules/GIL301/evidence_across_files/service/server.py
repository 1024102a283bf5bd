"""Starts a thread per connection; each one counts its request in another module."""
import threading

from service import metrics


def serve(connections):
    for user in connections:
        # related[total]: {{`count` starts on several threads here}}
        # step[total.1]: {{`count` starts running on other threads here}}
        threading.Thread(target=metrics.count, args=(user,)).start()
