"""An image thumbnailer that collects results in module state from its worker processes."""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

processed = []
failures = {}
total_bytes = 0


class Settings:
    warmed = False


def thumbnail(path):
    global total_bytes
    data = path.encode()
    total_bytes += len(data)  # expect: GIL203 {{`total_bytes += len(data)` writes module global `total_bytes` in a worker process (`thumbnail` via `ProcessPoolExecutor.map` on line 27); `run` reads `total_bytes` on line 28 and never sees the write.}}
    processed.append(path)  # expect: GIL203 {{`processed.append(path)` writes module global `processed` in a worker process (`thumbnail` via `ProcessPoolExecutor.map` on line 27); `run` reads `processed` on line 28 and never sees the write.}}
    if not data:
        failures[path] = "empty"  # expect: GIL203 {{`failures[path] = "empty"` writes module global `failures` in a worker process (`thumbnail` via `ProcessPoolExecutor.map` on line 27); `run` reads `failures` on line 28 and never sees the write.}}
    Settings.warmed = True  # expect: GIL203 {{`Settings.warmed = True` writes class attribute `Settings.warmed` in a worker process (`thumbnail` via `ProcessPoolExecutor.map` on line 27); `run` reads `Settings.warmed` on line 28 and never sees the write.}}
    return len(data)


def run(paths):
    with ProcessPoolExecutor() as pool:
        sizes = list(pool.map(thumbnail, paths))
    print(len(processed), total_bytes, failures, Settings.warmed)
    return sizes


def record(name):
    processed.append(name)  # expect: GIL203 {{`processed.append(name)` writes module global `processed` in a worker process (`crunch` via `Process(target=...)` on line 41); `run_processes` reads `processed` on line 46 and never sees the write.}}


def crunch(name):
    record(name)


def run_processes(names):
    workers = [multiprocessing.Process(target=crunch, args=(n,)) for n in names]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sorted(processed)


def main():
    run(["a.png", "b.png"])
    run_processes(["c"])


if __name__ == "__main__":
    main()
