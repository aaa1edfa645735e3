"""The network wizard and the networks panel against a real, isolated libvirtd + QEMU host:
the wizard creates a NAT network with DHCP, it starts in the host's namespace, and the lease
the tiny guest gets shows in the leases view with the guest's name and owning VM."""

import ipaddress
import time

import pytest
from PySide6.QtWidgets import QWizard

from kvmgui.models.leases import LeaseColumn
from kvmgui.panels.networks import NetworksPanel
from kvmgui.wizards.network.wizard import PageId
from kvmgui.xml.network_spec import ForwardMode
from tests.helpers import click, open_connection, type_into
from tests.integration.helpers import define_tiny_guest, dhcp_leases, domain_macs

pytestmark = pytest.mark.integration

NET, BRIDGE, SUBNET = "kvmgui-nat", "virbr1", "192.168.10.0/24"


def test_wizard_network_gives_the_guest_a_lease_shown_with_its_vm(
        isolated_host, guest_assets, registry, qtbot, qtmodeltester, tmp_path):
    host = isolated_host
    conn = open_connection(registry, qtbot, host.uri)
    panel = NetworksPanel(conn)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.leases.model)
    panel.leases.timer.setInterval(500)  # quicker than the 3 s the app uses
    panel.show()

    # The wizard, driven through its widgets.
    click(qtbot, panel.add_button)
    wiz = panel.wizard
    qtbot.waitUntil(lambda: wiz.state.context.routes is not None, timeout=10000)  # local URI
    type_into(qtbot, wiz.basics.name, NET)
    wiz.basics.mode.setCurrentIndex(wiz.basics.mode.findData(ForwardMode.NAT))
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    while wiz.currentId() != PageId.IPV4:
        click(qtbot, next_button)
    type_into(qtbot, wiz.ipv4.network, SUBNET)
    assert wiz.ipv4.gateway.text() == "192.168.10.1"
    assert (wiz.ipv4.dhcp_start.text(), wiz.ipv4.dhcp_end.text()) == ("192.168.10.128", "192.168.10.254")
    while wiz.currentId() != PageId.OPTIONS:
        click(qtbot, next_button)
    type_into(qtbot, wiz.network_options.bridge, BRIDGE)
    click(qtbot, next_button)
    assert wiz.currentId() == PageId.SUMMARY and wiz.summary.start_now.isChecked()
    with qtbot.waitSignal(wiz.created, timeout=60000) as created:
        click(qtbot, wiz.button(QWizard.WizardButton.FinishButton))
    uuid = created.args[0]
    qtbot.waitUntil(lambda: (r := conn.networks.get(uuid)) is not None and r.active, timeout=10000)
    assert panel.current().record.uuid == uuid
    assert panel.values["bridge"].text() == BRIDGE

    # It runs inside the host's namespace: the bridge carries the gateway address.
    addr = host.exec_in_ns(["ip", "-4", "addr", "show", BRIDGE])
    assert addr.returncode == 0, addr.stderr
    assert "inet 192.168.10.1/24" in addr.stdout
    info = dict(line.split(":", 1) for line in host.virsh("net-info", NET).splitlines() if ":" in line)
    assert info["Active"].strip() == "yes" and info["Autostart"].strip() == "yes"  # the defaults

    # The tiny guest on it gets a lease; the leases view shows it with the owning VM.
    started = time.monotonic()
    guest = define_tiny_guest(host, "tiny-net", guest_assets, tmp_path, network=NET)
    (mac,) = domain_macs(host, guest.name)
    model = panel.leases.model

    def lease_row():
        for row in range(model.rowCount()):
            if model.index(row, LeaseColumn.MAC).data() == mac:
                return row
        return None

    qtbot.waitUntil(lambda: lease_row() is not None
                    and model.index(lease_row(), LeaseColumn.VM).data() == guest.name,
                    timeout=120000)
    print(f"\nguest start to lease shown with its VM: {time.monotonic() - started:.1f} s")
    row = lease_row()
    ip = model.index(row, LeaseColumn.IP).data()
    assert model.index(row, LeaseColumn.HOSTNAME).data() == guest.name
    assert ipaddress.ip_interface(ip).network == ipaddress.ip_network(SUBNET)
    assert ipaddress.ip_address("192.168.10.128") <= ipaddress.ip_interface(ip).ip
    assert model.index(row, LeaseColumn.EXPIRES).data().startswith("in ")
    # The same lease as virsh reports it.
    assert any(x.mac == mac and f"{x.ip}/{x.prefix}" == ip for x in dhcp_leases(host, NET)), \
        guest.serial()[-2000:]
