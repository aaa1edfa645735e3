"""A NIC page's addresses and the one-click SSH actions."""

import shlex

import libvirt
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from kvmgui.dialogs.details import DetailsWindow
from kvmgui.dialogs.details.addressbox import USER_KEY, AddressBox
from kvmgui.libvirt.addresses import AddressReport, GuestAddress
from kvmgui.utils import ssh
from tests.helpers import WEB01

NIC = "device:interface:52:54:00:6b:3c:01"
HOLD = "SSH could not connect (its words are above). Press Enter to close."


@pytest.fixture
def nic_page(details_of, qtbot):
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    qtbot.waitUntil(lambda: page.addresses.list.count() > 0, timeout=5000)
    return page


def click_terminal(qtbot, box):
    """Open terminal: the terminal is looked for and started in a worker; wait for both."""
    box.terminal_button.click()
    qtbot.waitUntil(lambda: not box._looking and not box._starting, timeout=5000)


def unheld(args):
    """The terminal's arguments without the wait after ssh's own failure around ssh."""
    start = args.index("sh")
    assert args[start:start + 5] == ["sh", "-c", ssh.HOLD_SCRIPT, "sh", HOLD]
    return args[:start] + args[start + 5:]


def running(doc):
    """The running VM as ``doc``: the card changed live too (virsh update-device --live)."""
    from kvmgui.xml.domain import DomainDoc

    return DomainDoc.from_string(doc.to_string())


def test_addresses_are_labelled_by_source(nic_page):
    assert nic_page.addresses.list.item(0).text() == \
        "192.168.122.3/24 (DHCP lease, guest agent, ARP)"


def test_copy_ssh_command_and_remember_the_user(nic_page, settings):
    box = nic_page.addresses
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh root@192.168.122.3"
    box.user.setText("admin")
    box.user.textEdited.emit("admin")
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh admin@192.168.122.3"
    assert settings.value(USER_KEY) == "admin"


def test_user_that_looks_like_an_option_is_refused(nic_page, settings):
    box = nic_page.addresses
    box.user.setText("-oProxyCommand=x")
    box.user.textEdited.emit("-oProxyCommand=x")
    assert not box.copy_button.isEnabled() and not box.terminal_button.isEnabled()
    assert "starts with a letter" in box.status.text()
    assert settings.value(USER_KEY) is None


def test_open_terminal_passes_an_argument_list(qtbot, nic_page, monkeypatch):
    started = []
    monkeypatch.setattr(ssh, "find_terminal", lambda: ("/usr/bin/xterm", ["-e"]))
    monkeypatch.setattr(AddressBox, "start_detached",
                        staticmethod(lambda program, args:
                                     started.append((program, unheld(args))) or (True, "")))
    click_terminal(qtbot, nic_page.addresses)
    assert started == [("/usr/bin/xterm", ["-e", "ssh", "root@192.168.122.3"])]


def test_a_vm_on_a_remote_hosts_network_is_reached_through_the_host(
        connected, details_of, qtbot, monkeypatch):
    # A NAT network's addresses are private to its host: ssh must hop through that host.
    monkeypatch.setattr(connected, "uri", "qemu+ssh://admin@far.example:2222/system")
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    box = window.pages[NIC].addresses
    qtbot.waitUntil(lambda: box.list.count() > 0, timeout=5000)
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == \
        "ssh -J admin@far.example:2222 root@192.168.122.3"
    started = []
    monkeypatch.setattr(ssh, "find_terminal", lambda: ("/usr/bin/xterm", ["-e"]))
    monkeypatch.setattr(AddressBox, "start_detached",
                        staticmethod(lambda program, args: started.append(unheld(args)) or (True, "")))
    click_terminal(qtbot, box)
    assert started == [["-e", "ssh", "-J", "admin@far.example:2222", "root@192.168.122.3"]]
    box.on_network = False  # a host bridge or macvtap: the guest is on the LAN itself
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh root@192.168.122.3"


