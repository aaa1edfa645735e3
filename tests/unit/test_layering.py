"""Which Qt modules each layer may import (import-linter checks the kvmgui layers)."""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "kvmgui"
WIDGETS = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}
ALLOWED_QT = {
    "xml": set(),
    "utils": {"PySide6.QtCore", "PySide6.QtGui"},  # the ground floor: no widgets
    "libvirt": {"PySide6.QtCore"},
    "models": {"PySide6.QtCore", "PySide6.QtGui"},
    # the network map exports SVG; Designer forms load through QtUiTools (widgets/forms.py)
    "widgets": WIDGETS | {"PySide6.QtSvg", "PySide6.QtUiTools"},
    "wizards": WIDGETS,
    "panels": WIDGETS,
    "dialogs": WIDGETS,
}


def qt_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        found |= {n for n in names if n.split(".")[0] in ("PySide6", "shiboken6")}
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED_QT))
def test_layer_imports_only_allowed_qt(layer):
    bad = {}
    for path in (PKG / layer).rglob("*.py"):
        allowed = ALLOWED_QT[layer] | ({"shiboken6"} if layer != "xml" else set())
        extra = qt_imports(path) - allowed
        if extra:
            bad[path.name] = sorted(extra)
    assert not bad
