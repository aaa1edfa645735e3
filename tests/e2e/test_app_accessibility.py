"""The real application, launched as a process and read through AT-SPI."""

import pytest

from kvmgui.libvirt.registry import default_local_uri
from tests.e2e.desktop import find_all, table_rows

pytestmark = pytest.mark.e2e


def vm_rows(tree):
    tables = find_all(tree, "table", "Virtual machines")
    return table_rows(tables[0]) if tables else []


def test_default_test_driver_shows_running_vm(desktop, tmp_path):
    desktop.launch("-c", "test:///default", home=tmp_path)
    tree = desktop.wait_for(lambda t: any(r[:1] == ["test"] for r in vm_rows(t)))
    row = next(r for r in vm_rows(tree) if r[0] == "test")
    assert row[2] == "Running"
    assert find_all(tree, "list", "Connections")
    desktop.screenshot(tmp_path / "main.png")


def test_first_run_without_daemon_opens_demo_host(desktop, tmp_path):
    if default_local_uri() is not None:
        pytest.skip("a libvirt daemon answers on this machine: first run opens it, not the Demo host")
    desktop.launch(home=tmp_path)
    tree = desktop.wait_for(lambda t: len(vm_rows(t)) == 5)
    states = {r[0]: r[2] for r in vm_rows(tree)}
    assert states == {"web01": "Running", "db01": "Paused", "build": "Shut off",
                      "router": "Running", "desktop": "Shut off"}
    assert all(r[1] == "Demo host" for r in vm_rows(tree))


CONTROLS = {"push button", "text", "table", "list", "check box", "combo box", "tool bar",
            "spin button", "radio button", "menu item", "page tab", "page tab list", "tree",
            "tree table", "image", "icon", "alert", "dialog", "frame", "toggle button"}


def unnamed_controls(tree, path=()):
    here = (*path, f"{tree.get('role')}:{tree.get('name')}")
    found = []
    if tree.get("role") in CONTROLS and not tree.get("name"):
        found.append(" > ".join(here[-3:]))
    for child in tree.get("children", []):
        found.extend(unnamed_controls(child, here))
    return found


def test_every_control_of_the_main_window_has_a_name(desktop, tmp_path):
    desktop.launch("-c", "test:///default", home=tmp_path)
    tree = desktop.wait_for(lambda t: any(r[:1] == ["test"] for r in vm_rows(t)))
    missing = unnamed_controls(tree)
    assert missing == [], "\n".join(missing)
    for name in ("Virtual machines", "Connections"):
        assert find_all(tree, name=name), name


# -- every dialog and wizard page, opened through the UI from outside ------------------------

MAIN = "kvmgui main window"
DETAILS = "Details of virtual machine test"
WAIT = 60  # seconds: a loaded machine reads the tree slowly


def window_tree(ui, name):
    # A read can fail while the app rebuilds part of its tree (a tab's page shown for the
    # first time): read again until the window is there.
    return ui.wait_for(lambda t: next((c for c in t.get("children", []) if c["name"] == name), None),
                       WAIT, what=f"window {name!r} read")


def check(ui, name, where, problems):
    """Unnamed controls in the window called ``name`` as it is now."""
    problems += [f"{where}: {p}" for p in unnamed_controls(window_tree(ui, name))]


def open_and_check(ui, opener, name, where, problems, close_button, shot=None):
    opener.press()
    window = ui.window(name, WAIT)
    check(ui, name, where, problems)
    if shot is not None:
        shot()
    ui.find(window.path[0], ("push button", close_button)).press()
    ui.gone(name, WAIT)  # closed and deleted: no hidden window left in the tree


def menu_item(ui, window, text):
    return ui.find(("frame", window), ("menu item", text))


def choose_tab(ui, tabs, tab):
    """Select a tab of ``tabs`` (a page tab list) and wait until it is the selected one."""
    tabs.select(tab)
    ui.wait_for(lambda t: any(n["name"] == tab and "selected" in n["states"]
                              for n in find_all(t, "page tab")), WAIT, states=True,
                what=f"tab {tab!r} selected")


def labels_of(ui, name):
    return [n["name"] for n in find_all(window_tree(ui, name)) if n["role"] == "label"]


