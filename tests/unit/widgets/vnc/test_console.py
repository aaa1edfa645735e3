"""GraphicalConsole on libvirt's test driver: states, toolbar, virt-viewer, and a VNC session.

The test driver has no VNC server (``openGraphicsFD`` is not supported there), so the
tests that need pixels hand the console a fake RFB server's socket in place of the one
libvirt would give; the real path runs in tests/integration/test_vnc_console.py.
"""

from __future__ import annotations

import errno
import os
import stat
import textwrap
import uuid as uuidlib
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QToolButton,
    QWidget,
)

from kvmgui.libvirt import graphics
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.graphics import OpenedSocket
from kvmgui.widgets.vnc import controller as controller_module
from kvmgui.widgets.vnc import gvnc, screenshots
from kvmgui.widgets.vnc.console import GraphicalConsole
from kvmgui.widgets.vnc.controller import ConsoleState
from kvmgui.widgets.vnc.view import ScaleMode
from kvmgui.widgets.vnc.viewer import ViewerLauncher
from tests.helpers import WEB01, open_connection, run_in_worker
from tests.unit.widgets.vnc.fake_rfb import QEMU, SET_DESKTOP_SIZE, FakeRfbServer

VNC = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'/>"
SPICE = "<graphics type='spice' port='5902' autoport='no'/>"


def define(qtbot, conn, devices, start=True):
    uid = str(uuidlib.uuid4())
    name = f"gfx-{uid[:8]}"
    xml = (f"<domain type='test'><name>{name}</name><uuid>{uid}</uuid><memory>65536</memory>"
           f"<os><type>hvm</type></os><devices>{devices}</devices></domain>")

    def job(c):
        dom = c.defineXML(xml)
        if start:
            dom.create()

    run_in_worker(qtbot, conn, job)
    qtbot.waitUntil(lambda: conn.domains.get(uid) is not None, timeout=5000)
    return uid


@pytest.fixture
def make_console(qtbot, connected):
    consoles = []

    def make(uid):
        console = GraphicalConsole(connected, uid)
        qtbot.addWidget(console)
        console.resize(640, 480)
        consoles.append(console)
        return console

    yield make
    for console in consoles:
        console.shutdown()


def wait_state(qtbot, console, state):
    qtbot.waitUntil(lambda: console.controller.state is state, timeout=10000)


def test_running_vm_without_graphics_offers_to_add_one(qtbot, connected, make_console):
    uid = define(qtbot, connected, "")
    console = make_console(uid)
    console.show()
    wait_state(qtbot, console, ConsoleState.NO_DISPLAY)
    assert "no graphical display" in console.message.text()
    assert console.add_display_button.isVisibleTo(console)
    assert not console.reconnect_button.isVisibleTo(console)
    with qtbot.waitSignal(console.addHardwareRequested):
        qtbot.mouseClick(console.add_display_button, Qt.MouseButton.LeftButton)


def test_stopped_vm_waits_then_connects_when_it_starts(qtbot, connected, make_console):
    uid = define(qtbot, connected, VNC, start=False)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.NOT_RUNNING)
    assert "not running" in console.message.text()
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uid).create())
    # The test driver cannot hand out a VNC socket: the failure shows libvirt's own words.
    wait_state(qtbot, console, ConsoleState.FAILED)
    assert "not supported" in console.message.text()
    assert console.reconnect_button.isVisibleTo(console)
    assert console.viewer_button.isVisibleTo(console)


