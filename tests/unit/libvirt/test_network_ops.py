"""kvmgui.libvirt.netops: the blocking network operations behind the panel and the wizard
(run in workers, as the app does)."""

import ipaddress
import itertools
import subprocess
import threading

import libvirt
import pytest

from kvmgui.libvirt import fanout, netops
from kvmgui.libvirt.netops import HostInterface, NetworkStep, NetworkUser
from kvmgui.xml.network_validate import HostRoute
from tests.helpers import FakeError, run_in_worker, together

XML = "<network><name>tmp</name><bridge name='virbr8'/><ip address='10.8.0.1' prefix='24'/></network>"


def fail(message):
    def raiser(*_args):
        raise FakeError(message)
    return raiser


def names(qtbot, conn):
    return run_in_worker(qtbot, conn, lambda c: sorted(n.name() for n in c.listAllNetworks(0)))


def test_create_defines_starts_and_autostarts(connected, qtbot):
    steps = []
    uuid = run_in_worker(qtbot, connected, netops.create_network, XML, True, True, steps.append)
    state = run_in_worker(qtbot, connected, lambda c: (
        (n := c.networkLookupByUUIDString(uuid)).isActive(), n.autostart(), n.isPersistent()))
    assert state == (1, 1, 1)
    assert steps == [NetworkStep.DEFINE, NetworkStep.START, NetworkStep.AUTOSTART, NetworkStep.DONE]


def test_create_without_start_or_autostart(connected, qtbot):
    uuid = run_in_worker(qtbot, connected, netops.create_network, XML, False, False)
    state = run_in_worker(qtbot, connected, lambda c: (
        (n := c.networkLookupByUUIDString(uuid)).isActive(), n.autostart()))
    assert state == (0, 0)


@pytest.mark.parametrize("step", ["create", "setAutostart"])
def test_create_rolls_back_when_a_step_fails(step, connected, qtbot, monkeypatch):
    before = names(qtbot, connected)
    monkeypatch.setattr(libvirt.virNetwork, step, fail(f"{step} refused"))
    future = connected.run(netops.create_network, XML, True, True)
    qtbot.waitUntil(future.done, timeout=10000)
    with pytest.raises(FakeError, match=f"{step} refused"):
        future.result()
    monkeypatch.undo()
    assert names(qtbot, connected) == before  # undefined (and stopped) again


def test_users_and_owners_of_networks(connected, qtbot):
    users = run_in_worker(qtbot, connected, netops.network_users, "default", "virbr0")
    assert [(u.name, u.active) for u in users] == [("router", True), ("web01", True)]
    assert all(isinstance(u, NetworkUser) and len(u.uuid) == 36 for u in users)
    assert [u.name for u in run_in_worker(qtbot, connected, netops.network_users, "net10")] == [
        "db01", "router"]
    assert run_in_worker(qtbot, connected, netops.network_users, "nothing") == []
    owners = run_in_worker(qtbot, connected, netops.mac_owners)
    assert owners["52:54:00:6b:3c:01"] == "web01" and owners["52:54:00:6b:3c:05"] == "router"


def test_start_stop_autostart_delete(connected, qtbot):
    uuid = run_in_worker(qtbot, connected, netops.create_network, XML, False, False)

    def state(c):
        n = c.networkLookupByUUIDString(uuid)
        return n.isActive(), n.autostart()

    run_in_worker(qtbot, connected, netops.start_network, uuid)
    run_in_worker(qtbot, connected, netops.set_autostart, uuid, True)
    assert run_in_worker(qtbot, connected, state) == (1, 1)
    run_in_worker(qtbot, connected, netops.stop_network, uuid)
    run_in_worker(qtbot, connected, netops.set_autostart, uuid, False)
    assert run_in_worker(qtbot, connected, state) == (0, 0)
    run_in_worker(qtbot, connected, netops.start_network, uuid)
    run_in_worker(qtbot, connected, netops.delete_network, uuid)  # running: stopped first
    assert "tmp" not in names(qtbot, connected)


def test_dhcp_leases_unsupported_by_test_driver(connected, qtbot):
    uuid = next(r.uuid for r in connected.networks.records() if r.name == "default")
    future = connected.run(netops.dhcp_leases, uuid)
    qtbot.waitUntil(future.done, timeout=5000)
    with pytest.raises(libvirt.libvirtError, match="not supported"):
        future.result()


def test_sysfs_interfaces(tmp_path):
    (tmp_path / "br0" / "bridge").mkdir(parents=True)
    (tmp_path / "bond0" / "bonding").mkdir(parents=True)
    (tmp_path / "eth0" / "device").mkdir(parents=True)
    (tmp_path / "eth0" / "device" / "sriov_totalvfs").write_text("8\n")
    (tmp_path / "eth1" / "device").mkdir(parents=True)
    (tmp_path / "veth9").mkdir()
    assert netops.sysfs_interfaces(tmp_path) == [
        HostInterface("bond0", "bond"), HostInterface("br0", "bridge"),
        HostInterface("eth0", "ethernet", sriov=True), HostInterface("eth1", "ethernet"),
        HostInterface("veth9", "other")]
    assert netops.sysfs_interfaces(tmp_path / "missing") == []


