"""The JVM's class-data archive for the ``gilscan`` command: gilscan's classes parsed, verified and
linked once, then mapped into memory at every start (docs/cli.md, "How gilscan starts").

A Java 25 or newer gets an ahead-of-time cache (``-XX:AOTCache``), Java 17 to 24 a dynamic AppCDS
archive (``-XX:SharedArchiveFile``). The archive is made on the first run that lacks one, by
training runs of the JVM on a check of a bundled example, and lies in the user's cache folder
(``$XDG_CACHE_HOME/gilscan/jvm-archive``, else ``~/.cache/...``; ``~/Library/Caches/...`` on
macOS), one folder per installed jar. Its name is a digest of the jar's and the JVM's files, so
another jar or another JDK gets its own; the JVM checks it as well, and ignores one that does not
fit, silently with the ``-Xlog`` options given. Making one never writes to standard output and
never fails the command: when it cannot be made, a ``.failed`` file beside it says not to try
again. ``GILSCAN_NO_ARCHIVE=1`` turns it off; so do CDS or AOT options of the user's own.
The repository's ``./gilscan`` launcher does the same in bash.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "training", "crunch.py")
FORMAT = "1"
AOT_FROM = 25
TRAINING_TIMEOUT = 300
STALE_TEMPORARY = 3600
_OWN_CDS_OPTIONS = ("Xshare", "SharedArchiveFile", "ArchiveClassesAtExit", "AOT")


def user_options(environ):
    """The JVM options of the user's, from every variable a JVM or this launcher reads them in."""
    return " ".join(environ.get(name, "") for name in (
        "GILSCAN_JAVA_OPTS", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS"))


def disabled(environ):
    """GILSCAN_NO_ARCHIVE set to anything but empty, 0 or false; or CDS options of the user's."""
    off = environ.get("GILSCAN_NO_ARCHIVE", "")
    if off and off != "0" and off.lower() != "false":
        return True
    options = user_options(environ)
    return any(word in options for word in _OWN_CDS_OPTIONS)


def cache_root(environ):
    """The folder that holds one folder of archives per installed jar."""
    if sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:
        base = environ.get("XDG_CACHE_HOME", "")
        if not os.path.isabs(base):
            base = os.path.expanduser("~/.cache")
    return os.path.join(base, "gilscan", "jvm-archive")


def _stamp(path):
    """What changes when a file is replaced or rewritten: inode, size, change and modify times."""
    try:
        st = os.stat(path)
    except OSError:
        return "-"
    return "%d %d %d %d" % (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _digest(*parts):
    text = "\n".join((FORMAT,) + parts)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _quiet(major):
    """-Xlog options that keep the archive's warnings off standard output (JDK 25 tags them aot)."""
    return ["-Xlog:cds*=off"] + (["-Xlog:aot*=off"] if major >= AOT_FROM else [])


def options(java, major, jar, environ=None):
    """The JVM options that start from the archive, made first if missing; [] when there is none."""
    environ = os.environ if environ is None else environ
    if os.name == "nt" or disabled(environ):
        return []
    try:
        return _options(java, major, jar, environ)
    except Exception:  # noqa: BLE001  (an archive it cannot make or read must not stop the check)
        return []


def _options(java, major, jar, environ):
    real_java = os.path.realpath(java)
    home = os.path.dirname(os.path.dirname(real_java))
    real_jar = os.path.realpath(jar)
    folder = os.path.join(cache_root(environ), _digest(real_jar))
    jar_key = _digest(_stamp(real_jar))
    jvm_key = _digest(real_java, _stamp(real_java), _stamp(os.path.join(home, "release")),
                      _stamp(os.path.join(home, "lib", "modules")))
    kind = "aot" if major >= AOT_FROM else "jsa"
    path = os.path.join(folder, "%s-%s.%s" % (jar_key, jvm_key, kind))
    if not os.path.isfile(path) and not os.path.exists(path + ".failed"):
        _prepare(folder, real_jar, jar_key)
        if not _make(java, major, jar, kind, path):
            open(path + ".failed", "w").close()
    if not os.path.isfile(path):
        return []
    if kind == "aot":
        return ["-XX:AOTCache=" + path] + _quiet(major)
    return ["-Xshare:auto", "-XX:SharedArchiveFile=" + path] + _quiet(major)


def _prepare(folder, real_jar, jar_key):
    """Makes the jar's folder; removes archives of older jars there, what a killed run left an hour
    ago or more, and the folders of jars that are gone."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "jar-path"), "w", encoding="utf-8",
              errors="surrogateescape") as f:
        f.write(real_jar)
    for name in os.listdir(folder):
        entry = os.path.join(folder, name)
        if ".tmp" in name:
            if time.time() - os.stat(entry).st_mtime > STALE_TEMPORARY:
                _remove(entry)
        elif name != "jar-path" and not name.startswith(jar_key + "-"):
            _remove(entry)
    root = os.path.dirname(folder)
    for name in os.listdir(root):
        other = os.path.join(root, name, "jar-path")
        try:
            with open(other, encoding="utf-8", errors="surrogateescape") as f:
                gone = not os.path.exists(f.read())
        except OSError:
            continue
        if gone:
            _remove(os.path.dirname(other))


def _remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            os.remove(path)
        except OSError:
            pass


def _make(java, major, jar, kind, path):
    """Trains the JVM on a check of the example and checks the archive it made, in a temporary
    folder beside PATH; renames the archive to PATH when every step exited 0."""
    work = tempfile.mkdtemp(prefix=os.path.basename(path) + ".tmp", dir=os.path.dirname(path))
    try:
        project = os.path.join(work, "project")
        os.mkdir(project)
        open(os.path.join(project, "pyproject.toml"), "w").close()
        shutil.copy(EXAMPLE, project)
        quiet = _quiet(major)
        check = ["-jar", jar, "check", "--exit-zero", "--cache-dir", os.path.join(work, "cache"),
                 "."]
        archive = os.path.join(work, "archive")
        if kind == "aot":
            conf = "-XX:AOTConfiguration=" + os.path.join(work, "conf")
            steps = [["-XX:AOTMode=record", conf] + quiet + check,
                     ["-XX:AOTMode=create", conf, "-XX:AOTCache=" + archive] + quiet
                     + ["-jar", jar],
                     ["-XX:AOTMode=on", "-XX:AOTCache=" + archive] + quiet
                     + ["-jar", jar, "--version"]]
        else:
            steps = [["-XX:ArchiveClassesAtExit=" + archive] + quiet + check,
                     ["-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                      "-XX:-CreateCoredumpOnCrash"] + quiet + ["-jar", jar, "--version"]]
        for step in steps:
            code = subprocess.call([java] + step, cwd=project, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   timeout=TRAINING_TIMEOUT)
            if code != 0:
                return False
        os.replace(archive, path)
        return True
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        shutil.rmtree(work, ignore_errors=True)
