"""Designer forms in ui/: every control named for screen readers, every label a buddy, and
a missing part found when the form loads, not when a user clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from kvmgui.widgets.forms import Form, ui_dir

FORMS = sorted(ui_dir().glob("*.ui"))
# Widgets a person operates: each needs an accessible name of its own.
CONTROLS = {"QLineEdit", "QComboBox", "QSpinBox", "QDoubleSpinBox", "QCheckBox", "QRadioButton",
            "QPushButton", "QToolButton", "QPlainTextEdit", "QTextEdit", "QListView", "QListWidget",
            "QTreeView", "QTreeWidget", "QTableView", "QTableWidget", "QDialogButtonBox",
            "QSlider", "QDateTimeEdit", "QTimeEdit", "QDateEdit", "QTabWidget"}


def test_there_are_forms():
    assert {f.stem for f in FORMS} >= {"connect", "preferences", "host_overview", "vm_overview",
                                       "vm_cpumem", "vm_boot"}


def _string(widget: etree._Element, prop: str) -> str:
    return widget.findtext(f"property[@name='{prop}']/string") or ""


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_form_controls_have_names_and_labels_buddies(path: Path):
    root = etree.parse(str(path)).getroot()
    widgets = {w.get("name"): w for w in root.iter("widget")}
    problems = []
    for name, w in widgets.items():
        kind = w.get("class")
        if kind in CONTROLS and not _string(w, "accessibleName"):
            problems.append(f"{kind} {name} has no accessibleName")
        if kind == "QLabel":
            buddy = w.findtext("property[@name='buddy']/cstring")
            in_label_role = w.getparent().tag == "item" and w.getparent().get("column") == "0" \
                and w.getparent().get("colspan") is None \
                and w.getparent().getparent().get("class") == "QFormLayout"
            if (in_label_role or "&" in _string(w, "text")) and not buddy:
                problems.append(f"label {name} ({_string(w, 'text')!r}) has no buddy")
            if buddy and buddy not in widgets:
                problems.append(f"label {name}'s buddy {buddy} is not in the form")
    top = root.find("widget")
    assert top is not None and root.findtext("class") == top.get("name")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_form_loads_with_buddies_set(qtbot, path: Path):
    owner = QWidget()
    qtbot.addWidget(owner)
    form = Form(path.stem, owner)
    assert owner.windowTitle() and owner.windowTitle() == form.root.windowTitle()
    for label in form.root.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.objectName()


def test_missing_or_mistyped_part_raises(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    form = Form("connect", owner)
    assert isinstance(form.widget("kind", QComboBox), QComboBox)
    with pytest.raises(LookupError, match="no widget 'kinds'"):
        form.widget("kinds", QComboBox)
    with pytest.raises(LookupError, match="not a QLineEdit"):
        form.widget("kind", QLineEdit)
    with pytest.raises(FileNotFoundError):
        Form("no-such-form", owner)