def test_the_hop_through_the_host_logs_in_as_libvirt_does(qtbot, tmp_path, monkeypatch):
    # The host is reached with the URI's key file (and no host-key check): "ssh -J" gave
    # its hop neither, so the copied command failed where kvmgui's own connection worked.
    box = AddressBox(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(box)
    box.host_uri = "qemu+ssh://admin@far.example:2222/system?keyfile=/home/me/.ssh/lab&no_verify=1"
    box.set_card("52:54:00:00:00:01", True)
    box.show_report(AddressReport("u", True, (
        GuestAddress("52:54:00:00:00:01", "192.168.122.3", 24, False, ("lease",)),)))
    hop = ("ProxyCommand=ssh -i /home/me/.ssh/lab -o StrictHostKeyChecking=no -p 2222 "
           "-W '[%h]:%p' -- admin@far.example")
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "ssh -o 'ProxyCommand=ssh -i /home/me/.ssh/lab -o StrictHostKeyChecking=no -p 2222 "
        "-W '\"'\"'[%h]:%p'\"'\"' -- admin@far.example' root@192.168.122.3")
    assert shlex.split(QGuiApplication.clipboard().text()) == ["ssh", "-o", hop, "root@192.168.122.3"]
    started = []
    monkeypatch.setattr(ssh, "find_terminal", lambda: ("/usr/bin/xterm", ["-e"]))
    monkeypatch.setattr(AddressBox, "start_detached",
                        staticmethod(lambda program, args: started.append(unheld(args)) or (True, "")))
    click_terminal(qtbot, box)
    assert started == [["-e", "ssh", "-o", hop, "root@192.168.122.3"]]