def test_a_vlan_is_told_by_its_own_sysfs_entry(tmp_path):
    """A VLAN was looked up in this machine's /proc/net/vlan whatever root was read: the
    tree's own device type (uevent's DEVTYPE) says it."""
    (tmp_path / "eth0.10").mkdir()
    (tmp_path / "eth0.10" / "uevent").write_text("DEVTYPE=vlan\nINTERFACE=eth0.10\nIFINDEX=7\n")
    (tmp_path / "wlan0").mkdir()
    (tmp_path / "wlan0" / "uevent").write_text("DEVTYPE=wlan\nINTERFACE=wlan0\n")
    assert netops.sysfs_interfaces(tmp_path) == [
        HostInterface("eth0.10", "vlan"), HostInterface("wlan0", "other")]


def test_host_interfaces_local_adds_sysfs(connected, qtbot, tmp_path, monkeypatch):
    sys_net = tmp_path / "net"
    (sys_net / "lo").mkdir(parents=True)
    (sys_net / "br5" / "bridge").mkdir(parents=True)
    monkeypatch.setattr(netops, "SYS_NET", sys_net)
    assert run_in_worker(qtbot, connected, netops.host_interfaces, False) == []  # test driver: none
    assert run_in_worker(qtbot, connected, netops.host_interfaces, True) == [HostInterface("br5", "bridge")]


def test_local_routes_from_ip_or_proc(monkeypatch):
    outputs = {"-4": "default via 192.0.2.1 dev eth0\n10.20.0.0/16 dev br9 proto kernel scope link\n",
               "-6": "fd00:5::/64 dev br9 proto kernel metric 256\nfe80::/64 dev eth0\n"}

    def fake_run(argv, **_kwargs):
        return subprocess.CompletedProcess(argv, 0, outputs[argv[1]], "")

    monkeypatch.setattr(netops.subprocess, "run", fake_run)
    assert netops.local_routes() == [HostRoute(ipaddress.ip_network("10.20.0.0/16"), "br9"),
                                     HostRoute(ipaddress.ip_network("fd00:5::/64"), "br9")]

    def no_ip(argv, **_kwargs):
        raise FileNotFoundError(argv[0])

    monkeypatch.setattr(netops.subprocess, "run", no_ip)
    proc = ("Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n"
            "eth0\t0002000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\n")
    monkeypatch.setattr(netops.Path, "read_text", lambda _self: proc)
    assert netops.local_routes() == [HostRoute(ipaddress.ip_network("10.0.2.0/24"), "eth0")]


def xml_failing_for(name, code):
    """virDomain.XMLDesc failing for the VM ``name`` with this error code."""
    real = libvirt.virDomain.XMLDesc

    def xml_desc(dom, flags=0):
        if dom.name() == name:
            raise FakeError(f"cannot read {name}", code)
        return real(dom, flags)

    return xml_desc


def test_vm_that_cannot_be_read_fails_the_users_check(connected, qtbot, monkeypatch):
    # "No VM uses it" must not be said of a network when a VM's NICs were unreadable.
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc",
                        xml_failing_for("router", libvirt.VIR_ERR_INTERNAL_ERROR))
    future = connected.run(netops.network_users, "default", "virbr0")
    qtbot.waitUntil(future.done, timeout=10000)
    with pytest.raises(FakeError, match="cannot read router"):
        future.result()


def test_vm_that_vanished_is_skipped_by_the_users_check(connected, qtbot, monkeypatch):
    monkeypatch.setattr(libvirt.virDomain, "XMLDesc",
                        xml_failing_for("router", libvirt.VIR_ERR_NO_DOMAIN))
    users = run_in_worker(qtbot, connected, netops.network_users, "default", "virbr0")
    assert [u.name for u in users] == ["web01"]


def test_failed_undo_is_logged(connected, qtbot, monkeypatch, caplog):
    monkeypatch.setattr(libvirt.virNetwork, "create", fail("create refused"))
    monkeypatch.setattr(libvirt.virNetwork, "undefine", fail("undefine refused"))
    future = connected.run(netops.create_network, XML, True, False)
    qtbot.waitUntil(future.done, timeout=10000)
    with pytest.raises(FakeError, match="create refused"):
        future.result()
    assert "undefine refused" in caplog.text and "tmp" in caplog.text


def stopped_elsewhere_first(monkeypatch):
    """virNetwork.destroy as real libvirt answers it when someone stopped the network between
    our isActive() and destroy(): it is stopped, and our call is refused."""
    real = libvirt.virNetwork.destroy

    def destroy(net):
        real(net)
        raise FakeError("Requested operation is not valid: network is not active",
                        libvirt.VIR_ERR_OPERATION_INVALID)

    monkeypatch.setattr(libvirt.virNetwork, "destroy", destroy)


