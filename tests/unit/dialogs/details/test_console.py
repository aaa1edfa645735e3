"""The Console page on the test driver. The test driver has no console streams (openConsole
is not supported there), so this covers the page's own work: the chooser, the status line for
each state, libvirt's refusal shown with Reconnect, reopening when the VM starts, the offer to
add a serial port, Take over (with a stand-in stream), and the console's own window. The
stream itself is covered in tests/unit/libvirt/test_console_stream.py, the real thing in
tests/integration/test_serial_console.py."""

import threading
from types import SimpleNamespace

import libvirt
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kvmgui.dialogs.details import DetailsWindow
from kvmgui.dialogs.details.console_serial import SerialConsoleView
from kvmgui.libvirt import console as console_module
from kvmgui.libvirt.console import ConsoleState
from kvmgui.xml.domain import DomainDoc
from tests.helpers import FakeError, run_in_worker
from tests.unit.libvirt.test_console_stream import FakeStream

SERIAL_VM = """<domain type='test'><name>serialvm</name><memory>65536</memory>
<os><type>hvm</type></os><devices>
<serial type='pty'><target port='0'/></serial>
<console type='pty'><target type='serial' port='0'/></console>
<console type='pty'><target type='virtio' port='1'/></console>
</devices></domain>"""


@pytest.fixture
def window_of(connected, qtbot, settings, monkeypatch):
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())

    def open_window(name):
        uuid = next(r.uuid for r in connected.domains.records() if r.name == name)
        window = DetailsWindow(connected, uuid, settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.view is not None)
        return window

    return open_window


@pytest.fixture
def serial_vm(connected, qtbot):
    def define(c):
        c.defineXML(SERIAL_VM)
    run_in_worker(qtbot, connected, define)
    qtbot.waitUntil(lambda: any(r.name == "serialvm" for r in connected.domains.records()))
    return "serialvm"


def serial_view(window):
    page = window.console_page
    return page.current_view()


def test_the_window_opens_on_the_console_first(window_of):
    window = window_of("build")
    assert window.page_list.item(0).text() == "Console"
    assert window.current_page() is window.console_page


def test_no_serial_device_offers_add_hardware_on_the_serial_kind(window_of, qtbot):
    window = window_of("build")
    page = window.console_page
    assert page.stack.currentWidget() is page.none
    assert not page.detach_button.isEnabled()
    page.add_serial_button.click()
    dialog = window.add_hw_dialog
    assert dialog.isVisible() and dialog.current_form() is dialog.forms["serial"]
    dialog.reject()


def test_chooser_lists_serial_and_virtio_consoles_without_the_repeat(window_of, serial_vm):
    window = window_of(serial_vm)
    page = window.console_page
    labels = [page.chooser.itemText(i) for i in range(page.chooser.count())]
    assert labels == ["Serial port 0", "Text console 1 (virtio)", "Graphical console"]
    assert page.chooser.isEnabled()
    assert page.chooser.accessibleName() == "Console device"


def test_stopped_vm_waits_then_opens_when_it_starts(window_of, serial_vm, connected, qtbot):
    window = window_of(serial_vm)
    view = serial_view(window)
    assert isinstance(view, SerialConsoleView)
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.STOPPED)
    assert "not running" in view.status.text()
    assert view.terminal.accessibleName() == "Serial console"
    run_in_worker(qtbot, connected, lambda c: c.lookupByName(serial_vm).create())
    # It tries by itself; the test driver has no console streams and says so.
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.FAILED, timeout=5000)
    assert view.session.message in view.status.text()
    assert view.reconnect_button.isVisible() and not view.take_over_button.isVisible()


