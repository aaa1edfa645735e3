"""A host's domain capabilities are read once per machine, shared by Add hardware's forms
and the disk pages of all its windows, and read again after a reconnect."""

from pathlib import Path

import libvirt
import pytest

from kvmgui.libvirt import machinecaps
from kvmgui.libvirt.connection import ConnState
from tests.helpers import FakeError, run_in_worker
from tests.unit.dialogs.test_addhw_machine import VM

CAPS = (Path(__file__).parents[2] / "data" / "caps"
        / "qemu-7.2-domcaps-x86_64-q35-kvm.xml").read_text()


def define(qtbot, connected, name):
    xml = VM.format(name=name, arch="x86_64", machine="pc-q35-7.2")
    return run_in_worker(qtbot, connected, lambda c: c.defineXML(xml).UUIDString())


def counted(monkeypatch):
    asked = []

    def read(self, emulator, arch, machine, virt_type, flags):
        asked.append((emulator, arch, machine, virt_type))
        return CAPS

    monkeypatch.setattr(libvirt.virConnect, "getDomainCapabilities", read)
    return asked


def open_forms(qtbot, window):
    """The CD-ROM's page, Add hardware's disk and display forms, once they know."""
    window.select_page("device:cdrom:sda")
    page = window.pages["device:cdrom:sda"]
    window.add_hardware()
    dialog = window.add_hw_dialog
    found = [page.machine_caps, dialog.select("disk").machine_caps,
             dialog.select("graphics").machine_caps]
    qtbot.waitUntil(lambda: all(f.caps is not None for f in found), timeout=5000)
    dialog.reject()


def test_the_disk_page_and_the_forms_of_two_windows_read_a_machine_once(
        details_of, connected, qtbot, monkeypatch):
    """Each read on its own: three round trips per window (over a 300 ms link each costs)."""
    asked = counted(monkeypatch)
    open_forms(qtbot, details_of(define(qtbot, connected, "one")))
    open_forms(qtbot, details_of(define(qtbot, connected, "two")))
    assert asked == [(None, "x86_64", "pc-q35-7.2", "test")]


def test_a_reconnect_reads_the_machine_again(details_of, connected, qtbot, monkeypatch):
    """The host's QEMU may have been upgraded meanwhile: the open page asks again."""
    asked = counted(monkeypatch)
    open_forms(qtbot, details_of(define(qtbot, connected, "one")))
    assert len(asked) == 1
    with qtbot.waitSignal(connected.stateChanged, timeout=5000,
                          check_params_cb=lambda state, _r: state is ConnState.DISCONNECTED):
        connected.close()
    with qtbot.waitSignal(connected.stateChanged, timeout=10000,
                          check_params_cb=lambda state, _r: state is ConnState.CONNECTED):
        connected.open()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert asked[1] == asked[0]


@pytest.mark.parametrize("error", [
    FakeError("Timed out during operation: cannot acquire state change lock",
              libvirt.VIR_ERR_OPERATION_TIMEOUT),
    FakeError("Cannot recv data: Connection reset by peer", libvirt.VIR_ERR_SYSTEM_ERROR,
              libvirt.VIR_FROM_RPC),
])
def test_a_read_that_failed_is_asked_again(details_of, connected, qtbot, monkeypatch, error):
    """A busy daemon's timeout or a dropped link is no answer: kept, it left every form of
    the session without the host's word."""
    asked = []

    def read(self, *args):
        asked.append(args)
        if len(asked) == 1:
            raise error
        return CAPS

    monkeypatch.setattr(libvirt.virConnect, "getDomainCapabilities", read)
    window = details_of(define(qtbot, connected, "one"))
    window.add_hardware()
    dialog = window.add_hw_dialog
    host = machinecaps.host_machine_caps(connected)
    qtbot.waitUntil(lambda: asked and not host._asked, timeout=5000)
    display = dialog.select("graphics")
    display.validate()  # asks again (unless the disk page's load did already)
    qtbot.waitUntil(lambda: display.machine_caps.caps is not None, timeout=5000)
    assert len(asked) == 2
    dialog.reject()
