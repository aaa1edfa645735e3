"""The details window against a real, isolated libvirtd + QEMU with the tiny guest:
add a NIC, restart from the window, see the address it got, copy the SSH command."""

import pytest
from lxml import etree
from PySide6.QtGui import QGuiApplication

from kvmgui.dialogs.details import DetailsWindow
from kvmgui.libvirt.domainops import LiveOutcome
from tests.helpers import open_connection, open_details_window, uuid_of
from tests.integration.helpers import (
    create_nat_network,
    define_domain,
    define_tiny_guest,
    wait_for_lease,
)

NET, BRIDGE, SUBNET = "kvmgui-details", "virbr-det", "192.168.77.0/24"

pytestmark = pytest.mark.integration


def macs(host, *flags):
    root = etree.fromstring(host.virsh("dumpxml", *flags, "tiny").encode())
    return [m.get("address").lower() for m in root.iterfind("./devices/interface/mac")]


def open_window(conn, uuid, qtbot, settings, monkeypatch):
    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    monkeypatch.setattr(DetailsWindow, "confirm_force_off", lambda self, on_yes: on_yes())
    return open_details_window(qtbot, conn, uuid, settings, timeout=10000)


def redefine(host, edit):
    root = etree.fromstring(host.virsh("dumpxml", "--inactive", "tiny").encode())
    edit(root)
    define_domain(host, etree.tostring(root, encoding="unicode"))


def to_q35(root):
    root.find("os/type").set("machine", "q35")
    for el in [*root.iterfind("devices/controller"), *root.iterfind("devices/*/address")]:
        el.getparent().remove(el)


def no_hotplug(root):
    for port in root.iterfind("devices/controller[@model='pcie-root-port']"):
        target = port.find("target")
        if target is None:
            target = etree.SubElement(port, "target")
        target.set("hotplug", "off")


def define_guest(host, assets, tmp_path, machine):
    """The tiny guest, started; on q35 its PCIe ports refuse hotplug, so hotplug fails for real."""
    guest = define_tiny_guest(host, "tiny", assets, tmp_path, start=False)
    if machine == "q35":
        redefine(host, to_q35)  # libvirt adds the PCIe ports it needs
        redefine(host, no_hotplug)
    host.virsh("start", "tiny")
    return guest


@pytest.mark.parametrize(("machine", "hotplug"), [("pc", LiveOutcome.APPLIED),
                                                  ("q35", LiveOutcome.FAILED)])
def test_add_nic_restart_and_ssh_to_its_address(isolated_host, guest_assets, registry, qtbot,
                                                tmp_path, settings, monkeypatch, machine, hotplug):
    host = isolated_host
    create_nat_network(host, NET, BRIDGE, SUBNET)
    guest = define_guest(host, guest_assets, tmp_path, machine)
    conn = open_connection(registry, qtbot, host.uri)
    qtbot.waitUntil(lambda: any(r.name == NET for r in conn.networks.records()), timeout=10000)
    window = open_window(conn, uuid_of(conn.domains, "tiny"), qtbot, settings, monkeypatch)
    assert window.pages["overview"].hypervisor.text() == "QEMU (software emulation, TCG)"

    window.add_hardware()
    dialog = window.add_hw_dialog
    nic = dialog.select("nic")
    nic.source.setCurrentIndex(nic.source.findData(NET))
    assert nic.model.currentText() == "virtio"
    with qtbot.waitSignal(window.changeApplied, timeout=30000) as blocker:
        dialog.finish_button.click()
    result = blocker.args[0]
    [mac] = macs(host, "--inactive")
    # Hotplug works on this machine type or it does not; either way the window says which.
    assert result.live == hotplug, result.words.english()
    page = window.current_page()
    assert page.key == f"interface:{mac}"
    if result.live == LiveOutcome.APPLIED:
        assert macs(host) == [mac]
        assert "applied to the running VM" in window.message.text()
    else:
        assert macs(host) == []
        assert "could not take it" in window.message.text()
        assert window.pending_bar.isVisible()
        assert f"Added NIC {mac} on network {NET} (virtio)" in window.pending_bar.list.text()

    window.restart(force=True)  # what the pending bar's Force Off and Start button does
    with qtbot.waitSignal(window.restartFinished, timeout=60000) as blocker:
        pass
    assert blocker.args[0], blocker.args[1]
    assert macs(host) == [mac]
    qtbot.waitUntil(lambda: window.view.running and window.view.pending == [], timeout=10000)
    assert not window.pending_bar.isVisible()

    # Within 30 s the address from the DHCP lease shows on the NIC's page.
    box = page.addresses
    qtbot.waitUntil(lambda: any("DHCP lease" in box.list.item(i).text()
                                for i in range(box.list.count())), timeout=30000)
    lease = wait_for_lease(host, NET, mac, timeout=5, guest=guest)
    assert box.list.currentItem().text().startswith(f"{lease.ip}/{lease.prefix} (DHCP lease")
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == f"ssh root@{lease.ip}"


def test_xml_editor_defines_on_a_real_host(isolated_host, guest_assets, registry, qtbot,
                                           tmp_path, monkeypatch):
    from kvmgui.dialogs.xmleditor import XmlEditorDialog

    host = isolated_host
    define_tiny_guest(host, "tiny", guest_assets, tmp_path, start=False)
    conn = open_connection(registry, qtbot, host.uri)
    monkeypatch.setattr(XmlEditorDialog, "confirm_diff", lambda self, lines, answer: answer(True))
    monkeypatch.setattr(XmlEditorDialog, "ask_discard", lambda self, on_discard: on_discard())
    dialog = XmlEditorDialog(conn, "domain", uuid_of(conn.domains, "tiny"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.definition is not None, timeout=10000)
    before = host.virsh("dumpxml", "--inactive", "tiny")

    text = dialog.editor.toPlainText()
    dialog.editor.setPlainText(text.replace("<on_crash>destroy</on_crash>",
                                            "<on_crash>destroy</on_crash>\n  <bogus/>"))
    dialog.editor.document().setModified(True)
    with qtbot.waitSignal(dialog.checked, timeout=10000):  # checked in a worker
        dialog.apply()
    assert dialog.problems.count() >= 1  # refused by the schema, before libvirt
    assert host.virsh("dumpxml", "--inactive", "tiny") == before

    dialog.editor.setPlainText(text.replace("<on_crash>destroy</on_crash>",
                                            "<on_crash>restart</on_crash>"))
    dialog.editor.document().setModified(True)
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Defined"), timeout=10000)
    assert "<on_crash>restart</on_crash>" in host.virsh("dumpxml", "--inactive", "tiny")
    assert not dialog.is_dirty()
