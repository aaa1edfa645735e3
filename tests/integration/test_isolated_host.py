"""Tests of the integration rig itself: isolated libvirt hosts and the tiny guest."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.guest.build import IP_MARKER, READY_MARKER, GuestAssets, tiny_guest_xml
from tests.integration.helpers import (
    TinyGuest,
    create_nat_network,
    define_domain,
    define_tiny_guest,
    dhcp_leases,
    domain_macs,
    domain_state,
    wait_for,
    wait_for_lease,
)
from tests.integration.isolated_host import IsolatedHost, integration_skip_reason

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(integration_skip_reason() is not None, reason=integration_skip_reason() or ""),
]

NET = "kvmgui-nat"
BRIDGE = "virbr1"
SUBNET = "192.168.10.0/24"


def _proc_starttime(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _proc_alive(pid: int, starttime: str | None) -> bool:
    """pid is alive, not a zombie, and still the same process (pid not reused)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    fields = stat.rsplit(")", 1)[1].split()
    return fields[0] != "Z" and fields[19] == starttime


def _root_netns_has_link(name: str) -> bool:
    # Runs in the test process' own (root) namespace.
    r = subprocess.run(["ip", "link", "show", name], capture_output=True, text=True, check=False)
    return r.returncode == 0


def _netns_list() -> list[str]:
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines() if line.strip()]


# --------------------------------------------------------------------------- hosts


def test_host_starts_and_answers(isolated_host: IsolatedHost) -> None:
    host = isolated_host
    assert host.pid is not None
    assert host.netns in _netns_list()
    assert host.virsh("uri").strip() == host.uri
    assert host.virsh("list", "--all").strip() == ""
    # No network autostarts (the copied `default` is defined but inactive).
    assert "active" not in host.virsh("net-list").strip()
    # libvirtd is in our network namespace.
    assert host.pid in host.netns_pids()
    assert Path(f"/proc/{host.pid}/comm").read_text().strip() == "libvirtd"
    # Only the stock configuration: no domains / pools of the machine.
    assert host.virsh("pool-list", "--all").strip() == ""
    # The bind mounts of the host's mount namespace are invisible in ours.
    mountinfo = Path("/proc/self/mountinfo").read_text()
    assert str(host.tmpdir) not in mountinfo
    assert not Path("/run/libvirt/libvirt-sock").exists()


def test_two_hosts_side_by_side(host_factory, guest_assets: GuestAssets) -> None:
    a = host_factory()
    define_domain(a, tiny_guest_xml("vm-a", guest_assets))
    b = host_factory()  # (after a's define: b starts with a copy of a's QEMU caps cache)
    assert a.netns != b.netns and a.uri != b.uri and a.pid != b.pid
    assert a.tmpdir != b.tmpdir
    define_domain(b, tiny_guest_xml("vm-b", guest_assets))
    assert a.virsh("list", "--all", "--name").split() == ["vm-a"]
    assert b.virsh("list", "--all", "--name").split() == ["vm-b"]
    # Same network name / bridge / subnet in both: no clash, they are separate hosts.
    for host in (a, b):
        create_nat_network(host, NET, BRIDGE, SUBNET)
        assert "192.168.10.1/24" in host.exec_in_ns(["ip", "-4", "addr", "show", BRIDGE]).stdout
    a.virsh("net-destroy", NET)
    assert a.exec_in_ns(["ip", "link", "show", BRIDGE]).returncode != 0
    assert b.exec_in_ns(["ip", "link", "show", BRIDGE]).returncode == 0


def test_nat_network_lives_in_the_namespace(isolated_host: IsolatedHost) -> None:
    host = isolated_host
    assert not _root_netns_has_link(BRIDGE), "test precondition: virbr1 exists on the machine"
    create_nat_network(host, NET, BRIDGE, SUBNET)
    assert host.virsh("net-info", NET).count("yes") >= 1
    addr = host.exec_in_ns(["ip", "-4", "addr", "show", BRIDGE])
    assert addr.returncode == 0, addr.stderr
    assert "inet 192.168.10.1/24" in addr.stdout
    assert not _root_netns_has_link(BRIDGE)
    # dnsmasq for the network runs inside the namespace.
    comms = {
        Path(f"/proc/{pid}/comm").read_text().strip()
        for pid in host.netns_pids()
        if Path(f"/proc/{pid}/comm").exists()
    }
    assert "dnsmasq" in comms


