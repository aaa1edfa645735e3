"""Every window, dialog and wizard page opened offscreen with the pseudo catalogue: any
visible text not marked for translation fails — unless tests/i18n/unmarked_allowlist.txt
lists it for that window (today's unmarked strings; the string-wrapping pass empties it).

    pytest tests/i18n/test_pseudo_walk.py --update-allowlist   # rewrite the list
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import libvirt
import libvirt_qemu
import pytest
from PySide6.QtWidgets import QWidget

from kvmgui.utils import i18n
from kvmgui.xml.newvm_build import machine_type
from tests.conftest import DEMO_HOST
from tests.helpers import WEB01, domain_doc, open_details_window
from tests.i18n.walk import device_words, host_data, unmarked

ALLOWLIST = Path(__file__).with_name("unmarked_allowlist.txt")
HEADER = """\
# Visible strings not yet marked for translation, per window: "window<TAB>text".
# Written by `pytest tests/i18n/test_pseudo_walk.py --update-allowlist`; a string not listed
# here fails tests/i18n/test_pseudo_walk.py. Marking a string removes its line (rerun the
# switch); the list should only ever shrink, to empty.
"""


def read_allowlist() -> dict[str, set[str]]:
    allowed: dict[str, set[str]] = {}
    if ALLOWLIST.exists():
        for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                window, _, text = line.partition("\t")
                allowed.setdefault(window, set()).add(text)
    return allowed


def write_allowlist(found: dict[str, set[str]]) -> None:
    lines = [f"{w}\t{t}" for w in sorted(found) for t in sorted(found[w])]
    ALLOWLIST.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


# -- The windows -------------------------------------------------------------------------------


def walk_windows(qtbot, connected, main_window, settings, monkeypatch) -> dict[str, list[QWidget]]:
    """Each window of kvmgui, opened over the Demo host's test-driver copy."""
    from kvmgui.dialogs.about import AboutDialog
    from kvmgui.dialogs.addhw import AddHardwareDialog
    from kvmgui.dialogs.connect import ConnectDialog
    from kvmgui.dialogs.delete import DeleteDialog
    from kvmgui.dialogs.details import DetailsWindow
    from kvmgui.dialogs.preferences import Preferences, PreferencesDialog
    from kvmgui.dialogs.xmleditor import XmlEditorDialog
    from kvmgui.wizards.network.wizard import NetworkWizard

    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles, on_discard: on_discard())
    windows: dict[str, list[QWidget]] = {}

    def add(name: str, make: Callable[[], QWidget]) -> QWidget:
        widget = make()
        qtbot.addWidget(widget)
        windows[name] = [widget]
        return widget

    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5, timeout=10000)
    windows["main"] = [main_window]
    host = main_window.open_host_details(connected)
    windows["host"] = [host]

    details = open_details_window(qtbot, connected, WEB01, settings)
    windows["details"] = [details]
    for page_id in list(details.pages):  # pages fill in when first chosen
        details.select_page(page_id)
    qtbot.wait(50)
    # The addresses come while a page that shows them is on screen: their sources are
    # words too ("DHCP lease", "guest agent"; once skipped by lupdate).
    details.select_page("overview")
    overview = details.pages["overview"]
    qtbot.waitUntil(lambda: "/" in overview.addresses.text(), timeout=10000)

    doc = domain_doc(qtbot, connected, WEB01)
    addhw = add("add-hardware", lambda: AddHardwareDialog(connected, WEB01, doc))
    for row in range(addhw.kinds.count()):
        addhw.kinds.setCurrentRow(row)
    add("preferences", lambda: PreferencesDialog(Preferences()))
    add("connect", lambda: ConnectDialog(existing=[connected.uri]))
    about = add("about", lambda: AboutDialog([connected]))
    about.show()
    xml = add("xml-editor", lambda: XmlEditorDialog(connected, "domain", WEB01))
    xml.show()
    qtbot.waitUntil(lambda: xml.definition is not None, timeout=10000)
    records = [r for r in connected.domains.records() if r.name == "web01"]
    add("delete", lambda: DeleteDialog(connected, records))
    wizard = add("network-wizard", lambda: NetworkWizard(connected))
    windows["network-wizard"] = [wizard, *(wizard.page(i) for i in wizard.pageIds())]
    wizard.basics.name.setText("walknet")  # a name no sentence holds (window_data)
    _walk_storage_and_new_vm(qtbot, connected, add, windows)
    _more_windows(qtbot, connected, main_window, settings, host, details, windows)
    qtbot.wait(100)  # workers answer: host facts, versions
    return windows


