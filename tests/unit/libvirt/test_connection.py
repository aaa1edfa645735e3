import errno
import os
import threading

import libvirt
import pytest

from kvmgui.libvirt import refresher
from kvmgui.libvirt.connection import Connection, ConnState, Reason
from kvmgui.libvirt.records import DomainState
from kvmgui.libvirt.subscriptions import RawEvent
from kvmgui.models import words
from tests.helpers import FakeError, open_connection, run_in_worker


def test_connect_lists_everything(connected):
    names = sorted(r.name for r in connected.domains.records())
    assert names == ["build", "db01", "desktop", "router", "web01"]
    states = {r.name: r.state for r in connected.domains.records()}
    assert states["web01"] == DomainState.RUNNING
    assert states["db01"] == DomainState.PAUSED
    assert states["build"] == DomainState.SHUTOFF
    assert sorted(n.name for n in connected.networks.records()) == ["default", "net10"]
    assert [p.name for p in connected.pools.records()] == ["home"]


def test_state_change_arrives_on_gui_thread(connected, qtbot):
    seen = []
    connected.domains.changed.connect(
        lambda recs: seen.extend((r.name, r.state, threading.current_thread()) for r in recs))
    with qtbot.waitSignal(connected.domains.changed, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").suspend())
    qtbot.waitUntil(lambda: connected.domains.get(_uuid(connected, "web01")).state
                    == DomainState.PAUSED, timeout=5000)
    assert seen and all(t is threading.main_thread() for *_x, t in seen)
    assert ("web01", DomainState.PAUSED) in [(n, s) for n, s, _t in seen]


def test_define_and_undefine_follow_events(connected, qtbot):
    xml = """<domain type='test'><name>fresh</name><memory>65536</memory>
             <os><type>hvm</type></os></domain>"""
    with qtbot.waitSignal(connected.domains.added, timeout=5000) as added:
        run_in_worker(qtbot, connected, lambda c: c.defineXML(xml))
    assert [r.name for r in added.args[0]] == ["fresh"]
    uuid = added.args[0][0].uuid
    with qtbot.waitSignal(connected.domains.removed, timeout=5000) as removed:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("fresh").undefine())
    assert removed.args[0] == [uuid]
    assert uuid not in connected.domains


def test_renamed_vm_shows_its_new_name(connected, qtbot):
    """The handle kvmgui keeps for a VM names it as it was when libvirt made the handle:
    after a rename the newer event's handle must replace the listing's."""
    uuid = _uuid(connected, "build")
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").rename("b2", 0))
    qtbot.waitUntil(lambda: connected.domains.get(uuid).name == "b2", timeout=3000)
    # And stays renamed when the VM is read again later (an event, then a refresh).
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("b2").setAutostart(1))
    connected.refresh("domain", uuid)
    qtbot.waitUntil(lambda: connected.domains.get(uuid).autostart, timeout=3000)
    assert connected.domains.get(uuid).name == "b2"


def test_transient_domain_leaves_when_stopped(connected, qtbot):
    xml = """<domain type='test'><name>temp</name><memory>65536</memory>
             <os><type>hvm</type></os></domain>"""
    with qtbot.waitSignal(connected.domains.added, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.createXML(xml))
    uuid = _uuid(connected, "temp")
    assert connected.domains.get(uuid).persistent is False
    with qtbot.waitSignal(connected.domains.removed, timeout=5000):
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("temp").destroy())
    assert uuid not in connected.domains


def test_network_and_pool_events(connected, qtbot):
    def stop(c):
        c.networkLookupByName("net10").destroy()

    with qtbot.waitSignal(connected.networks.changed, timeout=5000) as changed:
        run_in_worker(qtbot, connected, stop)
    assert changed.args[0][0].name == "net10" and changed.args[0][0].active is False
    with qtbot.waitSignal(connected.pools.changed, timeout=5000) as pool_changed:
        run_in_worker(qtbot, connected, lambda c: c.storagePoolLookupByName("home").destroy())
    assert pool_changed.args[0][0].active is False


def test_timeline_events_in_words(connected, qtbot):
    with qtbot.waitSignal(connected.events, timeout=5000,
                          check_params_cb=lambda evs: any(e.name == "build" for e in evs)) as ev:
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("build").create())
    told = next(e for e in ev.args[0] if e.name == "build")
    # Codes from the libvirt layer; words from the displaying layer.
    assert (told.kind, told.event_id, told.event, told.detail) == (
        "domain", libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, libvirt.VIR_DOMAIN_EVENT_STARTED,
        libvirt.VIR_DOMAIN_EVENT_STARTED_BOOTED)
    assert words.event_words(told) == ("Started", "Booted")


