"""Start-up: which connections open from the command line, the saved list and the first run."""

import argparse
import gettext
from pathlib import Path

import pytest

from kvmgui import app
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.utils.resources import demo_host_uri


def test_connect_on_the_command_line_keeps_the_saved_connections(settings, test_host, qtbot):
    saved = ConnectionRegistry(settings)
    saved.add("qemu+ssh://alice@far/system", label="Far", autoconnect=True)
    saved.add("qemu:///session")
    registry = ConnectionRegistry(settings)
    args = app.parse_args(["-c", test_host, "-c", test_host])
    app.open_initial_connections(registry, args)
    assert [c.uri for c in registry] == [test_host]  # given twice, opened once
    # Added, autoconnect toggled, removed later in this run: the saved list is rewritten.
    added = registry.add("qemu+tcp://near/system")
    registry.set_autoconnect(added, True)
    registry.remove(added)
    assert ConnectionRegistry(settings).saved() == [
        ("qemu+ssh://alice@far/system", "Far", True), ("qemu:///session", "", False)]
    registry.shutdown()
    saved.shutdown()


def test_a_removed_saved_connection_leaves_the_saved_list(settings, qtbot):
    saved = ConnectionRegistry(settings)
    for uri in ("test:///one", "test:///two"):
        saved.add(uri, autoconnect=False)
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args([]))  # none autoconnects: Demo too
    assert [c.uri for c in registry][-1] == demo_host_uri()
    registry.remove(registry.find("test:///one"))
    assert [uri for uri, _l, _a in ConnectionRegistry(settings).saved()] == ["test:///two"]
    registry.add("test:///one")  # added again: saved again, last
    assert [uri for uri, _l, _a in ConnectionRegistry(settings).saved()] == ["test:///two", "test:///one"]
    registry.shutdown()
    saved.shutdown()


def test_saved_connections_of_the_wrong_type_are_read_as_well_as_they_can_be(tmp_path, qtbot):
    """A hand-edited settings file: an entry without a URI is skipped (it was opened as a
    host called 'None'); a label with a comma, unquoted, is still the label; text written
    as @ByteArray(…) (as other Qt versions may write it) is read as that text."""
    path = tmp_path / "kvmgui.ini"
    path.write_text("[connections]\nsize=3\n"
                    "1\\uri=@Invalid()\n1\\label=x\n1\\autoconnect=true\n"
                    "2\\uri=test:///default\n2\\label=Lab, east\n2\\autoconnect=true\n"
                    "3\\uri=@ByteArray(qemu+ssh://far/system)\n3\\label=@ByteArray(Far)\n"
                    "3\\autoconnect=@ByteArray(true)\n")
    from PySide6.QtCore import QSettings

    settings = QSettings(str(path), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    assert registry.saved() == [("test:///default", "Lab, east", True),
                                ("qemu+ssh://far/system", "Far", True)]
    registry.add("test:///other", save=True)  # the next save kept the far host (it was erased)
    assert ConnectionRegistry(settings).saved()[1:] == [("qemu+ssh://far/system", "Far", True),
                                                         ("test:///other", "", False)]
    registry.shutdown()


def test_connect_automatically_on_a_command_line_host_keeps_it(settings, test_host, qtbot):
    """Ticking "Connect Automatically" on a host given with -c (or the Demo host) saves it:
    the tick was kept for this run only, and the host was gone at the next start."""
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args(["-c", test_host]))
    registry.set_autoconnect(registry.find(test_host), True)
    assert ConnectionRegistry(settings).saved() == [(test_host, "", True)]
    registry.shutdown()


def test_a_saved_host_given_with_c_keeps_its_label_and_autoconnect(settings, test_host, qtbot):
    """It is the saved host: shown by its label, ticked as saved, and a change of the
    tick is saved (unticked, it still autoconnected at the next start; ticked again,
    its label was saved over with "")."""
    saved = ConnectionRegistry(settings)
    saved.add(test_host, label="Lab", autoconnect=True)
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args(["-c", test_host]))
    conn = registry.find(test_host)
    assert (conn.display_name, conn.autoconnect) == ("Lab", True)
    registry.set_autoconnect(conn, False)
    assert ConnectionRegistry(settings).saved() == [(test_host, "Lab", False)]
    registry.set_autoconnect(conn, True)
    assert ConnectionRegistry(settings).saved() == [(test_host, "Lab", True)]
    registry.shutdown()
    saved.shutdown()


