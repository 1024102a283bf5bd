import asyncio
import threading

processed = 0
errors = {}


class Downloader(threading.Thread):
    def run(self):
        global processed
        processed += 1  # expect: GIL301 {{`processed += 1` reads and writes module global `processed` with no lock held on several threads at once: reported because `Downloader.run` is dispatched in a loop (`Downloader()` on line 31).}}


def record(kind):
    errors[kind] = errors.get(kind, 0) + 1  # expect: GIL301 {{`errors[kind] = errors.get(kind, 0) + 1` reads and writes `errors[kind]` of module global `errors` with no lock held on several threads at once: reported because `record` is dispatched at 2 places (first `threading.Thread(target=record, args=("io",))` on line 26).}}


def report_once(kind):
    # One dispatch site, outside a loop, but `main` updates `processed` while it runs.
    global processed
    processed += 1  # expect: GIL301 {{`processed += 1` reads and writes module global `processed` with no lock held while `main` updates it: reported because `report_once` runs on a thread started on line 28 while `main` updates it on line 29.}}


async def main(urls):
    global processed
    threading.Thread(target=record, args=("io",)).start()
    threading.Timer(1.0, record, args=("timeout",)).start()
    threading.Thread(target=report_once, args=("x",)).start()
    processed += 1
    await asyncio.to_thread(processed.__str__)
    return [Downloader() for _ in urls]
