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
    qtbot.wait(100)  # workers answer: host facts, versions
    return windows


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
