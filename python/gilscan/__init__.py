"""The ``gilscan`` command of the Python package: runs gilscan's jar with a Java 17 or newer.

The jar (``gilscan.jar``, beside this file) is the whole tool; this module only finds a Java to
run it with, trying in order ``GILSCAN_JAVA`` (a ``java`` executable, or a JDK or JRE folder),
``JAVA_HOME`` and the ``java`` on ``PATH``, and takes the first one that is Java 17 or newer.
With none, it says what it found and what to install, and exits 2; a ``GILSCAN_JAVA`` passed
over for another Java gets a warning. ``GILSCAN_JAVA_OPTS`` adds options for the JVM (such as
``-Xmx2g``), as for the ``./gilscan`` launcher of the repository.
The JVM starts from a class-data archive made once per jar and JDK (``archive.py``).
"""

import os
import re
import shlex
import shutil
import subprocess
import sys

from gilscan import archive

MINIMUM_JAVA = 17
JAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gilscan.jar")
_EXE = ".exe" if os.name == "nt" else ""

INSTALL_HINT = (
    "Install a Java runtime, version 17 or newer, for example:\n"
    "  Debian, Ubuntu:  sudo apt install openjdk-17-jre-headless\n"
    "  Fedora:          sudo dnf install java-17-openjdk-headless\n"
    "  macOS:           brew install openjdk@17\n"
    "  Windows:         winget install EclipseAdoptium.Temurin.17.JRE\n"
    "  or any build from https://adoptium.net\n"
    "then put its `java` on PATH, or set JAVA_HOME (its folder) or GILSCAN_JAVA (its `java`)."
)


def _in_folder(path):
    """A JDK or JRE folder stands for its bin/java."""
    if os.path.isdir(path):
        return os.path.join(path, "bin", "java" + _EXE)
    return path


def candidates(environ=None):
    """(where it came from, path) of each Java to try, in order."""
    environ = os.environ if environ is None else environ
    found = []
    if environ.get("GILSCAN_JAVA"):
        found.append(("GILSCAN_JAVA", _in_folder(environ["GILSCAN_JAVA"])))
    if environ.get("JAVA_HOME"):
        found.append(("JAVA_HOME", os.path.join(environ["JAVA_HOME"], "bin", "java" + _EXE)))
    on_path = shutil.which("java", path=environ.get("PATH", os.defpath))
    if on_path:
        found.append(("PATH", on_path))
    return found


def java_version(java):
    """The major version `java -version` reports (8 for 1.8), or None if it does not run."""
    try:
        result = subprocess.run(
            [java, "-version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(rb'version "(\d+)(?:\.(\d+))?', result.stdout)
    if result.returncode != 0 or not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def find_java(environ=None):
    """The first Java 17+ among the candidates and its major version (None, None without one),
    and what was said about each one tried."""
    notes = []
    for source, java in candidates(environ):
        version = java_version(java)
        if version is not None and version >= MINIMUM_JAVA:
            return java, version, notes
        what = "does not run" if version is None else "is Java %d" % version
        notes.append("  %s: %s %s" % (source, java, what))
    return None, None, notes


def batch_options(args, environ):
    """JVM options for a command that runs for seconds: the client compiler alone and the
    throughput collector (about 40% less CPU for a check; docs/benchmarks.md, "JIT and
    collector"). None for the language server, which runs for hours, and none that the user's
    own options already decide (a collector, a compiler level); as the ./gilscan launcher."""
    if args[:1] == ["server"]:
        return []
    user = archive.user_options(environ)
    options = []
    if not re.search(r"Use\w*GC", user):
        options.append("-XX:+UseParallelGC")
    if "Tiered" not in user:
        options.append("-XX:TieredStopAtLevel=1")
    return options


def main(argv=None):
    """Runs the jar with the arguments; its exit code is the command's."""
    args = sys.argv[1:] if argv is None else argv
    java, version, notes = find_java()
    if java is None:
        tried = "\n".join(notes) if notes else (
            "  GILSCAN_JAVA and JAVA_HOME are not set, and there is no `java` on PATH")
        sys.stderr.write("gilscan: needs Java %d or newer to run, and found none:\n%s\n%s\n"
                         % (MINIMUM_JAVA, tried, INSTALL_HINT))
        return 2
    if notes and notes[0].startswith("  GILSCAN_JAVA:"):
        # The user named a Java that cannot run gilscan: say so rather than quietly use another.
        sys.stderr.write("gilscan: warning: %s; using %s (Java %d)\n"
                         % (notes[0].strip(), java, version))
    if not os.path.isfile(JAR):
        sys.stderr.write("gilscan: the jar is missing from the package: %s\n" % JAR)
        return 2
    try:
        start = archive.options(java, version, JAR)
    except KeyboardInterrupt:
        return 130
    user = shlex.split(os.environ.get("GILSCAN_JAVA_OPTS", ""))
    command = [java] + start + batch_options(args, os.environ) + user
    command += ["-jar", JAR] + args
    if os.name == "nt":
        return subprocess.call(command)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(java, command)
    return 2  # not reached: execv replaces this process
