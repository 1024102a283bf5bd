"""A PEP 517 build backend, so that pip (and pre-commit, and pipx) can install gilscan from a
checkout of its repository: ``pip install .``, ``pipx install git+URL``.

It needs no package from an index: the jar is built with Maven by the repository's ``./gilscan``
launcher (JDK 17+ and Maven needed, as for any build of gilscan), then packed into a wheel by
``build_wheel.py``. Only wheels are built: there is no source distribution.
"""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build_wheel as wheels  # noqa: E402  (beside this file)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    launcher = os.path.join(ROOT, "gilscan")
    # stdout is pip's; the launcher's build messages go to stderr.
    subprocess.run([launcher, "--version"], check=True, stdout=subprocess.DEVNULL)
    jar = os.path.join(ROOT, "cli", "target", "gilscan.jar")
    return os.path.basename(wheels.build(jar, wheel_directory))


def build_sdist(sdist_directory, config_settings=None):
    raise RuntimeError("gilscan builds no source distribution: install from the repository "
                       "or from the wheel of scripts/build-wheel.sh")
