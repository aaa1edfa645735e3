"""Accessible names for the parts Qt builds inside our widgets.

A line edit's clear button, a combo box's pop-up list and a toolbar's overflow button are
widgets of their own that screen readers (and AT-SPI tests) meet without a name. An
application-wide filter names them whenever a window is shown, so no dialog can forget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QToolBar, QToolButton, QWidget


def _label(widget: QWidget, fallback: str) -> str:
    return widget.accessibleName() or widget.toolTip() or widget.objectName() or fallback


def name_internals(root: QWidget) -> None:
    for edit in root.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(f"Clear {_label(edit, 'text').lower()}")
    for combo in root.findChildren(QComboBox):
        view = combo.view()
        if view is not None and not view.accessibleName():
            view.setAccessibleName(f"{_label(combo, 'Choices')} choices")
    for bar in root.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            if not button.accessibleName():
                button.setAccessibleName(f"More {_label(bar, 'toolbar').lower()} actions")


class _NameOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow():
            name_internals(watched)
        return False


def install(app: QApplication) -> None:
    """Name Qt's internal widgets of every window when it is shown."""
    app.installEventFilter(_NameOnShow(app))
