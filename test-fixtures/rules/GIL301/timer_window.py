"""A timer that re-arms itself, stopped by the function that started it through a flag."""
import threading


def stream(source, send):
    state = [None, 0]
    state_lock = threading.Lock()

    def keepalive():
        if state[1] < 0:
            return
        state[1] += 1  # expect: GIL301 {{`state[1] += 1` reads and writes `state[1]` of variable `state` of the enclosing function `stream` with no lock held while `stream` updates it: reported because `stream.keepalive` runs on a thread started on line 17 (in a call `stream` makes) while `stream` updates it on line 23.}}
        send(state[1])
        with state_lock:
            state[0] = threading.Timer(15, keepalive)
            state[0].daemon = True
            state[0].start()

    keepalive()
    try:
        return source.read()
    finally:
        state[1] = -1


def stream_joined(source, send):
    # The timer is joined before the flag is written: no overlap.
    box = [0]

    def tick():
        box[0] += 1

    timer = threading.Timer(1, tick)
    timer.start()
    timer.join()
    box[0] = -1
    return source.read()
