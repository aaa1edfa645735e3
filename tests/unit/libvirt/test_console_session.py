"""The text console's session following its VM through a restart that libvirt's events tell
in one burst (virsh destroy; virsh start): the test driver has no console streams, so a
stand-in stream is opened (tests/unit/libvirt/test_console_stream.py's)."""

import libvirt
import pytest

from kvmgui.libvirt import console as console_module
from kvmgui.libvirt.console import ConsoleSession, ConsoleState
from tests.helpers import FakeError, run_in_worker
from tests.unit.libvirt.test_console_stream import FakeStream

SERIAL_VM = """<domain type='test'><name>serialrun</name><memory>65536</memory>
<os><type>hvm</type></os><devices><serial type='pty'><target port='0'/></serial></devices>
</domain>"""


@pytest.fixture
def opened(connected, qtbot, monkeypatch):
    """A running VM's console, open on a stand-in stream; ``streams`` lists those opened."""
    streams = []

    def open_job(_c, _uuid, _alias, _flags):
        streams.append(FakeStream())
        return streams[-1]

    monkeypatch.setattr(console_module, "_open_job", open_job)
    run_in_worker(qtbot, connected, lambda c: c.defineXML(SERIAL_VM).create())
    qtbot.waitUntil(lambda: any(r.name == "serialrun" for r in connected.domains.records()))
    uuid = next(r.uuid for r in connected.domains.records() if r.name == "serialrun")
    session = ConsoleSession(connected, uuid, None)
    session.start()
    qtbot.waitUntil(lambda: session.state is ConsoleState.CONNECTED, timeout=5000)
    yield session, streams
    session.close()
    session.deleteLater()


def restart_in_one_burst(conn, uuid):
    """virsh destroy; virsh start, with the GUI thread held until both are done: libvirt's
    events of the two then come in one burst (a fast reset, or a busy window)."""
    def job(c):
        dom = c.lookupByUUIDString(uuid)
        dom.destroy()
        dom.create()
    conn.run(job).result(timeout=10)


def test_a_vm_restarted_within_one_burst_gets_its_console_back(connected, qtbot, opened):
    """The VM's record never showed it stopped: the old run's stream ended ("I/O error")
    while the VM ran, and the page offered Reconnect and Take over as if another client
    had taken the console."""
    session, streams = opened
    restart_in_one_burst(connected, session.uuid)
    streams[0].incoming = [FakeError("stream had I/O failure")]
    streams[0].fire(libvirt.VIR_STREAM_EVENT_READABLE)
    qtbot.waitUntil(lambda: len(streams) == 2 and session.state is ConsoleState.CONNECTED,
                    timeout=5000)
    assert session.stream is not None and session.stream._stream is streams[1]


def test_a_console_ended_before_the_restart_was_told_opens_on_the_new_run(connected, qtbot,
                                                                          opened):
    session, streams = opened
    connected.domains.changed.disconnect(session._records)  # the events are still out
    restart_in_one_burst(connected, session.uuid)
    streams[0].incoming = [FakeError("stream had I/O failure")]
    streams[0].fire(libvirt.VIR_STREAM_EVENT_READABLE)
    qtbot.waitUntil(lambda: session.state is ConsoleState.ENDED, timeout=5000)
    connected.domains.changed.connect(session._records)
    connected.refresh("domain", session.uuid)  # the events' re-reading
    qtbot.waitUntil(lambda: len(streams) == 2 and session.state is ConsoleState.CONNECTED,
                    timeout=5000)


def test_a_console_opened_on_a_new_run_says_so_before_its_output(connected, qtbot, opened):
    """So the terminal can undo the modes the old run's programs left (alternate screen,
    hidden cursor); opening again on the same run is no new run."""
    session, streams = opened
    events = []
    session.newRun.connect(lambda: events.append("new run"))
    session.received.connect(lambda data: events.append(data))
    session.open()
    qtbot.waitUntil(lambda: len(streams) == 2 and session.state is ConsoleState.CONNECTED,
                    timeout=5000)
    assert events == []
    restart_in_one_burst(connected, session.uuid)
    streams[1].incoming = [FakeError("stream had I/O failure")]
    streams[1].fire(libvirt.VIR_STREAM_EVENT_READABLE)
    qtbot.waitUntil(lambda: len(streams) == 3 and session.state is ConsoleState.CONNECTED,
                    timeout=5000)
    streams[2].incoming = [b"SeaBIOS"]
    streams[2].fire(libvirt.VIR_STREAM_EVENT_READABLE)
    qtbot.waitUntil(lambda: len(events) == 2)
    assert events == ["new run", b"SeaBIOS"]


def test_a_vm_reset_under_an_open_console_is_a_new_run_too(connected, qtbot, opened):
    """virsh reset, the guest's reboot: the run and its stream stay, the guest starts anew."""
    import time

    from kvmgui.libvirt.records import LibvirtEvent
    session, streams = opened
    events = []
    session.newRun.connect(lambda: events.append("new run"))

    def told(uuid, event_id):
        return LibvirtEvent(time.time(), "domain", uuid, "serialrun", event_id)

    connected.events.emit([told("another-vm", libvirt.VIR_DOMAIN_EVENT_ID_REBOOT),
                           told(session.uuid, libvirt.VIR_DOMAIN_EVENT_ID_DEVICE_ADDED)])
    assert events == []
    connected.events.emit([told(session.uuid, libvirt.VIR_DOMAIN_EVENT_ID_REBOOT)])
    assert events == ["new run"] and session.stream is not None and len(streams) == 1
