"""How fast `gilscan server` answers an editor: first diagnostics and save-to-diagnostics latency.

Drives the language server over stdio with LSP JSON-RPC, as an editor does, in two workspaces
made in a temporary folder:
  - large: a copy of the .py files of the CPython 3.13 standard library, plus a generated
    3,000-line module `app_big.py` at its top (thread pools, loops, locks, process pools);
  - small: `app_big.py` alone in a folder of its own.
In each, it opens `app_big.py` and times didOpen -> the first publishDiagnostics ("first
diagnostics"), then --saves times: changes one line of the buffer, sends didChange and didSave
(with the text) and times didSave -> the publishDiagnostics that follows; it prints the median
(p50), p95 and maximum of those, and the number of diagnostics. Beside it, for the ratio, the
time CPython 3.13 takes to `ast.parse` the 3,000-line file (median of 20, in one process).
Each first diagnostics is printed as wall time (didOpen -> publishDiagnostics) and as the CPU
time the server process had used by then (its start included, from /proc/PID/stat).

With --warm check or --warm server, each workspace is then measured again with the results
cache warm: `check` runs `gilscan check .` in the workspace folder (which writes
`.gilscan_cache/` there), `server` runs a server session that opens `app_big.py` and waits
until the server has stored its project's entry; then a new server session is measured as the
first one was. The cold session is the first one, in a fresh copy with no cache.

Usage:
  python3 bench/lsp_latency.py [--jar cli/target/gilscan.jar] [--java java] [--saves 30]
                               [--folder STDLIB] [--python PYTHON] [--skip-large]
                               [--warm {none,check,server}] [--jvm-arg OPTION]...

A measurement, not a test: the machine's other load shows (the script prints the load average).
"""

import argparse
import glob
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SKIPPED = {".git", ".hg", ".svn", "__pycache__", "node_modules", "site-packages", ".venv",
           "venv", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache",
           ".gilscan_cache", "build", "dist"}

BLOCK = '''
def crunch_{n}(size):
    total = 0
    for value in range(size):
        total += value * value
    return total


class Counter{n}:
    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0

    def bump(self):
        self.count += 1

    def bump_safely(self):
        with self.lock:
            self.count += 1


def run_{n}(jobs):
    counter = Counter{n}()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(crunch_{n}, jobs))
        for _ in jobs:
            pool.submit(counter.bump)
    with ProcessPoolExecutor() as processes:
        processes.submit(lambda: crunch_{n}(10))
    return results, counter.count
'''


def big_module(lines=3000):
    head = ("import threading\n"
            "from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor\n")
    parts = [head]
    n = 0
    while sum(p.count("\n") for p in parts) < lines:
        parts.append(BLOCK.format(n=n))
        n += 1
    return "".join(parts)


