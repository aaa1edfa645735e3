"""The remote-host rig: kvmgui's Connection over qemu+tcp://, qemu+ssh:// and a slow link.

Each transport: the model lists what ``virsh list --all`` lists over the same URI, and a
VM started on the far side (another client) shows as running.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time

import libvirt
import pytest

from kvmgui.libvirt.records import DomainState
from kvmgui.models import words
from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from tests.helpers import open_connection
from tests.integration.delay_proxy import DelayProxy
from tests.integration.faults import define_guests, names_over
from tests.integration.isolated_host import _pid_alive

GUESTS = ["alpha", "beta", "gamma"]


def model_names(model, conn):
    rows = [model.row_at(r) for r in range(model.rowCount())]
    return sorted(r.record.name for r in rows if r.conn is conn)


def shown_state(model, conn, name):
    for r in range(model.rowCount()):
        row = model.row_at(r)
        if row.conn is conn and row.record.name == name:
            return row.record.state, model.index(r, Column.STATE).data()
    return None, None


@pytest.mark.parametrize("transport", ["tcp", "ssh", "libssh", "tcp-300ms"])
def test_connection_lists_like_virsh_and_follows_the_far_side(
        transport, remote_host_factory, proxy_factory, guest_assets, registry, qtbot,
        qtmodeltester, tmp_path):
    host = remote_host_factory(ssh=transport in ("ssh", "libssh"))
    define_guests(host, GUESTS, guest_assets, tmp_path)
    if transport == "tcp":
        uri = host.tcp_uri
    elif transport == "tcp-300ms":
        uri = host.tcp_uri_via(proxy_factory(host.tcp_address, 300).address)
    else:
        uri = host.ssh_uri(transport)
    model = DomainModel(registry)
    qtmodeltester.check(model)

    conn = open_connection(registry, qtbot, uri, timeout=60000)
    assert model_names(model, conn) == names_over(uri) == GUESTS

    host.virsh("start", "beta")  # another client, on the far side
    slow = transport == "tcp-300ms"
    qtbot.waitUntil(lambda: shown_state(model, conn, "beta")[0] == DomainState.RUNNING,
                    timeout=10000 if slow else 3000)
    assert shown_state(model, conn, "beta")[1] == words.domain_state(DomainState.RUNNING)
    assert shown_state(model, conn, "alpha")[0] == DomainState.SHUTOFF


def test_tcp_host_listens_only_in_its_namespace(remote_host):
    host = remote_host
    assert host.virsh("uri").strip() == host.uri
    listening = host.exec_in_ns(["ss", "-Htln"]).stdout
    assert f"{host.address}:16509" in listening
    # Nothing listens for libvirt in the root namespace, and only our veth end is there.
    root = subprocess.run(["ss", "-Htln"], capture_output=True, text=True, check=True).stdout
    assert ":16509" not in root
    links = subprocess.run(["ip", "-o", "link", "show"], capture_output=True, text=True,
                           check=True).stdout
    assert host.veth_client in links and host.veth_host not in links
    # The far side of the link is the host's namespace, nothing else.
    assert host.exec_in_ns(["ip", "-o", "link", "show", host.veth_host]).returncode == 0


def test_ssh_host_key_is_checked_against_the_private_known_hosts(ssh_host, tmp_path):
    host = ssh_host
    assert names_over(host.ssh_uri()) == []
    # The same wrapper with an empty known_hosts: refused, never auto-accepted.
    empty = tmp_path / "known_hosts"
    empty.write_text("")
    wrapper = tmp_path / "ssh"
    wrapper.write_text(f"#!/bin/sh\nexec {host.ssh_dir / 'ssh'} -o UserKnownHostsFile={empty} \"$@\"\n")
    wrapper.chmod(0o700)
    uri = host.ssh_uri().replace(str(host.ssh_dir / "ssh"), str(wrapper))
    r = subprocess.run(["virsh", "-c", uri, "uri"], capture_output=True, text=True, timeout=60)
    assert r.returncode != 0
    assert "Host key verification failed" in r.stderr
    assert empty.read_text() == ""


def test_the_host_overview_names_the_uri_the_user_gave_not_kvmgui_s_ssh_wrapper(
        ssh_host, registry, qtbot):
    """libvirt names the URI as opened: through kvmgui's ssh wrapper (askpass.dial_uri),
    whose command= is a file in a private directory, gone once kvmgui ends. The overview
    showed that in place of the URI's own command."""
    from kvmgui.panels.overview import OverviewPanel

    uri = ssh_host.ssh_uri()
    conn = open_connection(registry, qtbot, uri, timeout=60000)
    assert registry.askpass.dial_uri(uri) != uri  # what libvirt opened
    panel = OverviewPanel(conn)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.info is not None, timeout=10000)
    assert panel.values["uri"].text() == uri