@pytest.fixture
def fake_viewer(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    log = tmp_path / "viewer-args"
    script = bindir / "virt-viewer"
    script.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        printf '%s\\n' "$@" > {log}
        exit 3
    """))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    return log


def test_spice_opens_virt_viewer_and_reports_its_exit(qtbot, connected, make_console, fake_viewer):
    uid = define(qtbot, connected, SPICE)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.SPICE)
    assert "SPICE" in console.message.text()
    assert console.viewer_button.isVisibleTo(console)
    with qtbot.waitSignal(console.launcher.finished, timeout=10000):
        qtbot.mouseClick(console.viewer_button, Qt.MouseButton.LeftButton)
    assert fake_viewer.read_text().splitlines() == [
        "--connect", connected.uri, "--attach", "--wait", "--", uid]
    assert "exit status 3" in console.viewer_label.text()


def test_virt_viewer_dials_like_the_connection_sharing_its_ssh_login(qtbot, connected, make_console,
                                                                     fake_viewer, monkeypatch):
    uid = define(qtbot, connected, SPICE)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.SPICE)
    # For qemu+ssh, dial_uri names kvmgui's ssh wrapper (askpass, one shared login).
    dialed = connected.uri + "?command=/run/kvmgui/c1-ssh"
    monkeypatch.setattr(type(connected), "dial_uri", property(lambda _self: dialed))
    with qtbot.waitSignal(console.launcher.finished, timeout=10000):
        qtbot.mouseClick(console.viewer_button, Qt.MouseButton.LeftButton)
    assert fake_viewer.read_text().splitlines()[:2] == ["--connect", dialed]


def test_virt_viewer_gets_no_password_on_its_command_line(qtbot, fake_viewer):
    """A host given with -c qemu+tcp://alice:s3cret@…: its password was an argument of
    virt-viewer, which any user of the machine reads in ps. virt-viewer asks for it."""
    launcher = ViewerLauncher()
    uid = str(uuidlib.uuid4())
    with qtbot.waitSignal(launcher.finished, timeout=10000):
        launcher.start("qemu+tcp://alice:s3cret@kvm1.invalid/system?x=1", uid)
    assert fake_viewer.read_text().splitlines() == [
        "--connect", "qemu+tcp://alice@kvm1.invalid/system?x=1", "--attach", "--wait", "--", uid]


def test_virt_viewer_missing_is_said(qtbot, connected, make_console, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    uid = define(qtbot, connected, SPICE)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.SPICE)
    qtbot.mouseClick(console.viewer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not installed" in console.viewer_label.text(), timeout=5000)


def test_without_gvnc_the_page_says_what_to_install(qtbot, connected, make_console, monkeypatch):
    monkeypatch.setattr(gvnc, "missing", lambda: gvnc.Missing.TYPELIB)
    uid = define(qtbot, connected, VNC)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.NO_GVNC)
    assert "gir1.2-gtk-vnc-2.0" in console.message.text()
    assert console.viewer_button.isVisibleTo(console)


@pytest.fixture
def fake_servers(monkeypatch):
    """The VM's VNC socket comes from fake RFB servers (made with ``options``)."""
    servers = []
    options = {"width": 80, "height": 60}

    def fake_open(_conn, _uuid, route):
        assert route.kind is graphics.RouteKind.LOCAL_FD
        server = FakeRfbServer(**options)
        servers.append(server)
        return OpenedSocket(server.client_fd())

    monkeypatch.setattr(controller_module.graphics, "open_socket", fake_open)
    yield servers, options
    for server in servers:
        server.close()


@pytest.fixture
def live(qtbot, connected, make_console, fake_servers):
    """A console connected to a fake RFB server in place of the VM's VNC server."""
    uid = define(qtbot, connected, VNC)
    console = make_console(uid)
    console.show()
    qtbot.waitExposed(console)
    wait_state(qtbot, console, ConsoleState.CONNECTED)
    console.rfb = fake_servers[0][-1]
    return console


def test_connected_console_shows_the_screen_with_named_tools(qtbot, live):
    assert live.stack.currentWidget() is live.screen_area
    assert live.accessibleName() == "Graphical console"
    names = {b.accessibleName() for b in live.toolbar.findChildren(QToolButton) if b.isVisible()}
    assert {"Send key", "Scale", "Screenshot", "Full screen"} <= names
    for action in live.send_key_menu.actions() + live.scale_menu.actions():
        assert action.text()
    assert "Click the screen" in live.hint.text()
    live.view.setFocus()
    qtbot.waitUntil(live.view.hasFocus)
    assert "Ctrl+Alt" in live.hint.text()


def test_send_key_ctrl_alt_del(qtbot, live):
    rfb = live.rfb
    with qtbot.waitSignal(live.view.session.keyboardModeChanged, timeout=5000):
        rfb.send_update(rfb.ext_key_ack(), rfb.raw(0, 0, 1, 1, [0]))
    action = next(a for a in live.send_key_menu.actions() if a.objectName() == "sendkey_ctrl_alt_del")
    action.trigger()
    qtbot.waitUntil(lambda: len(rfb.received(QEMU)) == 6, timeout=5000)
    assert [(d, code) for d, _sym, code in rfb.received(QEMU)] == [
        (True, 0x1D), (True, 0x38), (True, 0xD3), (False, 0xD3), (False, 0x38), (False, 0x1D)]


def test_screenshot_writes_the_screen_as_png(qtbot, live, tmp_path):
    rfb = live.rfb
    with qtbot.waitSignal(live.view.session.damaged, timeout=5000):
        rfb.send_update(rfb.raw(0, 0, 80, 60, [0x336699] * 4800), rfb.raw(3, 4, 1, 1, [0xFF8800]))
    path = str(tmp_path / "shot.png")
    with qtbot.waitSignal(live.screenshotSaved, timeout=5000):
        live.save_screenshot(path)
    image = QImage(path)
    assert (image.width(), image.height()) == (80, 60)
    assert image.pixel(3, 4) & 0xFFFFFF == 0xFF8800
    assert image.pixel(50, 50) & 0xFFFFFF == 0x336699



def test_screenshot_is_the_screen_when_asked_and_its_file_is_asked_without_blocking(
        qtbot, live, tmp_path):
    """The file dialog ran its own event loop (the screen went on changing, the VM could stop
    under it) and the screen was read only once it closed: the saved picture was of a later
    moment, or "there is no screen to save"."""
    rfb = live.rfb
    with qtbot.waitSignal(live.view.session.damaged, timeout=5000):
        rfb.send_update(rfb.raw(0, 0, 80, 60, [0x336699] * 4800))
    # A dialog that blocks (exec) would hold the test here: cancel it after a while.
    cancel = QTimer(live)
    cancel.setSingleShot(True)
    cancel.timeout.connect(lambda: [d.reject() for d in live.findChildren(QFileDialog)])
    cancel.start(3000)
    live.screenshot_action.trigger()

    def shown():
        dialogs = [d for d in live.findChildren(QFileDialog) if d.isVisible()]
        return dialogs[0] if dialogs else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=2000)
    cancel.stop()
    dialog = shown()
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    with qtbot.waitSignal(live.view.session.damaged, timeout=5000):  # the screen goes on
        rfb.send_update(rfb.raw(0, 0, 80, 60, [0xFF8800] * 4800))
    path = str(tmp_path / "shot.png")
    dialog.findChild(QLineEdit, "fileNameEdit").setText(path)  # typed
    with qtbot.waitSignal(live.screenshotSaved, timeout=5000) as saved:
        dialog.accept()
    assert saved.args == [path]
    assert QImage(path).pixel(5, 5) & 0xFFFFFF == 0x336699