def test_a_removed_host_leaves_nothing_in_the_settings_file(settings, qtbot):
    """Its URI (with the user name) and label stayed in the file under the old index
    when the list got shorter: after removing the only host, size=0 and 1\\uri=… remained."""
    registry = ConnectionRegistry(settings)
    far = registry.add("qemu+ssh://alice@far/system", label="Far")
    near = registry.add("qemu+ssh://bob@near/system", label="Near")
    registry.remove(far)
    text = Path(settings.fileName()).read_text()
    assert "alice" not in text and "Far" not in text
    assert sorted(settings.allKeys()) == ["connections/1/autoconnect", "connections/1/label",
                                          "connections/1/uri", "connections/size"]
    registry.remove(near)
    assert settings.allKeys() == ["connections/size"]  # still: not a first run
    assert "bob" not in Path(settings.fileName()).read_text()
    assert ConnectionRegistry(settings).saved() == []
    registry.shutdown()


def test_the_demo_host_ticked_to_connect_automatically_is_saved_by_name_not_path(settings, qtbot):
    """It was saved with its file's path (which an upgrade or another install moves: the
    next start failed to open it) and its label in the language of that run."""
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args(["--demo"]))
    registry.set_autoconnect(registry.find(demo_host_uri()), True)
    registry.shutdown()
    text = Path(settings.fileName()).read_text()
    assert "host.xml" not in text and "Demo host" not in text, text
    assert ConnectionRegistry(settings).saved() == [(demo_host_uri(), "", True)]
    # Saved by an install elsewhere: the Demo host of this one, labelled in this run's language.
    settings.setValue("connections/1/label", "示範主機")
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args([]))
    conn = registry.find(demo_host_uri())
    assert [c.uri for c in registry] == [demo_host_uri()]
    assert (conn.display_name, conn.autoconnect) == ("Demo host", True)
    registry.remove(conn)
    assert ConnectionRegistry(settings).saved() == []
    registry.shutdown()


def test_the_demo_host_saved_with_another_installs_path_is_this_installs(settings, qtbot):
    """Saved by a version before kvmgui:demo, from an install since moved or upgraded: the
    old path was opened at start, which failed (the file is gone), and stayed saved."""
    settings.setValue("connections/size", 2)
    settings.setValue("connections/1/uri", "test:///opt/kvmgui-0.9/share/kvmgui/resources/demo/host.xml")
    settings.setValue("connections/1/label", "示範主機")
    settings.setValue("connections/1/autoconnect", "true")
    settings.setValue("connections/2/uri", "test:///srv/lab/host.xml")  # a test host of the user's
    settings.setValue("connections/2/label", "Lab")
    settings.setValue("connections/2/autoconnect", "false")
    registry = ConnectionRegistry(settings)
    assert registry.saved() == [(demo_host_uri(), "", True), ("test:///srv/lab/host.xml", "Lab", False)]
    app.open_initial_connections(registry, app.parse_args([]))
    assert [c.uri for c in registry] == [demo_host_uri(), "test:///srv/lab/host.xml"]
    conn = registry.find(demo_host_uri())
    assert (conn.display_name, conn.autoconnect) == ("Demo host", True)
    registry.set_autoconnect(conn, True)  # any save writes it as the Demo host
    assert "kvmgui-0.9" not in Path(settings.fileName()).read_text()
    registry.shutdown()


def test_a_host_python_cannot_split_fails_with_libvirts_words(registry, qtbot):
    """kvmgui -c 'qemu+ssh://[fe80::1/system' (or such a URI in the settings file): reading
    the failure raised ValueError ('Invalid IPv6 URL'), and the host stayed 'Connecting…'
    for good. It fails as libvirt says."""
    from kvmgui.libvirt.connstate import ConnState

    app.open_initial_connections(registry, app.parse_args(["-c", "qemu+ssh://[fe80::1/system"]))
    conn = registry.find("qemu+ssh://[fe80::1/system")
    qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=5000)
    assert "Unable to parse URI" in conn.reason.error


