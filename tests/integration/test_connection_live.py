"""kvmgui's connection against real libvirtd + QEMU hosts: live rows, drop and reconnect."""

from kvmgui.libvirt.connection import ConnState, Reason
from kvmgui.libvirt.records import DomainState
from kvmgui.models import words
from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from tests.helpers import open_connection
from tests.integration.helpers import define_tiny_guest


def virsh_names(host):
    return sorted(n for n in host.virsh("list", "--all", "--name").split() if n)


def model_rows(model, conn):
    rows = [model.row_at(r) for r in range(model.rowCount())]
    return sorted(r.record.name for r in rows if r.conn is conn)


def state_of(conn, name):
    return next((r.state for r in conn.domains.records() if r.name == name), None)


def test_virsh_changes_show_within_a_second(isolated_host, guest_assets, registry, qtbot,
                                            qtmodeltester, tmp_path):
    model = DomainModel(registry)
    qtmodeltester.check(model)
    define_tiny_guest(isolated_host, "tiny", guest_assets, tmp_path, start=False)
    conn = open_connection(registry, qtbot, isolated_host.uri)
    assert model_rows(model, conn) == ["tiny"]
    assert state_of(conn, "tiny") == DomainState.SHUTOFF

    for command, expected in (("start", DomainState.RUNNING), ("suspend", DomainState.PAUSED),
                              ("resume", DomainState.RUNNING), ("destroy", DomainState.SHUTOFF)):
        isolated_host.virsh(command, "tiny")
        qtbot.waitUntil(lambda e=expected: state_of(conn, "tiny") == e, timeout=1000)
        row = next(r for r in range(model.rowCount()) if model.row_at(r).record.name == "tiny")
        assert model.index(row, Column.STATE).data() == words.domain_state(expected)


def test_two_hosts_each_list_their_own(host_factory, guest_assets, registry, qtbot, tmp_path):
    first, second = host_factory(), host_factory()
    define_tiny_guest(first, "alpha", guest_assets, tmp_path, start=False)
    define_tiny_guest(second, "beta", guest_assets, tmp_path, start=False)
    model = DomainModel(registry)
    c1, c2 = open_connection(registry, qtbot, first.uri), open_connection(registry, qtbot, second.uri)
    assert model_rows(model, c1) == virsh_names(first) == ["alpha"]
    assert model_rows(model, c2) == virsh_names(second) == ["beta"]


def test_daemon_killed_then_back_reconnects_and_reconciles(isolated_host, guest_assets, registry,
                                                           qtbot, tmp_path):
    define_tiny_guest(isolated_host, "keeper", guest_assets, tmp_path, start=True)
    define_tiny_guest(isolated_host, "goner", guest_assets, tmp_path, start=False)
    conn = open_connection(registry, qtbot, isolated_host.uri)
    model = DomainModel(registry)
    assert model_rows(model, conn) == ["goner", "keeper"]

    with qtbot.waitSignal(conn.stateChanged, timeout=20000,  # keepalive window: 5 s x 3
                          check_params_cb=lambda s, _m: s == ConnState.DISCONNECTED):
        isolated_host.kill_daemon()
    assert model.rowCount() == 2  # greyed, not dropped
    assert conn.reason.code == Reason.LOST
    assert "Disconnected" in words.connection_message(conn)

    isolated_host.restart_daemon()
    isolated_host.virsh("undefine", "goner")  # changed while kvmgui was away
    with qtbot.waitSignal(conn.stateChanged, timeout=40000,
                          check_params_cb=lambda s, _m: s == ConnState.CONNECTED):
        pass
    assert model_rows(model, conn) == virsh_names(isolated_host) == ["keeper"]
    assert state_of(conn, "keeper") == DomainState.RUNNING
    # Events flow again after the reconnect.
    isolated_host.virsh("suspend", "keeper")
    qtbot.waitUntil(lambda: state_of(conn, "keeper") == DomainState.PAUSED, timeout=1000)
