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


def test_two_wizards_read_a_machine_once(connected, qtbot, qemu_host, monkeypatch):
    # Each wizard read the domain capabilities itself, past the host's shared answers.
    monkeypatch.setattr(machinecaps, "read_machine_caps", REAL)
    asked = counted(monkeypatch)
    first = open_wizard(qtbot, connected)
    second = open_wizard(qtbot, connected)
    assert asked == [(None, "x86_64", "q35", "kvm")]
    assert first.state.domcaps == second.state.domcaps
    assert second.state.domcaps is not None and second.state.domcaps.machine == "pc-q35-7.2"


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


def test_a_refusal_is_the_machines_answer_for_every_wizard(connected, qtbot, qemu_host,
                                                            monkeypatch):
    # The host's word on a machine it does not run is kept as its answer (the forms were
    # told nothing, the wizard showed libvirt's words): said by both wizards, asked once.
    from tests.unit.lverror import refusal

    monkeypatch.setattr(machinecaps, "read_machine_caps", REAL)
    asked = []

    def refuse(self, *args):
        asked.append(args)
        raise refusal("unsupported configuration: emulator does not support machine 'q35'")

    monkeypatch.setattr(libvirt.virConnect, "getDomainCapabilities", refuse)
    wizards = [open_wizard(qtbot, connected) for _ in range(2)]
    assert len(asked) == 1
    for wiz in wizards:
        assert wiz.state.domcaps is None
        assert wiz.state.domcaps_error == \
            "unsupported configuration: emulator does not support machine 'q35'"