def walk_wizard(ui, name, problems, pages=8):
    """Check each page of the wizard called ``name``, going on with Next while it can."""
    wizard = ui.window(name, WAIT)
    for page in range(pages):
        check(ui, name, f"{name} / page {page}", problems)
        states = ui.find(wizard.path[0], ("push button", "Next")).states()
        if "showing" not in states or "enabled" not in states:
            return
        before = labels_of(ui, name)
        ui.find(wizard.path[0], ("push button", "Next")).press()
        ui.wait_for(lambda _t, before=before: labels_of(ui, name) != before, WAIT,
                    what=f"{name}: the next page")


def test_every_dialog_and_wizard_page_is_named_and_none_is_left_behind(desktop, tmp_path):
    desktop.launch("-c", "test:///default", home=tmp_path)
    ui = desktop.atspi()
    ui.wait_for(lambda t: any(r[:1] == ["test"] for r in vm_rows(t)), WAIT)
    problems: list[str] = []

    for item, name, close in (("Add Connection…", "Add connection", "Cancel"),
                              ("Preferences…", "Preferences", "Cancel"),
                              ("About kvmgui", "About kvmgui", "Close"),
                              ("Keyboard Shortcuts", "Keyboard shortcuts",
                               "Close the keyboard shortcuts")):
        open_and_check(ui, menu_item(ui, MAIN, item), name, item, problems, close,
                       lambda name=name: desktop.screenshot(tmp_path / f"{name}.png"))

    table = ui.find(("frame", MAIN), ("table", "Virtual machines"))
    table.select("test")
    open_and_check(ui, menu_item(ui, MAIN, "Delete…"), "Delete virtual machines", "Delete",
                   problems, "Cancel")
    open_and_check(ui, menu_item(ui, MAIN, "Force Off"), "Force Off", "Force off question",
                   problems, "No")

    # The VM menu's Show command submenu: the virsh line of an action, never run.
    open_and_check(ui, ui.find(("frame", MAIN), ("popup menu", "Show command"),
                               ("menu item", "Force Off")),
                   "Show command", "Show command (VM menu)", problems, "Close")

    details_window(desktop, ui, table, tmp_path, problems)
    assert [(c["role"], c["name"]) for c in ui.tree()["children"]] == [("frame", MAIN)]
    assert problems == [], "\n".join(problems)


def test_host_window_tabs_wizards_and_dialogs_are_named_and_none_is_left_behind(desktop,
                                                                               tmp_path):
    """Host details: each tab, the network and storage pool wizards' pages, a new volume,
    the network's Show command, the network XML editor."""
    desktop.launch("-c", "test:///default", home=tmp_path)
    ui = desktop.atspi()
    ui.wait_for(lambda t: any(r[:1] == ["test"] for r in vm_rows(t)), WAIT)
    problems: list[str] = []
    ui.find(("frame", MAIN), ("list", "Connections")).select("test:///default — Connected")
    menu_item(ui, MAIN, "Host Details").press()
    host = ui.window("Host details", WAIT)
    # The window's own tab list: a direct child of the tab widget. (A depth-first search
    # meets the Virtual networks tab's inner tab list first, and Qt names a tab list after
    # its current tab whatever name the app gives it, so neither name nor order finds it.)
    tabs = ui.find(host.path[0], ("filler", "Host details sections"), ("page tab list", None, "child"))
    # Show command's menu, by keys as a screen reader user opens it: Space on the button,
    # Down to its first item, Enter. (Qt lists no popup menu in the accessible tree; the
    # button says "pressed" while its menu is open.) First, while the window just opened
    # has the keyboard.
    choose_tab(ui, tabs, "Virtual networks")
    ui.find(host.path[0], ("table", "Virtual networks")).select("default")
    command = ui.find(host.path[0], ("push button", "Show command"))
    command.focus()
    ui.wait_for(lambda _t: "focused" in command.states(), WAIT, what="Show command focused")
    ui.key("space")
    ui.wait_for(lambda _t: "pressed" in command.states(), WAIT, what="the command menu open")
    ui.key("Down")
    ui.key("Return")
    ui.window("Show command", WAIT)
    check(ui, "Show command", "Show command (network)", problems)
    ui.find(ui.window("Show command").path[0], ("push button", "Close")).press()
    ui.gone("Show command", WAIT)
    for tab in ("Overview", "Virtual networks", "Storage", "Network map"):
        choose_tab(ui, tabs, tab)
        check(ui, "Host details", f"Host details / {tab}", problems)
        desktop.screenshot(tmp_path / f"host-{tab}.png")
    choose_tab(ui, tabs, "Virtual networks")
    ui.find(host.path[0], ("push button", "Add network")).press()
    walk_wizard(ui, "Add virtual network", problems)
    desktop.screenshot(tmp_path / "wizard.png")
    ui.find(ui.window("Add virtual network").path[0], ("push button", "Cancel")).press()
    ui.gone("Add virtual network", WAIT)
    ui.find(host.path[0], ("push button", "Edit network XML")).press()
    editor = ui.window("XML editor for network default", WAIT)
    check(ui, "XML editor for network default", "network XML editor", problems)
    ui.find(editor.path[0], ("push button", "Close the XML editor")).press()
    ui.gone("XML editor for network default", WAIT)

    choose_tab(ui, tabs, "Storage")
    ui.find(host.path[0], ("push button", "Add pool")).press()
    walk_wizard(ui, "Add storage pool", problems)
    desktop.screenshot(tmp_path / "pool-wizard.png")
    ui.find(ui.window("Add storage pool").path[0], ("push button", "Cancel")).press()
    ui.gone("Add storage pool", WAIT)
    new_volume = ui.find(host.path[0], ("push button", "New volume"))
    ui.wait_for(lambda _t: "enabled" in new_volume.states(), WAIT, what="New volume enabled")
    open_and_check(ui, new_volume, "New Volume", "new volume", problems, "Cancel",
                   lambda: desktop.screenshot(tmp_path / "volume.png"))
    ui.find(host.path[0], ("push button", "Close the host details")).press()
    ui.gone("Host details", WAIT)
    assert [(c["role"], c["name"]) for c in ui.tree()["children"]] == [("frame", MAIN)]
    assert problems == [], "\n".join(problems)


