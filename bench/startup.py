"""Startup of a small `gilscan check`: JDK 17 with and without an AppCDS archive, a JDK 25 with
and without AppCDS and its ahead-of-time cache, the JVM alone and through the two launchers
(./gilscan and the wheel's gilscan command), beside CPython parsing the same file.

The check is of one file in a project of its own (test-fixtures/examples/crunch.py copied into a
temporary folder with a pyproject.toml), so it measures the JVM's start, class loading and the
first, cold run of the parser and the rules. The variants run in turns (one run of each, then
the next round), one warm-up round first, so that a change in the machine's load falls on all of
them alike; the median wall and CPU times (user + system, the JVM's threads and the launcher's
children included) are printed, with the ratio to CPython 3.13 running `ast.parse` on the same
file in a fresh interpreter, and the load average before and after.

The JVM alone, with archives made in the temporary folder before they are timed:
  AppCDS (JDK 13+):   java -XX:ArchiveClassesAtExit=gilscan.jsa -jar gilscan.jar check FILE
                      then java -XX:SharedArchiveFile=gilscan.jsa -jar gilscan.jar check FILE
  AOT cache (JDK 24+): java -XX:AOTMode=record -XX:AOTConfiguration=gilscan.conf ... check FILE,
                      java -XX:AOTMode=create -XX:AOTConfiguration=gilscan.conf
                      -XX:AOTCache=gilscan.aot -jar gilscan.jar,
                      then java -XX:AOTCache=gilscan.aot -jar gilscan.jar check FILE
The launchers: a copy of ./gilscan beside the jar and the example (so the archive it makes lies
in the temporary folder), and the wheel (python/build_wheel.py) installed with pip --no-index
into a venv of CPython 3.13, its cache in a temporary XDG_CACHE_HOME; each with
GILSCAN_NO_ARCHIVE=1 and without. Their first run, the one that makes the archive, is timed
apart (--first-runs times, the archive removed before each).

Usage:
  python3 bench/startup.py [--jar cli/target/gilscan.jar] [--java17 /usr/lib/jvm/java-17-openjdk-amd64]
                           [--java25 /usr/lib/jvm/temurin-25-jdk-amd64] [--repeat N]
                           [--first-runs N]
"""

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYTHON = os.path.expanduser("~/.pyenv/versions/3.13.0/bin/python3")
EXAMPLE = os.path.join(ROOT, "test-fixtures", "examples", "crunch.py")


class Variant:
    def __init__(self, name, command, env=None):
        self.name, self.command, self.env = name, command, env
        self.runs = []


