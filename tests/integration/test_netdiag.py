"""Issue 14 on a real, isolated libvirtd + QEMU with the tiny guest: the troubleshooter names the
first failure of each thing broken on purpose and its Fix brings the guest an address; a pinned
address is what the guest gets after a restart; the map shows the guest with its lease; and the
"Show command" lines, run with virsh, do what the buttons do."""

import itertools
import shlex
import subprocess
import sys
import time

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kvmgui.dialogs.details import DetailsWindow
from kvmgui.dialogs.troubleshoot import TroubleshooterDialog
from kvmgui.libvirt import commands, dhcphosts, domainops, netops
from kvmgui.libvirt.netcheck import Fix, Reason, Step
from kvmgui.models.netmap import NetworkMapModel
from kvmgui.widgets.vmactions import ACTIONS_BY_KEY
from kvmgui.window.commandmenu import CommandMenu
from tests.helpers import click, open_connection, open_details_window, type_into, uuid_of
from tests.integration.helpers import (
    create_nat_network,
    define_domain,
    define_tiny_guest,
    dhcp_leases,
    domain_macs,
    domain_state,
    nat_network_xml,
    wait_for,
    wait_for_lease,
)

pytestmark = pytest.mark.integration

NET, BRIDGE, SUBNET = "kvmgui-diag", "virbr-diag", "192.168.88.0/24"
_macs = (f"52:54:00:d1:a6:{n:02x}" for n in itertools.count(1))


def redefine(host, edit, name="tiny"):
    root = etree.fromstring(host.virsh("dumpxml", "--inactive", name).encode())
    edit(root)
    define_domain(host, etree.tostring(root, encoding="unicode"))


def fresh_nic(host, *, link="up", network=None):
    """Give the stopped guest a new MAC (so no old lease answers for it); returns the MAC."""
    mac = next(_macs)

    def edit(root):
        nic = root.find("devices/interface")
        nic.find("mac").set("address", mac)
        if network is not None:
            nic.find("source").set("network", network)
        for old in nic.findall("link"):
            nic.remove(old)
        if link == "down":
            etree.SubElement(nic, "link", state="down")

    redefine(host, edit)
    return mac


def define_network(host, name, bridge, subnet, *, dhcp=True, edit=None):
    root = etree.fromstring(nat_network_xml(name, bridge, subnet, dhcp=dhcp).encode())
    if edit is not None:
        edit(root)
    path = host.tmpdir / f"{name}.xml"
    path.write_text(etree.tostring(root, encoding="unicode"))
    host.virsh("net-define", str(path))
    host.virsh("net-start", name)


def answers(host, ip, timeout=5.0):
    """The guest at ``ip`` answers ARP on the bridge (this machine has no ping): a UDP packet
    from the host's namespace makes its kernel ask; the guest's reply fills the neighbour entry."""
    host.exec_in_ns(["ip", "neigh", "flush", "to", ip])
    send = ("import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
            f"s.sendto(b'x', ('{ip}', 9))")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        host.exec_in_ns([sys.executable, "-c", send])
        if "lladdr" in host.exec_in_ns(["ip", "neigh", "show", "to", ip]).stdout:
            return True
        time.sleep(0.5)
    return False


def diagnose(qtbot, conn, mac):
    dialog = TroubleshooterDialog(conn, uuid_of(conn.domains, "tiny"), mac, "tiny")
    dialog.show()  # each is closed (and so deleted) by the test
    qtbot.waitUntil(lambda: not dialog.checker.running and bool(dialog.checker.results),
                    timeout=60000)
    return dialog


def fix(qtbot, dialog, expected):
    first = dialog.checker.first_failure
    assert first.fix is expected, first
    assert dialog.view.selectionModel().currentIndex().row() == dialog.model.row_of(first.step)
    click(qtbot, dialog.fix_button)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible(),
                    timeout=10000)
    question = dialog.confirm_box.text()
    with qtbot.waitSignal(dialog.fixed, timeout=30000):
        qtbot.mouseClick(dialog.confirm_box.button(QMessageBox.StandardButton.Yes),
                         Qt.MouseButton.LeftButton)
    return question


