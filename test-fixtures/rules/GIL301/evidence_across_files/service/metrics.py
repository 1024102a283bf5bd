"""What the request threads update: a module counter, with no lock."""

requests = 0


def count(user):
    global requests
    # step[total.2]: {{reads and writes it here, with no lock held}}
    requests += 1  # expect[total]: GIL301 [total]


# message[total]: {{`requests += 1` reads and writes module global `requests` with no lock held, and other threads running `count` do the same: reported because `count` is dispatched in a loop (`threading.Thread(target=metrics.count, args=(user,))` at `service/server.py:11`). A thread can write between another's read and write, and an update is lost; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock around every update.}}
