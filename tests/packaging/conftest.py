"""Shared helpers of the packaging tests: paths, the app id, a copy of the source tree."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import kvmgui

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
APP_ID = kvmgui.APP_ID


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (apt: {package})")
    return path


@pytest.fixture(scope="session")
def source_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files git tracks (plus uncommitted edits to them), copied: builds write into
    their source tree (build/, *.egg-info) and must not touch the checkout."""
    dest = tmp_path_factory.mktemp("src") / f"kvmgui-{kvmgui.__version__}"
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=REPO, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, files):
        src = REPO / name.decode()
        if src.is_file():
            (dest / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name.decode())
    return dest
