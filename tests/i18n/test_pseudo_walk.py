"""Every window, dialog and wizard page opened offscreen with the pseudo catalogue: any
visible text not marked for translation fails — unless tests/i18n/unmarked_allowlist.txt
lists it for that window (today's unmarked strings; the string-wrapping pass empties it).

    pytest tests/i18n/test_pseudo_walk.py --update-allowlist   # rewrite the list
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kvmgui.utils import i18n
from tests.conftest import DEMO_HOST
from tests.helpers import WEB01, domain_doc, open_details_window
from tests.i18n.walk import host_data, unmarked

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

    monkeypatch.setattr(DetailsWindow, "ask_discard", lambda self, titles: True)
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
    qtbot.wait(100)  # workers answer: host facts, versions
    return windows


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
    return {n for n in names if n}


@pytest.fixture
def main_window(registry, settings, qtbot):
    from kvmgui.window.mainwindow import MainWindow

    window = MainWindow(registry, settings)  # made with the pseudo catalogue in force
    qtbot.addWidget(window)
    return window


def test_every_visible_string_is_marked(pseudo, qtbot, connected, main_window, settings, monkeypatch,
                                        request):
    # Names shown as they are: the host's objects, the connection, each language in its own
    # script (Preferences), the example user name "root".
    data = host_data(DEMO_HOST) | {connected.uri, connected.display_name, "root"} \
        | set(i18n.LANGUAGES.values())
    windows = walk_windows(qtbot, connected, main_window, settings, monkeypatch)
    data |= window_data(windows)
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
