"""Help → Keyboard shortcuts is read from the windows' real actions, and so is the
README's keyboard map."""

import importlib.util
from pathlib import Path

from kvmgui.dialogs.shortcuts import Row, ShortcutsDialog, keymap_markdown, mnemonic
from kvmgui.utils.tr import without_mnemonic

ROOT = Path(__file__).resolve().parents[3]


def keymap_tool():
    spec = importlib.util.spec_from_file_location("keymap", ROOT / "tools" / "keymap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_mnemonic():
    assert mnemonic("&Force Off") == "F" and mnemonic("Re&boot") == "B"
    assert mnemonic("Rock && roll") == "" and mnemonic("A && &B") == "B"


def test_the_window_lists_every_action_with_its_keys(main_window, qtbot):
    main_window.shortcuts_action.trigger()
    dialog = main_window.open_dialogs[-1]
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    assert not dialog.isModal()  # stays open beside the window while one works
    sections = dict(dialog.sections)
    assert Row("Open", "Ctrl+O", "Alt+V, O") in sections["Main window › Virtual Machine"]
    assert Row("Host Details", "Ctrl+H", "Alt+C, H") in sections["Main window › Connection"]
    assert Row("Open the selected virtual machines", "Return, Enter", "") in \
        sections["Lists of the main window"]
    assert Row("Force Off", "Ctrl+Shift+F", "Alt+P, F") in sections["Details window › Power"]
    assert Row("Next Page", "Ctrl+PgDown", "Alt+G, N") in sections["Details window › Go"]
    # Every action in a menu of the main window is there, with its real shortcut.
    listed = {(r.action, r.keys) for r in dialog.rows()}
    for menu_action in main_window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                keys = action.shortcut().toString()
                assert (without_mnemonic(action.text()).rstrip("…"), keys) in listed, action.text()
    main_window.shortcuts_action.trigger()  # a second time: the open one is raised
    assert sum(isinstance(d, ShortcutsDialog) for d in main_window.open_dialogs) == 1
    dialog.filter.setText("force off")
    shown = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [i.text(0) for i in shown if not i.isHidden()] == [
        "Main window › Virtual Machine", "Details window › Power"]
    dialog.reject()


def test_readme_shows_the_same_map(main_window):
    tool = keymap_tool()
    readme = (ROOT / "README.md").read_text()
    expected = tool.with_keymap(readme, keymap_markdown(main_window.keymap()))
    assert readme == expected, "README.md's keyboard map is stale: run tools/keymap.py"