def run(command, env=None, cwd=None):
    """Runs command quietly; returns (wall s, cpu s) and fails loudly on a crash."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             stdin=subprocess.DEVNULL, env=env, cwd=cwd)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"startup.py: {' '.join(command)} exited {code}: "
                 f"{child.stderr.read().decode(errors='replace').strip()}")
    child.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def environment(java_home, **extra):
    """This process's environment with java_home's java first on PATH and as GILSCAN_JAVA."""
    env = dict(os.environ)
    env["PATH"] = os.path.join(java_home, "bin") + os.pathsep + env.get("PATH", "")
    env["GILSCAN_JAVA"] = java_home
    for name in ("GILSCAN_NO_ARCHIVE", "GILSCAN_JAVA_OPTS", "JDK_JAVA_OPTIONS",
                 "JAVA_TOOL_OPTIONS"):
        env.pop(name, None)
    env.update(extra)
    return env


def launchers(tmp, jar):
    """A copy of the repository's launcher beside the jar, and the installed wheel's command."""
    repo = os.path.join(tmp, "repo")
    os.makedirs(os.path.join(repo, "cli", "target"))
    os.makedirs(os.path.join(repo, "test-fixtures", "examples"))
    shutil.copy(os.path.join(ROOT, "gilscan"), repo)
    shutil.copy2(jar, os.path.join(repo, "cli", "target", "gilscan.jar"))
    shutil.copy(EXAMPLE, os.path.join(repo, "test-fixtures", "examples"))
    wheel = subprocess.run([sys.executable, os.path.join(ROOT, "python", "build_wheel.py"), jar,
                            os.path.join(tmp, "dist")], check=True, capture_output=True,
                           text=True).stdout.strip()
    venv = os.path.join(tmp, "venv")
    subprocess.run([PYTHON, "-m", "venv", venv], check=True)
    subprocess.run([os.path.join(venv, "bin", "pip"), "install", "--quiet", "--no-index",
                    "--disable-pip-version-check", wheel], check=True)
    return os.path.join(repo, "gilscan"), os.path.join(venv, "bin", "gilscan")


def archives(tmp):
    """The archives the launchers made (in the repository copy and in the wheel's cache)."""
    return (glob.glob(os.path.join(tmp, "repo", "cli", "target", "jvm-archive", "*.*"))
            + glob.glob(os.path.join(tmp, "xdg", "gilscan", "jvm-archive", "*", "*.*")))


def first_run(command, env, tmp, times):
    """Median (wall, cpu) of the run that makes the archive, the archives removed before each."""
    results = []
    for _ in range(times):
        for path in archives(tmp):
            os.remove(path)
        results.append(run(command, env))
    made = [p for p in archives(tmp) if p.endswith((".jsa", ".aot"))]
    if not made:
        sys.exit(f"startup.py: {' '.join(command)} made no archive")
    size = max(os.path.getsize(p) for p in made) / 2**20
    return statistics.median(w for w, _ in results), statistics.median(c for _, c in results), size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "cli", "target", "gilscan.jar"))
    parser.add_argument("--java17", default="/usr/lib/jvm/java-17-openjdk-amd64")
    parser.add_argument("--java25", default="/usr/lib/jvm/temurin-25-jdk-amd64")
    parser.add_argument("--python", default=PYTHON)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--first-runs", type=int, default=3)
    args = parser.parse_args()
    for need in (args.jar, args.python, os.path.join(args.java17, "bin", "java")):
        if not os.path.isfile(need):
            sys.exit(f"startup.py: {need}: not found")
    jdks = [("JDK 17", args.java17)]
    if os.path.isfile(os.path.join(args.java25, "bin", "java")):
        jdks.append(("JDK 25", args.java25))
    else:
        print(f"(no JDK 25 at {args.java25}: its rows are left out)")

    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "project")
        os.makedirs(project)
        open(os.path.join(project, "pyproject.toml"), "w").close()
        target = shutil.copy(EXAMPLE, project)
        check = ["-jar", args.jar, "check", "--no-cache", "--output-format", "concise", target]
        launcher_check = ["check", "--no-cache", "--output-format", "concise", target]
        repo_launcher, wheel_launcher = launchers(tmp, args.jar)
        xdg = os.path.join(tmp, "xdg")

        variants = [Variant("CPython 3.13 ast.parse of the file",
                            [args.python, "-c", f"import ast; ast.parse(open({target!r}).read())"])]
        firsts = []
        for label, home in jdks:
            java = os.path.join(home, "bin", "java")
            jsa = os.path.join(tmp, f"{label}.jsa".replace(" ", ""))
            run([java, f"-XX:ArchiveClassesAtExit={jsa}", "-Xlog:cds*=off", *check])
            variants += [Variant(f"{label}: java -jar", [java, *check]),
                         Variant(f"{label}: java -jar + AppCDS "
                                 f"({os.path.getsize(jsa) / 2**20:.0f} MiB)",
                                 [java, f"-XX:SharedArchiveFile={jsa}", *check])]
            if label != "JDK 17":
                aot = os.path.join(tmp, f"{label}.aot".replace(" ", ""))
                conf = f"-XX:AOTConfiguration={aot}.conf"
                run([java, "-XX:AOTMode=record", conf, *check])
                run([java, "-XX:AOTMode=create", conf, f"-XX:AOTCache={aot}", "-jar", args.jar])
                variants.append(Variant(f"{label}: java -jar + AOT cache "
                                        f"({os.path.getsize(aot) / 2**20:.0f} MiB)",
                                        [java, f"-XX:AOTCache={aot}", *check]))
            for name, launcher in (("./gilscan", repo_launcher), ("wheel", wheel_launcher)):
                env = environment(home, XDG_CACHE_HOME=xdg)
                firsts.append((f"{label}: {name}, first run (makes the archive)",
                               *first_run([launcher, *launcher_check], env, tmp,
                                          args.first_runs)))
                variants += [Variant(f"{label}: {name}, GILSCAN_NO_ARCHIVE=1",
                                     [launcher, *launcher_check],
                                     environment(home, XDG_CACHE_HOME=xdg, GILSCAN_NO_ARCHIVE="1")),
                             Variant(f"{label}: {name} (archive)", [launcher, *launcher_check], env)]

        load_before = os.getloadavg()
        for round_ in range(args.repeat + 1):
            for variant in variants:
                result = run(variant.command, variant.env)
                if round_:
                    variant.runs.append(result)
        load_after = os.getloadavg()

        print(f"small check of {os.path.basename(target)}, median of {args.repeat} runs; "
              f"load average before {load_before[0]:.2f} {load_before[1]:.2f} "
              f"{load_before[2]:.2f}, after {load_after[0]:.2f} {load_after[1]:.2f} "
              f"{load_after[2]:.2f}; {os.cpu_count()} cores\n")
        print(f"{'variant':<52} {'wall ms':>8} {'cpu ms':>8} {'wall x CPython':>15}")
        base = statistics.median(w for w, _ in variants[0].runs)
        for variant in variants:
            wall = statistics.median(w for w, _ in variant.runs)
            cpu = statistics.median(c for _, c in variant.runs)
            print(f"{variant.name:<52} {wall * 1000:8.0f} {cpu * 1000:8.0f} {wall / base:15.1f}")
        print(f"\nfirst runs, median of {args.first_runs}, each with no archive yet")
        for name, wall, cpu, size in firsts:
            print(f"{name:<52} {wall * 1000:8.0f} {cpu * 1000:8.0f}   archive {size:.0f} MiB")


if __name__ == "__main__":
    main()