# What libvirt's far side asks for (the credential dialog shows its words as they are),
# and the host the question names in its title, shown as it is.
CREDENTIAL_PROMPTS = {"Username", "Password"}
CREDENTIAL_HOST = "example.org"
SERIAL_VM = """<domain type='test'><name>consoles</name><memory>65536</memory>
<os><type>hvm</type></os><devices>
<serial type='pty'><target port='0'/></serial>
<console type='pty'><target type='virtio' port='1'/></console>
</devices></domain>"""


def _more_windows(qtbot, connected, main_window, settings, host, details, windows) -> None:
    """The windows opened from the host window, the details window and Help."""
    from kvmgui.dialogs.credentials import CredentialDialog
    from kvmgui.dialogs.details.draft import DraftDetailsWindow
    from kvmgui.dialogs.shortcuts import ShortcutsDialog
    from kvmgui.libvirt import netops
    from kvmgui.libvirt.auth import CredentialRequest
    from kvmgui.panels.nethosts import DnsEntryDialog, HostEntryDialog
    from kvmgui.xml.network import NetworkDoc

    def add(name: str, widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        windows.setdefault(name, []).append(widget)
        return widget

    # Host window: every tab shown once, the storage tab's volumes read, a Show command
    # dialog and the static host and DNS record dialogs of a network.
    for index in range(host.tabs.count()):
        host.tabs.setCurrentIndex(index)
        qtbot.wait(20)
    storage = host.storage
    qtbot.waitUntil(lambda: storage.volume_model.rowCount() > 0, timeout=10000)
    host.tabs.setCurrentWidget(host.networks)
    networks = host.networks
    networks.view.select_key(next(r.uuid for r in connected.networks.records() if r.name == "default"))
    command = networks.show_command(networks.tr("Stop"), netops.stop_network)
    assert command is not None
    qtbot.waitUntil(lambda: bool(command.commands), timeout=10000)
    add("show-command", command)
    info = networks.current()
    assert info is not None
    add("host", HostEntryDialog(NetworkDoc.from_string(info.record.xml), None, host))
    add("host", DnsEntryDialog(None, host))

    # Details window: the troubleshooter of the NIC, and the console page in each state.
    nic = next(p for p in details.pages if p.startswith("device:interface:"))
    details.select_page(nic)
    page = details.pages[nic]
    page.troubleshoot_button.click()
    trouble = page.troubleshooter
    assert trouble is not None
    qtbot.waitUntil(lambda: not trouble.checker.running and bool(trouble.checker.results),
                    timeout=20000)
    trouble.view.selectRow(0)
    add("troubleshooter", trouble)

    future = connected.run(lambda c: c.defineXML(SERIAL_VM))
    qtbot.waitUntil(future.done, timeout=10000)
    qtbot.waitUntil(lambda: any(r.name == "consoles" for r in connected.domains.records()),
                    timeout=10000)
    uuid = next(r.uuid for r in connected.domains.records() if r.name == "consoles")
    consoles = open_details_window(qtbot, connected, uuid, settings)
    console = consoles.console_page
    for index in range(console.chooser.count()):  # each kind's view, as it first shows
        console.chooser.setCurrentIndex(index)
        qtbot.wait(50)
    windows["console"] = [details.console_page, consoles]  # no console at all, and several
    console.chooser.setCurrentIndex(0)
    console_window = console.detach()
    assert console_window is not None
    add("console", console_window)

    add("shortcuts", ShortcutsDialog(main_window.keymap(), main_window))
    request = CredentialRequest(f"qemu+ssh://admin@{CREDENTIAL_HOST}/system",
                                [(1, f"{p}: ", "admin") for p in sorted(CREDENTIAL_PROMPTS)])
    add("credentials", CredentialDialog(request))
    request.finish(False, [])
    xml = future_xml(qtbot, connected, WEB01)
    draft = DraftDetailsWindow(connected, xml, settings=settings)
    draft.installed = True  # closes without handing the XML back
    for page_id in list(draft.pages):
        draft.select_page(page_id)
    add("draft", draft)


def future_xml(qtbot, connected, uuid: str) -> str:
    future = connected.run(lambda c: c.lookupByUUIDString(uuid).XMLDesc(0))
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


def libvirt_values() -> set[str]:
    """libvirt's own names that kvmgui shows as they are: buses, models, modes, formats."""
    from kvmgui.dialogs.details import diskpage
    from kvmgui.dialogs.hwforms import disk, nicsource
    from kvmgui.xml.network_spec import MACVTAP_MODES

    return {*disk.DISK_BUSES, *nicsource.NIC_MODELS, *MACVTAP_MODES, *disk.VOLUME_FORMATS,
            *(m for m in diskpage.CACHE_MODES if m), "VNC", "SPICE"}


def domain_data(qtbot, connected) -> set[str]:
    """Names and device XML of every VM on the connection now (the walk defines one)."""
    from lxml import etree

    future = connected.run(lambda c: [(d.name(), d.XMLDesc(0), d.XMLDesc(2))
                                      for d in c.listAllDomains()])
    qtbot.waitUntil(future.done, timeout=10000)
    words: set[str] = set()
    for name, *xmls in future.result():
        words.add(name)
        for xml in xmls:
            root = etree.fromstring(xml.encode())
            words |= device_words(root)
            words.update(v for el in root.iter("type") for k, v in el.attrib.items()
                         if k in ("arch", "machine"))
    return words


def host_facts(host: QWidget) -> set[str]:
    """What the host window's Overview shows of this machine (its name, its driver)."""
    info = host.overview.info
    return {info.hostname, info.driver, info.cpu_model} if info is not None else set()


def _walk_storage_and_new_vm(qtbot, connected, add, windows: dict[str, list[QWidget]]) -> None:
    """The New VM and storage pool wizards (every page), the volume dialogs, a transfer, the
    network map, the "Show command" dialog and the crash window (kvmgui/widgets, wizards)."""
    from kvmgui.libvirt.commands import Command
    from kvmgui.models.netmap import NetworkMapModel
    from kvmgui.utils.crash import make_crash
    from kvmgui.widgets.commanddialog import CommandDialog
    from kvmgui.widgets.crashbox import CrashDialog
    from kvmgui.widgets.netmapwidget import NetworkMapWidget
    from kvmgui.widgets.transfer import Direction, TransferDialog
    from kvmgui.wizards.newvm.wizard import NewVmWizard
    from kvmgui.wizards.pool.wizard import PoolWizard
    from kvmgui.wizards.volume.create import CloneSource, PoolFacts, VolumeDialog
    from kvmgui.wizards.volume.resize import ResizeDialog
    from kvmgui.xml.pool_types import PoolType

    newvm = add("new-vm-wizard", lambda: NewVmWizard([connected], connected))
    windows["new-vm-wizard"] = [newvm, *(newvm.page(i) for i in newvm.pageIds())]
    newvm.name.name.setText("walkvm")
    pool = add("pool-wizard", lambda: PoolWizard(connected))
    qtbot.waitUntil(lambda: pool.state.caps is not None, timeout=10000)
    windows["pool-wizard"] = [pool, *(pool.page(i) for i in pool.pageIds())]
    pool.type_page.name.setText("walkpool")

    home = next(r for r in connected.pools.records() if r.name == "home")
    facts = PoolFacts(home.uuid, "home", PoolType.DIR, frozenset({"web01.qcow2"}), 72 * 1024**3)
    add("volume-new", lambda: VolumeDialog(connected, facts))
    add("volume-clone", lambda: VolumeDialog(
        connected, facts, CloneSource(home.uuid, "web01.qcow2", 20 * 1024**3, "qcow2")))
    add("volume-resize", lambda: ResizeDialog(connected, home.uuid, "web01.qcow2", 20 * 1024**3))
    add("transfer", lambda: TransferDialog(connected, Direction.DOWNLOAD, home.uuid, "web01.qcow2",
                                           "/tmp/web01.qcow2"))
    model = NetworkMapModel()
    model.add_connection(connected)
    netmap = add("network-map", lambda: NetworkMapWidget(model))
    netmap.resize(1000, 700)
    netmap.show()
    qtbot.waitUntil(lambda: len(netmap.scene.cards) > 3, timeout=10000)
    add("show-command", lambda: CommandDialog("web01", [Command(connected.uri, "domain", "web01",
                                                                 ("destroy", "web01"))]))
    crash = add("crash", lambda: CrashDialog("/tmp/kvmgui.log"))
    try:
        raise RuntimeError("walk")
    except RuntimeError as exc:
        crash.add(make_crash(type(exc), exc, exc.__traceback__, "MainThread"))
        crash.add(make_crash(type(exc), exc, exc.__traceback__, "MainThread"))  # counted


def window_data(windows: dict[str, list[QWidget]]) -> set[str]:
    """Data the walked windows show that the host's XML does not hold: the names the wizards
    propose, this machine's interfaces (the network wizard lists them), the crash's error."""
    network, pool, newvm = (windows[w][0] for w in ("network-wizard", "pool-wizard", "new-vm-wizard"))
    names = {network.state.spec.name, pool.state.spec.name, newvm.state.spec.name}
    names |= {combo.itemText(i) for combo in (network.device.host_dev, network.device.forward_dev)
              for i in range(1, combo.count())} | {network.device.host_dev.itemText(0)}
    names.add(windows["crash"][0].summary.text())
    names.add(machine_type(newvm.state.spec))  # the summary's machine ("q35"), libvirt's name
    return {n for n in names if n}


def libvirt_messages(qtbot, connected) -> set[str]:
    """libvirt's own words, which kvmgui shows as libvirt wrote them ("What libvirt said"):
    the test driver's refusals of the calls the address and lease readers make."""
    def refusals(conn: libvirt.virConnect) -> set[str]:
        said = set()
        network = conn.networkLookupByName("default")
        domain = conn.lookupByName("web01")
        for call in (network.DHCPLeases, lambda: libvirt_qemu.qemuAgentCommand(
                domain, '{"execute": "guest-ping"}', 1, 0)):
            try:
                call()
            except libvirt.libvirtError as exc:
                said.add(exc.get_error_message())
        return said

    future = connected.run(refusals)
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


@pytest.fixture
def main_window(registry, settings, qtbot):
    from kvmgui.window.mainwindow import MainWindow

    window = MainWindow(registry, settings)  # made with the pseudo catalogue in force
    qtbot.addWidget(window)
    return window


def test_every_visible_string_is_marked(pseudo, qtbot, connected, main_window, settings, monkeypatch,
                                        request):
    # Names shown as they are: the host's objects, the connection, each language in its own
    # script (Preferences), the example user name "root", libvirt's own names (buses, models),
    # what the host reports of itself.
    windows = walk_windows(qtbot, connected, main_window, settings, monkeypatch)
    data = host_data(DEMO_HOST) | {connected.uri, connected.display_name, "root"} \
        | set(i18n.LANGUAGES.values()) | libvirt_values() | host_facts(windows["host"][0]) \
        | domain_data(qtbot, connected) | CREDENTIAL_PROMPTS | {CREDENTIAL_HOST} | window_data(windows) \
        | libvirt_messages(qtbot, connected)
    found = {name: set().union(*(unmarked(w, data) for w in widgets))
             for name, widgets in windows.items()}
    # Proof the catalogue is in force: the main window's Help menu is ours and marked.
    assert "&Help" not in found["main"]
    if request.config.getoption("--update-allowlist"):
        write_allowlist(found)
        pytest.skip(f"wrote {ALLOWLIST.name}: {sum(map(len, found.values()))} entries")
    allowed = read_allowlist()
    new = {name: sorted(texts - allowed.get(name, set())) for name, texts in found.items()}
    new = {name: texts for name, texts in new.items() if texts}
    gone = {name: sorted(texts - found.get(name, set())) for name, texts in allowed.items()}
    gone = {name: texts for name, texts in gone.items() if texts}
    if gone:
        warnings.warn("marked now, remove from the allow-list (--update-allowlist): "
                      + "; ".join(f"{n}: {t}" for n, ts in gone.items() for t in ts[:5]), stacklevel=1)
    assert not new, ("visible strings not marked for translation (wrap them in tr()/translate(); "
                     "see docs/i18n.md):\n"
                     + "\n".join(f"  {name}: {text!r}" for name, texts in new.items() for text in texts))
