"""The serial console against a real, isolated libvirtd + QEMU with the tiny guest (a shell on
ttyS0): typed into the details window's terminal, `echo $((6*7))` answers 42; `reboot -f`
keeps the stream; `virsh destroy` ends it cleanly and a start reopens it; a second client
takes the console over, and the page takes it back."""

import time

import pytest
from PySide6.QtCore import Qt

from kvmgui.dialogs.details import DetailsWindow
from kvmgui.libvirt.console import ConsoleSession, ConsoleState
from kvmgui.widgets.terminal.selection import line_text
from tests.guest.build import BOOT_MARKER, tiny_guest_xml
from tests.helpers import open_connection
from tests.integration.helpers import define_domain

pytestmark = pytest.mark.integration


def all_text(terminal):
    screen = terminal.vt
    history = [line_text(line, screen.columns).rstrip() for line in screen.history]
    return "\n".join(history + terminal.text_lines())


def type_line(qtbot, terminal, text):
    terminal.setFocus()
    qtbot.keyClicks(terminal, text)
    qtbot.keyClick(terminal, Qt.Key.Key_Return)


def wait_state(qtbot, session, state, timeout=30000):
    qtbot.waitUntil(lambda: session.state is state, timeout=timeout)


def wait_for_prompt(qtbot, terminal):
    """The shell may have printed its prompt before we connected: press Enter until one shows."""
    last = [0.0]

    def prompt():
        if all_text(terminal).rstrip().endswith("/ #"):
            return True
        if time.monotonic() - last[0] > 2:
            last[0] = time.monotonic()
            qtbot.keyClick(terminal, Qt.Key.Key_Return)
        return False

    qtbot.waitUntil(prompt, timeout=90000)


def count(terminal, line):
    return all_text(terminal).split("\n").count(line)


def answers_42(qtbot, terminal):
    before = count(terminal, "42")
    type_line(qtbot, terminal, "echo $((6*7))")
    qtbot.waitUntil(lambda: count(terminal, "42") > before, timeout=30000)


def test_serial_console_in_the_details_window(isolated_host, guest_assets, registry, qtbot,
                                              settings, monkeypatch):
    host = isolated_host
    define_domain(host, tiny_guest_xml("tiny", guest_assets, extra_cmdline="kvmgui.shell=ttyS0"))
    host.virsh("start", "tiny")
    conn = open_connection(registry, qtbot, host.uri)
    uuid = next(r.uuid for r in conn.domains.records() if r.name == "tiny")
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    window = DetailsWindow(conn, uuid, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    view = window.console_page.current_view()
    terminal, session = view.terminal, view.session
    wait_state(qtbot, session, ConsoleState.CONNECTED)
    assert session.alias == "serial0"

    wait_for_prompt(qtbot, terminal)
    answers_42(qtbot, terminal)

    stream = session.stream
    boots = all_text(terminal).count(BOOT_MARKER)
    type_line(qtbot, terminal, "reboot -f")
    qtbot.waitUntil(lambda: all_text(terminal).count(BOOT_MARKER) > boots, timeout=90000)
    assert session.stream is stream and session.state is ConsoleState.CONNECTED
    wait_for_prompt(qtbot, terminal)
    answers_42(qtbot, terminal)

    host.virsh("destroy", "tiny")
    wait_state(qtbot, session, ConsoleState.STOPPED)
    assert session.stream is None
    assert "not running" in view.status.text()

    boots = all_text(terminal).count(BOOT_MARKER)
    host.virsh("start", "tiny")
    wait_state(qtbot, session, ConsoleState.CONNECTED)
    qtbot.waitUntil(lambda: all_text(terminal).count(BOOT_MARKER) > boots, timeout=90000)
    wait_for_prompt(qtbot, terminal)

    other = open_connection(registry, qtbot, host.uri + "&client=2")
    second = ConsoleSession(other, uuid, "serial0")
    got = bytearray()
    second.received.connect(got.extend)
    second.start()
    wait_state(qtbot, second, ConsoleState.BUSY)
    second.open(force=True)
    wait_state(qtbot, second, ConsoleState.CONNECTED)
    wait_state(qtbot, session, ConsoleState.ENDED)
    assert view.take_over_button.isVisible()
    second.send(b"echo $((7*6))x\r")
    qtbot.waitUntil(lambda: b"42x" in got, timeout=30000)

    view.take_over_button.click()
    wait_state(qtbot, session, ConsoleState.CONNECTED)
    wait_state(qtbot, second, ConsoleState.ENDED)
    answers_42(qtbot, terminal)
    second.close()
