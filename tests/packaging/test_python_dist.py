"""The wheel, the sdist and `make install`: what they carry, and that an installed kvmgui
starts outside the source tree (a clean venv; the desktop data at the freedesktop paths)."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

import kvmgui
from tests.packaging.conftest import APP_ID, REPO
from tests.packaging.test_packaging import validate_desktop, validate_metainfo

DATA = [f"share/applications/{APP_ID}.desktop", f"share/metainfo/{APP_ID}.metainfo.xml",
        "share/man/man1/kvmgui.1", f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in (16, 22, 24, 32, 48, 64, 128, 256, 512)),
        "share/kvmgui/resources/demo/host.xml", f"share/kvmgui/resources/icons/{APP_ID}.svg"]


@pytest.fixture(scope="module")
def dist(source_tree: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(source_tree)],
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0 and "Could not find a version" in run.stdout + run.stderr:
        pytest.skip("no package index for the build back-end: " + run.stderr[-300:])
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return out


def test_wheel_carries_code_and_desktop_data(dist: Path) -> None:
    (wheel,) = dist.glob("kvmgui-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = f"kvmgui-{kvmgui.__version__}.data/data/"
    missing = [d for d in DATA if data + d not in names]
    assert not missing, missing
    assert {"kvmgui/__init__.py", "kvmgui/app.py", "kvmgui/xml/network.py"} <= names


def test_sdist_carries_what_builds_and_tests(dist: Path) -> None:
    (sdist,) = dist.glob("kvmgui-*.tar.gz")
    top = f"kvmgui-{kvmgui.__version__}/"
    with tarfile.open(sdist) as tar:
        names = set(tar.getnames())
    for needed in ("pyproject.toml", "LICENSE", "Makefile", "resources/demo/host.xml",
                   "packaging/debian/control", "packaging/kvmgui.1", "tests/conftest.py",
                   "tools/install-system-deps.sh", f"packaging/icons/48x48/{APP_ID}.png"):
        assert top + needed in names, needed


def test_wheel_installs_and_starts_in_a_clean_venv(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("kvmgui-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)],
                             capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("PYTHONPATH", None)
    version = subprocess.run([str(env_dir / "bin" / "kvmgui"), "--version"], capture_output=True,
                             text=True, cwd=tmp_path, env=env, timeout=60)
    assert version.stdout.strip() == kvmgui.__version__, version.stdout + version.stderr
    smoke = subprocess.run([str(python), str(REPO / "tools" / "smoke-start.py")], capture_output=True,
                           text=True, cwd=tmp_path, env=env, timeout=120)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    # The installed copy ran, with the resources from the venv's share/ (not the checkout).
    assert str(env_dir) in smoke.stdout and "5 VMs" in smoke.stdout, smoke.stdout


def test_make_install_puts_desktop_data_where_the_specs_say(source_tree: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    run = subprocess.run(["make", "-s", "install", "PREFIX=/usr", f"DESTDIR={root}",
                          f"PYTHON={sys.executable}"], cwd=source_tree, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    usr = root / "usr"
    missing = [d for d in DATA if not (usr / d).is_file()]
    assert not missing, missing
    assert (usr / "bin" / "kvmgui").is_file()
    validate_desktop(usr / "share" / "applications" / f"{APP_ID}.desktop")
    validate_metainfo(usr / "share" / "metainfo" / f"{APP_ID}.metainfo.xml")


def test_make_install_desktop_installs_the_same_desktop_data(source_tree: Path, tmp_path: Path) -> None:
    run = subprocess.run(["make", "-s", "install-desktop", "PREFIX=/usr", f"DESTDIR={tmp_path}"],
                         cwd=source_tree, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    desktop = [d for d in DATA if not d.startswith("share/kvmgui/")]
    missing = [d for d in desktop if not (tmp_path / "usr" / d).is_file()]
    assert not missing, missing