class Server:
    """A `gilscan server` child and a thread reading its messages."""

    def __init__(self, command):
        self.child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.DEVNULL)
        self.messages = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.child.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = stream.read(length)
            self.messages.put((time.perf_counter(), json.loads(body)))

    def send(self, message):
        data = json.dumps(message).encode()
        self.child.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.child.stdin.flush()

    def request(self, method, params):
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        self.next_id += 1
        return self.next_id - 1

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, accept, timeout=600):
        """The time and message of the first message accept() takes; answers server requests."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no answer from the server")
            item = self.messages.get(timeout=left)
            if item is None:
                raise RuntimeError("the server exited")
            at, message = item
            if "method" in message and "id" in message:
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                continue
            if accept(message):
                return at, message

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.child.wait(timeout=20)
        except Exception:
            self.child.kill()


    def cpu_seconds(self):
        """The CPU time (user + system) the server process has used so far."""
        with open(f"/proc/{self.child.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def diagnostics_for(uri):
    return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"]["uri"] == uri)


def start_server(java, jar, folder, jvm_args):
    server = Server([java, *jvm_args, "-jar", jar, "server"])
    root = "file://" + folder
    server.request("initialize", {"processId": os.getpid(), "rootUri": root,
                                  "workspaceFolders": [{"uri": root, "name": "bench"}],
                                  "capabilities": {},
                                  "initializationOptions": {"runOnChange": False}})
    server.wait(lambda m: "id" in m and "result" in m)
    server.notify("initialized", {})
    return server


def open_file(server, file):
    """Opens the file; its text, the wall and CPU seconds to the first diagnostics, and those."""
    uri = "file://" + file
    with open(file) as f:
        text = f.read()
    start = time.perf_counter()
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": text}})
    at, message = server.wait(diagnostics_for(uri))
    return text, at - start, server.cpu_seconds(), message


def cache_entries(folder):
    """The entries of the results cache in the workspace folder."""
    return [p for p in glob.glob(os.path.join(folder, ".gilscan_cache", "*", "*"))
            if not p.endswith(".tmp") and os.path.isfile(p)]


def warm_by_server(java, jar, folder, file, jvm_args):
    """A session that opens the file and waits until the server stored its project's entry."""
    before = {p: os.path.getmtime(p) for p in cache_entries(folder)}
    server = start_server(java, jar, folder, jvm_args)
    start = time.perf_counter()
    open_file(server, file)
    while not any(before.get(p) != os.path.getmtime(p) for p in cache_entries(folder)):
        if time.perf_counter() - start > 600:
            raise TimeoutError("the server stored no cache entry in 600 s")
        time.sleep(0.05)
    took = time.perf_counter() - start
    cpu = server.cpu_seconds()
    server.close()
    return took, cpu