def test_troubleshooter_names_the_first_failure_and_its_fix_brings_a_lease(
        isolated_host, guest_assets, registry, qtbot, tmp_path):
    host = isolated_host
    create_nat_network(host, NET, BRIDGE, SUBNET)
    guest = define_tiny_guest(host, "tiny", guest_assets, tmp_path, network=NET, start=False)
    mac = fresh_nic(host)
    host.virsh("start", "tiny")
    lease = wait_for_lease(host, NET, mac, guest=guest)
    conn = open_connection(registry, qtbot, host.uri)
    qtbot.waitUntil(lambda: any(r.name == "tiny" for r in conn.domains.records()), timeout=10000)

    # Healthy: nothing fails; the host-side checks of this machine say why they cannot look.
    dialog = diagnose(qtbot, conn, mac)
    results = {r.step: r for r in dialog.checker.results}
    assert dialog.checker.first_failure is None, [r for r in results.values() if r.failed]
    assert results[Step.LEASE].args[0] == lease.ip
    assert results[Step.NAT_RULES].reason is Reason.OTHER_NAMESPACE  # the host's own netns
    assert results[Step.AGENT].reason is Reason.NO_AGENT  # the tiny guest has none
    dialog.close()

    # 1. The network stopped under the running guest. Starting it is not enough: libvirt
    # leaves the guest's tap outside the new bridge (seen here), so the fix plugs it in again.
    assert answers(host, lease.ip)
    host.virsh("net-destroy", NET)
    host.virsh("net-start", NET)
    assert "vnet" not in host.exec_in_ns(["ip", "-o", "link", "show", "master", BRIDGE]).stdout
    assert not answers(host, lease.ip)
    host.virsh("net-destroy", NET)
    dialog = diagnose(qtbot, conn, mac)
    assert dialog.checker.first_failure.reason is Reason.NETWORK_INACTIVE
    question = fix(qtbot, dialog, Fix.START_NETWORK)
    assert f"net-start {NET}" in question and "update-device tiny" in question
    wait_for(lambda: "vnet" in host.exec_in_ns(["ip", "-o", "link", "show", "master", BRIDGE]).stdout,
             timeout=10, message=f"the guest's tap on {BRIDGE} again")
    assert answers(host, lease.ip), f"the guest at {lease.ip} answering through {BRIDGE}"
    assert any(x.mac == mac for x in dhcp_leases(host, NET))
    dialog.close()

    # 2. The card's link is down from the start: no lease until the fix sets it up.
    host.virsh("destroy", "tiny")
    mac = fresh_nic(host, link="down")
    host.virsh("start", "tiny")
    dialog = diagnose(qtbot, conn, mac)
    first = dialog.checker.first_failure
    assert (first.step, first.reason) == (Step.LINK_UP, Reason.LINK_DOWN)
    assert not any(x.mac == mac for x in dhcp_leases(host, NET))
    fix(qtbot, dialog, Fix.SET_LINK_UP)
    wait_for_lease(host, NET, mac, guest=guest)
    assert "state='down'" not in host.virsh("dumpxml", "--inactive", "tiny")  # for good too
    dialog.close()

    # 3. DHCP is off on the network: turning it on (live, no restart) hands out an address.
    host.virsh("destroy", "tiny")
    define_network(host, "nodhcp", "virbr-nodhcp", "192.168.89.0/24", dhcp=False)
    mac = fresh_nic(host, network="nodhcp")
    host.virsh("start", "tiny")
    dialog = diagnose(qtbot, conn, mac)
    first = dialog.checker.first_failure
    assert (first.step, first.reason) == (Step.DHCP, Reason.DHCP_OFF)
    question = fix(qtbot, dialog, Fix.ENABLE_DHCP)
    assert "net-update nodhcp add-last ip-dhcp-range" in question
    got = wait_for_lease(host, "nodhcp", mac, guest=guest)
    assert got.ip.startswith("192.168.89.")
    assert "<range" in host.virsh("net-dumpxml", "--inactive", "nodhcp")
    dialog.close()

    # 4. A static host reserves the network's only address for another card.
    host.virsh("destroy", "tiny")

    def tight(root):
        dhcp = root.find("ip/dhcp")
        dhcp.find("range").set("start", "192.168.90.200")
        dhcp.find("range").set("end", "192.168.90.200")
        etree.SubElement(dhcp, "host", mac="52:54:00:00:99:99", name="other", ip="192.168.90.200")

    define_network(host, "tight", "virbr-tight", "192.168.90.0/24", edit=tight)
    mac = fresh_nic(host, network="tight")
    host.virsh("start", "tiny")
    dialog = diagnose(qtbot, conn, mac)
    first = dialog.checker.first_failure
    assert (first.step, first.reason) == (Step.STATIC_HOSTS, Reason.RESERVED_FOR_OTHER)
    assert first.args[:2] == ("192.168.90.200", "52:54:00:00:99:99")
    fix(qtbot, dialog, Fix.REMOVE_RESERVATION)
    got = wait_for_lease(host, "tight", mac, guest=guest)
    assert got.ip == "192.168.90.200"
    assert "52:54:00:00:99:99" not in host.virsh("net-dumpxml", "tight")
    dialog.close()