def test_in_use_offers_take_over_which_forces_and_connects(window_of, serial_vm, connected,
                                                          qtbot, monkeypatch):
    flags_seen, fake = [], FakeStream()

    def open_job(c, uuid, alias, flags):
        flags_seen.append(flags)
        if not flags & libvirt.VIR_DOMAIN_CONSOLE_FORCE:
            err = FakeError("operation failed: Active console session exists for this domain")
            err.get_error_code = lambda: libvirt.VIR_ERR_OPERATION_FAILED
            raise err
        return fake

    monkeypatch.setattr(console_module, "_open_job", open_job)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName(serial_vm).create())
    window = window_of(serial_vm)
    view = serial_view(window)
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.BUSY, timeout=5000)
    assert "Active console session exists" in view.status.text()
    assert view.take_over_button.isVisible()
    view.take_over_button.click()
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.CONNECTED, timeout=5000)
    assert flags_seen == [0, libvirt.VIR_DOMAIN_CONSOLE_FORCE]
    assert not view.take_over_button.isVisible()
    fake.incoming = [b"\x1b[1mlogin:\x1b[0m "]
    fake.fire(libvirt.VIR_STREAM_EVENT_READABLE)
    qtbot.waitUntil(lambda: view.terminal.text_lines()[0] == "login:")
    view.terminal.setFocus()
    qtbot.keyClicks(view.terminal, "root")
    qtbot.keyClick(view.terminal, Qt.Key.Key_Return)
    assert bytes(fake.sent) == b"root\r"
    # Another client takes it over: the stream errors; the page says so, offers both.
    fake.incoming = [FakeError("stream had I/O failure")]
    fake.fire(libvirt.VIR_STREAM_EVENT_READABLE)
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.ENDED)
    assert "stream had I/O failure" in view.status.text()
    assert view.take_over_button.isVisible() and view.reconnect_button.isVisible()
    view.take_over_button.click()
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.CONNECTED, timeout=5000)
    assert fake.callback is not None
    # Closing the window lets go of the console (kept alive here for qtbot's teardown).
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.close()
    assert fake.callback is None
    qtbot.waitUntil(lambda: fake.calls[-1] == ("abort",))


def test_console_moves_to_its_own_window_and_back(window_of, serial_vm, qtbot):
    window = window_of(serial_vm)
    page = window.console_page
    view = page.current_view()
    console_window = page.detach()
    assert console_window is not None and view.window() is console_window
    assert page.stack.currentWidget() is page.away
    console_window.full_action.trigger()
    assert console_window.isFullScreen() or console_window.windowState() & Qt.WindowState.WindowFullScreen
    console_window.close()
    assert page.window_ is None and view.window() is window
    assert page.stack.currentWidget() is view


def test_no_console_at_all_offers_a_display_too(window_of, qtbot):
    window = window_of("build")
    page = window.console_page
    assert page.stack.currentWidget() is page.none
    page.add_display_button.click()
    dialog = window.add_hw_dialog
    assert dialog.isVisible() and dialog.current_form() is dialog.forms["graphics"]
    dialog.reject()


def test_a_vm_with_a_text_console_and_no_display_shows_the_text_first(window_of, serial_vm):
    page = window_of(serial_vm).console_page
    labels = [page.chooser.itemText(i) for i in range(page.chooser.count())]
    assert labels[-1] == "Graphical console" and labels[0] == "Serial port 0"
    assert page.chooser.currentIndex() == 0


VNC_VM = """<domain type='test'><name>vncvm</name><memory>65536</memory>
<os><type>hvm</type></os><devices>
<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'/>
<serial type='pty'><target port='0'/></serial>
</devices></domain>"""


@pytest.fixture
def vnc_vm(connected, qtbot, monkeypatch):
    """A running VM whose VNC socket comes from a fake RFB server."""
    from kvmgui.libvirt.graphics import OpenedSocket
    from kvmgui.widgets.vnc import controller as controller_module
    from tests.unit.widgets.vnc.fake_rfb import FakeRfbServer

    servers = []

    def fake_open(_conn, _uuid, _route):
        servers.append(FakeRfbServer(width=80, height=60))
        return OpenedSocket(servers[-1].client_fd())

    monkeypatch.setattr(controller_module.graphics, "open_socket", fake_open)
    run_in_worker(qtbot, connected, lambda c: c.defineXML(VNC_VM).create())
    qtbot.waitUntil(lambda: any(r.name == "vncvm" for r in connected.domains.records()))
    yield "vncvm"
    for server in servers:
        server.close()


