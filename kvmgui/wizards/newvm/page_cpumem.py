"""Page 4: memory and virtual CPUs, bounded by the host and by the operating system,
with the host's totals and the OS's recommendation in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QVBoxLayout

from kvmgui.models.oslist import os_name
from kvmgui.utils.tr import fill, size_text
from kvmgui.wizards.newvm.fields import Form, exactly
from kvmgui.wizards.newvm.page import SpecPage
from kvmgui.wizards.newvm.state import Message, WizardState
from kvmgui.xml.newvm_spec import MIB, CpuMode, DomainType
from kvmgui.xml.words import QT_TRANSLATE_NOOP

MAX_MIB = 16 * 1024 * 1024  # when the host's memory is not known yet
MAX_VCPUS = 4096
CPU_MODES = [
    (CpuMode.HOST_PASSTHROUGH,
     QT_TRANSLATE_NOOP("CpuMemoryPage", "The host's CPU as it is (host-passthrough): fastest")),
    (CpuMode.HOST_MODEL,
     QT_TRANSLATE_NOOP("CpuMemoryPage", "The closest CPU model with the host's features (host-model)")),
    (CpuMode.DEFAULT, QT_TRANSLATE_NOOP("CpuMemoryPage", "The hypervisor's default CPU model")),
]


class CpuMemoryPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Memory and CPUs"),
                         self.tr("How much of the host the VM may use."),
                         exactly("memory", "vcpus", "cpu"))
        form = Form(self, self.marks)
        self.host = QLabel(self)
        self.host.setObjectName("Host resources")
        self.host.setAccessibleDescription(self.tr("Host resources"))
        self.host.setWordWrap(True)
        form.layout.addRow(self.host)
        self.memory = QSpinBox(self)
        self.memory.setSuffix(self.tr(" MiB"))
        self.memory.setSingleStep(256)
        self.memory.setRange(1, MAX_MIB)
        form.field(self.tr("&Memory:"), self.memory, self.tr("Memory"), exactly("memory"))
        self.vcpus = QSpinBox(self)
        self.vcpus.setRange(1, MAX_VCPUS)
        form.field(self.tr("&Virtual CPUs:"), self.vcpus, self.tr("Virtual CPUs"), exactly("vcpus"))
        self.cpu_mode = QComboBox(self)
        for mode, text in CPU_MODES:
            self.cpu_mode.addItem(self.tr(text), mode)
        form.field(self.tr("CPU mo&del:"), self.cpu_mode, self.tr("CPU model"), exactly("cpu"))
        self.recommended = QLabel(self)
        self.recommended.setObjectName("Recommendation")
        self.recommended.setTextFormat(Qt.TextFormat.PlainText)  # it names the OS: never markup
        self.recommended.setAccessibleDescription(self.tr("What the operating system recommends"))
        self.recommended.setWordWrap(True)
        form.layout.addRow(self.recommended)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)
        self.reload()
        self.memory.valueChanged.connect(self.edited)
        self.vcpus.valueChanged.connect(self.edited)
        self.cpu_mode.currentIndexChanged.connect(self.edited)
        state.factsChanged.connect(self.reload)
        state.domcapsChanged.connect(self.reload)

    def vcpu_limit(self) -> int | None:
        facts, spec, caps = self.state.facts, self.state.spec, self.state.domcaps
        limits = [x for x in (facts.max_vcpus.get(spec.domain_type.value) if facts else None,
                              caps.max_vcpus if caps else None) if x]
        return min(limits) if limits else None

    def load(self) -> None:
        spec, facts, os = self.state.spec, self.state.facts, self.state.spec.os
        _range_keeping(self.memory, os.min_memory_mib, facts.memory_mib if facts is not None else MAX_MIB,
                       spec.memory_mib)
        self.memory.setValue(spec.memory_mib)
        self._sync_platform()
        self.vcpus.setValue(spec.vcpus)
        self.cpu_mode.setCurrentIndex(max(self.cpu_mode.findData(spec.cpu), 0))
        if facts is None:
            self.host.setText(self.tr("Reading the host's memory and CPUs…"))
        else:
            text = self.tr("The host has %1 of memory and %n CPU(s).", "", facts.cpus)
            self.host.setText(fill(text, size_text(facts.memory_mib * MIB)))
        self.recommended.setText(self._recommendation())

    def _sync_platform(self) -> None:
        """What follows the Architecture page: the vCPU limit, and a CPU model only under KVM."""
        spec, os = self.state.spec, self.state.spec.os
        self.vcpus.blockSignals(True)  # no edit of the user's (and no validation within one)
        _range_keeping(self.vcpus, os.min_vcpus, self.vcpu_limit() or MAX_VCPUS, spec.vcpus)
        self.vcpus.blockSignals(False)
        kvm = spec.domain_type is DomainType.KVM
        self.cpu_mode.setEnabled(kvm)
        self.cpu_mode.setToolTip("" if kvm else self.tr("Emulated VMs get QEMU's default CPU model."))

    def _on_validated(self, messages: list[Message]) -> None:
        self._sync_platform()
        super()._on_validated(messages)

    def _recommendation(self) -> str:
        os = self.state.spec.os
        parts = []
        if os.rec_memory_mib:
            text = self.tr("%1 recommends %2 of memory and %n CPU(s).", "", os.rec_vcpus or 1)
            parts.append(fill(text, os_name(os.name), size_text(os.rec_memory_mib * MIB)))
        if os.min_memory_mib:
            text = self.tr("It needs at least %1 and %n CPU(s).", "", os.min_vcpus or 1)
            parts.append(fill(text, size_text(os.min_memory_mib * MIB)))
        if len(parts) == 2:  # no space after a Chinese full stop
            return fill(self.tr("%1 %2", "two sentences: what the OS recommends, what it needs"),
                        *parts)
        return "".join(parts)

    def store(self) -> None:
        spec = self.state.spec
        spec.memory_mib = self.memory.value()
        spec.vcpus = self.vcpus.value()
        spec.cpu = CpuMode(self.cpu_mode.currentData())


def _range_keeping(box: QSpinBox, low: int | None, high: int, value: int) -> None:
    """``box`` from the OS's minimum (``low``) to the host's limit (``high``), widened to
    hold ``value``: a box clamped to its range would show a valid number while the spec
    (and Finish) kept another; the page's message says why the value is wrong."""
    low = max(low or 1, 1)
    box.setRange(max(min(low, value), 1), max(high, low, value))