def test_a_saved_host_given_with_c_in_other_letter_case_is_that_host(settings, qtbot):
    """Scheme and host name are case-insensitive (as the connect dialog compares them):
    -c qemu+tcp://KVM1.invalid/system beside a saved kvm1.invalid was a second host,
    without the label and tick, and ticking it saved a second entry."""
    saved = ConnectionRegistry(settings)
    saved.add("qemu+tcp://kvm1.invalid/system", label="Lab")
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args(
        ["-c", "QEMU+TCP://KVM1.invalid/system", "-c", "qemu+tcp://kvm1.INVALID/system"]))
    assert [(c.uri, c.display_name) for c in registry] == [("qemu+tcp://kvm1.invalid/system", "Lab")]
    conn = registry.find("qemu+tcp://Kvm1.Invalid/system")
    assert conn is not None and registry.add("qemu+tcp://KVM1.invalid/system") is conn
    registry.set_autoconnect(conn, True)
    assert ConnectionRegistry(settings).saved() == [("qemu+tcp://kvm1.invalid/system", "Lab", True)]
    assert registry.find("qemu+tcp://kvm1.invalid/System") is None  # a path is not a host name
    registry.shutdown()
    saved.shutdown()


def test_a_host_saved_twice_in_other_letter_case_is_listed_once_and_removed_once(tmp_path, qtbot):
    """Older versions saved qemu+tcp://KVM1/… beside qemu+tcp://kvm1/…: one host, listed
    and saved once; removing it left no other spelling saved to bring it back at the next
    start."""
    from PySide6.QtCore import QSettings

    path = tmp_path / "kvmgui.ini"
    path.write_text("[connections]\nsize=2\n"
                    "1\\uri=qemu+tcp://kvm1.invalid/system\n1\\label=Lab\n1\\autoconnect=false\n"
                    "2\\uri=qemu+tcp://KVM1.invalid/system\n2\\label=\n2\\autoconnect=false\n")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args([]))
    hosts = [c for c in registry if c.uri != demo_host_uri()]
    assert [(c.uri, c.display_name) for c in hosts] == [("qemu+tcp://kvm1.invalid/system", "Lab")]
    registry.set_autoconnect(hosts[0], True)  # saved once
    assert ConnectionRegistry(settings).saved() == [("qemu+tcp://kvm1.invalid/system", "Lab", True)]
    registry.remove(hosts[0])
    assert ConnectionRegistry(settings).saved() == []
    registry.shutdown()


def test_the_demo_host_given_with_c_by_its_saved_name_is_the_demo_host(settings, tmp_path, qtbot):
    """-c kvmgui:demo (the Demo host as the settings file names it) was handed to libvirt
    as a URI, which has no such driver: a failed host beside the saved Demo host."""
    saved = ConnectionRegistry(settings)
    saved.add(demo_host_uri(), autoconnect=True)
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args(["-c", "kvmgui:demo"]))
    conn = registry.find(demo_host_uri())
    assert [c.uri for c in registry] == [demo_host_uri()]
    assert (conn.display_name, conn.autoconnect) == ("Demo host", True)
    registry.shutdown()
    saved.shutdown()
    # Not saved: opened all the same, and not saved by being given.
    from PySide6.QtCore import QSettings

    unsaved = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    registry = ConnectionRegistry(unsaved)
    app.open_initial_connections(registry, app.parse_args(["-c", "kvmgui:demo", "--demo"]))
    assert [(c.uri, c.display_name) for c in registry] == [(demo_host_uri(), "Demo host")]
    assert ConnectionRegistry(unsaved).saved() == []
    registry.shutdown()