def test_f11_in_the_console_window_shows_the_vm_screen_full_screen(window_of, vnc_vm, qtbot):
    from kvmgui.widgets.vnc.controller import ConsoleState as VncState

    window = window_of(vnc_vm)
    page = window.console_page
    console = page.current_view().console
    console_window = page.detach()
    qtbot.waitUntil(lambda: console.controller.state is VncState.CONNECTED, timeout=10000)
    console_window.activateWindow()
    console.send_key_button.setFocus()  # not the screen: there F11 is the guest's
    qtbot.waitUntil(console.send_key_button.hasFocus)
    qtbot.keyClick(console.send_key_button, Qt.Key.Key_F11)
    assert console.fullscreen is not None  # the VM's screen, as virt-manager's F11
    assert not console_window.full_action.isChecked()
    console.leave_fullscreen()
    # Both stay reachable from the toolbars.
    assert console.fullscreen_action in console.toolbar.actions()
    assert console_window.full_action in console_window.toolbar.actions()
    # The window full screen (its toolbar hidden): F11 brings the window back.
    console_window.full_action.trigger()
    console.send_key_button.setFocus()
    qtbot.waitUntil(console.send_key_button.hasFocus)
    qtbot.keyClick(console.send_key_button, Qt.Key.Key_F11)
    assert not console_window.full_action.isChecked() and console.fullscreen is None
    # A text console has no full screen of its own: F11 is the window's.
    page.chooser.setCurrentIndex(page.chooser.findText("Serial port 0"))
    serial = page.current_view()
    serial.terminal.setFocus()
    qtbot.waitUntil(serial.terminal.hasFocus)
    qtbot.keyClick(serial.terminal, Qt.Key.Key_F11)
    assert console_window.full_action.isChecked()
    console_window.close()
    assert console.fullscreen_action.shortcut() == QKeySequence(Qt.Key.Key_F11)  # back on the page


@pytest.mark.parametrize("force", [False, True])
def test_a_device_named_while_connecting_is_the_one_opened(connected, serial_vm, qtbot,
                                                            monkeypatch, force):
    """The page reads the definition (no aliases) first: the open starts without a name,
    which is libvirt's first console; the running VM's XML then names the virtio console."""
    opened, release, streams = [], threading.Event(), {}

    def open_job(c, uuid, alias, flags):
        opened.append(alias)
        assert bool(flags & libvirt.VIR_DOMAIN_CONSOLE_FORCE) is force
        if alias is None:
            release.wait(10)  # still connecting when the name arrives
        streams[alias] = FakeStream()
        return streams[alias]

    monkeypatch.setattr(console_module, "_open_job", open_job)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName(serial_vm).create())
    uuid = next(r.uuid for r in connected.domains.records() if r.name == serial_vm)
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state.is_active)
    view = SerialConsoleView(connected, uuid, "console:1")
    qtbot.addWidget(view)
    doc = DomainDoc.from_string(SERIAL_VM)
    view.show_view(SimpleNamespace(doc=doc, live=None))
    view.session.open(force=force)  # force: Take over
    qtbot.waitUntil(lambda: opened == [None])
    assert view.session.state is ConsoleState.CONNECTING
    live = DomainDoc.from_string(SERIAL_VM.replace(
        "<target port='0'/>", "<target port='0'/><alias name='serial0'/>").replace(
        "port='1'/>", "port='1'/><alias name='console1'/>"))
    view.show_view(SimpleNamespace(doc=doc, live=live))
    release.set()
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.CONNECTED, timeout=5000)
    assert opened == [None, "console1"]
    assert streams["console1"].callback is not None  # the named device is read
    # The first open may end after the named one: its stream is let go once it comes.
    qtbot.waitUntil(lambda: None in streams and ("abort",) in streams[None].calls)
    view.shutdown()


