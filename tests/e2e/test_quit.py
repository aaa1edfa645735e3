"""Ending the application from outside, with windows of their own open (the VM details
window, the New VM wizard): the process must end, as a logout or Quit expects.

Those windows have no transient parent (widgets/question.py, own_window), so Qt counted
them among the windows whose closing ends the application: with one left open, Quit or
SIGTERM closed the main window and the process lived on, windowless or not, for ever.
"""

import signal
import subprocess

import pytest

from tests.e2e.desktop import find_all

pytestmark = pytest.mark.e2e

MAIN = "kvmgui main window"
DETAILS = "Details of virtual machine test"
WAIT = 60  # seconds: a loaded machine reads the tree slowly
EXIT = 20  # the exit's own grace for libvirt calls is 3 s


def vm_listed(tree, name):
    tables = find_all(tree, "table", "Virtual machines")
    return bool(tables) and any(c["name"] == name for c in tables[0].get("children", [])
                                if c["role"] == "table cell")


def exit_code(proc: subprocess.Popen) -> int | None:
    try:
        return proc.wait(EXIT)
    except subprocess.TimeoutExpired:
        return None


def test_sigterm_with_a_details_window_open_ends_the_application(desktop, tmp_path):
    app = desktop.launch("-c", "test:///default", home=tmp_path)
    ui = desktop.atspi()
    ui.wait_for(lambda t: vm_listed(t, "test"), WAIT, what="the VM 'test' listed")
    assert ui.find(("frame", MAIN), ("table", "Virtual machines")).select("test")
    ui.key("Return")
    ui.window(DETAILS, WAIT)

    app.send_signal(signal.SIGTERM)  # a logout
    assert exit_code(app) == 0, desktop.output(app)[-3000:]


def test_quit_with_the_new_vm_wizard_open_ends_once_discard_is_chosen(desktop, tmp_path):
    app = desktop.launch("-c", "test:///default", home=tmp_path)
    ui = desktop.atspi()
    ui.wait_for(lambda t: vm_listed(t, "test"), WAIT, what="the VM 'test' listed")
    ui.find(("frame", MAIN), ("menu item", "New Virtual Machine…")).press()
    ui.window("New virtual machine", WAIT)

    ui.find(("frame", MAIN), ("menu item", "Quit")).press()
    question = ui.window("Discard the new virtual machine?", WAIT)
    ui.find(question.path[0], ("push button", "Discard and Quit")).press()
    assert exit_code(app) == 0, desktop.output(app)[-3000:]
