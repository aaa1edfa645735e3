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
            "spin button", "radio button", "menu item", "page tab"}


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