@pytest.mark.parametrize("code", [libvirt.VIR_ERR_OPERATION_FAILED, libvirt.VIR_ERR_INTERNAL_ERROR])
def test_a_device_named_after_its_unnamed_open_failed_is_opened(connected, serial_vm, qtbot,
                                                                 monkeypatch, code):
    """An open without a name is of libvirt's first console: its refusal (busy, or another
    error) was shown for the virtio console, which was never opened once named."""
    opened, stream = [], FakeStream()

    def open_job(c, uuid, alias, flags):
        opened.append(alias)
        if alias is None:
            err = FakeError("Active console session exists for this domain")
            err.get_error_code = lambda: code
            raise err
        return stream

    monkeypatch.setattr(console_module, "_open_job", open_job)
    run_in_worker(qtbot, connected, lambda c: c.lookupByName(serial_vm).create())
    uuid = next(r.uuid for r in connected.domains.records() if r.name == serial_vm)
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state.is_active)
    view = SerialConsoleView(connected, uuid, "console:1")
    qtbot.addWidget(view)
    doc = DomainDoc.from_string(SERIAL_VM)
    view.show_view(SimpleNamespace(doc=doc, live=None))
    view.activate()
    qtbot.waitUntil(lambda: view.session.state in (ConsoleState.BUSY, ConsoleState.FAILED),
                    timeout=5000)
    live = DomainDoc.from_string(SERIAL_VM.replace(
        "<target port='0'/>", "<target port='0'/><alias name='serial0'/>").replace(
        "port='1'/>", "port='1'/><alias name='console1'/>"))
    view.show_view(SimpleNamespace(doc=doc, live=live))
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.CONNECTED, timeout=5000)
    assert opened == [None, "console1"]
    view.shutdown()


def test_the_last_console_removed_closes_its_window(window_of, serial_vm, connected, qtbot):
    window = window_of(serial_vm)
    page = window.console_page
    console_window = page.detach()
    closed = []
    console_window.closed.connect(lambda: closed.append(1))
    bare = SERIAL_VM.replace("<memory>", f"<uuid>{page.uuid}</uuid><memory>").split(
        "<devices>")[0] + "<devices></devices></domain>"
    run_in_worker(qtbot, connected, lambda c: c.defineXML(bare))
    qtbot.waitUntil(lambda: page.chooser.count() == 0, timeout=5000)
    # Not an empty window: it closes and the page says there is no console.
    assert closed == [1] and page.window_ is None
    assert page.stack.currentWidget() is page.none
    assert page.views == {}


def test_a_device_without_a_pty_offers_no_reconnect(connected, serial_vm, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(console_module, "_open_job",
                        lambda c, uuid, alias, flags: opened.append(alias) or FakeStream())
    run_in_worker(qtbot, connected, lambda c: c.lookupByName(serial_vm).create())
    uuid = next(r.uuid for r in connected.domains.records() if r.name == serial_vm)
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state.is_active)
    view = SerialConsoleView(connected, uuid, "serial:1")
    qtbot.addWidget(view)
    doc = DomainDoc.from_string(SERIAL_VM.replace(
        "</devices>", "<serial type='file'><source path='/tmp/s1.log'/><target port='1'/>"
                      "</serial></devices>"))
    view.show_view(SimpleNamespace(doc=doc, live=None))
    view.show()
    assert "does not use a pty" in view.status.text()
    # Reconnect would open libvirt's first console (no alias yet) or fail: it cannot work.
    assert not view.reconnect_button.isVisibleTo(view)
    assert not view.take_over_button.isVisibleTo(view)
    assert opened == []
    # Made a pty meanwhile (redefined): it can be opened now, and says so.
    view.show_view(SimpleNamespace(doc=DomainDoc.from_string(SERIAL_VM.replace(
        "</devices>", "<serial type='pty'><target port='1'/></serial></devices>")), live=None))
    assert view.status.text() == "Not connected."
    assert view.reconnect_button.isVisibleTo(view)
    view.shutdown()