def test_a_burst_changes_rows_at_once_and_tells_the_rest_in_a_turn_of_its_own(connected,
                                                                              qtbot):
    """A burst may be handled inside libvirt's dispatch (inbox.py's hand-over): only the
    rows change there; the signals and re-reads wait for a turn of the event loop."""
    uuid = _uuid(connected, "build")
    told = []
    connected.events.connect(told.extend)
    stale_before = connected._refresher._seq.get(uuid, 0)
    connected._on_burst([RawEvent(connected._connector.generation, "domain", uuid, "build",
                                  libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                  libvirt.VIR_DOMAIN_EVENT_STARTED, 0, (), None)])
    assert connected.domains.get(uuid).state == DomainState.RUNNING
    assert connected._refresher._seq[uuid] == stale_before + 1, \
        "a re-read landing before the rest must already be stale"
    assert told == []
    qtbot.waitUntil(lambda: len(told) == 1, timeout=5000)
    assert (told[0].uuid, told[0].event) == (uuid, libvirt.VIR_DOMAIN_EVENT_STARTED)


def test_bad_uri_fails_with_libvirts_message(registry, qtbot):
    conn = registry.add("test:///nonexistent/host.xml", save=False)
    with qtbot.waitSignal(conn.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _r: s == ConnState.FAILED) as sig:
        conn.open()
    reason = sig.args[1]
    assert reason.code == Reason.OPEN_FAILED
    assert "nonexistent" in reason.error or "No such file" in reason.error
    assert words.connection_message(conn) == reason.error  # libvirt's words, as they are
    assert len(conn.domains) == 0


def test_close_deregisters_and_ignores_late_events(registry, test_host, qtbot, monkeypatch):
    lifecycle = []  # (callback, opaque) as libvirt's dispatcher would call them
    register = libvirt.virConnect.domainEventRegisterAny

    def spy(self, dom, eid, cb, opaque):
        if eid == libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE:
            lifecycle.append((cb, opaque))
        return register(self, dom, eid, cb, opaque)

    monkeypatch.setattr(libvirt.virConnect, "domainEventRegisterAny", spy)
    connected = open_connection(registry, qtbot, test_host)
    live = connected._connector.live.peek()
    assert lifecycle and live.domainEventCallbackID and live.networkEventCallbackID
    dom = run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01"))
    uuid = _uuid(connected, "web01")
    connected.close()
    assert connected.state == ConnState.DISCONNECTED
    # The teardown job deregisters every callback, then closes.
    qtbot.waitUntil(lambda: not live.domainEventCallbackID and not live.networkEventCallbackID
                    and not live.storagePoolEventCallbackID, timeout=5000)
    before = connected.domains.get(uuid)
    timeline = []
    connected.events.connect(timeline.extend)
    # An event the old session's callbacks had already taken in, delivered late: after
    # the teardown they lead nowhere (subscriptions.py, ``cancel``).
    for cb, opaque in lifecycle:
        cb(live, dom, libvirt.VIR_DOMAIN_EVENT_STOPPED, 0, opaque)
    assert len(connected._inbox._queue) == 0
    # Before the teardown they reached the inbox, which drops the old generation's.
    gen = lifecycle[-1][1]
    connected._inbox.put(RawEvent(gen, "domain", uuid, "web01", libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                  libvirt.VIR_DOMAIN_EVENT_STOPPED, 0, (), dom))
    assert len(connected._inbox._queue) > 0
    qtbot.waitUntil(lambda: len(connected._inbox._queue) == 0, timeout=5000)
    assert connected.domains.get(uuid) == before, "an event of the old session changed a row"
    assert timeline == []


def test_run_when_disconnected_fails_cleanly(registry, test_host, qtbot):
    conn = registry.add(test_host, save=False)
    errors = []
    conn.run(lambda c: c.listAllDomains(), failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "not connected" in str(errors[0])


def test_action_on_vanished_domain_reports_libvirt_error(connected, qtbot):
    errors = []
    connected.run(lambda c: c.lookupByUUIDString("00000000-0000-0000-0000-000000000099").create(),
                  failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], libvirt.libvirtError)


def test_event_storm_coalesces_and_ends_consistent(connected, qtbot, monkeypatch):
    jobs, seen = [], []
    read = refresher.read_dirty

    def counted(conn, dirty, handles):
        jobs.append(sum(len(keys) for keys in dirty.values()))
        return read(conn, dirty, handles)

    monkeypatch.setattr(refresher, "read_dirty", counted)
    connected.events.connect(seen.extend)

    def storm(c):
        dom = c.lookupByName("web01")
        for _ in range(100):
            dom.suspend()
            dom.resume()
        dom.suspend()

    run_in_worker(qtbot, connected, storm)
    uuid = _uuid(connected, "web01")
    qtbot.waitUntil(lambda: connected.domains.get(uuid).state == DomainState.PAUSED, timeout=5000)
    # Every event arrived and no flush waits: every re-read is queued, and then done.
    qtbot.waitUntil(lambda: len(seen) == 201 and not connected._refresher._timer.isActive(),
                    timeout=5000)
    barrier = connected._lane.submit(lambda: None)
    qtbot.waitUntil(barrier.done, timeout=5000)
    # Really coalesced: far fewer re-reads than events, each for the one VM.
    assert 1 <= len(jobs) <= 201 // 10, jobs
    assert set(jobs) == {1}