def test_pin_an_address_and_see_it_on_the_map(isolated_host, guest_assets, registry, qtbot,
                                              tmp_path, settings, monkeypatch):
    host = isolated_host
    create_nat_network(host, NET, BRIDGE, SUBNET)
    guest = define_tiny_guest(host, "tiny", guest_assets, tmp_path, network=NET)
    (mac,) = domain_macs(host, "tiny")
    first = wait_for_lease(host, NET, mac, guest=guest)
    conn = open_connection(registry, qtbot, host.uri)
    qtbot.waitUntil(lambda: any(r.name == NET for r in conn.networks.records()), timeout=10000)

    # The map shows the guest on its network with the leased address.
    model = NetworkMapModel()
    model.add_connection(conn)
    model.set_shown(True)

    def on_map():
        for node in model.root.children[0].children if model.root.children else []:
            for nic in node.children:
                if node.name == NET and nic.name == "tiny":
                    return nic
        return None

    qtbot.waitUntil(lambda: on_map() is not None and on_map().address == first.ip, timeout=30000)
    assert f"{first.ip}/24" in on_map().details

    # Pin another address on the NIC page.
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    window = open_details_window(qtbot, conn, uuid_of(conn.domains, "tiny"), settings, timeout=10000)
    page_id = f"device:interface:{mac}"
    qtbot.waitUntil(lambda: page_id in window.pages, timeout=10000)
    window.select_page(page_id)
    box = window.pages[page_id].pin
    pinned = "192.168.88.77" if first.ip != "192.168.88.77" else "192.168.88.78"
    type_into(qtbot, box.ip, pinned)
    assert box.pin_button.isEnabled(), box.status.text()
    click(qtbot, box.pin_button)
    for flags in ((), ("--inactive",)):  # live and in the definition
        wait_for(lambda f=flags: f"ip='{pinned}'" in host.virsh("net-dumpxml", *f, NET), timeout=20,
                 message=f"the host entry in net-dumpxml {' '.join(flags)}")
    assert f"mac='{mac}'" in host.virsh("net-dumpxml", NET)
    # The network kept running (no restart): the guest still has its first lease until it asks.
    host.virsh("destroy", "tiny")
    host.virsh("start", "tiny")
    wait_for(lambda: any(x.mac == mac and x.ip == pinned for x in dhcp_leases(host, NET)),
             timeout=60, message=lambda: f"a lease of {pinned}\n{guest.serial()[-2000:]}")
    qtbot.waitUntil(lambda: on_map() is not None and on_map().address == pinned, timeout=30000)

    qtbot.waitUntil(lambda: box.unpin_button.isEnabled(), timeout=10000)
    click(qtbot, box.unpin_button)
    for flags in ((), ("--inactive",)):
        wait_for(lambda f=flags: "<host " not in host.virsh("net-dumpxml", *f, NET), timeout=20,
                 message=f"no host entry in net-dumpxml {' '.join(flags)}")
    model.set_shown(False)