def test_the_console_window_follows_a_rename(window_of, serial_vm, connected, qtbot):
    window = window_of(serial_vm)
    page = window.console_page
    console_window = page.detach()
    assert "serialvm" in console_window.windowTitle()
    run_in_worker(qtbot, connected, lambda c: c.lookupByName(serial_vm).rename("tty & <co>", 0))
    qtbot.waitUntil(lambda: page.view is not None and page.view.doc.name == "tty & <co>",
                    timeout=5000)
    assert "tty & <co>" in console_window.windowTitle()
    assert console_window.accessibleName() == "tty & <co> — Console"
    console_window.close()


def test_a_vm_restarted_under_a_full_screen_program_shows_the_new_boot(connected, serial_vm,
                                                                       qtbot, monkeypatch):
    """top (alternate screen, hidden cursor) ran when the VM was stopped: after the start the
    new boot's output went to top's screen and the cursor stayed hidden."""
    streams = []
    monkeypatch.setattr(console_module, "_open_job",
                        lambda c, uuid, alias, flags: streams.append(FakeStream()) or streams[-1])
    run_in_worker(qtbot, connected, lambda c: c.lookupByName(serial_vm).create())
    uuid = next(r.uuid for r in connected.domains.records() if r.name == serial_vm)
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state.is_active)
    view = SerialConsoleView(connected, uuid, "serial:0")
    qtbot.addWidget(view)
    view.show_view(SimpleNamespace(doc=DomainDoc.from_string(SERIAL_VM), live=None))
    view.activate()
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.CONNECTED, timeout=5000)
    streams[0].incoming = [b"$ top\r\n\x1b[?1049h\x1b[?25l\x1b[Htop - 10:00:00 up 1 day"]
    streams[0].fire(libvirt.VIR_STREAM_EVENT_READABLE)
    qtbot.waitUntil(lambda: view.terminal.vt.alternate)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uuid).destroy())
    qtbot.waitUntil(lambda: view.session.state is ConsoleState.STOPPED, timeout=5000)
    run_in_worker(qtbot, connected, lambda c: c.lookupByUUIDString(uuid).create())
    qtbot.waitUntil(lambda: len(streams) == 2 and view.session.state is ConsoleState.CONNECTED,
                    timeout=5000)
    streams[1].incoming = [b"SeaBIOS\r\n"]
    streams[1].fire(libvirt.VIR_STREAM_EVENT_READABLE)
    qtbot.waitUntil(lambda: "SeaBIOS" in view.terminal.text_lines())
    assert view.terminal.text_lines()[:2] == ["$ top", "SeaBIOS"]
    assert not view.terminal.vt.alternate and view.terminal.vt.cursor_visible
    view.shutdown()


def test_a_display_the_console_cannot_show_does_not_go_before_the_text_console(
        window_of, connected, qtbot):
    """An SDL (or RDP, D-Bus) display counted as one to show: the page opened on a
    graphical console that can only say it cannot show it, the working serial console
    second."""
    def define(c):
        c.defineXML(SERIAL_VM.replace("serialvm", "sdlvm").replace(
            "<devices>", "<devices><graphics type='sdl' display=':0'/>"))
        c.defineXML("<domain type='test'><name>sdlonly</name><memory>65536</memory>"
                    "<os><type>hvm</type></os><devices><graphics type='sdl' display=':0'/>"
                    "</devices></domain>")
    run_in_worker(qtbot, connected, define)
    qtbot.waitUntil(lambda: {"sdlvm", "sdlonly"} <= {r.name for r in connected.domains.records()})
    page = window_of("sdlvm").console_page
    labels = [page.chooser.itemText(i) for i in range(page.chooser.count())]
    assert labels[0] == "Serial port 0" and labels[-1] == "Graphical console"
    assert page.chooser.currentIndex() == 0
    # Without a text console the graphical one still says what the display is.
    only = window_of("sdlonly").console_page
    assert only.stack.currentWidget() is not only.none