def test_screenshot_that_cannot_be_written_says_so(qtbot, live, tmp_path):
    path = str(tmp_path / "no such folder" / "shot.png")
    with qtbot.waitSignal(live.screenshotFailed, timeout=5000):
        live.save_screenshot(path)
    assert live.screenshot_status.isVisible()
    text = live.screenshot_status.text()
    assert path in text and "Could not save the screenshot" in text
    good = str(tmp_path / "shot.png")
    with qtbot.waitSignal(live.screenshotSaved, timeout=5000):
        live.save_screenshot(good)
    assert live.screenshot_status.text() == f"Screenshot saved to {good}."


def test_a_screenshot_that_cannot_be_written_says_why_in_words(qtbot, live, tmp_path, monkeypatch):
    """Qt's writer said "Cannot open device for writing: Not a directory" (English in every
    language; a dead NFS mount's "Stale file handle" alike); the reason is said in words."""
    (tmp_path / "notes").write_text("a file, not a folder")
    path = str(tmp_path / "notes" / "shot.png")
    with qtbot.waitSignal(live.screenshotFailed, timeout=5000):
        live.save_screenshot(path)
    assert live.screenshot_status.text() == (f"Could not save the screenshot to {path}: a part "
                                             "of the path is not a folder")
    def stale(name, *args, **kwargs):
        raise OSError(errno.ESTALE, os.strerror(errno.ESTALE), name)

    monkeypatch.setattr(screenshots, "open", stale, raising=False)
    path = str(tmp_path / "shot.png")
    with qtbot.waitSignal(live.screenshotFailed, timeout=5000):
        live.save_screenshot(path)
    assert live.screenshot_status.text() == (f"Could not save the screenshot to {path}: the network "
                                             "file system no longer knows it (stale file handle)")


def test_scale_modes(qtbot, live):
    live.set_scale_mode(ScaleMode.ONE_TO_ONE)
    assert live.view.size().toTuple() == (80, 60)
    assert live.scale_actions[ScaleMode.ONE_TO_ONE].isChecked()
    live.set_scale_mode(ScaleMode.FIT)
    qtbot.waitUntil(lambda: live.view.width() > 80)
    # The fake server, like a guest without a resizable display, cannot change size:
    # the console says so and scales instead.
    live.set_scale_mode(ScaleMode.RESIZE_GUEST)
    qtbot.waitUntil(lambda: live.view.mode is ScaleMode.FIT, timeout=5000)
    assert "cannot take the window's size" in live.hint.text()


def test_ctrl_alt_moves_focus_to_the_toolbar(qtbot, live):
    view = live.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    for kind, k in ((QEvent.Type.KeyPress, Qt.Key.Key_Control), (QEvent.Type.KeyPress, Qt.Key.Key_Alt),
                    (QEvent.Type.KeyRelease, Qt.Key.Key_Alt),
                    (QEvent.Type.KeyRelease, Qt.Key.Key_Control)):
        QApplication.sendEvent(view, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(live.send_key_button.hasFocus)
    assert not view.grabbed
    assert "Click the screen" in live.hint.text()


def test_full_screen_and_back(qtbot, live):
    live.fullscreen_action.trigger()
    window = live.fullscreen
    assert window is not None and window.isVisible()
    assert live.screen_area.window() is window
    assert window.leave_button.accessibleName() == "Leave full screen"
    qtbot.mouseClick(window.leave_button, Qt.MouseButton.LeftButton)
    assert live.fullscreen is None
    assert live.stack.currentWidget() is live.screen_area


def test_vm_destroyed_ends_the_console_cleanly(qtbot, connected, live):
    session = live.view.session
    with qtbot.waitSignal(session.closed, timeout=10000):
        run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(live.uuid).destroy())
    wait_state(qtbot, live, ConsoleState.NOT_RUNNING)
    assert live.view.session is None
    assert "not running" in live.message.text()


def test_server_dropping_the_connection_offers_reconnect(qtbot, live):
    live.rfb.close()
    wait_state(qtbot, live, ConsoleState.FAILED)
    assert live.reconnect_button.isVisibleTo(live)
    qtbot.mouseClick(live.reconnect_button, Qt.MouseButton.LeftButton)
    wait_state(qtbot, live, ConsoleState.CONNECTED)