def run_line(line):
    done = subprocess.run(shlex.split(line), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{line}\n{done.stdout}{done.stderr}"


def preview(qtbot, conn, fn, *args):
    future = conn.preview(fn, *args)
    qtbot.waitUntil(future.done, timeout=20000)
    return future.result()


def test_show_command_lines_do_what_the_buttons_do(isolated_host, guest_assets, registry, qtbot,
                                                    tmp_path, settings):
    from kvmgui.window.mainwindow import MainWindow

    main_window = MainWindow(registry, settings)
    qtbot.addWidget(main_window)
    host = isolated_host
    create_nat_network(host, NET, BRIDGE, SUBNET, start=False)
    define_tiny_guest(host, "tiny", guest_assets, tmp_path, start=False)
    conn = open_connection(registry, qtbot, host.uri)
    qtbot.waitUntil(lambda: any(r.name == "tiny" for r in conn.domains.records())
                    and any(r.name == NET for r in conn.networks.records()), timeout=10000)
    uuid, net = uuid_of(conn.domains, "tiny"), uuid_of(conn.networks, NET)

    # start and destroy, as the VM menu's "Show Command" gives them.
    menu: CommandMenu = main_window.command_menu
    qtbot.waitUntil(lambda: main_window.vm_view.model().rowCount() == 1, timeout=10000)
    main_window.vm_view.selectRow(0)
    dialog = menu.show_for(ACTIONS_BY_KEY["start"])
    qtbot.waitUntil(lambda: bool(dialog.commands), timeout=20000)
    [line] = dialog.lines()
    assert shlex.split(line)[:3] == ["virsh", "-c", host.uri]
    run_line(line)
    assert domain_state(host, "tiny") == "running"
    qtbot.waitUntil(lambda: conn.domains.get(uuid).state.is_active, timeout=10000)
    dialog = menu.show_for(ACTIONS_BY_KEY["force_off"])
    qtbot.waitUntil(lambda: bool(dialog.commands), timeout=20000)
    run_line(dialog.lines()[0])
    assert domain_state(host, "tiny") == "shut off"

    # net-start
    [start] = preview(qtbot, conn, netops.start_network, net)
    run_line(start.line())
    assert "Active:         yes" in host.virsh("net-info", NET)

    # networkUpdate: add a static host, then delete it.
    [add] = preview(qtbot, conn, dhcphosts.pin, net, "52:54:00:12:34:56", "tiny", "192.168.88.44")
    run_line(add.line())
    for flags in ((), ("--inactive",)):
        assert "ip='192.168.88.44'" in host.virsh("net-dumpxml", *flags, NET)
    [delete] = preview(qtbot, conn, dhcphosts.unpin, net, "52:54:00:12:34:56")
    assert shlex.split(delete.line())[3:7] == ["net-update", NET, "delete", "ip-dhcp-host"]
    run_line(delete.line())
    for flags in ((), ("--inactive",)):
        assert "192.168.88.44" not in host.virsh("net-dumpxml", *flags, NET)

    # attach-device: the definition gets the NIC (define FILE) and the running VM too.
    host.virsh("start", "tiny")
    qtbot.waitUntil(lambda: conn.domains.get(uuid).state.is_active, timeout=10000)
    nic = f"<interface type='network'><mac address='52:54:00:12:34:57'/><source network='{NET}'/>" \
          "<model type='virtio'/></interface>"
    cmds = preview(qtbot, conn, domainops.apply_change, uuid, domainops.add_device(nic, "NIC"))
    assert [c.verb for c in cmds] == ["define", "attach-device"]
    paths = commands.write_files(cmds, str(tmp_path))
    for cmd in cmds:
        run_line(cmd.line(paths))
    assert "52:54:00:12:34:57" in host.virsh("dumpxml", "--inactive", "tiny")
    wait_for(lambda: "52:54:00:12:34:57" in host.virsh("dumpxml", "tiny"), timeout=20,
             message="the hot-plugged NIC in the live XML")