def test_an_empty_uri_given_with_c_is_refused_with_a_message(settings, capsys):
    """kvmgui -c "" (as -c "$URI" with URI unset) opened libvirt's default URI, whichever
    that is, silently, as a host without a name."""
    settings.setValue("preferences/language", "en")  # the words checked, on any machine
    for blank in ("", "  "):
        with pytest.raises(SystemExit) as exited:
            app.parse_args(["-c", blank], settings)
        assert exited.value.code == 2
        assert "-c/--connect: the URI is empty" in capsys.readouterr().err
    # Spaces around (libvirt: "Unable to parse URI") are dropped, as the connect dialog does.
    assert app.parse_args(["-c", " qemu:///system\n"]).connect == ["qemu:///system"]


def test_a_saved_host_given_with_c_with_its_default_port_is_that_host(settings, qtbot):
    """-c qemu+tls://kvm1.invalid:16514/system beside a saved qemu+tls://kvm1.invalid/system
    (the port libvirt dials for tls anyway) was a second host without the label."""
    saved = ConnectionRegistry(settings)
    saved.add("qemu+tls://kvm1.invalid/system", label="Lab")
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args(["-c", "qemu+tls://kvm1.invalid:16514/system"]))
    assert [(c.uri, c.display_name) for c in registry] == [("qemu+tls://kvm1.invalid/system", "Lab")]
    # A ':' with no number: libvirt dials its default port too.
    assert registry.find("qemu+tls://kvm1.invalid:/system") is next(iter(registry))
    registry.shutdown()
    saved.shutdown()


def test_unticking_connect_automatically_on_a_saved_host_is_saved(settings, qtbot):
    """A saved host (or the Demo host) ticked to connect automatically, unticked in a run
    started without -c: the tick stayed saved, and it connected again at the next start."""
    saved = ConnectionRegistry(settings)
    saved.add("qemu+tcp://kvm1.invalid/system", label="Lab", autoconnect=True)
    saved.add(demo_host_uri(), autoconnect=True)
    saved.shutdown()
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args([]))
    for conn in registry:
        registry.set_autoconnect(conn, False)
    assert ConnectionRegistry(settings).saved() == [("qemu+tcp://kvm1.invalid/system", "Lab", False),
                                                    (demo_host_uri(), "", False)]
    registry.shutdown()


def test_a_password_given_with_c_is_never_saved(settings, qtbot):
    """-c qemu+tcp://alice:s3cret@…, ticked to connect automatically: the password was
    written to the settings file in plain text. Saved without it (libvirt asks for it at
    the next start); this run still dials with it."""
    saved = ConnectionRegistry(settings)
    saved.add("qemu+ssh://bob@kvm2.invalid/system", label="Lab")
    saved.shutdown()
    registry = ConnectionRegistry(settings)
    given = ["qemu+tcp://alice:s3cret@kvm1.invalid/system", "qemu+ssh://bob:hunter2@kvm2.invalid/system"]
    app.open_initial_connections(registry, app.parse_args([a for uri in given for a in ("-c", uri)]))
    for conn in registry:
        registry.set_autoconnect(conn, True)
    text = Path(settings.fileName()).read_text()
    assert "s3cret" not in text and "hunter2" not in text
    # The saved host given with a password is that host (its label), dialled with it.
    assert [(c.uri, c.label) for c in registry] == [(given[0], ""), (given[1], "Lab")]
    assert ConnectionRegistry(settings).saved() == [
        ("qemu+ssh://bob@kvm2.invalid/system", "Lab", True),
        ("qemu+tcp://alice@kvm1.invalid/system", "", True)]
    assert [c.uri for c in registry] == given
    registry.shutdown()


def test_a_saved_host_given_with_c_without_its_tls_transport_is_that_host(settings, qtbot):
    """qemu://kvm1/system is libvirt's remote driver over tls, as qemu+tls://kvm1/system:
    given with -c beside the saved one, it was a second host without the label."""
    saved = ConnectionRegistry(settings)
    saved.add("qemu+tls://kvm1.invalid/system", label="Lab")
    saved.shutdown()
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args(["-c", "qemu://KVM1.invalid:16514/system"]))
    assert [(c.uri, c.display_name) for c in registry] == [("qemu+tls://kvm1.invalid/system", "Lab")]
    registry.shutdown()


