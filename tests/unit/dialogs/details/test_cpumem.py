"""The CPUs and memory page: what it applies is what the user changed."""

import libvirt
from lxml import etree

from kvmgui.libvirt.domainops import LiveOutcome
from tests.helpers import DEMO_VMS, domain_doc, run_in_worker

WEB01 = DEMO_VMS["web01"]


def page_of(window, page_id):
    window.select_page(page_id)
    return window.pages[page_id]


def apply(qtbot, window, page):
    with qtbot.waitSignal(window.changeApplied, timeout=5000) as blocker:
        page.apply_button.click()
    return blocker.args[0]


def _odd_memory(c):
    """web01 defined and running with a maximum memory that is no whole number of MiB."""
    dom = c.lookupByUUIDString(WEB01)
    root = etree.fromstring(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    for tag, kib in (("memory", "2000000"), ("currentMemory", "1000000")):
        node = root.find(tag)
        node.set("unit", "KiB")
        node.text = kib
    dom.destroy()
    c.defineXML(etree.tostring(root, encoding="unicode"))
    c.lookupByUUIDString(WEB01).create()


def test_a_balloon_change_keeps_a_maximum_of_odd_kib_and_applies_live(details_of, connected, qtbot):
    run_in_worker(qtbot, connected, _odd_memory)
    window = details_of("web01")
    page = page_of(window, "cpumem")
    assert page.max_memory.value() == 1954  # 2000000 KiB, rounded up
    page.memory.setValue(1024)
    result = apply(qtbot, window, page)
    assert result.live == LiveOutcome.APPLIED, window.message.text()
    assert domain_doc(qtbot, connected, WEB01).max_memory_kib == 2000000  # not changed
    assert domain_doc(qtbot, connected, WEB01, 0).memory_kib == 1024 * 1024


def test_memory_raised_to_an_odd_maximum_is_that_maximum(details_of, connected, qtbot):
    run_in_worker(qtbot, connected, _odd_memory)
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.memory.setValue(page.max_memory.value())
    assert apply(qtbot, window, page).live == LiveOutcome.APPLIED, window.message.text()
    doc = domain_doc(qtbot, connected, WEB01)
    assert (doc.memory_kib, doc.max_memory_kib) == (2000000, 2000000)


def test_applying_memory_keeps_vcpus_changed_elsewhere_meanwhile(details_of, connected, qtbot):
    window = details_of("build")
    page = page_of(window, "cpumem")
    page.memory.setValue(512)

    def more_vcpus(c):
        dom = c.lookupByName("build")
        dom.setVcpusFlags(2, libvirt.VIR_DOMAIN_AFFECT_CONFIG | libvirt.VIR_DOMAIN_VCPU_MAXIMUM)
        dom.setVcpusFlags(2, libvirt.VIR_DOMAIN_AFFECT_CONFIG)
        c.defineXML(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))  # the event a define sends

    run_in_worker(qtbot, connected, more_vcpus)
    qtbot.waitUntil(lambda: window.view.doc.vcpus == 2)
    assert "changed meanwhile" in page.message.text()
    apply(qtbot, window, page)
    doc = domain_doc(qtbot, connected, DEMO_VMS["build"])
    assert doc.memory_kib == 512 * 1024
    assert (doc.vcpus, doc.max_vcpus) == (2, 2)  # not the 1 still shown