def test_every_control_has_a_name(qtbot, live):
    live.set_scale_mode(ScaleMode.ONE_TO_ONE)
    live.view.setFixedSize(2000, 2000)  # scroll bars show
    qtbot.waitUntil(live.screen_area.horizontalScrollBar().isVisible)
    unnamed = [w for w in live.findChildren(QWidget)
               if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
               and not w.accessibleName()]
    assert unnamed == []


def asking_console(qtbot, connected, make_console, fake_servers):
    """A started console on a VM whose VNC server wants a password libvirt does not have."""
    servers, options = fake_servers
    options["security"] = (2,)
    uid = define(qtbot, connected, VNC)
    console = make_console(uid)
    console.start()
    return servers, uid, console


def test_password_asked_when_libvirt_has_none(qtbot, connected, make_console, fake_servers):
    servers, _uid, console = asking_console(qtbot, connected, make_console, fake_servers)
    qtbot.waitUntil(lambda: console.findChild(QInputDialog, "vncPasswordDialog") is not None,
                    timeout=10000)
    dialog = console.findChild(QInputDialog, "vncPasswordDialog")
    assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
    dialog.setTextValue("secret")
    dialog.accept()
    wait_state(qtbot, console, ConsoleState.CONNECTED)
    assert len(servers[-1].received("vnc_auth")) == 1


def test_password_from_the_definition_is_used(qtbot, connected, make_console, fake_servers):
    servers, options = fake_servers
    options["security"] = (2,)
    uid = define(qtbot, connected, VNC.replace("/>", " passwd='pw'/>"))
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.CONNECTED)
    assert console.findChild(QInputDialog, "vncPasswordDialog") is None
    assert len(servers[-1].received("vnc_auth")) == 1


def test_a_password_the_display_refused_is_asked_for_on_reconnect(qtbot, connected, make_console,
                                                                  fake_servers):
    """The definition's password is stale (the display's was changed live): Reconnect
    asks the user rather than sending the refused one again."""
    servers, options = fake_servers
    options.update(security=(2,), refuse_password=True)
    uid = define(qtbot, connected, VNC.replace("/>", " passwd='stale'/>"))
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.FAILED)
    options["refuse_password"] = False
    qtbot.mouseClick(console.reconnect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.findChild(QInputDialog, "vncPasswordDialog") is not None,
                    timeout=10000)
    dialog = console.findChild(QInputDialog, "vncPasswordDialog")
    dialog.setTextValue("fresh")
    dialog.accept()
    wait_state(qtbot, console, ConsoleState.CONNECTED)
    assert len(servers) == 2 and len(servers[-1].received("vnc_auth")) == 1


def test_resize_guest_to_window(qtbot, live):
    rfb = live.rfb
    with qtbot.waitSignal(live.view.session.framebufferReplaced, timeout=5000):
        rfb.send_update(rfb.ext_desktop_size(80, 60))
    live.set_scale_mode(ScaleMode.RESIZE_GUEST)
    qtbot.waitUntil(lambda: bool(rfb.received(SET_DESKTOP_SIZE)), timeout=5000)
    w, h, screens = rfb.received(SET_DESKTOP_SIZE)[-1]
    assert (w, h, screens) == (live.view.width(), live.view.height(), 1)
    assert live.view.mode is ScaleMode.RESIZE_GUEST


def test_start_once_and_shutdown_for_good(qtbot, connected, make_console, fake_servers):
    servers, _options = fake_servers
    uid = define(qtbot, connected, VNC)
    console = make_console(uid)
    console.start()
    console.show()  # showing starts too: not a second time
    wait_state(qtbot, console, ConsoleState.CONNECTED)
    assert len(servers) == 1
    session = console.view.session
    with qtbot.waitSignal(session.closed, timeout=5000):
        console.shutdown()
    assert console.controller.state is ConsoleState.IDLE
    console.hide()
    console.show()  # a host moving it between windows: no reconnect
    assert console.controller.state is ConsoleState.IDLE
    assert len(servers) == 1


def test_failed_console_follows_the_vm_stopping_and_starting_again(qtbot, connected, live):
    live.rfb.close()  # the display dropped us while the VM runs
    wait_state(qtbot, live, ConsoleState.FAILED)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(live.uuid).destroy())
    wait_state(qtbot, live, ConsoleState.NOT_RUNNING)
    assert "not running" in live.message.text()
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(live.uuid).create())
    wait_state(qtbot, live, ConsoleState.CONNECTED)


def test_display_added_then_vm_restarted_shows_the_screen(qtbot, connected, make_console,
                                                          fake_servers):
    uid = define(qtbot, connected, "")
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.NO_DISPLAY)

    def add_vnc_and_stop(c):
        dom = c.lookupByUUIDString(uid)
        c.defineXML(dom.XMLDesc(0).replace("</devices>", VNC + "</devices>"))
        dom.destroy()

    run_in_worker(qtbot, connected, add_vnc_and_stop)
    wait_state(qtbot, console, ConsoleState.NOT_RUNNING)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uid).create())
    wait_state(qtbot, console, ConsoleState.CONNECTED)


