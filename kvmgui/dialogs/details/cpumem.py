"""CPUs and memory: counts and sizes, applied live where libvirt can (vCPU hotplug, balloon)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from kvmgui.dialogs.details.page import Page
from kvmgui.libvirt import domainops
from kvmgui.libvirt.domainops import Change
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import said
from kvmgui.widgets.labels import value_label
from kvmgui.xml.domain import validate_memory, validate_vcpus

CPU_MODES = [
    ("Hypervisor default", None),
    ("Copy host CPU (host-passthrough)", "host-passthrough"),
    ("Host CPU model (host-model)", "host-model"),
    ("Everything the hypervisor offers (maximum)", "maximum"),
    ("A named model (custom)", "custom"),
]
MAX_VCPUS = 1024
MAX_MIB = 4 * 1024 * 1024


def _mib_spin(parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(1, MAX_MIB)
    spin.setSuffix(" MiB")
    spin.setSingleStep(256)
    return spin


# What this page shows of the pending changes (xml.diff.PendingChange.subject).
CPU_MEMORY_SUBJECTS = frozenset({"vcpus", "max_vcpus", "memory_kib", "max_memory_kib", "cpu", "cputune",
                                 "memoryBacking"})


class CpuMemoryPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("CPUs and memory", parent)
        self.vcpus = self.add_row(self.tr("v&CPUs:"), QSpinBox(self), "vCPUs (current)")
        self.max_vcpus = self.add_row("Ma&ximum vCPUs:", QSpinBox(self), "Maximum vCPUs")
        for spin in (self.vcpus, self.max_vcpus):
            spin.setRange(1, MAX_VCPUS)
        self.cpu_mode = self.add_row(self.tr("CPU mo&de:"), QComboBox(self), "CPU mode")
        for text, mode in CPU_MODES:
            self.cpu_mode.addItem(text, mode)
        self.cpu_model = self.add_row("CPU m&odel:", QLineEdit(self), "CPU model")
        self.cpu_model.setPlaceholderText("e.g. Skylake-Client")
        self.memory = self.add_row("&Memory:", _mib_spin(self), "Memory (current)")
        self.max_memory = self.add_row("Maximum memor&y:", _mib_spin(self), "Maximum memory")
        self.running_now = self.add_row("Running VM now:", value_label("Running VM now", self))
        self.cpu_mode.currentIndexChanged.connect(self._mode_changed)
        self.track(self.vcpus, self.max_vcpus, self.cpu_mode, self.cpu_model,
                   self.memory, self.max_memory)

    def _mode_changed(self) -> None:
        self.cpu_model.setEnabled(self.cpu_mode.currentData() == "custom")

    def load(self, view: DomainView) -> None:
        doc = view.doc
        self.max_vcpus.setValue(doc.max_vcpus)
        self.vcpus.setValue(doc.vcpus)
        index = self.cpu_mode.findData(doc.cpu_mode)
        if index < 0:  # a mode we do not list: show it as it is
            self.cpu_mode.addItem(doc.cpu_mode or "", doc.cpu_mode)
            index = self.cpu_mode.count() - 1
        self.cpu_mode.setCurrentIndex(index)
        self.cpu_model.setText(doc.cpu_model or "")
        self._mode_changed()
        self.max_memory.setValue(-(-doc.max_memory_kib // 1024))
        self.memory.setValue(-(-doc.memory_kib // 1024))

    def show_status(self, view: DomainView) -> None:
        live = view.live
        self.running_now.setText(
            f"{live.vcpus} of {live.max_vcpus} vCPUs, {live.memory_kib // 1024} of "
            f"{live.max_memory_kib // 1024} MiB" if live is not None else "Not running")

    def validate(self) -> str | None:
        if self.cpu_mode.currentData() == "custom" and not self.cpu_model.text().strip():
            return "Name the CPU model for a custom CPU"
        return said(validate_vcpus(self.vcpus.value(), self.max_vcpus.value())
                    or validate_memory(self.memory.value() * 1024, self.max_memory.value() * 1024))

    def build_change(self) -> Change | None:
        assert self.view is not None
        doc, changes = self.view.doc, []
        vcpus, max_vcpus = self.vcpus.value(), self.max_vcpus.value()
        if (vcpus, max_vcpus) != (doc.vcpus, doc.max_vcpus):
            changes.append(domainops.set_vcpus(vcpus, max_vcpus))
        mem, max_mem = self.memory.value() * 1024, self.max_memory.value() * 1024
        # Compare in MiB: the page shows MiB, the definition may hold odd KiB values.
        if (mem, max_mem) != (-(-doc.memory_kib // 1024) * 1024, -(-doc.max_memory_kib // 1024) * 1024):
            changes.append(domainops.set_memory(mem, max_mem))
        mode, model = self.cpu_mode.currentData(), self.cpu_model.text().strip() or None
        if mode != doc.cpu_mode or (mode == "custom" and model != doc.cpu_model):
            changes.append(domainops.set_cpu_model(mode, model))
        return domainops.combine("CPUs and memory", changes) if changes else None

    def pending_lines(self, view: DomainView) -> list[str]:
        return view.pending_where(lambda c: c.subject in CPU_MEMORY_SUBJECTS)