def test_delete_of_a_network_stopped_meanwhile_still_undefines_it(connected, qtbot, monkeypatch):
    uuid = run_in_worker(qtbot, connected, netops.create_network, XML, True, False)
    stopped_elsewhere_first(monkeypatch)
    run_in_worker(qtbot, connected, netops.delete_network, uuid)
    assert "tmp" not in names(qtbot, connected)


def test_stop_of_a_network_stopped_meanwhile_is_no_failure(connected, qtbot, monkeypatch):
    uuid = run_in_worker(qtbot, connected, netops.create_network, XML, True, False)
    stopped_elsewhere_first(monkeypatch)
    run_in_worker(qtbot, connected, netops.stop_network, uuid)
    assert not run_in_worker(qtbot, connected, lambda c: c.networkLookupByUUIDString(uuid).isActive())


def test_stop_that_libvirt_refuses_still_fails(connected, qtbot, monkeypatch):
    uuid = run_in_worker(qtbot, connected, netops.create_network, XML, True, False)
    monkeypatch.setattr(libvirt.virNetwork, "destroy", fail("cannot remove the bridge"))
    future = connected.run(netops.stop_network, uuid)
    qtbot.waitUntil(future.done, timeout=10000)
    with pytest.raises(FakeError, match="cannot remove the bridge"):
        future.result()


def test_the_modes_whose_bridge_libvirt_makes_have_one_home():
    # The network XML's MANAGED_MODES (from ForwardMode.managed) says which modes libvirt
    # runs the bridge, DHCP and DNS of; a second list (or name) would drift from it.
    assert not hasattr(netops, "OWN_BRIDGE_MODES")
    assert netops.own_bridge("nat", "virbr0") == "virbr0" and netops.own_bridge("bridge", "br0") == ""


def test_a_far_hosts_vms_are_read_side_by_side_for_the_users_check(connected, qtbot, monkeypatch):
    """One by one, each VM cost an isActive and its XML, two round trips: over a 300 ms
    link 40 VMs held a network's Stop for 48 s (bench/far_reads.py --check network). A far
    host's VMs are read side by side, their XML alone (it says whether the VM runs): the
    first three reads go on only once all three are in flight."""
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    real = libvirt.virDomain.XMLDesc
    together = threading.Barrier(3, timeout=5)
    arrived = itertools.count()
    asked_active = []

    def xmldesc(self, flags=0):
        if next(arrived) < 3:
            together.wait()
        return real(self, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xmldesc)
    monkeypatch.setattr(libvirt.virDomain, "isActive", lambda self: asked_active.append(self) or 1)
    users = run_in_worker(qtbot, connected, netops.network_users, "default", "virbr0")
    assert [(u.name, u.active) for u in users] == [("router", True), ("web01", True)]
    assert asked_active == []


def test_the_macs_of_some_vms_are_looked_up_side_by_side_on_a_far_host(connected, qtbot,
                                                                         monkeypatch):
    """The leases' owners after a burst of VM changes: each VM was looked up by its UUID one
    by one, a round trip each. A VM gone meanwhile is None; the three lookups here go on
    only once all three are in flight."""
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    real = libvirt.virConnect.lookupByUUIDString
    together = threading.Barrier(3, timeout=5)

    def lookup(self, uuid):
        together.wait()
        return real(self, uuid)

    monkeypatch.setattr(libvirt.virConnect, "lookupByUUIDString", lookup)
    gone = "00000000-0000-0000-0000-00000000dead"
    web01, router = (run_in_worker(qtbot, connected, lambda c, n=n: c.lookupByName(n).UUIDString())
                     for n in ("web01", "router"))
    found = run_in_worker(qtbot, connected, netops.vm_macs, [web01, router, gone])
    assert found[web01] == ("web01", ("52:54:00:6b:3c:01",)) and found[gone] is None
    assert found[router][0] == "router"


def test_a_far_hosts_interfaces_are_read_side_by_side(connected, qtbot, monkeypatch):
    """The network wizard and the New VM wizard's network page list the host's
    interfaces; one by one, each one's XML cost a round trip (0.6 s behind a 300 ms
    link). The first three reads go on only once all three are in flight."""
    for name in ("eth5", "eth6", "eth7"):
        run_in_worker(qtbot, connected, lambda c, n=name: c.interfaceDefineXML(
            f"<interface type='ethernet' name='{n}'><start mode='onboot'/></interface>", 0))
    monkeypatch.setattr(fanout, "is_remote_uri", lambda _uri: True)
    together(monkeypatch, libvirt.virInterface, "XMLDesc")
    found = run_in_worker(qtbot, connected, netops.host_interfaces, False)
    assert {"eth5", "eth6", "eth7"} <= {i.name for i in found}
    assert all(i.kind == "ethernet" for i in found if i.name.startswith("eth"))
