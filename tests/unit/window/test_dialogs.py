"""Preferences, the new-connection dialog, and accessible names across the window."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from kvmgui.dialogs.connect import ConnectDialog, build_uri, uri_problem
from kvmgui.dialogs.preferences import CONFIRM_BY_DEFAULT, Preferences, PreferencesDialog
from kvmgui.libvirt.connection import ConnState
from kvmgui.models.domains import Column
from kvmgui.window.mainwindow import MainWindow


def test_preferences_round_trip(settings, qtbot):
    assert Preferences.load(settings) == Preferences()
    assert Preferences().confirm == CONFIRM_BY_DEFAULT
    prefs = Preferences(stats_interval_ms=1000, hidden_columns={Column.VCPUS, Column.HOST},
                        sparklines=False, confirm=set())
    prefs.save(settings)
    assert Preferences.load(settings) == prefs
    settings.setValue("preferences/statsIntervalMs", "nonsense")
    assert Preferences.load(settings).stats_interval_ms == Preferences().stats_interval_ms


def test_preferences_dialog_edits_a_copy(qtbot):
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.interval.setValue(1.0)
    dialog.columns[Column.UPTIME].setChecked(False)
    dialog.sparklines.setChecked(False)
    dialog.confirm["shutdown"].setChecked(True)
    dialog.confirm["force_off"].setChecked(False)
    prefs = dialog.preferences()
    assert prefs.stats_interval_ms == 1000
    assert prefs.hidden_columns == {Column.UPTIME}
    assert not prefs.sparklines
    assert prefs.confirm == {"reset", "shutdown"}
    dialog.interval.setValue(0.1)  # below the floor: the spin box refuses it
    assert dialog.preferences().stats_interval_ms == 500


def test_connect_dialog_builds_uris_and_refuses_bad_input(qtbot):
    assert build_uri("ssh", "root", "kvm1") == "qemu+ssh://root@kvm1/system"
    assert build_uri("tls", "", "kvm1 ") == "qemu+tls://kvm1/system"
    assert build_uri("local-session") == "qemu:///session"
    assert uri_problem("ssh", "", "", "") == "Enter the host name or address."
    assert "may not contain" in uri_problem("ssh", "a b", "kvm1", "")
    assert "already" in uri_problem("local-system", "", "", "", ["qemu:///system"])
    dialog = ConnectDialog(existing=["qemu:///system"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "already" in dialog.problem.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("ssh"))
    assert not ok.isEnabled()
    dialog.host.setText("kvm1.example.org")
    dialog.user.setText("admin")
    assert ok.isEnabled() and dialog.preview.text() == "qemu+ssh://admin@kvm1.example.org/system"
    dialog.name.setText(" Lab ")
    assert dialog.label() == "Lab"


def test_add_connection_from_the_window(registry, settings, test_host, qtbot):
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.new_conn_action.trigger()
    dialog = window.open_dialogs[-1]
    assert isinstance(dialog, ConnectDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("custom"))
    dialog.custom.setText(test_host)
    dialog.name.setText("Lab")
    dialog.autoconnect.setChecked(True)
    dialog.accept()
    conn = registry.find(test_host)
    assert conn is not None and conn.label == "Lab" and conn.autoconnect
    qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=5000)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 5, timeout=5000)
    assert registry.saved() == [(test_host, "Lab", True)]  # saved in QSettings
    window.conn_view.setCurrentIndex(window.conn_model.index(0))
    assert window.disconnect_action.isEnabled() and not window.connect_action.isEnabled()
    window.disconnect_action.trigger()
    assert conn.state == ConnState.DISCONNECTED
    assert window.connect_action.isEnabled()


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


def test_every_control_has_a_name(connected, registry, settings, qtbot):
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    assert unnamed(window) == []
    host = window.open_host_details(connected)
    assert unnamed(host.overview) == [] and unnamed(host.storage) == []
    prefs = PreferencesDialog(Preferences(), window)
    assert unnamed(prefs) == []
    host.close()
