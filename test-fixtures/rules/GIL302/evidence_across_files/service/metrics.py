"""What the request threads update: a table of the users seen, checked then filled in."""

seen = {}


def first_visit(user):
    # step[first.2]: {{checks it here, with no lock held}}
    if user not in seen:  # expect[first]: GIL302 [first]
        seen[user] = 1  # related[first]: {{acts on the result of the check}}


# message[first]: {{`user not in seen` checks module global `seen` and line 9 acts on the answer with no lock held, on several threads at once: reported because `first_visit` is dispatched in a loop (`threading.Thread(target=metrics.first_visit, args=(user,))` at `service/server.py:11`).}}