def warm_by_check(java, jar, folder, jvm_args):
    """`gilscan check .` in the workspace folder: its wall and CPU seconds."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run([java, *jvm_args, "-jar", jar, "check", "--exit-zero", "--output-format",
                    "concise", "."], cwd=folder, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    after = os.times()
    return (time.perf_counter() - start,
            after.children_user + after.children_system
            - before.children_user - before.children_system)


def measure(java, jar, folder, file, saves, jvm_args=()):
    server = start_server(java, jar, folder, jvm_args)
    uri = "file://" + file
    text, first, first_cpu, message = open_file(server, file)
    count = len(message["params"]["diagnostics"])
    latencies = []
    lines = text.split("\n")
    # Rewrite the first line of crunch_0's body, so the file changes but stays valid (line 4,
    # the def line itself, was rewritten before 2026-12-07 18:30: every save was a syntax error).
    edited_line = lines.index("    total = 0")
    for i in range(saves):
        lines[edited_line] = f"    total = {i}  # edit {i}"
        edited = "\n".join(lines)
        with open(file, "w") as f:
            f.write(edited)
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": i + 2},
            "contentChanges": [{"text": edited}]})
        start = time.perf_counter()
        server.notify("textDocument/didSave", {"textDocument": {"uri": uri}, "text": edited})
        at, message = server.wait(diagnostics_for(uri))
        latencies.append(at - start)
        saved_count = len(message["params"]["diagnostics"])
    server.close()
    latencies.sort()
    return {
        "first": first,
        "first_cpu": first_cpu,
        "p50": statistics.median(latencies),
        "p95": latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))],
        "max": latencies[-1],
        "diagnostics": count,
        "saved_diagnostics": saved_count if saves else count,
    }


def copy_python_files(source, target):
    count = 0
    for current, dirs, names in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED
                         and not os.path.exists(os.path.join(current, d, "pyvenv.cfg")))
        for name in names:
            if name.endswith(".py"):
                path = os.path.join(current, name)
                dest = os.path.join(target, os.path.relpath(path, source))
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(path, "rb") as src, open(dest, "wb") as dst:
                    dst.write(src.read())
                count += 1
    return count


def cpython_parse_ms(python, file):
    code = ("import ast, sys, time\n"
            "s = open(sys.argv[1], 'rb').read()\n"
            "ts = []\n"
            "for _ in range(20):\n"
            "    t = time.perf_counter(); ast.parse(s); ts.append(time.perf_counter() - t)\n"
            "ts.sort(); print(ts[len(ts) // 2] * 1000)\n")
    return float(subprocess.run([python, "-c", code, file], capture_output=True, text=True,
                                check=True).stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "cli", "target", "gilscan.jar"))
    parser.add_argument("--java", default="java")
    parser.add_argument("--saves", type=int, default=30)
    stdlibs = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.13*/lib/python3.13")))
    parser.add_argument("--folder", default=stdlibs[-1] if stdlibs else None)
    parser.add_argument("--python", default=None)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--warm", choices=["none", "check", "server"], default="none",
                        help="measure again with the cache warmed by a check or a session")
    parser.add_argument("--jvm-arg", action="append", default=[],
                        help="an option for the server's JVM (repeatable), such as -Xmx1g")
    args = parser.parse_args()
    if not os.path.isfile(args.jar):
        sys.exit(f"lsp_latency.py: {args.jar}: no such jar (mvn -B -o -q package -DskipTests)")
    python = args.python or (os.path.join(os.path.dirname(os.path.dirname(
        args.folder.rstrip("/"))), "bin", "python3") if args.folder else sys.executable)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"cores: {os.cpu_count()}; saves: {args.saves}")
    with tempfile.TemporaryDirectory() as tmp:
        small = os.path.join(tmp, "small")
        os.makedirs(small)
        text = big_module()
        with open(os.path.join(small, "app_big.py"), "w") as f:
            f.write(text)
        parse_ms = cpython_parse_ms(python, os.path.join(small, "app_big.py"))
        print(f"app_big.py: {text.count(chr(10))} lines; CPython ast.parse of it: "
              f"{parse_ms:.1f} ms")
        rows = []
        workspaces = [("small (the file alone)", small)]
        if not args.skip_large:
            if not args.folder or not os.path.isdir(args.folder):
                sys.exit("lsp_latency.py: no standard library folder (give --folder)")
            large = os.path.join(tmp, "large")
            files = copy_python_files(args.folder, large)
            with open(os.path.join(large, "app_big.py"), "w") as f:
                f.write(text)
            workspaces.append((f"large (stdlib copy, {files + 1} files)", large))
        for name, folder in workspaces:
            file = os.path.join(folder, "app_big.py")
            sessions = ["cold"] if args.warm == "none" else ["cold", "warm"]
            for session in sessions:
                if session == "warm" and args.warm == "check":
                    wall, cpu = warm_by_check(args.java, args.jar, folder, args.jvm_arg)
                    print(f"{name}: gilscan check . to warm the cache: {wall * 1000:.0f} ms "
                          f"wall, {cpu * 1000:.0f} ms CPU")
                elif session == "warm":
                    wall, cpu = warm_by_server(args.java, args.jar, folder, file, args.jvm_arg)
                    print(f"{name}: a session until its entry was stored: {wall * 1000:.0f} ms "
                          f"wall, server CPU {cpu * 1000:.0f} ms")
                r = measure(args.java, args.jar, folder, file, args.saves, args.jvm_arg)
                rows.append((name, session, r))
                print(f"{name}, {session}: first diagnostics {r['first'] * 1000:.0f} ms wall "
                      f"(server CPU by then {r['first_cpu'] * 1000:.0f} ms); save p50 "
                      f"{r['p50'] * 1000:.0f} ms, p95 {r['p95'] * 1000:.0f} ms, max "
                      f"{r['max'] * 1000:.0f} ms ({r['diagnostics']} diagnostics on open, "
                      f"{r['saved_diagnostics']} after the last save); "
                      f"save p50 x CPython parse: {r['p50'] * 1000 / parse_ms:.1f}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