def _bigger_maximums(c):
    """web01's definition raised to 4 vCPUs and 4096 MiB at most (pending: it runs with 2
    and 2048), its current counts left as they run."""
    dom = c.lookupByUUIDString(WEB01)
    root = etree.fromstring(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    vcpu = root.find("vcpu")
    vcpu.text, vcpu.attrib["current"] = "4", "2"
    memory = root.find("memory")
    memory.text, memory.attrib["unit"] = "4096", "MiB"
    c.defineXML(etree.tostring(root, encoding="unicode"))


def test_current_counts_are_applied_live_beside_a_maximum_pending_from_before(details_of, connected, qtbot):
    run_in_worker(qtbot, connected, _bigger_maximums)
    window = details_of("web01")
    page = page_of(window, "cpumem")
    assert (page.vcpus.value(), page.max_vcpus.value()) == (2, 4)
    page.vcpus.setValue(1)
    page.memory.setValue(1024)
    result = apply(qtbot, window, page)
    assert result.live == LiveOutcome.APPLIED, window.message.text()
    live = domain_doc(qtbot, connected, WEB01, 0)
    assert (live.vcpus, live.memory_kib) == (1, 1024 * 1024)
    doc = domain_doc(qtbot, connected, WEB01)
    assert (doc.vcpus, doc.max_vcpus, doc.memory_kib, doc.max_memory_kib) == (1, 4, 1024 * 1024, 4096 * 1024)


def test_current_vcpus_above_the_running_maximum_wait_for_the_next_start(details_of, connected, qtbot):
    run_in_worker(qtbot, connected, _bigger_maximums)
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.vcpus.setValue(3)
    result = apply(qtbot, window, page)
    assert result.live == LiveOutcome.PENDING
    assert "fixed while the VM runs" in window.message.text()
    assert domain_doc(qtbot, connected, WEB01, 0).vcpus == 2


def _huge(c):
    """build defined with 2048 vCPUs and 8 TiB: more than the spin boxes held."""
    dom = c.lookupByUUIDString(DEMO_VMS["build"])
    root = etree.fromstring(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    root.find("vcpu").text = "2048"
    for tag in ("memory", "currentMemory"):
        node = root.find(tag)
        node.text, node.attrib["unit"] = "8", "TiB"
    c.defineXML(etree.tostring(root, encoding="unicode"))


def test_a_vm_bigger_than_the_usual_keeps_its_size_when_its_cpu_model_is_applied(
        details_of, connected, qtbot):
    run_in_worker(qtbot, connected, _huge)
    window = details_of("build")
    page = page_of(window, "cpumem")
    assert (page.max_vcpus.value(), page.max_memory.value()) == (2048, 8 * 1024 * 1024)
    page.cpu_mode.setCurrentIndex(page.cpu_mode.findData("host-passthrough"))
    apply(qtbot, window, page)
    doc = domain_doc(qtbot, connected, DEMO_VMS["build"])
    assert doc.cpu_mode == "host-passthrough"
    assert (doc.max_vcpus, doc.max_memory_kib) == (2048, 8 * 1024 ** 3)


def test_memory_is_ballooned_though_the_running_vm_refuses_the_vcpus(details_of, connected, qtbot,
                                                                   monkeypatch):
    from kvmgui.libvirt import virsh
    from tests.helpers import FakeError

    def refuse(dom, count, flags):
        raise FakeError("operation failed: vcpu unplug request timed out")

    monkeypatch.setattr(virsh, "set_vcpus", refuse)
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.vcpus.setValue(1)
    page.memory.setValue(1024)
    result = apply(qtbot, window, page)
    assert result.live == LiveOutcome.FAILED
    assert "vcpu unplug request timed out" in window.message.text()
    live = domain_doc(qtbot, connected, WEB01, 0)
    assert (live.vcpus, live.memory_kib) == (2, 1024 * 1024)
    qtbot.waitUntil(window.pending_bar.isVisible)
    assert "vCPUs" in window.pending_bar.list.text() and "Memory" not in window.pending_bar.list.text()


def test_a_vcpu_hot_plug_leaves_no_pending_mark_from_a_check_it_overtook(details_of, connected, qtbot,
                                                                       monkeypatch):
    """The define's event asks the list's tracker to compare the definition with the running
    VM: a check that reads both before the live step is done sees a change pending."""
    import threading

    from kvmgui.libvirt import virsh
    from kvmgui.libvirt.pending import tracker_for

    tracker = tracker_for(connected)
    marked = threading.Event()
    tracker.changed.connect(lambda uuid, lines: marked.set() if uuid == WEB01 and lines else None)
    hot_plug = virsh.set_vcpus

    def after_the_check(dom, count, flags):
        marked.wait(5)
        hot_plug(dom, count, flags)

    monkeypatch.setattr(virsh, "set_vcpus", after_the_check)
    window = details_of("web01")
    page = page_of(window, "cpumem")
    page.vcpus.setValue(1)
    assert apply(qtbot, window, page).live == LiveOutcome.APPLIED
    assert marked.is_set()
    qtbot.waitUntil(lambda: not tracker.get(WEB01), timeout=3000)


def _transient(c):
    dom = c.createXML("<domain type='test'><name>scratch</name><memory>1048576</memory>"
                      "<vcpu current='1'>2</vcpu><os><type>hvm</type></os></domain>", 0)
    return dom.UUIDString()


def test_a_transient_vm_that_takes_part_of_the_page_says_so_and_keeps_the_rest(
        details_of, connected, qtbot):
    """vCPUs hot-plugged, a new maximum memory impossible without a definition: the window
    said "CPUs and memory: not applied: scratch is transient …" while the VM ran with the
    new vCPUs, and the page went on showing one."""
    uuid = run_in_worker(qtbot, connected, _transient)
    qtbot.waitUntil(lambda: connected.domains.get(uuid) is not None, timeout=5000)
    window = details_of(uuid)
    page = page_of(window, "cpumem")
    page.vcpus.setValue(2)
    page.max_memory.setValue(2048)
    page.apply_button.click()
    qtbot.waitUntil(lambda: "scratch" in window.message.text(), timeout=5000)
    assert window.message.text() == (
        "CPUs and memory: applied in part: Only vCPUs took effect on the running VM. The rest "
        "was not applied and cannot wait for a restart (the maximum memory is fixed while the "
        "VM runs): scratch is transient, with no definition to keep it for the next start."
    ), window.message.text()
    assert page.message.text().startswith("Applied in part: Only vCPUs took effect")
    assert page.running_now.text() == "2 of 2 vCPUs, 1024 of 1024 MiB"  # as it runs now
    # Read again (its record changed): the page's own change is no change "meanwhile".
    qtbot.waitUntil(lambda: connected.domains.get(uuid).vcpus == 2, timeout=5000)
    with qtbot.waitSignal(window.watcher.loaded, timeout=5000):
        window.watcher.reload()
    assert page.message.text().startswith("Applied in part: Only vCPUs took effect")
    assert page.is_dirty() and page.max_memory.value() == 2048  # what did not apply stays
    assert page.body.isEnabled() and page.apply_button.isEnabled()