def test_reconnect_after_cancelling_the_password_follows_the_vm_again(
        qtbot, connected, make_console, fake_servers):
    servers, uid, console = asking_console(qtbot, connected, make_console, fake_servers)

    def dialog():
        qtbot.waitUntil(lambda: console.findChild(QInputDialog, "vncPasswordDialog") is not None,
                        timeout=10000)
        found = console.findChild(QInputDialog, "vncPasswordDialog")
        found.setObjectName("answered")  # the next look finds the next dialog
        return found

    dialog().reject()
    wait_state(qtbot, console, ConsoleState.IDLE)
    qtbot.mouseClick(console.reconnect_button, Qt.MouseButton.LeftButton)
    answer = dialog()
    answer.setTextValue("secret")
    answer.accept()
    wait_state(qtbot, console, ConsoleState.CONNECTED)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uid).destroy())
    wait_state(qtbot, console, ConsoleState.NOT_RUNNING)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uid).create())
    dialog().reject()  # it connected again by itself and asks again
    assert len(servers) == 3


def test_a_password_dialog_whose_session_ended_goes_away(qtbot, connected, make_console,
                                                        fake_servers):
    servers, uid, console = asking_console(qtbot, connected, make_console, fake_servers)

    def asking():
        return [d for d in console.findChildren(QInputDialog) if shiboken6.isValid(d) and d.isVisible()]

    qtbot.waitUntil(lambda: len(asking()) == 1, timeout=10000)
    stale = asking()[0]
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uid).destroy())
    wait_state(qtbot, console, ConsoleState.NOT_RUNNING)
    # The session that asked is over: its dialog is not left for a Cancel that would stop
    # the console (idle, no longer following the VM).
    assert asking() == []
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uid).create())
    qtbot.waitUntil(lambda: len(servers) == 2 and bool(asking()), timeout=10000)
    assert len(asking()) == 1 and asking()[0] is not stale  # one dialog, the new session's
    asking()[0].setTextValue("secret")
    asking()[0].accept()
    wait_state(qtbot, console, ConsoleState.CONNECTED)


@pytest.fixture
def web01_vnc(registry, test_host, qtbot):
    """A connection to a host whose web01 (running) has a VNC display in the host's file:
    it is the same VM, unchanged, after the connection is opened again."""
    path = Path(test_host.removeprefix("test://"))
    text = path.read_text()
    web01 = text.index("<name>web01</name>")
    end = text.index("</devices>", web01)
    path.write_text(text[:end] + VNC + text[end:])
    return open_connection(registry, qtbot, test_host, timeout=10000)


def test_a_display_lost_with_the_host_connects_again_when_it_is_back(qtbot, web01_vnc,
                                                                     fake_servers):
    servers, _options = fake_servers
    console = GraphicalConsole(web01_vnc, WEB01)
    qtbot.addWidget(console)
    console.start()
    wait_state(qtbot, console, ConsoleState.CONNECTED)
    web01_vnc.close()  # the host is gone (here: on purpose, without reconnecting)
    qtbot.waitUntil(lambda: web01_vnc.state is not ConnState.CONNECTED)
    servers[-1].close()  # and the display's connection with it
    qtbot.waitUntil(lambda: console.controller.state not in (ConsoleState.CONNECTED,
                                                             ConsoleState.CONNECTING),
                    timeout=10000)
    # The VM was not seen to stop: not "not running", and nothing to wait for in vain.
    assert console.controller.state is ConsoleState.FAILED
    assert console.reconnect_button.isVisibleTo(console)
    web01_vnc.open()
    wait_state(qtbot, console, ConsoleState.CONNECTED)  # by itself, as the VM still runs
    assert len(servers) == 2
    console.shutdown()


def test_the_uri_as_dialled_is_read_off_the_gui_thread(qtbot, connected, make_console,
                                                       fake_servers, fake_viewer, monkeypatch):
    """For qemu+ssh, ``Connection.dial_uri`` writes kvmgui's ssh wrapper (a file) when the
    connection has none at hand (after a close): the console read it on the GUI thread,
    to plan the way to the display and to start virt-viewer (rule 1: no disk there)."""
    import threading

    on_gui_thread = []

    def dial_uri(conn):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return conn.uri

    monkeypatch.setattr(type(connected), "dial_uri", property(dial_uri))
    uid = define(qtbot, connected, VNC)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.CONNECTED)
    with qtbot.waitSignal(console.launcher.finished, timeout=10000):
        console.open_viewer()
    assert fake_viewer.read_text().splitlines()[:2] == ["--connect", connected.uri]
    assert on_gui_thread == [False, False]


def test_an_ssh_wrapper_that_cannot_be_written_is_said_in_words(qtbot, connected, make_console,
                                                                fake_servers, monkeypatch):
    """For qemu+ssh the dialled URI names kvmgui's ssh wrapper, a file it writes: a write
    that failed (the disk full, a dead NFS home) said Python's '[Errno 28] No space left on
    device: '/run/user/…/c1-ssh.new'', English, of a file the user never chose."""
    def dial_uri(_conn):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/run/user/1000/kvmgui/c1-ssh.new")

    uid = define(qtbot, connected, VNC)
    console = make_console(uid)
    monkeypatch.setattr(type(connected), "dial_uri", property(dial_uri))
    console.start()
    wait_state(qtbot, console, ConsoleState.FAILED)
    assert console.controller.detail == "the disk is full"
    console.open_viewer()
    qtbot.waitUntil(lambda: "could not start" in console.viewer_label.text(), timeout=5000)
    assert console.viewer_label.text() == "virt-viewer could not start: the disk is full"


