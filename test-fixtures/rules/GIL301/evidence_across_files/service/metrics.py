"""What the request threads update: a module counter, with no lock."""

requests = 0


def count(user):
    global requests
    # step[total.2]: {{reads and writes it here, with no lock held}}
    requests += 1  # expect[total]: GIL301 [total]


# message[total]: {{`requests += 1` reads and writes module global `requests` with no lock held on several threads at once: reported because `count` is dispatched in a loop (`threading.Thread(target=metrics.count, args=(user,))` at `service/server.py:11`).}}
