"""The console session against a real, isolated libvirtd + QEMU with the tiny guest's shell on
ttyS0: type and read, a reboot keeps the stream, destroy ends it cleanly, a start reopens it,
and a second client takes the console over."""

import pytest

from kvmgui.libvirt.console import ConsoleSession, ConsoleState
from tests.guest.build import BOOT_MARKER, tiny_guest_xml
from tests.helpers import open_connection
from tests.integration.helpers import define_domain

pytestmark = pytest.mark.integration


class Sink:
    def __init__(self, session):
        self.data = bytearray()
        self.states = []
        session.received.connect(self.data.extend)
        session.stateChanged.connect(lambda s, m: self.states.append((s, m)))

    def text(self):
        return self.data.decode(errors="replace")


def shell_guest(host, assets, name="tiny"):
    xml = tiny_guest_xml(name, assets, extra_cmdline="kvmgui.shell=ttyS0")  # pty serial
    define_domain(host, xml)
    host.virsh("start", name)


def uuid_of(conn, name):
    return next(r.uuid for r in conn.domains.records() if r.name == name)


def wait_state(qtbot, session, state, timeout=20000):
    qtbot.waitUntil(lambda: session.state is state, timeout=timeout)


def test_console_session_lifecycle(isolated_host, guest_assets, registry, qtbot):
    host = isolated_host
    shell_guest(host, guest_assets)
    conn = open_connection(registry, qtbot, host.uri)
    session = ConsoleSession(conn, uuid_of(conn, "tiny"), None)
    sink = Sink(session)
    session.start()
    wait_state(qtbot, session, ConsoleState.CONNECTED)
    # The shell may not be up yet: ask until it answers.
    def answered():
        if "42" not in sink.text().replace("6*7", ""):
            session.send(b"echo $((6*7))\r")
            return False
        return True
    qtbot.waitUntil(answered, timeout=60000)
    print(sink.text()[-500:])
    # a guest reboot keeps the stream
    stream = session.stream
    mark = len(sink.data)
    session.send(b"reboot -f\r")
    qtbot.waitUntil(lambda: BOOT_MARKER in sink.data[mark:].decode(errors="replace"), timeout=60000)
    assert session.state is ConsoleState.CONNECTED and session.stream is stream
    # destroy ends it cleanly
    host.virsh("destroy", "tiny")
    wait_state(qtbot, session, ConsoleState.STOPPED)
    print(sink.states)
    assert session.stream is None
    # a start reopens it
    host.virsh("start", "tiny")
    wait_state(qtbot, session, ConsoleState.CONNECTED)
    mark = len(sink.data)
    qtbot.waitUntil(lambda: BOOT_MARKER in sink.data[mark:].decode(errors="replace"), timeout=60000)
    # a second client: busy, then takes over; the first one ends
    other = open_connection(registry, qtbot, host.uri + "&x=2")
    second = ConsoleSession(other, uuid_of(other, "tiny"), None)
    sink2 = Sink(second)
    second.start()
    wait_state(qtbot, second, ConsoleState.BUSY)
    print("busy:", second.message)
    second.open(force=True)
    wait_state(qtbot, second, ConsoleState.CONNECTED)
    wait_state(qtbot, session, ConsoleState.ENDED)  # libvirt: "stream had I/O failure"
    def answered2():
        if "42" not in sink2.text().replace("6*7", ""):
            second.send(b"echo $((6*7))\r")
            return False
        return True
    qtbot.waitUntil(answered2, timeout=60000)
    second.close()
    session.close()