@pytest.mark.parametrize("uri", ["qemu+ssh://user@example.invalid/system", "qemu:///system"])
def test_remote_uri_detection(uri):
    from kvmgui.libvirt.connection import is_remote_uri

    assert is_remote_uri(uri) == ("+" in uri)


@pytest.mark.parametrize("uri", ["qemu+ssh://[127.0.0.1]/system", "qemu+tcp://[kvm1/system",
                                 "qemu+tls://us[er@kvm1/system"])
def test_a_uri_urlsplit_refuses_is_still_remote(qtbot, uri):
    """urlsplit raised ValueError for them, out of a wizard's or page's is_local."""
    from kvmgui.libvirt.connection import is_remote_uri

    assert is_remote_uri(uri)
    conn = Connection(uri, reconnect=False)
    assert not conn.is_local
    conn.shutdown()


def _uuid(conn: Connection, name: str) -> str:
    return next(r.uuid for r in conn.domains.records() if r.name == name)


def test_close_waits_for_calls_still_using_the_connection(connected, qtbot):
    """Closing a virConnect another thread calls through crashes; teardown waits instead."""
    import threading

    started, release = threading.Event(), threading.Event()

    def job(c):
        started.set()
        release.wait(10)
        return len(c.listAllDomains())

    future = connected.run(job)
    qtbot.waitUntil(started.is_set, timeout=5000)
    live = connected._connector.live.peek()
    connected.close()
    after_teardown = connected._lane.submit(lambda: None)
    assert not after_teardown.done(), "teardown ran while a call used the connection"
    assert live.domainEventCallbackID, "callbacks deregistered too early"
    release.set()
    qtbot.waitUntil(future.done, timeout=5000)
    assert future.result() == 5
    qtbot.waitUntil(after_teardown.done, timeout=5000)
    assert not live.domainEventCallbackID


class _RpcError(FakeError):
    def get_error_domain(self):
        return libvirt.VIR_FROM_RPC


def test_what_the_host_answered_counts_for_the_silence_watch(connected, qtbot):
    """linkwatch's Pulse hears of every answer (a refusal too), not of a failure of the
    link itself (libvirt's RPC layer)."""
    heard = []

    class Pulse:
        def answered(self):
            heard.append(threading.current_thread())

    connected._pulse = Pulse()
    assert run_in_worker(qtbot, connected, lambda c: c.getHostname())
    assert len(heard) == 1 and heard[0] is not threading.main_thread()
    with pytest.raises(libvirt.libvirtError):
        run_in_worker(qtbot, connected, lambda c: c.lookupByName("no such VM"))
    assert len(heard) == 2

    def link_failed(_conn):
        raise _RpcError("End of file while reading data", libvirt.VIR_ERR_SYSTEM_ERROR)

    with pytest.raises(libvirt.libvirtError):
        run_in_worker(qtbot, connected, link_failed)
    assert len(heard) == 2


def test_a_refused_uri_shows_no_password_that_holds_a_question_mark(registry, qtbot):
    """libvirt refuses qemu+tcp://alice:pa?ss@… (its authority ends at the '?') and says
    the URI back in its message, which the connections list and the notification showed
    with the password given with -c."""
    conn = registry.add("qemu+tcp://alice:pa?ss@127.0.0.1:1/system", save=False)
    with qtbot.waitSignal(conn.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _r: s == ConnState.FAILED) as sig:
        conn.open()
    error = sig.args[1].error
    assert "Unable to parse URI" in error, error  # libvirt's words, with the URI
    assert "pa?ss" not in error and "alice:***@127.0.0.1:1" in error
    assert "pa?ss" not in words.connection_message(conn)


def test_the_host_of_a_uri_whose_password_holds_a_question_mark_is_the_one_dialled(qtbot):
    """Given with -c, qemu+ssh://alice:pa?ss@far/… is dialled as alice@far (the password
    left out, ssh asks): the login dialogs' titles and the remote check read host 'alice'."""
    from kvmgui.utils.uris import uri_host

    uri = "qemu+ssh://alice:pa?ss@far.example/system"
    assert uri_host(uri) == "far.example"
    assert uri_host("qemu+ssh://[fe80::1%25Eth0]/system") == "fe80::1%Eth0"  # a zone's case


def test_an_ssh_login_whose_files_cannot_be_written_says_why_in_words(registry, qtbot,
                                                                      monkeypatch):
    """For qemu+ssh kvmgui writes an ssh wrapper (and its askpass program) before libvirt is
    asked: a write that failed (the disk full, a dead NFS home) said Python's '[Errno 28] No
    space left on device: '/run/user/…/c1-ssh.new'' as the connection's failure."""
    def dial_uri(_conn):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/run/user/1000/kvmgui/c1-ssh.new")

    monkeypatch.setattr(Connection, "dial_uri", property(dial_uri))
    conn = registry.add("test:///default", save=False)
    with qtbot.waitSignal(conn.stateChanged, timeout=10000,
                          check_params_cb=lambda s, _r: s == ConnState.FAILED):
        conn.open()
    assert words.connection_message(conn) == (
        "kvmgui could not write the files of its ssh login: the disk is full")
