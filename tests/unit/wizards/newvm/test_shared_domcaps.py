"""The wizard asks the host's shared domain capabilities (machinecaps.HostMachineCaps), as
Add hardware's forms and the disk pages do: one read per machine and session."""

from pathlib import Path

import libvirt

from kvmgui.libvirt import machinecaps
from tests.unit.wizards.newvm.drive import open_wizard

REAL = machinecaps.read_machine_caps  # the qemu_host fixture puts its files in its place
CAPS = (Path(__file__).parents[3] / "data" / "caps"
        / "qemu-7.2-domcaps-x86_64-q35-kvm.xml").read_text()


def counted(monkeypatch):
    asked = []

    def read(self, emulator, arch, machine, virt_type, flags):
        asked.append((emulator, arch, machine, virt_type))
        return CAPS

    monkeypatch.setattr(libvirt.virConnect, "getDomainCapabilities", read)
    return asked


def test_a_machine_chosen_again_is_not_read_again(connected, qtbot, qemu_host, monkeypatch):
    # The wizard kept only its last answer, past the host's shared ones: q35, pc and q35
    # again were three reads (each a round trip over a slow link).
    from tests.unit.wizards.newvm.drive import choose, settle

    monkeypatch.setattr(machinecaps, "read_machine_caps", REAL)
    asked = counted(monkeypatch)
    wiz = open_wizard(qtbot, connected)
    choose(wiz.arch.machine, "pc")
    settle(qtbot, wiz)
    choose(wiz.arch.machine, "")  # the default again: q35
    settle(qtbot, wiz)
    assert asked == [(None, "x86_64", "q35", "kvm"), (None, "x86_64", "pc", "kvm")]
    assert wiz.state.domcaps is not None and wiz.state.domcaps.machine == "pc-q35-7.2"


def test_a_wizard_opened_reads_the_host_afresh(connected, qtbot, qemu_host, monkeypatch):
    # Shared for the session, an answer would hide firmware or a QEMU installed since the
    # last wizard: each wizard opened asks again, as it reads the host's other facts.
    monkeypatch.setattr(machinecaps, "read_machine_caps", REAL)
    asked = counted(monkeypatch)
    open_wizard(qtbot, connected)
    open_wizard(qtbot, connected)
    assert asked == [(None, "x86_64", "q35", "kvm")] * 2


def test_an_alias_answers_for_the_machine_it_names(connected, qtbot, qemu_host, monkeypatch):
    # 'q35' is pc-q35-7.2 on this host: a VM defined with that machine (its emulator
    # written out) is not asked about again; the alias itself is no name of another's.
    monkeypatch.setattr(machinecaps, "read_machine_caps", REAL)
    asked = counted(monkeypatch)
    open_wizard(qtbot, connected)
    host = machinecaps.host_machine_caps(connected)
    assert host.has(("/usr/bin/qemu-system-x86_64", "x86_64", "pc-q35-7.2", "kvm"))
    assert not host.has(("", "x86_64", "pc-q35-7.2", "kvm"))  # not asked: not known
    assert len(asked) == 1


def test_a_refusal_is_kept_as_the_machines_answer(connected, qtbot, qemu_host, monkeypatch):
    # The host's word on a machine it does not run is its answer for the session (the forms
    # were told nothing, the wizard shows libvirt's words): said again without a read.
    from tests.unit.lverror import refusal
    from tests.unit.wizards.newvm.drive import choose, settle

    monkeypatch.setattr(machinecaps, "read_machine_caps", REAL)
    asked = []
    words = "unsupported configuration: emulator does not support machine 'q35'"

    def refuse(self, *args):
        asked.append(args[2])
        if args[2] == "q35":
            raise refusal(words)
        return CAPS

    monkeypatch.setattr(libvirt.virConnect, "getDomainCapabilities", refuse)
    wiz = open_wizard(qtbot, connected)
    assert wiz.state.domcaps is None and wiz.state.domcaps_error == words
    choose(wiz.arch.machine, "pc")
    settle(qtbot, wiz)
    assert wiz.state.domcaps is not None and wiz.state.domcaps_error == ""
    choose(wiz.arch.machine, "")
    settle(qtbot, wiz)
    assert wiz.state.domcaps is None and wiz.state.domcaps_error == words
    assert asked == ["q35", "pc"]