# --------------------------------------------------------------------------- guest


@pytest.fixture(scope="module")
def guest_host(
    guest_assets: GuestAssets, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[IsolatedHost, TinyGuest, float]]:
    """One host with a NAT network and a booted tiny guest, shared by the guest tests."""
    host = IsolatedHost()
    try:
        host.start()
        create_nat_network(host, NET, BRIDGE, SUBNET)
        t0 = time.monotonic()
        guest = define_tiny_guest(host, "tiny1", guest_assets, tmp_path_factory.mktemp("serial"), network=NET)
        yield host, guest, t0
    finally:
        host.stop()


def test_guest_boots_and_gets_dhcp_lease(guest_host) -> None:
    host, guest, t0 = guest_host
    (mac,) = domain_macs(host, guest.name)
    lease = wait_for_lease(host, NET, mac, timeout=60, guest=guest)
    elapsed = time.monotonic() - t0
    assert lease.hostname == guest.name
    assert lease.ip.startswith("192.168.10.")
    assert lease.prefix == 24
    wait_for(guest.ready, 10, message=lambda: f"ready marker:\n{guest.serial()}")
    serial = guest.serial()
    assert f"{READY_MARKER} name={guest.name} iface=eth0 ip={lease.ip}" in serial
    # The gateway answers the guest from inside the namespace (ARP entry learnt).
    print(f"\nboot-to-lease: {elapsed:.1f}s")


def test_hotplugged_nic_gets_a_lease(guest_host) -> None:
    host, guest, _ = guest_host
    wait_for(guest.ready, 60, message=lambda: f"guest ready:\n{guest.serial()}")
    mac = "52:54:00:6b:76:02"
    host.virsh("attach-interface", guest.name, "network", NET, "--model", "virtio",
               "--mac", mac, "--live")  # fmt: skip
    lease = wait_for_lease(host, NET, mac, timeout=60, guest=guest)
    assert lease.hostname == guest.name
    wait_for(
        lambda: f"{IP_MARKER} iface=eth1 ip={lease.ip}" in guest.serial(),
        10,
        message=lambda: f"eth1 marker:\n{guest.serial()}",
    )


def test_daemon_restart_keeps_vm_running(guest_host) -> None:
    host, guest, _ = guest_host
    assert domain_state(host, guest.name) == "running"
    qemu_pid = int(host.state_path(f"/run/libvirt/qemu/{guest.name}.pid").read_text())
    qemu_start = _proc_starttime(qemu_pid)
    old_pid = host.pid
    host.kill_daemon()
    assert host.pid is None
    assert not _proc_alive(old_pid, _proc_starttime(old_pid))
    assert _proc_alive(qemu_pid, qemu_start), "QEMU died with libvirtd"
    host.restart_daemon()
    assert host.pid is not None and host.pid != old_pid
    assert domain_state(host, guest.name) == "running"
    assert host.virsh("list", "--name").split() == [guest.name]
    assert _proc_alive(qemu_pid, qemu_start)
    # The reconnected daemon still manages the network and its leases.
    (mac, *_) = domain_macs(host, guest.name)
    assert any(lease.mac == mac for lease in dhcp_leases(host, NET))


def test_stop_leaves_nothing_behind(host_factory, guest_assets: GuestAssets, tmp_path) -> None:
    host = host_factory()
    create_nat_network(host, NET, BRIDGE, SUBNET)
    define_tiny_guest(host, "tiny-stop", guest_assets, tmp_path, network=NET)
    assert domain_state(host, "tiny-stop") == "running"
    pids = {pid: _proc_starttime(pid) for pid in host.netns_pids()}
    comms = {Path(f"/proc/{pid}/comm").read_text().strip() for pid in pids}
    assert {"libvirtd", "dnsmasq"} <= comms and any(c.startswith("qemu") for c in comms), comms
    tmpdir, netns = host.tmpdir, host.netns
    host.stop()
    assert netns not in _netns_list()
    assert not Path(f"/run/netns/{netns}").exists()
    assert tmpdir is not None and not tmpdir.exists()
    alive = [pid for pid, start in pids.items() if _proc_alive(pid, start)]
    assert alive == [], f"processes still alive after stop(): {alive}"
    assert os.getpid() not in pids
    host.stop()  # idempotent
