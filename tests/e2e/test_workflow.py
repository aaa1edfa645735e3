"""The everyday workflow driven from outside through AT-SPI, as a screen reader user or a
desktop test would: selection, actions and keys only — no clicks at coordinates, no
focus set from inside the app.

Qt's table and list cells offer one action to AT-SPI, "Toggle" (select or deselect);
there is no per-row "activate". A VM is opened by selecting its row and then the Open
action, or by the Enter key, sent as a real key event through AT-SPI's registry.
"""

import re

import pytest

from tests.e2e.desktop import find_all

pytestmark = pytest.mark.e2e

MAIN = "kvmgui main window"
DETAILS = "Details of virtual machine test"
WAIT = 60  # seconds: a loaded machine reads the tree slowly


def vm_rows(tree):
    tables = find_all(tree, "table", "Virtual machines")
    return [c["name"] for c in tables[0].get("children", []) if c["role"] == "table cell"] \
        if tables else []


def top_windows(tree):
    return [(c["role"], c["name"]) for c in tree.get("children", [])]


def node_states(tree, role, name):
    found = find_all(tree, role, name)
    return set(found[0].get("states", [])) if found else set()


def header(tree):
    labels = [n["name"] for n in find_all(tree, "label")
              if n.get("description") == "Virtual machine and state"]
    return labels[0] if labels else ""


def nic_pages(tree):
    pages = find_all(tree, "list", "Settings pages")
    return [c["name"] for c in pages[0].get("children", []) if c["name"].startswith("NIC ")] \
        if pages else []


def test_everyday_workflow(desktop, tmp_path):
    desktop.launch("-c", "test:///default", home=tmp_path)
    ui = desktop.atspi()
    ui.wait_for(lambda t: "test" in vm_rows(t), WAIT, what="the VM 'test' listed")
    desktop.screenshot(tmp_path / "main.png")

    # A VM's details by Enter: the list has the focus from the start; select the row as a
    # screen reader does (the Selection interface), then press Enter.
    table = ui.find(("frame", MAIN), ("table", "Virtual machines"))
    assert table.select("test")
    ui.key("Return")
    ui.window(DETAILS, WAIT)
    ui.find(("frame", DETAILS), ("menu item", "Close Window")).press()
    ui.gone(DETAILS, WAIT)

    # A host's details by selection alone: select the connection, then Host Details.
    ui.find(("frame", MAIN), ("list", "Connections")).select("test:///default — Connected")
    host_details = ui.find(("frame", MAIN), ("menu item", "Host Details"))
    ui.wait_for(lambda t: "enabled" in node_states(t, "menu item", "Host Details"), WAIT,
                states=True, what="Host Details enabled by the selected connection")
    host_details.press()
    ui.window("Host details", WAIT)
    ui.key("Escape")  # the window just opened has the keyboard
    ui.gone("Host details", WAIT)

    # A VM's details by selection + Open (the toolbar's button).
    table.select("test")
    ui.find(("tool bar", "Main toolbar"), ("push button", "Open")).press()
    ui.window(DETAILS, WAIT)

    # Pages are shown by selecting them in the page list.
    pages = ui.find(("frame", DETAILS), ("list", "Settings pages"))
    assert pages.select("Boot options")
    ui.wait_for(lambda t: "showing" in node_states(t, "filler", "Boot options page")
                and "showing" not in node_states(t, "filler", "Overview page"), WAIT,
                states=True, what="the Boot options page shown")
    before = ui.wait_for(nic_pages, WAIT, what="the NIC pages listed")

    # Add a NIC through Add hardware: its form starts on a NIC on the network "default".
    ui.find(("frame", DETAILS), ("push button", "Add Hardware")).press()
    ui.window("Add hardware to test", WAIT)
    ui.find(("dialog", "Add hardware to test"), ("list", "Kind of hardware")).select(
        "Network interface")
    ui.find(("dialog", "Add hardware to test"), ("push button", "Add the hardware")).press()
    ui.gone("Add hardware to test", WAIT)  # closed and deleted, not left behind hidden
    added = ui.wait_for(lambda t: [p for p in nic_pages(t) if p not in before], WAIT,
                        what="the new NIC's page")
    ui.wait_for(lambda t: "selected" in node_states(t, "list item", added[0]), WAIT,
                states=True, what="the new NIC's page selected")

    # Force off (asks first, as in the main window), then Run, from the details window.
    toolbar = ("tool bar", "Virtual machine toolbar")
    ui.find(("frame", DETAILS), toolbar, ("push button", "Force Off")).press()
    question = ui.window("Force Off", WAIT)
    ui.find(question.path[0], ("push button", "Yes")).press()
    ui.wait_for(lambda t: re.match(r"test — Shut off", header(t)), WAIT, what="shut off")
    ui.gone("Force Off", WAIT)
    ui.find(("frame", DETAILS), toolbar, ("push button", "Run")).press()
    ui.wait_for(lambda t: re.match(r"test — Running", header(t)), WAIT, what="running again")
    desktop.screenshot(tmp_path / "details.png")

    # Nothing left behind: the main window and the details window, no hidden dialogs.
    assert sorted(top_windows(ui.tree())) == [("frame", DETAILS), ("frame", MAIN)]