def test_the_user_name_and_the_missing_address_words_do_not_wipe_each_other(qtbot, tmp_path):
    box = AddressBox(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(box)
    box.mac, box.on_network = "52:54:00:00:00:01", True
    box.show_report(AddressReport("u", True, answered=frozenset({"lease"})))
    box.user.setText("admin")
    box.user.textEdited.emit("admin")  # a valid name: why there is no address still shows
    assert box.status.text() == "No address yet. No DHCP lease for this MAC yet."
    box.user.setText("9lives")
    box.user.textEdited.emit("9lives")
    assert "starts with a letter" in box.status.text()
    box.show_report(AddressReport("u", True, (GuestAddress("52:54:00:00:00:01", "10.0.0.2", 24,
                                                           False, ("lease",)),)))
    assert "starts with a letter" in box.status.text()  # still why the buttons are off
    assert not box.copy_button.isEnabled()


def test_an_address_only_arp_knows_is_shown_without_a_prefix(qtbot, tmp_path):
    # The host's ARP table has no prefix (libvirt says 0): "/0" would claim every address.
    box = AddressBox(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(box)
    box.mac = "52:54:00:00:00:01"
    box.show_report(AddressReport("u", True, (
        GuestAddress("52:54:00:00:00:01", "192.168.1.40", 0, False, ("arp",)),
        GuestAddress("52:54:00:00:00:01", "2001:db8::5", 64, True, ("agent",)))))
    assert [box.list.item(i).text() for i in range(box.list.count())] == [
        "192.168.1.40 (ARP)", "2001:db8::5/64 (guest agent)"]


def test_no_terminal_says_so(qtbot, nic_page, monkeypatch):
    monkeypatch.setattr(ssh, "find_terminal", lambda: None)
    click_terminal(qtbot, nic_page.addresses)
    assert "No terminal found" in nic_page.addresses.status.text()


def test_box_without_addresses_explains_in_words(qtbot, tmp_path):
    box = AddressBox(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(box)
    box.show()
    box.mac, box.on_network = "52:54:00:00:00:01", True
    agent = "argument unsupported: QEMU guest agent is not configured"
    arp = "internal error: wrong nlmsg len"
    box.show_report(AddressReport(
        "u", True, (GuestAddress("52:54:00:00:00:02", "10.0.0.2", 24, False, ("arp",)),),
        {"agent": agent, "arp": arp}, frozenset({"agent"}),
        {"agent": libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED, "arp": libvirt.VIR_ERR_INTERNAL_ERROR},
        frozenset({"lease"})))
    assert box.list.count() == 0
    assert box.status.text() == ("No address yet. No guest agent in this VM; no DHCP lease for "
                                 "this MAC yet; the host's ARP table could not be read.")
    raw = f"What libvirt said:\nguest agent: {agent}\nARP: {arp}"
    assert box.status.toolTip() == raw  # libvirt's words, for the curious
    assert box.details_button.isVisible() and not box.details.isVisible()
    box.details_button.click()  # …and by keyboard or screen reader
    assert box.details.isVisible() and box.details.text() == raw
    assert not box.copy_button.isEnabled()


def test_box_says_what_each_source_answered(qtbot, tmp_path):
    box = AddressBox(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(box)
    box.mac, box.on_network = "52:54:00:00:00:01", False  # a host bridge: no libvirt leases
    box.show_report(AddressReport("u", True, (), {"agent": "Guest agent is not responding"},
                                  codes={"agent": libvirt.VIR_ERR_AGENT_UNRESPONSIVE},
                                  answered=frozenset({"lease", "arp"})))
    assert box.status.text() == (
        "No address yet. The guest agent does not answer (not running in the guest yet?); it "
        "is not on a libvirt network that hands out addresses, so there is no DHCP lease to read; "
        "the host has seen no traffic from this MAC.")
    box.show_report(AddressReport("u", False))
    assert box.status.text() == "The VM is not running."
    assert box.status.toolTip() == "" and not box.details_button.isVisibleTo(box)


def test_addresses_are_fetched_only_while_a_page_shows_them(connected, qtbot, settings):
    window = DetailsWindow(connected, WEB01, settings=settings)
    qtbot.addWidget(window)
    assert not window.addresses.active  # not shown yet
    window.show()
    qtbot.waitUntil(lambda: NIC in window.pages)
    assert not window.addresses.active  # the window opens on the console
    window.select_page("overview")
    assert window.addresses.active  # the overview lists them
    window.select_page("cpumem")
    assert not window.addresses.active
    window.select_page(NIC)
    assert window.addresses.active
    window.hide()
    assert not window.addresses.active


def test_a_failed_fetch_says_so_and_offers_no_stale_address(nic_page, qtbot, monkeypatch):
    from kvmgui.libvirt import addresses
    from tests.helpers import FakeError

    window, box = nic_page.window(), nic_page.addresses
    fetch = addresses.fetch_addresses

    def lost(*_args):
        raise FakeError("Cannot recv data: Connection reset by peer", libvirt.VIR_ERR_RPC)

    monkeypatch.setattr(addresses, "fetch_addresses", lost)
    with qtbot.waitSignal(window.addresses.failed, timeout=5000):
        window.addresses.refresh()
    assert box.status.text() == \
        "Could not read the addresses: Cannot recv data: Connection reset by peer"
    assert box.list.count() == 0  # the old address may be gone: not offered as current
    assert not box.copy_button.isEnabled() and not box.terminal_button.isEnabled()
    overview = window.pages["overview"]
    assert overview.addresses.text() == \
        "Could not read the addresses: Cannot recv data: Connection reset by peer"
    monkeypatch.setattr(addresses, "fetch_addresses", fetch)  # the host answers again
    window.addresses.refresh()
    qtbot.waitUntil(lambda: box.list.count() > 0, timeout=5000)  # the same report as before
    assert box.status.text() == "" and box.copy_button.isEnabled()


def test_a_reloaded_card_words_the_last_report_for_its_new_source(nic_page):
    # Edits kept while the card moved to a host bridge (virsh); Revert loads the new
    # settings: "no DHCP lease yet" no longer fits a card that has no lease to read.
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc

    box = nic_page.addresses
    nic_page.window().addresses.stop()
    nic_page.show_addresses(AddressReport(WEB01, True, answered=frozenset({"lease"})))
    assert box.status.text() == "No address yet. No DHCP lease for this MAC yet."
    nic_page.model.setEditText("e1000")  # an edit in progress
    doc = DomainDoc.from_string(nic_page.view.doc.to_string())
    doc.find_device(nic_page.key).set_source("bridge", "br0", "bridge")
    nic_page.show_view(replace(nic_page.view, doc=doc, live=running(doc)))  # kept the edit: not loaded
    nic_page.revert()
    assert box.on_network is False
    assert box.status.text() == ("No address yet. It is not on a libvirt network that hands out "
                                 "addresses, so there is no DHCP lease to read.")


LINK_LOCAL = "fe80::5054:ff:fe6b:3c01"


def test_a_link_local_address_is_reached_through_the_hosts_bridge(qtbot, nic_page, monkeypatch):
    """fe80:: is on every link: ssh needs the interface (the card's network's bridge on
    this host) or it cannot connect ("Invalid argument")."""
    box = nic_page.addresses
    box.show_report(AddressReport("u", True, (
        GuestAddress("52:54:00:6b:3c:01", LINK_LOCAL, 64, True, ("agent",)),)))
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == f"ssh root@{LINK_LOCAL}%virbr0"
    started = []
    monkeypatch.setattr(ssh, "find_terminal", lambda: ("/usr/bin/xterm", ["-e"]))
    monkeypatch.setattr(AddressBox, "start_detached",
                        staticmethod(lambda program, args: started.append(unheld(args)) or (True, "")))
    click_terminal(qtbot, box)
    assert started == [["-e", "ssh", f"root@{LINK_LOCAL}%virbr0"]]


def test_a_link_local_address_on_a_remote_hosts_bridge_is_reached_through_the_host(
        qtbot, tmp_path):
    # Only the host is on that link (the bridge its card is plugged into): ssh hops there.
    box = AddressBox(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(box)
    box.host_uri = "qemu+ssh://admin@far.example/system"
    box.set_card("52:54:00:00:00:01", False, "br0")
    box.show_report(AddressReport("u", True, (
        GuestAddress("52:54:00:00:00:01", "192.168.1.40", 24, False, ("agent",)),
        GuestAddress("52:54:00:00:00:01", LINK_LOCAL, 64, True, ("agent",)))))
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh root@192.168.1.40"  # on the LAN
    box.list.setCurrentRow(1)
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == f"ssh -J admin@far.example root@{LINK_LOCAL}%br0"


def test_a_mac_pending_until_restart_shows_the_running_cards_addresses(nic_page, qtbot):
    """The card runs under its old MAC until the restart: its page looked for the new
    MAC's addresses, found none, and offered the troubleshooter."""
    window = nic_page.window()
    nic_page.mac.setText("52:54:00:6b:3c:09")
    nic_page.mac.textEdited.emit("52:54:00:6b:3c:09")
    with qtbot.waitSignal(window.changeApplied, timeout=5000):
        nic_page.apply()
    renamed = "device:interface:52:54:00:6b:3c:09"
    qtbot.waitUntil(lambda: renamed in window.pages, timeout=5000)
    window.select_page(renamed)
    page = window.pages[renamed]
    window.addresses.refresh()
    qtbot.waitUntil(lambda: page.addresses.list.count() > 0, timeout=5000)
    assert page.addresses.list.item(0).text().startswith("192.168.122.3/24")
    assert page.addresses.mac == "52:54:00:6b:3c:01"


def test_a_card_on_a_network_bridged_to_the_lan_is_worded_and_reached_as_on_the_lan(
        connected, details_of, qtbot, monkeypatch):
    """A libvirt network that forwards to a host bridge (or macvtap) hands out no
    addresses, and its guests are on the LAN: no lease is coming, and no hop through the
    host (which cannot even reach a macvtap guest) is needed."""
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc
    from tests.helpers import run_in_worker

    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>"))
    qtbot.waitUntil(lambda: any(r.name == "lan" for r in connected.networks.records()),
                    timeout=5000)
    monkeypatch.setattr(connected, "uri", "qemu+ssh://admin@far.example/system")
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("network", "lan", "bridge")
    page.show_view(replace(page.view, doc=doc, live=running(doc)))
    box = page.addresses
    page.show_addresses(AddressReport(WEB01, True, answered=frozenset({"lease"})))
    assert box.status.text() == ("No address yet. It is not on a libvirt network that hands "
                                 "out addresses, so there is no DHCP lease to read.")
    page.show_addresses(AddressReport(WEB01, True, (
        GuestAddress("52:54:00:6b:3c:01", "192.168.1.40", 24, False, ("agent",)),)))
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh root@192.168.1.40"


def test_the_user_typed_on_one_cards_page_is_the_one_the_other_card_offers(
        details_of, qtbot, settings):
    # The router has two cards: the name typed on the first card's page is remembered,
    # but the second card's page, made when the window opened, still offered root.
    from tests.helpers import DEMO_VMS

    window = details_of(DEMO_VMS["router"])
    first, second = "device:interface:52:54:00:6b:3c:04", "device:interface:52:54:00:6b:3c:05"
    qtbot.waitUntil(lambda: first in window.pages and second in window.pages)
    window.select_page(first)
    box = window.pages[first].addresses
    box.user.setText("admin")
    box.user.textEdited.emit("admin")
    window.select_page(second)
    other = window.pages[second].addresses
    qtbot.waitUntil(lambda: other.list.count() > 0, timeout=5000)
    assert other.user.text() == "admin"
    other.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh admin@192.168.10.170"


def test_a_network_defined_or_changed_meanwhile_rewords_the_card(
        connected, details_of, qtbot, monkeypatch):
    """The card's network kind was read only when the page loaded the VM: a network
    defined (or redefined from NAT to bridge mode) meanwhile kept the old words and hop."""
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc
    from tests.helpers import run_in_worker

    monkeypatch.setattr(connected, "uri", "qemu+ssh://admin@far.example/system")
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("network", "lan", "bridge")  # not defined yet
    page.show_view(replace(page.view, doc=doc, live=running(doc)))
    box = page.addresses
    assert box.on_network is True
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>"))
    qtbot.waitUntil(lambda: box.on_network is False, timeout=5000)
    page.show_addresses(AddressReport(WEB01, True, (
        GuestAddress("52:54:00:6b:3c:01", "192.168.1.40", 24, False, ("agent",)),)))
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh root@192.168.1.40"  # on the LAN: no hop


def test_the_overview_lists_only_the_vms_cards_addresses(details_of, qtbot):
    # The guest agent reports every interface of the guest: its docker0 (a MAC none of
    # the VM's cards has) was listed as an address of the VM, which no one can reach.
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: "overview" in window.pages)
    window.select_page("overview")
    window.addresses.stop()
    overview = window.pages["overview"]
    overview.show_addresses(AddressReport(WEB01, True, (
        GuestAddress("52:54:00:6b:3c:01", "192.168.122.3", 24, False, ("lease", "agent")),
        GuestAddress("02:42:8a:11:00:01", "172.17.0.1", 16, False, ("agent",)))))
    assert overview.addresses.text() == "192.168.122.3/24 (DHCP lease, guest agent)"
    overview.show_addresses(AddressReport(WEB01, True, (
        GuestAddress("02:42:8a:11:00:01", "172.17.0.1", 16, False, ("agent",)),)))
    assert overview.addresses.text() == "None known yet"


def test_a_terminal_that_does_not_start_says_why(qtbot, nic_page, monkeypatch, tmp_path):
    # "Could not start /usr/bin/xterm." and nothing more: not there, not executable…
    program = str(tmp_path / "xterm")
    monkeypatch.setattr(ssh, "find_terminal", lambda: (program, ["-e"]))
    click_terminal(qtbot, nic_page.addresses)
    assert nic_page.addresses.status.text().startswith(f"Could not start {program}: ")
    assert "No such file or directory" in nic_page.addresses.status.text()


def user_mode_page(details_of, qtbot, forwards=""):
    from dataclasses import replace

    from lxml import etree

    from kvmgui.xml.domain import DomainDoc

    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    node = doc.find_device(page.key).node
    node.set("type", "user")
    node.remove(node.find("source"))
    for extra in ("<backend type='passt'/>", forwards):
        if extra:
            node.append(etree.fromstring(extra))
    page.show_view(replace(page.view, doc=doc, live=running(doc)))
    page.show_addresses(AddressReport(WEB01, True, (
        GuestAddress("52:54:00:6b:3c:01", "10.0.2.15", 24, False, ("agent",)),)))
    return page


def test_a_user_mode_card_is_not_offered_to_ssh_by_its_own_address(details_of, qtbot):
    # User-mode networking (slirp, passt: qemu:///session's usual card): 10.0.2.15 is the
    # guest's own idea, which no one outside reaches; "ssh root@10.0.2.15" was offered.
    box = user_mode_page(details_of, qtbot).addresses
    assert box.list.count() == 1
    assert not box.copy_button.isEnabled() and not box.terminal_button.isEnabled()
    assert box.status.text() == (
        "User-mode networking: the host cannot reach this address, and none of its ports "
        "is forwarded to the guest's SSH port (22).")


def test_a_user_mode_card_is_reached_by_its_forwarded_port(details_of, qtbot, monkeypatch):
    page = user_mode_page(details_of, qtbot, "<portForward proto='tcp'><range start='2222' "
                                             "to='22'/></portForward>")
    box = page.addresses
    assert box.status.text() == "User-mode networking: SSH goes through the host's port 2222."
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh -p 2222 root@localhost"
    started = []
    monkeypatch.setattr(ssh, "find_terminal", lambda: ("/usr/bin/xterm", ["-e"]))
    monkeypatch.setattr(AddressBox, "start_detached",
                        staticmethod(lambda program, args: started.append(unheld(args)) or (True, "")))
    click_terminal(qtbot, box)
    assert started == [["-e", "ssh", "-p", "2222", "root@localhost"]]
    box.host_uri = "qemu+ssh://admin@far.example/session"  # the port is on that host
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh -J admin@far.example -p 2222 root@localhost"


def test_a_link_local_address_with_no_host_interface_to_name_is_not_offered(qtbot, tmp_path):
    # A macvtap card's fe80:: was offered as "ssh root@fe80::…" with no %zone, which ssh
    # cannot connect to ("Invalid argument"); and its host cannot reach it to name one.
    box = AddressBox(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(box)
    box.set_card("52:54:00:00:00:01", False)  # macvtap: on the LAN through the host's eth0
    box.show_report(AddressReport("u", True, (
        GuestAddress("52:54:00:00:00:01", "192.168.1.40", 24, False, ("agent",)),
        GuestAddress("52:54:00:00:00:01", LINK_LOCAL, 64, True, ("agent",)))))
    assert box.copy_button.isEnabled() and box.status.text() == ""
    box.list.setCurrentRow(1)
    assert not box.copy_button.isEnabled() and not box.terminal_button.isEnabled()
    assert box.status.text() == ("A link-local address is reached only by naming the interface "
                                 "on its link, which is not known here: use another address.")
    box.list.setCurrentRow(0)
    assert box.copy_button.isEnabled() and box.status.text() == ""


def test_a_network_change_pending_until_restart_keeps_the_running_cards_hop(
        connected, details_of, qtbot, monkeypatch):
    # The addresses are the running card's, on the remote host's NAT network until the
    # restart: the hop went with the card's next network (a bridge), and "ssh root@192.168.122.3"
    # was offered from here, where that address is no one's.
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc

    monkeypatch.setattr(connected, "uri", "qemu+ssh://admin@far.example/system")
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    assert page.view.live is not None
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("bridge", "br0", "bridge")  # by virsh edit, say
    page.show_view(replace(page.view, doc=doc))
    page.show_addresses(AddressReport(WEB01, True, (
        GuestAddress("52:54:00:6b:3c:01", "192.168.122.3", 24, False, ("lease",)),)))
    box = page.addresses
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh -J admin@far.example root@192.168.122.3"


def test_the_terminal_is_looked_for_off_the_gui_thread(qtbot, nic_page, monkeypatch):
    """Open terminal searched $PATH for a terminal (shutil.which) on the GUI thread: a
    directory there on a network mount that stopped answering froze the window."""
    import threading

    gate = threading.Event()
    where = []

    def hung_path():
        where.append(threading.current_thread() is threading.main_thread())
        gate.wait(5)
        return ("/usr/bin/xterm", ["-e"])

    started = []
    monkeypatch.setattr(ssh, "find_terminal", hung_path)
    monkeypatch.setattr(AddressBox, "start_detached",
                        staticmethod(lambda program, args: started.append(unheld(args)) or (True, "")))
    box = nic_page.addresses
    box.terminal_button.click()
    assert box.status.text() == "Looking for a terminal…"
    box.user.setText("admin")  # typed meanwhile: the command is the one clicked
    gate.set()
    qtbot.waitUntil(lambda: box.status.text() == "Opened /usr/bin/xterm.", timeout=5000)
    assert where == [False]
    assert started == [["-e", "ssh", "root@192.168.122.3"]]


def test_a_look_for_the_terminal_that_hangs_says_so_and_does_not_pile_up(qtbot, nic_page,
                                                                           monkeypatch):
    """A search of $PATH hung by a network mount that does not answer left 'Looking for a
    terminal…' for ever, each click queued one more search behind it, and the terminal
    started whenever the mount came back. The box now says it takes too long, a click
    more looks no more, and a click given up opens nothing when the look ends."""
    import threading

    gate = threading.Event()
    looks, started, where = [], [], []

    def hung_path():
        looks.append(1)
        gate.wait(5)
        return ("/usr/bin/xterm", ["-e"])

    def start(program, args):
        where.append(threading.current_thread() is threading.main_thread())
        started.append(unheld(args))
        return True, ""

    monkeypatch.setattr(ssh, "find_terminal", hung_path)
    monkeypatch.setattr(AddressBox, "start_detached", staticmethod(start))
    box = nic_page.addresses
    box._too_long.setInterval(50)
    box.terminal_button.click()
    qtbot.waitUntil(lambda: box.status.text().startswith("No terminal yet: looking for one takes "
                                                         "too long"), timeout=5000)
    box.terminal_button.click()  # again: no second look behind the hung one
    assert box.status.text() == "Looking for a terminal…"
    qtbot.waitUntil(lambda: box.status.text().startswith("No terminal yet"), timeout=5000)
    gate.set()  # the mount answers: nobody waits for the terminal any more
    qtbot.waitUntil(lambda: not box._looking, timeout=5000)
    assert looks == [1] and started == []
    box._too_long.setInterval(5000)
    box.user.setText("admin")
    click_terminal(qtbot, box)  # a click now looks again, and opens
    assert started == [["-e", "ssh", "admin@192.168.122.3"]] and where == [False]
    assert box.status.text() == "Opened /usr/bin/xterm."


def test_a_vm_stopped_while_no_page_showed_its_addresses_offers_none(details_of, qtbot):
    # The addresses are read only while a page shows them: stopped meanwhile, the VM's
    # last report (running, 192.168.122.3) was shown again as the state came, so the
    # overview listed the address of a VM that is off and its card offered ssh to it.
    from tests.helpers import run_in_worker

    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    box, overview = window.pages[NIC].addresses, window.pages["overview"]
    qtbot.waitUntil(lambda: box.list.count() > 0, timeout=5000)
    window.select_page("cpumem")
    assert not window.addresses.active
    run_in_worker(qtbot, window.conn, lambda c: c.lookupByUUIDString(WEB01).destroy())
    qtbot.waitUntil(lambda: window.view is not None and not window.view.running, timeout=5000)
    assert overview.addresses.text() == "The VM is not running"
    assert box.list.count() == 0 and not box.copy_button.isEnabled()
    assert box.status.text() == "The VM is not running."


def test_a_vm_started_while_no_page_showed_its_addresses_is_not_said_to_be_off(details_of, qtbot):
    # The other way round: stopped when last read, started meanwhile, the last report
    # (not running) was shown again as the state came, so the overview said "The VM is
    # not running" beside its Running state until the next reading.
    from tests.helpers import run_in_worker

    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    box, overview = window.pages[NIC].addresses, window.pages["overview"]
    qtbot.waitUntil(lambda: box.list.count() > 0, timeout=5000)
    run_in_worker(qtbot, window.conn, lambda c: c.lookupByUUIDString(WEB01).destroy())
    qtbot.waitUntil(lambda: box.status.text() == "The VM is not running.", timeout=5000)
    qtbot.waitUntil(lambda: not window.addresses._busy, timeout=5000)
    window.select_page("cpumem")
    assert not window.addresses.active
    run_in_worker(qtbot, window.conn, lambda c: c.lookupByUUIDString(WEB01).create())
    qtbot.waitUntil(lambda: window.view is not None and window.view.running, timeout=5000)
    assert overview.addresses.text() == "None known yet"
    assert box.status.text() == "No address yet."


def test_a_vm_made_with_a_cloud_init_user_is_offered_ssh_as_that_user(details_of, qtbot, settings):
    # The new-VM wizard's cloud-init makes "alice" and locks root, but the box offered
    # "ssh root@…" (or whatever name was typed last for another VM), which the guest refuses.
    from dataclasses import replace

    from lxml import etree

    from kvmgui.xml.domain import KVMGUI_NS, DomainDoc

    settings.setValue(USER_KEY, "admin")  # typed for another VM
    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    box = page.addresses
    qtbot.waitUntil(lambda: box.list.count() > 0, timeout=5000)
    doc = DomainDoc.from_string(page.view.doc.to_string())
    etree.SubElement(etree.SubElement(doc.node, "metadata"), f"{{{KVMGUI_NS}}}login", user="alice")
    assert doc.login_user == "alice"
    page.show_view(replace(page.view, doc=doc))
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh alice@192.168.122.3"
    box.user.setText("bob")  # another user of the guest: kept for this VM
    box.user.textEdited.emit("bob")
    page.show_view(replace(page.view, doc=doc))
    box.hide()
    box.show()
    assert box.user.text() == "bob" and settings.value(USER_KEY) == "bob"


def test_a_macvtap_card_of_this_computers_vm_says_this_computer_cannot_reach_it(
        connected, details_of, qtbot, monkeypatch):
    # macvtap passes the guest's traffic past its host: the host cannot reach the guest.
    # On this computer's own VM, Copy SSH command and Open terminal gave a command that
    # hangs till "Connection timed out", and the box said nothing.
    from dataclasses import replace

    from kvmgui.xml.domain import DomainDoc
    from tests.helpers import run_in_worker

    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    window.addresses.stop()
    doc = DomainDoc.from_string(page.view.doc.to_string())
    doc.find_device(page.key).set_source("direct", "eth0", "bridge")
    page.show_view(replace(page.view, doc=doc, live=running(doc)))
    box = page.addresses
    found = AddressReport(WEB01, True, (
        GuestAddress("52:54:00:6b:3c:01", "192.168.1.40", 24, False, ("agent",)),))
    page.show_addresses(found)
    assert box.status.text() == (
        "A macvtap card: the computer the VM runs on, this one, cannot reach it; SSH to it "
        "from another computer on its network.")
    box.copy_button.click()  # to paste on another computer
    assert QGuiApplication.clipboard().text() == "ssh root@192.168.1.40"
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(
        "<network><name>lanpool</name><forward mode='vepa'><interface dev='eth0'/>"
        "</forward></network>"))
    qtbot.waitUntil(lambda: any(r.name == "lanpool" for r in connected.networks.records()),
                    timeout=5000)
    doc.find_device(page.key).set_source("network", "lanpool")  # a libvirt network's macvtap
    page.show_view(replace(page.view, doc=doc, live=running(doc)))
    assert box.macvtap and box.status.text().startswith("A macvtap card")
    monkeypatch.setattr(box, "host_uri", "qemu+ssh://admin@far.example/system")
    box.set_card(box.mac, False, "", macvtap=True)  # a remote host's VM: this computer is another
    assert box.status.text() == ""


def test_a_card_whose_link_is_down_says_so(details_of, qtbot):
    # "Link up (cable plugged in)" unticked on the running card: its lease (an hour) and
    # the guest still name the address, and the box offered ssh to it without a word.
    from dataclasses import replace

    window = details_of(WEB01)
    qtbot.waitUntil(lambda: NIC in window.pages)
    window.select_page(NIC)
    page = window.pages[NIC]
    box = page.addresses
    qtbot.waitUntil(lambda: box.list.count() > 0, timeout=5000)
    window.addresses.stop()
    live = running(page.view.doc)
    live.find_device(page.key).link_up = False
    page.show_view(replace(page.view, live=live))
    assert box.list.count() == 1  # still named, by its lease
    assert box.status.text() == ("This card's link is down (its cable unplugged): nothing "
                                 "reaches the guest through it till \"Link up\" is ticked.")
    page.show_view(replace(page.view, live=running(page.view.doc)))
    assert box.status.text() == ""


def test_a_user_mode_card_with_a_forwarded_port_needs_no_address_to_be_reached(
        details_of, qtbot):
    # qemu:///session's usual VM: a passt card with port 2222 forwarded to 22 and no guest
    # agent. Only the agent can tell a user-mode guest's address, so none was listed and
    # Copy SSH command / Open terminal stayed off, though "ssh -p 2222 root@localhost"
    # needs no address of the guest's.
    page = user_mode_page(details_of, qtbot, "<portForward proto='tcp'><range start='2222' "
                                             "to='22'/></portForward>")
    box = page.addresses
    page.show_addresses(AddressReport(
        WEB01, True, errors={"agent": "QEMU guest agent is not configured"},
        codes={"agent": libvirt.VIR_ERR_ARGUMENT_UNSUPPORTED},
        answered=frozenset({"lease", "arp"})))
    assert box.list.count() == 0
    assert box.status.text() == "User-mode networking: SSH goes through the host's port 2222."
    assert box.copy_button.isEnabled() and box.terminal_button.isEnabled()
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ssh -p 2222 root@localhost"


def test_a_user_mode_card_reached_by_its_forwarded_port_is_not_troubleshot(
        details_of, qtbot, monkeypatch):
    # Its address is the guest's own idea (only an agent could tell it), and SSH goes
    # through the port: a minute later it was still offered "Why has this VM no address?",
    # and the window said it "has had no IP address for a while".
    from kvmgui.dialogs.details.nicpage import NicPage

    monkeypatch.setattr(NicPage, "no_address_ms", 50)
    page = user_mode_page(details_of, qtbot, "<portForward proto='tcp'><range start='2222' "
                                             "to='22'/></portForward>")
    page.show_addresses(AddressReport(WEB01, True, answered=frozenset({"lease", "arp"})))
    assert not page.no_address.timer.isActive() and not page.no_address.isVisible()


def test_an_agent_this_login_may_not_ask_is_worded_so(qtbot, tmp_path):
    box = AddressBox(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(box)
    box.mac, box.on_network = "52:54:00:00:00:01", True
    box.show_report(AddressReport("u", True, (), {"agent": "access denied"},
                                  codes={"agent": libvirt.VIR_ERR_ACCESS_DENIED},
                                  answered=frozenset({"lease", "arp"})))
    assert box.status.text().startswith(
        "No address yet. This login may not ask the VM's guest agent on this host; ")
