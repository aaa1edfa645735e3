"""Every control of the main window, the host details and the preferences has a name."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from kvmgui.dialogs.preferences import Preferences, PreferencesDialog


def qt_internal(w: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (headers, combo popups, corner buttons)."""
    parent = w.parentWidget()
    return (isinstance(w, QHeaderView) or w.objectName().startswith("qt_")
            or (parent is not None and "QComboBox" in type(parent).__name__)
            or (parent is not None and "QComboBox" in parent.metaObject().className()))


def unnamed(root: QWidget) -> list[str]:
    """Controls without an accessible name or visible text, and mnemonic labels without buddy."""
    problems = []
    for w in root.findChildren(QWidget):
        if qt_internal(w):
            continue
        if isinstance(w, QAbstractItemView | QLineEdit | QComboBox) and not w.accessibleName():
            problems.append(f"{type(w).__name__} {w.objectName()}")
        if isinstance(w, QAbstractButton) and not (w.accessibleName() or w.text()) \
                and w.isVisibleTo(root):
            problems.append(f"button {w.objectName()}")
        if isinstance(w, QLabel) and "&" in w.text() and w.buddy() is None:
            problems.append(f"label {w.text()!r} without buddy")
    return problems


def test_every_control_has_a_name(connected, main_window):
    window = main_window
    assert unnamed(window) == []
    host = window.open_host_details(connected)
    assert unnamed(host.overview) == [] and unnamed(host.storage) == []
    assert unnamed(host.networks) == []
    prefs = PreferencesDialog(Preferences(), window)
    assert unnamed(prefs) == []
    host.close()
