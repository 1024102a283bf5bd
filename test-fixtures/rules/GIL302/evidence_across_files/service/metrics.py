"""What the request threads update: a table of the users seen, checked then filled in."""

seen = {}


def first_visit(user):
    # step[first.2]: {{checks it here, with no lock held}}
    if user not in seen:  # expect[first]: GIL302 [first]
        seen[user] = 1  # related[first]: {{acts on the result of the check}}


# message[first]: {{`user not in seen` checks module global `seen` and line 9 acts on the answer with no lock held, and other threads running `first_visit` do the same: reported because `first_visit` is dispatched in a loop (`threading.Thread(target=metrics.first_visit, args=(user,))` at `service/server.py:11`). Another thread can change it between the check and the act; free-threaded builds (3.13t, 3.14t) make this more likely, not less. Hold one lock across the check and the act, or use one atomic call such as `dict.setdefault`.}}
