#!/usr/bin/env python3
"""Builds the gilscan wheel from the jar, with nothing but the standard library.

    python3 python/build_wheel.py JAR OUTDIR

writes OUTDIR/gilscan-VERSION-py3-none-any.whl: the package ``gilscan`` (the launcher in
python/gilscan, the jar as gilscan/gilscan.jar, and test-fixtures/examples/crunch.py as
gilscan/training/crunch.py for the launcher's class-data archive), and the ``gilscan`` console
script, as the wheel format (PEP 427, PEP 491) and the core metadata (version 2.1) say. VERSION
is the jar's Maven version as PEP 440 reads it (0.1.0-SNAPSHOT is 0.1.0.dev0). The archive is
the same byte for byte for the same inputs: entries sorted, times fixed.
"""

import base64
import hashlib
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
VERSION_ENTRY = "dev/gilscan/cli/version.properties"
# What the launcher checks to make the JVM's class-data archive (gilscan/archive.py).
TRAINING_EXAMPLE = os.path.join(os.path.dirname(HERE), "test-fixtures", "examples", "crunch.py")


def maven_version(jar):
    """The version the build wrote into the jar's version.properties."""
    with zipfile.ZipFile(jar) as z:
        for line in z.read(VERSION_ENTRY).decode("utf-8").splitlines():
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    raise SystemExit("build_wheel: no version in %s of %s" % (VERSION_ENTRY, jar))


def pep440(version):
    """0.1.0 stays; 0.1.0-SNAPSHOT becomes 0.1.0.dev0; anything else is refused."""
    match = re.fullmatch(r"(\d+(?:\.\d+)*)(-SNAPSHOT)?", version)
    if not match:
        raise SystemExit("build_wheel: cannot turn the version %r into a Python one" % version)
    return match.group(1) + (".dev0" if match.group(2) else "")


def metadata(version):
    return (
        "Metadata-Version: 2.1\n"
        "Name: gilscan\n"
        "Version: %s\n"
        "Summary: Finds concurrency mistakes around CPython's GIL in Python 3.10-3.14 code\n"
        "Home-page: https://github.com/gilscan/gilscan\n"
        "Requires-Python: >=3.8\n"
        "Classifier: Programming Language :: Python :: 3\n"
        "Classifier: Topic :: Software Development :: Quality Assurance\n"
        "Description-Content-Type: text/markdown\n"
        "\n"
        "gilscan is a static analyzer for Python code that finds the concurrency mistakes\n"
        "made around the global interpreter lock. The package holds gilscan's jar and a\n"
        "`gilscan` command that runs it with a Java 17 or newer (`GILSCAN_JAVA`, `JAVA_HOME`,\n"
        "or `java` on `PATH`).\n" % version)


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return "%s,sha256=%s,%d\n" % (name, digest, len(data))


def build(jar, outdir):
    version = pep440(maven_version(jar))
    dist_info = "gilscan-%s.dist-info" % version
    files = {}
    package = os.path.join(HERE, "gilscan")
    for name in sorted(os.listdir(package)):
        if name.endswith(".py"):
            with open(os.path.join(package, name), "rb") as f:
                files["gilscan/" + name] = f.read()
    with open(jar, "rb") as f:
        files["gilscan/gilscan.jar"] = f.read()
    with open(TRAINING_EXAMPLE, "rb") as f:
        files["gilscan/training/crunch.py"] = f.read()
    files[dist_info + "/METADATA"] = metadata(version).encode()
    files[dist_info + "/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: gilscan build_wheel.py\n"
        "Root-Is-Purelib: true\nTag: py3-none-any\n").encode()
    files[dist_info + "/entry_points.txt"] = b"[console_scripts]\ngilscan = gilscan:main\n"
    record_name = dist_info + "/RECORD"
    record = "".join(record_line(n, d) for n, d in sorted(files.items()))
    files[record_name] = (record + record_name + ",,\n").encode()

    os.makedirs(outdir, exist_ok=True)
    wheel = os.path.join(outdir, "gilscan-%s-py3-none-any.whl" % version)
    with zipfile.ZipFile(wheel + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files, key=lambda n: (n.startswith(dist_info), n)):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name])
    os.replace(wheel + ".tmp", wheel)
    return wheel


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: build_wheel.py JAR OUTDIR")
    print(build(sys.argv[1], sys.argv[2]))
