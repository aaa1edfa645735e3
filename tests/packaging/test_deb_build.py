"""The Debian packages build in a Debian 13 chroot, lintian finds nothing, and the .deb
installs there with its dependencies and starts (tools/build-deb.sh; about 2.5 min the
first time on a fresh machine, most of it debootstrap and apt; the chroot is then cached)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import kvmgui
from tests.packaging.conftest import REPO


@pytest.mark.skipif(os.geteuid() != 0, reason="debootstrap and chroot need root")
def test_debian_packages_build_lint_clean_and_start(tmp_path: Path) -> None:
    if shutil.which("debootstrap") is None:
        pytest.skip("debootstrap is not installed (apt: debootstrap)")
    run = subprocess.run(["bash", str(REPO / "tools" / "build-deb.sh"), str(tmp_path)],
                         capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    version = kvmgui.__version__
    built = {p.name for p in tmp_path.iterdir()}
    assert {f"kvmgui_{version}_all.deb", f"kvmgui_{version}.dsc",
            f"kvmgui_{version}.tar.xz"} <= built, built
    assert "smoke: kvmgui" in run.stdout and "/usr/lib/python3/dist-packages/kvmgui" in run.stdout