def details_window(desktop, ui, table, tmp_path, problems):
    """The details window: every page, Add hardware with every kind, the troubleshooter,
    the questions."""
    table.select("test")
    ui.find(("tool bar", "Main toolbar"), ("push button", "Open")).press()
    details = ui.window(DETAILS, WAIT)
    pages = ui.find(details.path[0], ("list", "Settings pages"))
    names = [c["name"] for c in find_all(window_tree(ui, DETAILS), "list", "Settings pages")[0]
             ["children"] if c["role"] == "list item"]
    for page in names:
        pages.select(page)
        ui.wait_for(lambda t, page=page: "showing" in next(
            (n.get("states", []) for n in find_all(t, "filler", f"{page} page")), []),
            WAIT, states=True)
        check(ui, DETAILS, f"details / {page}", problems)
    desktop.screenshot(tmp_path / "details.png")
    ui.find(details.path[0], ("push button", "Add Hardware")).press()
    add = ui.window("Add hardware to test", WAIT)
    kinds = ui.find(add.path[0], ("list", "Kind of hardware"))
    for kind in ("Network interface", "Disk", "Serial port or console", "Random number generator"):
        kinds.select(kind)
        check(ui, "Add hardware to test", f"Add hardware / {kind}", problems)
    ui.find(add.path[0], ("push button", "Cancel")).press()
    ui.gone("Add hardware to test", WAIT)
    open_and_check(ui, ui.find(details.path[0], ("push button", "Edit XML")),
                   "XML editor for virtual machine test", "VM XML editor", problems, "Close the XML editor")
    pages.select(next(n for n in names if n.startswith("NIC ")))
    open_and_check(ui, ui.find(details.path[0],
                               ("push button", "Troubleshooter: why has this VM no address")),
                   "Troubleshooter", "troubleshooter", problems, "Close",
                   lambda: desktop.screenshot(tmp_path / "troubleshooter.png"))
    open_and_check(ui, ui.find(details.path[0], ("push button", "Remove Device")),
                   "Remove device?", "Remove question", problems, "No")
    open_and_check(ui, ui.find(details.path[0], ("tool bar", "Virtual machine toolbar"),
                               ("push button", "Force Off")),
                   "Force Off", "details Force off question", problems, "No")
    ui.find(details.path[0], ("menu item", "Close Window")).press()
    ui.gone(DETAILS, WAIT)