def test_ssh_far_side_runs_virt_ssh_helper_and_netcat(ssh_host):
    for proxy in ("native", "netcat"):
        assert names_over(ssh_host.ssh_uri(proxy=proxy)) == []


def test_remote_host_stops_everything(remote_host_factory):
    host = remote_host_factory(ssh=True)
    pids = [host.pid, host.sshd_pid]
    assert all(pids)
    c = libvirt.open(host.ssh_uri())  # leaves an sshd session and its helper behind
    session_pids = set(host.netns_pids()) - set(pids)
    assert session_pids
    c.close()
    host.stop()
    assert not [p for p in [*pids, *session_pids] if _pid_alive(p)]
    r = subprocess.run(["ip", "link", "show", host.veth_client], capture_output=True, check=False)
    assert r.returncode != 0


def test_hang_silences_the_host_and_unhang_brings_it_back(remote_host):
    host = remote_host
    host.hang()
    with pytest.raises(OSError), socket.create_connection(host.tcp_address, timeout=1.0):
        pass
    host.unhang()
    assert names_over(host.tcp_uri) == []


def test_kill_and_restore_the_daemon_over_tcp(remote_host):
    host = remote_host
    host.kill_daemon()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(host.tcp_address, timeout=2.0).close()
    host.restart_daemon()
    assert names_over(host.tcp_uri) == []


def test_the_logs_tell_a_crashed_daemon_from_a_refusing_one(remote_host, qtbot):
    """What a failed test prints of its host: a daemon that died leaves no line in its
    log, so its exit status and the namespace's listeners must say it."""
    host = remote_host
    assert f"libvirtd: running, pid {host.pid}" in host.tail_logs()
    assert f":{host.tcp_address[1]}" in host.tail_logs().split("--- ss -ltn")[1]
    os.kill(host.pid, signal.SIGSEGV)
    qtbot.waitUntil(lambda: host.pid is None, timeout=30000)
    logs = host.tail_logs()
    assert "libvirtd: ended by SIGSEGV" in logs
    assert f":{host.tcp_address[1]}" not in logs.split("--- ss -ltn")[1].split("--- iptables")[0]
    assert "--- iptables -S INPUT\n-P INPUT ACCEPT" in logs
    host.restart_daemon()
    assert names_over(host.tcp_uri) == []


# --------------------------------------------------------------------------- the proxy


def _echo_server() -> tuple[socket.socket, threading.Thread]:
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server, thread


def test_delay_proxy_holds_each_chunk_in_each_direction():
    server, thread = _echo_server()
    with server, DelayProxy(server.getsockname(), delay_ms=200) as proxy, \
            socket.create_connection(proxy.address, timeout=5) as client:
        times = []
        for payload in (b"ping", b"x" * 200_000):
            start = time.monotonic()
            client.sendall(payload)
            got = b""
            while len(got) < len(payload):
                got += client.recv(65536)
            times.append(time.monotonic() - start)
            assert got == payload
        # Out and back: 2 x 200 ms, for a small and for a large (chunked, pipelined) payload.
        assert all(0.39 < t < 1.0 for t in times), times
        pid = proxy.pid
    assert pid is not None and not _pid_alive(pid)
    thread.join(timeout=5)


def test_libvirt_round_trips_through_the_proxy_take_the_delay(remote_host, proxy_factory):
    proxy = proxy_factory(remote_host.tcp_address, 300)
    conn = libvirt.open(remote_host.tcp_uri_via(proxy.address))
    try:
        start = time.monotonic()
        conn.getHostname()
        elapsed = time.monotonic() - start
    finally:
        conn.close()
    assert 0.6 <= elapsed < 1.5, elapsed

