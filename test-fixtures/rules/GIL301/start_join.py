import threading
from concurrent.futures import ThreadPoolExecutor

counter = 0
finished = 0
hits = {}
lock = threading.Lock()


def work():
    global counter
    counter += 1  # expect: GIL301 {{`counter += 1` reads and writes module global `counter` with no lock held while `main` updates it: reported because `work` runs on a thread started on line 22 while `main` updates it on line 23 before `t.join()`.}}


def tally():
    hits["a"] = hits.get("a", 0) + 1  # expect: GIL301 {{`hits["a"] = hits.get("a", 0) + 1` reads and writes `hits["a"]` of module global `hits` with no lock held while `submit_and_wait` updates it: reported because `tally` runs on a pool thread submitted on line 29 while `submit_and_wait` updates it on line 30 before `f.result()`.}}


def main():
    global counter
    t = threading.Thread(target=work)
    t.start()
    counter += 10
    t.join()


def submit_and_wait():
    with ThreadPoolExecutor() as pool:
        f = pool.submit(tally)
        hits["a"] = 0
        return f.result()


def closure():
    done = 0

    def step():
        nonlocal done
        done += 1  # expect: GIL301 {{`done += 1` reads and writes variable `done` of the enclosing function `closure` with no lock held while `closure` updates it: reported because `closure.step` runs on a thread started on line 41 while `closure` updates it on line 42.}}

    threading.Thread(target=step).start()
    done += 1
    return done


def finish():
    global finished
    finished += 1


def joined_first():
    global finished
    t = threading.Thread(target=finish)
    t.start()
    t.join()
    finished += 1
    print(finished)


def finish_locked():
    global finished
    with lock:
        finished += 1


def both_locked():
    global finished
    t = threading.Thread(target=finish_locked)
    t.start()
    with lock:
        finished += 1
    t.join()


def finish_other_branch():
    global finished
    finished += 1


def branches(flag):
    global finished
    if flag:
        threading.Thread(target=finish_other_branch).start()
    else:
        finished = 0


def finish_local():
    global finished
    finished += 1


def local_name():
    finished = 0
    t = threading.Thread(target=finish_local)
    t.start()
    finished += 1
    t.join()
    return finished
