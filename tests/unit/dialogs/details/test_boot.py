"""The Boot options page against changes made elsewhere while it is being edited."""

import libvirt
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.helpers import DEMO_VMS, domain_doc, run_in_worker

BUILD = DEMO_VMS["build"]
SECOND = "disk:vdb"


def _define(c, edit):
    root = etree.fromstring(c.lookupByUUIDString(BUILD).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    edit(root)
    c.defineXML(etree.tostring(root, encoding="unicode"))


def _per_device(root):
    """Boots from vda, then from a second disk, vdb."""
    for boot in root.findall("os/boot"):
        boot.getparent().remove(boot)
    disk = root.find("devices/disk")
    second = etree.fromstring(etree.tostring(disk))
    second.find("source").set("file", "/home/build-2.qcow2")
    second.find("target").set("dev", "vdb")
    disk.addnext(second)
    for order, node in enumerate((disk, second), start=1):
        etree.SubElement(node, "boot", order=str(order))


def _without_second(root):
    second = root.findall("devices/disk")[1]
    second.getparent().remove(second)


def test_a_device_removed_meanwhile_leaves_the_boot_order_of_the_others(details_of, connected, qtbot):
    run_in_worker(qtbot, connected, _define, _per_device)
    window = details_of("build")
    window.select_page("boot")
    page = window.pages["boot"]
    assert page.order.count() == 2 and page.order.item(1).data(Qt.ItemDataRole.UserRole) == SECOND
    page.menu.setChecked(True)
    run_in_worker(qtbot, connected, _define, _without_second)
    qtbot.waitUntil(lambda: window.view.doc.find_device(SECOND) is None)
    page.apply_button.click()
    qtbot.waitUntil(lambda: not page.is_dirty() or "Not applied" in page.message.text(), timeout=5000)
    assert not page.is_dirty(), page.message.text()
    doc = domain_doc(qtbot, connected, BUILD)
    assert doc.boot_menu and doc.boot_order_keys() == ["disk:vda"]


def test_the_only_boot_device_removed_meanwhile_is_said_and_the_edits_stay(details_of, connected, qtbot):
    run_in_worker(qtbot, connected, _define, _per_device)
    window = details_of("build")
    window.select_page("boot")
    page = window.pages["boot"]
    page.order.item(0).setCheckState(Qt.CheckState.Unchecked)  # vdb alone
    run_in_worker(qtbot, connected, _define, _without_second)
    qtbot.waitUntil(lambda: window.view.doc.find_device(SECOND) is None)
    page.apply_button.click()
    qtbot.waitUntil(lambda: "Not applied" in page.message.text(), timeout=5000)
    assert page.message.text() == "Not applied: The VM no longer has the device disk:vdb."
    assert page.is_dirty() and page.order.item(0).checkState() == Qt.CheckState.Unchecked
    assert domain_doc(qtbot, connected, BUILD).boot_order_keys() == ["disk:vda"]


def _kernel(root):
    etree.SubElement(root.find("os"), "kernel").text = "/boot/vmlinuz"


def _cdrom_first(root):
    os_el = root.find("os")
    for boot in os_el.findall("boot"):
        os_el.remove(boot)
    for dev in ("cdrom", "hd"):
        etree.SubElement(os_el, "boot", dev=dev)


def test_the_boot_menu_applied_keeps_what_was_changed_elsewhere_meanwhile(details_of, connected, qtbot):
    window = details_of("build")
    window.select_page("boot")
    page = window.pages["boot"]
    page.menu.setChecked(True)
    run_in_worker(qtbot, connected, _define, _kernel)
    run_in_worker(qtbot, connected, _define, _cdrom_first)
    qtbot.waitUntil(lambda: (window.view.doc.kernel, window.view.doc.boot_devices)
                    == ("/boot/vmlinuz", ["cdrom", "hd"]))
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    doc = domain_doc(qtbot, connected, BUILD)
    assert doc.boot_menu
    assert (doc.kernel, doc.boot_devices) == ("/boot/vmlinuz", ["cdrom", "hd"])


def test_a_boot_order_waiting_for_the_next_start_is_said_on_the_boot_page(details_of, connected, qtbot):
    def per_device(root):
        for boot in root.findall("os/boot"):
            boot.getparent().remove(boot)
        for order, dev in enumerate(("devices/disk", "devices/interface"), start=1):
            etree.SubElement(root.find(dev), "boot", order=str(order))

    def define(c):
        dom = c.lookupByUUIDString(DEMO_VMS["web01"])
        root = etree.fromstring(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
        per_device(root)
        dom.destroy()
        c.defineXML(etree.tostring(root, encoding="unicode"))
        c.lookupByUUIDString(DEMO_VMS["web01"]).create()

    run_in_worker(qtbot, connected, define)
    window = details_of("web01")
    window.select_page("boot")
    page = window.pages["boot"]
    assert not page.pending.text()
    page.order.setCurrentRow(0)
    page.findChild(QPushButton, "down").click()
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        page.apply_button.click()
    qtbot.waitUntil(window.pending_bar.isVisible, timeout=5000)
    assert "Disk vda" in page.pending.text() and "NIC 52:54:00:6b:3c:01" in page.pending.text()
