"""Every text of the storage GUI can be translated: pyside6-lupdate finds each ``self.tr``,
``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP`` text of its modules, in the context
the code asks for it at run time, and none lands in the empty context (what a
``tr = QCoreApplication.translate`` alias with literal strings would cause)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[2]
PKG = REPO / "kvmgui"
MODULES = sorted([
    PKG / "models" / "pools.py", PKG / "models" / "volumes.py", PKG / "models" / "volumerows.py",
    PKG / "panels" / "storage.py", PKG / "panels" / "base.py",
    PKG / "panels" / "volumes.py", PKG / "widgets" / "transfer.py", PKG / "widgets" / "sizeedit.py",
    *(PKG / "wizards" / "pool").glob("*.py"), *(PKG / "wizards" / "volume").glob("*.py"),
])
LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")


def asked_in_source() -> set[tuple[str, str]]:
    """(context, text) of every translation call with literal text, read with the AST."""
    found: set[tuple[str, str]] = set()
    for path in MODULES:
        tree = ast.parse(path.read_text())
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr == "tr" and node.args \
                        and isinstance(node.args[0], ast.Constant):
                    found.add((cls.name, node.args[0].value))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("translate", "QT_TRANSLATE_NOOP") and all(
                    isinstance(a, ast.Constant) for a in node.args[:2]):
                found.add((node.args[0].value, node.args[1].value))
    return found


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> list[tuple[str, str]]:
    if not Path(LUPDATE).exists():
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path_factory.mktemp("ts") / "storage-gui.ts"
    done = subprocess.run([LUPDATE, *map(str, MODULES), "-ts", str(ts)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    root = etree.parse(str(ts)).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def test_lupdate_finds_every_text_in_its_context(catalogue):
    asked = asked_in_source()
    assert len(asked) > 250  # the whole storage GUI, not a stray file
    assert asked <= set(catalogue)


def test_nothing_lands_in_the_empty_context(catalogue):
    assert [text for context, text in catalogue if not context] == []


def test_samples(catalogue):
    found = set(catalogue)
    assert ("PoolModel", "Inactive") in found
    assert ("VolumesView", "Delete volume %1? Its data is lost for good.") in found
    assert ("PoolTypePage", "A ZFS pool; each volume is a zvol.") in found
    assert ("PoolWizard", "Write the monitors as host or host:port, separated by commas.") in found
    assert ("SourceSearch", "Found %n source(s).") in found
    assert ("VolumeModel", "Used by") in found