def test_a_uri_with_an_at_sign_in_its_path_is_saved_as_given(settings, qtbot):
    """-c qemu+tcp://kvm1.invalid:16509/sys@tem (a port, then an '@' in the path: no
    password, as libvirt reads it), ticked to connect automatically, was saved as
    qemu+tcp://kvm1.invalid@tem: the next start dialled another host."""
    given = "qemu+tcp://kvm1.invalid:16509/sys@tem"
    registry = ConnectionRegistry(settings)
    app.open_initial_connections(registry, app.parse_args(["-c", given]))
    registry.set_autoconnect(registry.find(given), True)
    assert ConnectionRegistry(settings).saved() == [(given, "", True)]
    registry.shutdown()


def test_a_password_an_older_version_saved_is_removed_at_start(tmp_path, qtbot):
    """Older versions saved a password given with -c (ticked to connect
    automatically): it stayed in the settings file, in plain text, until a change to the
    list rewrote it, and was shown nowhere. At start it is left out and the file rewritten."""
    from PySide6.QtCore import QSettings

    path = tmp_path / "kvmgui.ini"
    path.write_text("[connections]\nsize=2\n"
                    "1\\uri=qemu+tcp://alice:s3cret@kvm1.invalid/system\n1\\label=Lab\n"
                    "1\\autoconnect=false\n"
                    "2\\uri=qemu+ssh://bob@kvm2.invalid/system\n2\\label=\n2\\autoconnect=false\n")
    registry = ConnectionRegistry(QSettings(str(path), QSettings.Format.IniFormat))
    app.open_initial_connections(registry, app.parse_args([]))
    assert "s3cret" not in path.read_text()
    assert [(c.uri, c.label) for c in registry][:2] == [
        ("qemu+tcp://alice@kvm1.invalid/system", "Lab"), ("qemu+ssh://bob@kvm2.invalid/system", "")]
    assert ConnectionRegistry(QSettings(str(path), QSettings.Format.IniFormat)).saved() == [
        ("qemu+tcp://alice@kvm1.invalid/system", "Lab", False),
        ("qemu+ssh://bob@kvm2.invalid/system", "", False)]
    registry.shutdown()


@pytest.mark.parametrize("argv", [["--lang", "zh_Hant", "--help"], ["--help"]])
def test_help_says_what_kvmgui_is_in_the_chosen_language(argv, settings, capsys):
    """--help showed app.py's docstring ("Start-up: QApplication, the qasync loop, …"),
    and only in English: its words now come from the catalogue of --lang, else of the
    language saved in Preferences."""
    if "--lang" not in argv:
        settings.setValue("preferences/language", "zh_Hans")
    with pytest.raises(SystemExit) as exited:
        app.parse_args(argv, settings)
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "QApplication" not in out and "qasync" not in out
    if "--lang" in argv:
        assert "在一台或多台主機上監看並執行 KVM/QEMU 虛擬機器" in out, out
        assert "開啟這個 libvirt URI" in out, out
    else:
        assert "在一台或多台主机上监视并运行 KVM/QEMU 虚拟机" in out, out


@pytest.mark.parametrize(("argv", "said"), [
    (["--bogus"], "kvmgui：錯誤：無法辨識的參數：--bogus"),
    (["-c"], "kvmgui：錯誤：參數 -c/--connect：需要一個值"),
    (["--de"], "kvmgui：錯誤：選項不明確：--de 可以是 --demo, --debug"),
    (["--demo=yes"], "kvmgui：錯誤：參數 --demo：忽略了明確給出的值 'yes'"),
])
def test_command_line_errors_are_said_in_the_chosen_language(argv, said, settings, capsys):
    """Help was in the chosen language, but argparse's own words for a mistake ("error:",
    "unrecognized arguments", "expected one argument") stayed English."""
    with pytest.raises(SystemExit) as exited:
        app.parse_args(["--lang", "zh_Hant", *argv], settings)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert said in err, err
    assert argparse._ is gettext.gettext  # argparse's own again after the parse