def test_a_display_that_listens_nowhere_says_so_after_the_worker_planned_it(qtbot, connected,
                                                                         make_console):
    """The way to the display is planned in the worker now: a display without a port or
    socket is still "no display" (not a failure of the link)."""
    uid = define(qtbot, connected, "<graphics type='vnc' autoport='no'/>")  # no port
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.NO_DISPLAY)
    assert console.controller.detail == graphics.GraphicsProblem.NOT_LISTENING.value


def restart_in_one_burst(conn, uid, add=""):
    """The VM stopped and started again at once (virsh destroy; virsh start), its definition
    given ``add`` in between, with the GUI thread held until it is done: libvirt's events
    then come in one burst (a fast reset, or a busy window)."""
    def job(c):
        dom = c.lookupByUUIDString(uid)
        if add:
            c.defineXML(dom.XMLDesc(0).replace("</devices>", add + "</devices>"))
        dom.destroy()
        dom.create()
    conn.run(job).result(timeout=10)


def test_a_vm_restarted_within_one_burst_connects_to_its_new_display(qtbot, connected, live,
                                                                     fake_servers):
    """The record never showed the VM stopped (its events came together): the old run's
    display closed, the VM ran, and the console said 'Server closed the connection'."""
    servers, _options = fake_servers
    restart_in_one_burst(connected, live.uuid)
    qtbot.waitUntil(lambda: len(servers) == 2, timeout=10000)
    wait_state(qtbot, live, ConsoleState.CONNECTED)
    assert live.view.session is not None


def test_a_display_closed_by_a_restart_not_yet_told_connects_again(qtbot, connected, live,
                                                                   fake_servers):
    """The display closes as the old run ends, before libvirt's events of the restart
    arrive: the VM found running after it is a new run, not a failure."""
    servers, _options = fake_servers
    connected.domains.changed.disconnect(live.controller._records_changed)  # events still out
    restart_in_one_burst(connected, live.uuid)
    live.rfb.close()  # QEMU's display went with the old run
    qtbot.waitUntil(lambda: len(servers) == 2, timeout=10000)
    wait_state(qtbot, live, ConsoleState.CONNECTED)


def test_a_failed_console_connects_to_the_vms_next_run(qtbot, connected, live, fake_servers):
    servers, _options = fake_servers
    live.rfb.close()  # the display dropped us while the VM runs
    wait_state(qtbot, live, ConsoleState.FAILED)
    restart_in_one_burst(connected, live.uuid)
    wait_state(qtbot, live, ConsoleState.CONNECTED)
    assert len(servers) == 2


def test_a_display_added_then_the_vm_reset_in_one_burst_shows_the_screen(qtbot, connected,
                                                                         make_console,
                                                                         fake_servers):
    uid = define(qtbot, connected, "")
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.NO_DISPLAY)
    restart_in_one_burst(connected, uid, add=VNC)
    wait_state(qtbot, console, ConsoleState.CONNECTED)


def test_virt_viewer_is_looked_for_off_the_gui_thread(qtbot, connected, make_console, fake_viewer,
                                                     monkeypatch):
    """Open in virt-viewer searched $PATH (shutil.which) on the GUI thread at each click: a
    directory there on a network mount that stopped answering froze the window."""
    import shutil
    import threading

    from kvmgui.widgets.vnc import viewer as viewer_module

    gate, where = threading.Event(), []
    real_which = shutil.which

    def hung_path(name):
        where.append(threading.current_thread() is threading.main_thread())
        gate.wait(10)
        return real_which(name)

    monkeypatch.setattr(viewer_module.shutil, "which", hung_path)
    uid = define(qtbot, connected, SPICE)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.SPICE)
    try:
        qtbot.mouseClick(console.viewer_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(where), timeout=5000)  # the window went on meanwhile
        assert where == [False]
        assert console.viewer_label.text() == "Looking for virt-viewer…"
        qtbot.mouseClick(console.viewer_button, Qt.MouseButton.LeftButton)  # impatient
    finally:
        gate.set()
    with qtbot.waitSignal(console.launcher.finished, timeout=10000):
        pass
    assert where == [False]  # looked for once, one virt-viewer
    assert fake_viewer.read_text().splitlines()[-1] == uid


def test_a_virt_viewer_found_after_the_console_shut_down_is_not_started(qtbot, fake_viewer,
                                                                         monkeypatch):
    import threading

    from kvmgui.widgets.vnc import viewer as viewer_module

    gate = threading.Event()
    real_which = viewer_module.shutil.which
    monkeypatch.setattr(viewer_module.shutil, "which",
                        lambda name: gate.wait(10) and real_which(name))
    launcher = ViewerLauncher()
    launcher.start("test:///default", str(uuidlib.uuid4()))
    launcher.stop()  # the console went while virt-viewer was looked for
    gate.set()
    after = []  # the lane answers in order: this comes back after the search's answer
    viewer_module._search_lane().submit(lambda: None, done=after.append)
    qtbot.waitUntil(lambda: bool(after), timeout=5000)
    assert launcher.process is None and not fake_viewer.exists()


