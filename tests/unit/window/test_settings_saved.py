"""Settings that cannot be saved (preferences, the list of hosts) are said so, not lost without a
word at the next start."""

from PySide6.QtCore import QSettings

from kvmgui.window.mainwindow import MainWindow


def test_preferences_that_cannot_be_saved_are_said_so(registry, tmp_path, qtbot):
    """A settings file kvmgui cannot write (one left by 'sudo kvmgui', owned by root; here a
    directory of its name): OK applied the choices and they were gone at the next start,
    without a word. They still apply now, and the window says they were not saved."""
    (tmp_path / "kvmgui.ini").mkdir()
    settings = QSettings(str(tmp_path / "kvmgui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.edit_preferences()
    dialog = window.open_dialogs[-1]
    dialog.sparklines.setChecked(not dialog.sparklines.isChecked())
    wanted = dialog.sparklines.isChecked()
    dialog.accept()
    assert window.prefs.sparklines == wanted  # applied all the same
    assert any("Could not save the preferences" in m and str(tmp_path) in m
               for m in window.notifications.messages()), window.notifications.messages()


def test_preferences_saved_say_nothing(registry, settings, qtbot):
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.edit_preferences()
    window.open_dialogs[-1].accept()
    assert not any("Could not save" in m for m in window.notifications.messages())


def _said_hosts_not_saved(window, folder):
    messages = window.notifications.messages()
    assert any("Could not save the list of hosts" in m and str(folder) in m
               for m in messages), messages


def test_a_list_of_hosts_that_cannot_be_saved_is_said_so(tmp_path, qtbot):
    """The same file holds the hosts: one added (the Add Connection dialog) was listed and
    gone at the next start, without a word."""
    from kvmgui.libvirt.registry import ConnectionRegistry

    (tmp_path / "kvmgui.ini").mkdir()
    settings = QSettings(str(tmp_path / "kvmgui.ini"), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    registry.add("test:///default", label="added")
    try:
        _said_hosts_not_saved(window, tmp_path)
    finally:
        registry.shutdown()


def test_a_list_of_hosts_not_saved_at_start_up_is_said_so(tmp_path, qtbot):
    """Start-up saves before the window exists (a first run's local host, a password an
    older version saved taken out): that save failing was said to no one, and the host was
    gone at the next start without a word."""
    from kvmgui.libvirt.registry import ConnectionRegistry

    (tmp_path / "kvmgui.ini").mkdir()
    settings = QSettings(str(tmp_path / "kvmgui.ini"), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    registry.add("test:///default", autoconnect=True)  # as open_initial_connections does
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    try:
        _said_hosts_not_saved(window, tmp_path)
    finally:
        registry.shutdown()


def test_a_list_of_hosts_saved_once_the_file_is_fixed_is_not_said_unsaved(tmp_path, qtbot):
    """QSettings keeps AccessError for good once a write failed: after the file was fixed,
    each host added or removed was still said 'Could not save the list of hosts', though
    it was written. Now the save says nothing, what the failed save held is written with
    it, and the window says the file is written again (once: later saves say nothing)."""
    from kvmgui.libvirt.registry import ConnectionRegistry

    path = tmp_path / "kvmgui.ini"
    path.mkdir()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    try:
        registry.add("test:///default", label="first")
        assert registry.unsaved == str(path)
        path.rmdir()
        window.notifications.clear()
        with qtbot.assertNotEmitted(registry.saveFailed):
            registry.add("test:///default?two", label="second")
        assert registry.unsaved == ""
        messages = window.notifications.messages()
        assert not any("Could not save" in m for m in messages), messages
        assert any("written again" in m and str(path) in m for m in messages), messages
        fresh = QSettings(str(path), QSettings.Format.IniFormat)
        assert [label for _uri, label, _auto in ConnectionRegistry(fresh).saved()] == [
            "first", "second"]
        window.notifications.clear()
        registry.remove(registry.find("test:///default?two"))  # saved: nothing to say
        assert window.notifications.messages() == []
    finally:
        registry.shutdown()


def test_preferences_saved_once_the_file_is_fixed_are_said_written(tmp_path, registry, qtbot):
    """The same for OK in the Preferences dialog: 'Could not save the preferences' for
    ever once it failed; now the window says the file is written again, once."""
    path = tmp_path / "prefs.ini"
    path.mkdir()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.edit_preferences()
    window.open_dialogs[-1].accept()
    assert any("Could not save the preferences" in m for m in window.notifications.messages())
    path.rmdir()
    window.notifications.clear()
    for _time in range(2):
        window.edit_preferences()
        window.open_dialogs[-1].accept()
    messages = window.notifications.messages()
    assert not any("Could not save" in m for m in messages), messages
    assert len([m for m in messages if "written again" in m and str(path) in m]) == 1, messages


def test_preferences_not_saved_are_said_written_by_a_save_of_the_hosts(tmp_path, qtbot):
    """Qt writes what a failed save left with the next write of the file that succeeds:
    preferences not saved are in the file once a host added is saved, and that is said."""
    from kvmgui.dialogs.preferences import Preferences
    from kvmgui.libvirt.registry import ConnectionRegistry

    path = tmp_path / "kvmgui.ini"
    path.mkdir()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    try:
        window.edit_preferences()
        dialog = window.open_dialogs[-1]
        dialog.sparklines.setChecked(False)
        dialog.accept()
        path.rmdir()
        window.notifications.clear()
        registry.add("test:///default")
        messages = window.notifications.messages()
        assert any("written again" in m and str(path) in m for m in messages), messages
        fresh = QSettings(str(path), QSettings.Format.IniFormat)
        assert not Preferences.load(fresh).sparklines
    finally:
        registry.shutdown()


def test_a_layout_not_saved_as_the_window_closes_is_logged(tmp_path, qtbot, caplog):
    """The layout and preferences saved as the window closes: a failure there (the file
    another user's, a full disk) went without a word anywhere, and the next start came
    back with the old layout. No notification can be seen then, so the log says it."""
    from kvmgui.libvirt.registry import ConnectionRegistry

    path = tmp_path / "kvmgui.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    try:
        path.mkdir()  # now it cannot be written
        with caplog.at_level("WARNING"):
            window.save_layout()
        assert any("could not save the window's layout" in r.getMessage() and str(path)
                   in r.getMessage() for r in caplog.records), caplog.text
    finally:
        registry.shutdown()


def test_the_layout_saved_as_the_window_closes_is_on_disk(tmp_path, qtbot):
    """The layout set on the window's QSettings reaches the file through the preferences'
    own write (one copy of the file's values in Qt), with no second sync of its own."""
    from kvmgui.libvirt.registry import ConnectionRegistry

    path = tmp_path / "kvmgui.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    try:
        window.save_layout()
        text = path.read_text()
        assert "geometry=" in text and "statsIntervalMs=" in text, text
    finally:
        registry.shutdown()
