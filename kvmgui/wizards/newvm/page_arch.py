"""Page 2: the guest architecture, KVM or plain QEMU emulation (said in words), and
the machine type, all as this host's capabilities offer them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.utils.tr import fill
from kvmgui.wizards.newvm.fields import Form, exactly
from kvmgui.wizards.newvm.page import SpecPage
from kvmgui.wizards.newvm.state import WizardState
from kvmgui.xml.newvm_build import X86, machine_type
from kvmgui.xml.newvm_spec import DomainType

SIMULATED_ARCHES = ["x86_64", "i686", "aarch64"]


class ArchPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Architecture and type"),
                         self.tr("What the VM is: its processor architecture, and whether the host's "
                                 "hardware runs it (KVM) or QEMU emulates it."),
                         exactly("arch", "domain_type", "machine"))
        form = Form(self, self.marks)
        self.arch = QComboBox(self)
        form.field(self.tr("&Architecture:"), self.arch, self.tr("Architecture"), exactly("arch"))
        types = QWidget(self)
        row = QHBoxLayout(types)
        row.setContentsMargins(0, 0, 0, 0)
        self.kvm = QRadioButton(self.tr("&KVM (hardware virtualisation)"), types)
        self.kvm.setAccessibleName(self.tr("KVM, hardware virtualisation"))
        self.qemu = QRadioButton(self.tr("&QEMU emulation"), types)
        self.qemu.setAccessibleName(self.tr("QEMU emulation"))
        self.type_group = QButtonGroup(self)
        self.type_group.addButton(self.kvm)
        self.type_group.addButton(self.qemu)
        row.addWidget(self.kvm)
        row.addWidget(self.qemu)
        row.addStretch(1)
        form.field(self.tr("&Type:"), types, self.tr("Virtualisation type"), exactly("domain_type"),
                   buddy=self.kvm)
        self.speed = QLabel(self)
        self.speed.setWordWrap(True)
        self.speed.setObjectName("Speed")
        self.speed.setAccessibleDescription(self.tr("How fast the VM will run"))
        form.below(self.speed)
        self.machine = QComboBox(self)
        form.field(self.tr("&Machine type:"), self.machine, self.tr("Machine type"), exactly("machine"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("Host note")
        form.below(self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)
        self.reload()
        self.arch.currentIndexChanged.connect(self._arch_chosen)
        self.type_group.buttonToggled.connect(self._type_chosen)
        self.machine.currentIndexChanged.connect(self.edited)
        state.factsChanged.connect(self.reload)

    # -- what the host offers ----------------------------------------------------------------

    def arches(self) -> list[str]:
        facts = self.state.facts
        if facts is None or self.state.simulated:
            return SIMULATED_ARCHES
        return [a for a in facts.caps.arches() if set(facts.caps.domain_types(a)) & {"kvm", "qemu"}]

    def kvm_possible(self, arch: str) -> bool:
        facts = self.state.facts
        return (facts is not None and facts.kvm and not self.state.simulated
                and "kvm" in facts.caps.domain_types(arch))

    def _machines(self, arch: str, kind: str) -> list[tuple[str, str]]:
        facts = self.state.facts
        if facts is None or self.state.simulated:
            return []
        out = []
        for m in facts.caps.machines(arch, kind):
            text = m.name
            if m.canonical:
                text = fill(self.tr("%1 (%2)"), m.name, m.canonical)
            if m.deprecated:
                text = fill(self.tr("%1 — deprecated"), text)
            out.append((text, m.name))
        return out

    # -- spec ------------------------------------------------------------------------------------

    def load(self) -> None:
        spec = self.state.spec
        arches = self.arches()
        self.arch.clear()
        for arch in arches:
            self.arch.addItem(arch, arch)
        if spec.arch not in arches:
            self.arch.addItem(spec.arch, spec.arch)  # as the spec has it; the validator says why
        self.arch.setCurrentIndex(self.arch.findData(spec.arch))
        possible = self.kvm_possible(spec.arch)
        self.kvm.setEnabled(possible or spec.domain_type is DomainType.KVM)
        (self.kvm if spec.domain_type is DomainType.KVM else self.qemu).setChecked(True)
        self._fill_machines()
        self._describe()

    def _fill_machines(self) -> None:
        spec = self.state.spec
        auto = machine_type(replace(spec, machine=""))
        self.machine.blockSignals(True)
        self.machine.clear()
        default = fill(self.tr("Default (%1)"), auto) if auto else self.tr("Default")
        self.machine.addItem(default, "")
        for text, name in self._machines(spec.arch, spec.domain_type.value):
            self.machine.addItem(text, name)
        index = self.machine.findData(spec.machine)
        if index < 0:
            self.machine.addItem(spec.machine, spec.machine)
            index = self.machine.count() - 1
        self.machine.setCurrentIndex(index)
        self.machine.blockSignals(False)

    def store(self) -> None:
        spec = self.state.spec
        spec.arch = self.arch.currentData() or spec.arch
        spec.domain_type = DomainType.KVM if self.kvm.isChecked() else DomainType.QEMU
        spec.machine = self.machine.currentData() or ""
        self._describe()

    def _arch_chosen(self) -> None:
        if self._loading:
            return
        spec = self.state.spec
        spec.arch = self.arch.currentData() or spec.arch
        spec.machine = ""  # machine types belong to an architecture
        possible = self.kvm_possible(spec.arch)
        self.kvm.setEnabled(possible)
        self._loading = True
        try:
            (self.kvm if possible else self.qemu).setChecked(True)
        finally:
            self._loading = False
        self.store()
        self._fill_machines()
        if self.state.fit_firmware() | self.state.os_for_arch():
            self.state.reloaded.emit()  # the firmware and memory pages show it
        self.state.revalidate()

    def _type_chosen(self, _button: QAbstractButton, on: bool) -> None:
        if on and not self._loading:
            self.store()
            self._fill_machines()  # KVM may list machine types of its own
            self.state.revalidate()

    def _describe(self) -> None:
        spec, facts = self.state.spec, self.state.facts
        if spec.domain_type is DomainType.KVM:
            text = self.tr("This VM will run on the host's processor through KVM, at nearly native speed.")
        elif facts is not None and not facts.kvm:
            text = self.tr("This VM will run emulated, 10–50× slower: the host has no KVM.")
        elif not self.kvm_possible(spec.arch):
            text = fill(self.tr("This VM will run emulated, 10–50× slower: the host's processor cannot "
                           "run %1 code itself."), spec.arch)
        else:
            text = self.tr("This VM will run emulated, 10–50× slower, although the host has KVM.")
        self.speed.setText(text)
        if self.state.simulated:
            self.note.setText(self.tr("This host only simulates VMs (libvirt's test driver): the "
                                      "wizard does not check its choices against its capabilities."))
        elif spec.arch not in X86 and spec.arch in self.arches():
            self.note.setText(fill(self.tr("Not every operating system runs on %1; choose one made for "
                                      "it."), spec.arch))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