def test_virt_viewer_is_started_off_the_gui_thread(qtbot, fake_viewer, monkeypatch):
    """QProcess.start runs the program on the calling thread with vfork's rule: the caller
    waits until the child's execve is done, and an execve of a program on a network mount
    that stopped answering hangs (strace: clone(CLONE_VM|CLONE_VFORK)). It ran on the GUI
    thread, which froze; the program is now started in a worker."""
    import subprocess
    import threading

    from PySide6.QtCore import QProcess

    release = threading.Event()
    spawned_on: list[str] = []

    def hung_exec(real):
        def spawn(*args, **kwargs):
            spawned_on.append(threading.current_thread().name)
            release.wait(2)  # the execve that waits for the mount
            return real(*args, **kwargs)
        return spawn

    monkeypatch.setattr(QProcess, "start", hung_exec(QProcess.start))
    monkeypatch.setattr(subprocess, "Popen", hung_exec(subprocess.Popen))
    launcher = ViewerLauncher()
    try:
        launcher.start("test:///default", str(uuidlib.uuid4()))
        qtbot.waitUntil(lambda: bool(spawned_on), timeout=5000)
        assert spawned_on != [threading.main_thread().name]
    finally:
        release.set()
    with qtbot.waitSignal(launcher.finished, timeout=10000) as ended:
        pass
    assert ended.args == [3, False] and fake_viewer.exists()


def test_virt_viewers_end_is_heard_without_pidfds(qtbot, fake_viewer, monkeypatch):
    """A kernel before 5.3 has no pidfd: the end is looked for now and then instead."""
    from kvmgui.widgets.vnc import viewer as viewer_module

    def no_pidfd(_pid):
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(viewer_module.os, "pidfd_open", no_pidfd)
    monkeypatch.setattr(viewer_module, "POLL_MS", 10)
    launcher = ViewerLauncher()
    with qtbot.waitSignal(launcher.finished, timeout=10000) as ended:
        launcher.start("test:///default", str(uuidlib.uuid4()))
    assert ended.args == [3, False] and not launcher.running


def test_a_console_deleted_while_virt_viewer_runs_closes_its_pidfd(qtbot, fake_viewer):
    """The pidfd that hears virt-viewer's end was closed only when that end was heard: a
    console deleted while virt-viewer still ran left one descriptor open for good."""
    bindir = fake_viewer.parent / "bin"
    (bindir / "virt-viewer").write_text("#!/bin/sh\nexec sleep 30\n")
    launcher = ViewerLauncher()
    with qtbot.waitSignal(launcher.started, timeout=10000):
        launcher.start("test:///default", str(uuidlib.uuid4()))
    process = launcher.process
    assert process is not None
    pidfd = launcher._pidfd
    assert _fd_kind(pidfd) == "anon_inode:[pidfd]"  # its end is heard through it
    launcher.stop()
    shiboken6.delete(launcher)  # the console went, virt-viewer not yet ended
    try:  # a pidfd is kept only until the stopped virt-viewer has ended (to reap it)
        qtbot.waitUntil(lambda: _fd_kind(pidfd) != "anon_inode:[pidfd]", timeout=5000)
    finally:
        process.kill()
        process.wait()


def _fd_kind(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except FileNotFoundError:
        return "closed"


def test_a_host_ssh_cannot_take_is_said_by_name_without_the_password(qtbot, connected,
                                                                      make_console, monkeypatch):
    """The English 'bad host in <URI>' carried the URI's password; the console says the
    host, in words."""
    monkeypatch.setattr(type(connected), "dial_uri",
                        property(lambda _c: "qemu+ssh://alice:s3cret@-oProxyCommand=x/system"))
    monkeypatch.setattr(type(connected), "is_local", property(lambda _c: False))
    uid = define(qtbot, connected, VNC)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.NO_DISPLAY)
    text = console.message.text()
    assert "-oProxyCommand=x" in text and "s3cret" not in text
    assert "ssh" in text
    assert not console.viewer_button.isVisibleTo(console)  # it dials the same URI


def test_a_display_without_its_port_yet_says_so_and_looks_again_when_the_vm_changes(
        qtbot, connected, make_console, monkeypatch):
    """A starting VM's autoport display has port -1 in the live XML: it was said to listen
    nowhere, and never looked at again while the VM ran."""
    uid = define(qtbot, connected, "<graphics type='vnc' port='-1' autoport='yes'/>")
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.NO_DISPLAY)
    assert console.controller.detail == graphics.GraphicsProblem.NO_PORT_YET.value
    assert "no port yet" in console.message.text()
    reads = []
    real = graphics.read_displays
    monkeypatch.setattr(graphics, "read_displays", lambda c, u: reads.append(u) or real(c, u))
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uid).suspend())
    qtbot.waitUntil(lambda: bool(reads), timeout=5000)


