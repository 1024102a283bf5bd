"""Two set-ups of which one is chosen are not two threads.

``start_reporter`` starts the reporter in one of two ways, chosen by configuration: only one
thread ever runs ``report``. ``start_sampler`` does the same, but it is called twice, so two
sampler threads run at once.
"""
import threading

reports = 0
samples = 0


def report():
    global reports
    reports += 1


def start_reporter(settings):
    if settings.get("background"):
        threading.Thread(target=report, daemon=True).start()
    elif settings.get("timer"):
        threading.Timer(5.0, report).start()
    else:
        report()


def sample():
    global samples
    samples += 1  # expect: GIL301 {{`samples += 1` reads and writes module global `samples` with no lock held on several threads at once: reported because `sample` is dispatched by `threading.Thread(target=sample, daemon=True)` (`exclusive_setups.py:35`) in `start_sampler`, which is called from 2 places (first `exclusive_setups.py:42`).}}


def start_sampler(settings):
    match settings.get("mode"):
        case "daemon":
            threading.Thread(target=sample, daemon=True).start()
        case _:
            threading.Thread(target=sample).start()


def main(settings):
    start_reporter(settings)
    start_sampler(settings)
    start_sampler({"mode": "daemon"})
