"""Designer forms from ``ui/``, loaded at run time into the widget that owns them.

``form = Form("connect", self)`` loads ``ui/connect.ui`` with ``QUiLoader`` as a child
of ``self`` (which then holds it in a margin-less layout) and, when ``self`` is a
window, gives it the form's title; ``form.widget("kind", QComboBox)`` returns a part
by its object name and raises ``LookupError`` when the form has no such part, or one of
another class — a renamed widget fails the first test that opens the form, not a user.

Words: ``QUiLoader`` translates the form's strings with the form's ``<class>`` as the
context, which is also what ``pyside6-lupdate`` extracts from the ``.ui`` file. Name
that class after the Python class that shows the form, so its ``self.tr()`` strings share
the context. Why QUiLoader and not pyside6-uic: docs/architecture.md ("Where to add a form").
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kvmgui.utils.resources import resource_dir

W = TypeVar("W", bound=QObject)


def ui_dir() -> Path:
    """``ui/`` beside ``resources/``: in the source tree and under share/kvmgui when installed."""
    return resource_dir().parent / "ui"


class Form:
    """One loaded form: ``root`` (its top widget, a child of the owner) and its parts."""

    def __init__(self, name: str, owner: QWidget) -> None:
        path = ui_dir() / f"{name}.ui"
        file = QFile(str(path))
        if not file.open(QIODevice.OpenModeFlag.ReadOnly):
            raise FileNotFoundError(f"form {path} not found")
        try:
            loader = QUiLoader()
            root = loader.load(file, owner)
        finally:
            file.close()
        if root is None:
            raise ValueError(f"form {path} could not be loaded: {loader.errorString()}")
        self.name = name
        self.root: QWidget = root
        layout = QVBoxLayout(owner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(root)
        self.owner_layout = layout  # the owner's layout around the form (a window sets margins)
        if owner.isWindow():
            owner.setWindowTitle(root.windowTitle())
            owner.setAccessibleName(root.accessibleName() or root.windowTitle())

    def widget(self, name: str, kind: type[W]) -> W:
        """The part called ``name``; LookupError when missing or not a ``kind``."""
        found = self.root.findChild(QObject, name)
        if found is None:
            raise LookupError(f"form {self.name}.ui has no widget {name!r}")
        if not isinstance(found, kind):
            raise LookupError(f"{name!r} in form {self.name}.ui is a {type(found).__name__}, "
                              f"not a {kind.__name__}")
        return found