@pytest.mark.parametrize(("device", "name"), [
    ("<graphics type='sdl' display=':0'/>", "SDL"),
    ("<graphics type='rdp' port='3389'/>", "RDP"),
    ("<graphics type='dbus'/>", "D-Bus"),
])
def test_a_display_kvmgui_cannot_show_is_named(qtbot, connected, make_console, device, name):
    """A VM whose only display is SDL, RDP or D-Bus was said to have no graphical display
    at all."""
    uid = define(qtbot, connected, device)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.NO_DISPLAY)
    text = console.message.text()
    assert name in text and "no graphical display" not in text
    assert console.add_display_button.isVisibleTo(console)


def test_a_tunnel_that_gives_up_keeps_ssh_s_reason(qtbot, connected, make_console, tmp_path,
                                                   monkeypatch):
    """ssh's own last words (here: the far side refused) were lost behind GVnc's message,
    or came with every line ssh printed before them."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    fake = bindir / "ssh"
    fake.write_text(textwrap.dedent("""\
        #!/bin/sh
        echo "Warning: Permanently added 'far' (ED25519) to the list of known hosts." >&2
        echo "channel 0: open failed: connect failed: Connection refused" >&2
        echo "stdio forwarding failed" >&2
        exit 255
    """))
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(type(connected), "dial_uri", property(lambda _c: "qemu+ssh://far/system"))
    monkeypatch.setattr(type(connected), "is_local", property(lambda _c: False))
    uid = define(qtbot, connected, VNC)
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.FAILED)
    text = console.message.text()
    assert "stdio forwarding failed" in text
    assert "Permanently added" not in text
    assert "nothing listens there" in text  # ssh's "Connection refused", in words


def test_a_display_that_refuses_the_connection_says_why_in_words(qtbot, connected, make_console,
                                                                 monkeypatch):
    """A TCP connect to the display that failed said Python's '[Errno 111] Connection
    refused', English in every language."""
    import socket

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    server.close()  # nobody listens there now
    monkeypatch.setattr(type(connected), "dial_uri", property(lambda _c: "qemu+tcp://127.0.0.1/system"))
    monkeypatch.setattr(type(connected), "is_local", property(lambda _c: False))
    uid = define(qtbot, connected, f"<graphics type='vnc' port='{port}' autoport='no' listen='0.0.0.0'/>")
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.FAILED)
    text = console.message.text()
    assert "nothing listens there" in text and "[Errno" not in text


def test_a_tunnel_program_that_is_not_there_is_said_and_virt_viewer_not_offered(
        qtbot, connected, make_console, monkeypatch):
    """The URI's command= (or ssh) missing here said Python's '[Errno 2] No such file or
    directory: …' as a failure of the link, and offered virt-viewer, which dials the same
    URI and fails the same way."""
    monkeypatch.setattr(type(connected), "dial_uri",
                        property(lambda _c: "qemu+ssh://far/system?command=/nonexistent/ssh"))
    monkeypatch.setattr(type(connected), "is_local", property(lambda _c: False))
    uid = define(qtbot, connected, "<graphics type='vnc' port='5901' autoport='no' listen='0.0.0.0'/>")
    console = make_console(uid)
    console.start()
    qtbot.waitUntil(lambda: console.controller.state not in (ConsoleState.IDLE,
                                                             ConsoleState.CONNECTING), timeout=10000)
    text = console.message.text()
    assert "/nonexistent/ssh" in text and "[Errno" not in text
    assert not console.viewer_button.isVisibleTo(console)


def test_virt_viewer_that_fails_at_once_shows_its_last_words(qtbot, tmp_path, monkeypatch):
    """virt-viewer's own reason (it could not connect, a display it cannot open) went to
    kvmgui's stderr, where nobody sees it: the page said only "exit status 1". What it
    prints is kept (its end only) and its last lines shown when it fails at once."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    script = bindir / "virt-viewer"
    script.write_text(textwrap.dedent("""\
        #!/bin/sh
        i=0
        while [ $i -lt 2000 ]; do echo "noise line $i of a chatty start" >&2; i=$((i+1)); done
        echo "(virt-viewer:42): Gtk-WARNING **: cannot open display: :99" >&2
        exit 1
    """))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    launcher = ViewerLauncher()
    with qtbot.waitSignal(launcher.finished, timeout=10000):
        launcher.start("test:///default", str(uuidlib.uuid4()))
    assert launcher.last_words.endswith("cannot open display: :99")
    assert len(launcher.last_words) <= 1000
    from kvmgui.widgets.vnc import wording

    text = wording.viewer_finished_text(1, False, launcher.last_words)
    assert "exit status 1" in text and "cannot open display: :99" in text


def test_a_socket_display_on_this_machine_that_cannot_be_opened_says_why_in_words(
        qtbot, connected, make_console, monkeypatch, tmp_path):
    monkeypatch.setattr(type(connected), "dial_uri", property(lambda _c: "qemu+tcp://localhost/system"))
    monkeypatch.setattr(type(connected), "is_local", property(lambda _c: False))
    missing = tmp_path / "gone" / "vnc.sock"
    uid = define(qtbot, connected, f"<graphics type='vnc'><listen type='socket' socket='{missing}'/>"
                                   "</graphics>")
    console = make_console(uid)
    console.start()
    wait_state(qtbot, console, ConsoleState.FAILED)
    text = console.message.text()
    assert "no such file or directory" in text and "[Errno" not in text
