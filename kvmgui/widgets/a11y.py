"""Accessible names for the parts Qt builds inside our widgets.

A line edit's clear button, the text field inside an editable combo box, a combo box's
pop-up list, a tab widget's tab bar, a toolbar's overflow button and a message box's
icon are widgets of their own that screen readers (and AT-SPI tests) meet without a
name. The application's style names them as each window and each such widget is
polished (when first shown: pages built after their window was shown, such as a VM's
device pages, too), and a filter on each of them names them again whenever it is shown,
so no dialog can forget. A name we gave follows its owner's name when that changes
(``set_name``); a name the code set itself is never overwritten.

Why a style and not an application-wide event filter, as before: such a filter sends
every event of the application through Python, and PySide wraps each receiver (found by
a walk of the class tree for objects Python never saw) to hand it over. Under the AT-SPI
bus the GUI thread spent 7.4–8.0 s of CPU in a run of `bench/a11y_remote.py` with the
filter, 3.9–4.4 s with the style (docs/reliability.md). The style is called once per
widget polished.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
    QWizard,
)

from kvmgui.utils.tr import fill

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

AUTO = "kvmguiAutoName"  # the name we gave a part: replaced when its owner is renamed


def _label(widget: QWidget, fallback: str) -> str:
    return widget.accessibleName() or widget.toolTip() or widget.objectName() or fallback


def _give(part: QWidget, name: str) -> None:
    """Name ``part`` unless someone else named it."""
    current = part.accessibleName()
    if current and current != part.property(AUTO):
        return
    if current != name:
        part.setAccessibleName(name)
    part.setProperty(AUTO, name)


def name_combo(combo: QComboBox) -> None:
    """The pop-up list is "<combo's name> choices"; the text field carries the combo's name."""
    name = _label(combo, "")
    if not name:
        return  # named later (and named again when shown)
    view = combo.view()
    if view is not None:
        _give(view, fill(QCoreApplication.translate("a11y", "%1 choices"), name))
    edit = combo.lineEdit()
    if edit is not None:
        _give(edit, name)
        name_line_edit(edit)


def name_line_edit(edit: QLineEdit) -> None:
    for button in edit.findChildren(QToolButton):
        what = _label(edit, QCoreApplication.translate("a11y", "text")).lower()
        _give(button, fill(QCoreApplication.translate("a11y", "Clear %1"), what))


def name_tabs(tabs: QTabWidget) -> None:
    """The tab bar is named after the tab widget, not after its current tab."""
    _give(tabs.tabBar(), _label(tabs, QCoreApplication.translate("a11y", "Sections")))


ICON_WORDS = {
    QMessageBox.Icon.Question: QT_TRANSLATE_NOOP("a11y", "Question"),
    QMessageBox.Icon.Warning: QT_TRANSLATE_NOOP("a11y", "Warning"),
    QMessageBox.Icon.Critical: QT_TRANSLATE_NOOP("a11y", "Error"),
    QMessageBox.Icon.Information: QT_TRANSLATE_NOOP("a11y", "Information"),
}


def name_message_box(box: QMessageBox) -> None:
    words = ICON_WORDS.get(box.icon())
    label = box.findChild(QLabel, "qt_msgboxex_icon_label")
    if label is not None and words:
        _give(label, QCoreApplication.translate("a11y", words))


def name_toolbar(bar: QToolBar) -> None:
    for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
        what = _label(bar, QCoreApplication.translate("a11y", "toolbar")).lower()
        _give(button, fill(QCoreApplication.translate("a11y", "More %1 actions"), what))


def name_wizard_buttons(wizard: QWizard) -> None:
    """QWizard's own buttons (Next, Back, …) by their words, without "<" and ">"."""
    button = QWizard.WizardButton
    for which, name in ((button.NextButton, QCoreApplication.translate("a11y", "Next")),
                        (button.BackButton, QCoreApplication.translate("a11y", "Back")),
                        (button.FinishButton, QCoreApplication.translate("a11y", "Finish")),
                        (button.CancelButton, QCoreApplication.translate("a11y", "Cancel")),
                        (button.CommitButton, QCoreApplication.translate("a11y", "Commit")),
                        (button.HelpButton, QCoreApplication.translate("a11y", "Help"))):
        wizard.button(which).setAccessibleName(name)


def name_internals(root: QWidget) -> None:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        _name_one(widget)


def _name_one(widget: QWidget) -> None:
    if isinstance(widget, QComboBox):
        name_combo(widget)
    elif isinstance(widget, QLineEdit):
        name_line_edit(widget)
    elif isinstance(widget, QTabWidget):
        name_tabs(widget)
    elif isinstance(widget, QToolBar):
        name_toolbar(widget)
    elif isinstance(widget, QMessageBox):
        name_message_box(widget)


def set_name(widget: QWidget, name: str) -> None:
    """Rename ``widget`` and the parts named after it (a combo box's text field and list)."""
    widget.setAccessibleName(name)
    _name_one(widget)


NAMED_KINDS = (QComboBox, QLineEdit, QTabWidget, QToolBar, QMessageBox)


class _OnShow(QObject):
    """On a window or a widget with parts: named again each time it is shown (a window
    reused, a widget named since it was polished). Only that widget's own events come
    here, never its children's."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            _name_shown(watched)
        return False


def _name_shown(widget: QWidget) -> None:
    if widget.isWindow():
        name_internals(widget)
    else:
        _name_one(widget)


class NamingStyle(QProxyStyle):
    """The application's style, unchanged in look, that names a widget's internals when
    the widget is polished, and again whenever it is shown."""

    def __init__(self, base: QStyle) -> None:
        super().__init__(base)
        self._on_show = _OnShow(self)

    # PySide gives the three C++ overloads one Python name: a widget, the application or
    # a palette (changed in place) comes in.
    def polish(self, target: QWidget | QApplication | QPalette) -> None:  # type: ignore[override]
        super().polish(target)
        if isinstance(target, QWidget) and (target.isWindow() or isinstance(target, NAMED_KINDS)):
            _name_shown(target)
            target.installEventFilter(self._on_show)  # once: Qt keeps one of each filter


def install(app: QApplication) -> NamingStyle:
    """Name Qt's internal widgets of every window from now on; returns the style (the one
    installed already, if any)."""
    style = app.style()
    if isinstance(style, NamingStyle):
        return style
    # The proxy takes the current style over (it becomes its parent), so setStyle does
    # not delete it: the look, and a style chosen with -style, stay.
    naming = NamingStyle(style)
    app.setStyle(naming)
    return naming
