"""CPUs and memory: counts and sizes, applied live where libvirt can (vCPU hotplug, balloon).

The rows are the Designer form ``ui/vm_cpumem.ui``; the CPU modes come from ``CPU_MODES``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from kvmgui.dialogs.details.page import Page, edited_or
from kvmgui.libvirt import domainops
from kvmgui.libvirt.domainops import Change
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import said
from kvmgui.utils.tr import fill
from kvmgui.xml.domain import validate_memory, validate_vcpus

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CPU_MODES = [
    (QT_TRANSLATE_NOOP("CpuMemoryPage", "Hypervisor default"), None),
    (QT_TRANSLATE_NOOP("CpuMemoryPage", "Copy host CPU (host-passthrough)"), "host-passthrough"),
    (QT_TRANSLATE_NOOP("CpuMemoryPage", "Host CPU model (host-model)"), "host-model"),
    (QT_TRANSLATE_NOOP("CpuMemoryPage", "Everything the hypervisor offers (maximum)"), "maximum"),
    (QT_TRANSLATE_NOOP("CpuMemoryPage", "A named model (custom)"), "custom"),
]
MAX_VCPUS = 1024
MAX_MIB = 4 * 1024 * 1024


# What this page shows of the pending changes (xml.diff.PendingChange.subject).
CPU_MEMORY_SUBJECTS = frozenset({"vcpus", "max_vcpus", "memory_kib", "max_memory_kib", "cpu", "cputune",
                                 "memoryBacking"})


def _shown_kib(kib: int) -> int:
    """``kib`` as the page shows it: in whole MiB, rounded up."""
    return -(-kib // 1024) * 1024


class CpuMemoryPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CpuMemoryPage", "CPUs and memory"), parent)
        form = self.use_form("vm_cpumem")
        self.vcpus = form.widget("vcpus", QSpinBox)
        self.max_vcpus = form.widget("max_vcpus", QSpinBox)
        for spin in (self.vcpus, self.max_vcpus):
            spin.setRange(1, MAX_VCPUS)
        self.cpu_mode = form.widget("cpu_mode", QComboBox)
        for text, mode in CPU_MODES:
            self.cpu_mode.addItem(QCoreApplication.translate("CpuMemoryPage", text), mode)
        self.cpu_model = form.widget("cpu_model", QLineEdit)
        self.memory = form.widget("memory", QSpinBox)
        self.max_memory = form.widget("max_memory", QSpinBox)
        for spin in (self.memory, self.max_memory):
            spin.setRange(1, MAX_MIB)
        self.running_now = form.widget("running_now", QLabel)
        self.cpu_mode.currentIndexChanged.connect(self._mode_changed)
        self.track(self.vcpus, self.max_vcpus, self.cpu_mode, self.cpu_model,
                   self.memory, self.max_memory)

    def _mode_changed(self) -> None:
        self.cpu_model.setEnabled(self.cpu_mode.currentData() == "custom")

    def load(self, view: DomainView) -> None:
        doc = view.doc
        # A VM bigger than the usual limits: shown as it is (a clamped value would be applied).
        for spin, limit, size in ((self.vcpus, MAX_VCPUS, doc.max_vcpus),
                                  (self.max_vcpus, MAX_VCPUS, doc.max_vcpus),
                                  (self.memory, MAX_MIB, -(-doc.max_memory_kib // 1024)),
                                  (self.max_memory, MAX_MIB, -(-doc.max_memory_kib // 1024))):
            spin.setMaximum(max(limit, size))
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
            fill(self.tr("%1 of %2 vCPUs, %3 of %4 MiB"), live.vcpus, live.max_vcpus,
                 live.memory_kib // 1024, live.max_memory_kib // 1024)
            if live is not None else self.tr("Not running"))

    def validate(self) -> str | None:
        if self.cpu_mode.currentData() == "custom" and not self.cpu_model.text().strip():
            return self.tr("Name the CPU model for a custom CPU")
        return said(validate_vcpus(self.vcpus.value(), self.max_vcpus.value())
                    or validate_memory(self.memory.value() * 1024, self.max_memory.value() * 1024))

    def build_change(self) -> Change | None:
        assert self.view is not None and self.loaded is not None
        doc, was, changes = self.view.doc, self.loaded.doc, []
        max_vcpus = edited_or(self.max_vcpus.value(), was.max_vcpus, doc.max_vcpus)
        vcpus = min(edited_or(self.vcpus.value(), was.vcpus, doc.vcpus), max_vcpus)
        if (vcpus, max_vcpus) != (doc.vcpus, doc.max_vcpus):
            changes.append(domainops.set_vcpus(vcpus, max_vcpus))
        # The page shows MiB, rounded up: a size left as shown keeps the definition's KiB
        # (an odd maximum rounded would count as changed, and a running VM refuses that).
        mem, max_mem = (edited_or(spin.value() * 1024, _shown_kib(shown), now) for spin, shown, now in
                        ((self.memory, was.memory_kib, doc.memory_kib),
                         (self.max_memory, was.max_memory_kib, doc.max_memory_kib)))
        mem = min(mem, max_mem)  # the same MiB as an odd maximum: that maximum
        if (mem, max_mem) != (doc.memory_kib, doc.max_memory_kib):
            changes.append(domainops.set_memory(mem, max_mem))
        mode = edited_or(self.cpu_mode.currentData(), was.cpu_mode, doc.cpu_mode)
        model = edited_or(self.cpu_model.text().strip() or None, was.cpu_model, doc.cpu_model)
        if mode != doc.cpu_mode or (mode == "custom" and model != doc.cpu_model):
            changes.append(domainops.set_cpu_model(mode, model))
        return domainops.combine(self.title, changes) if changes else None

    def pending_lines(self, view: DomainView) -> list[str]:
        return view.pending_where(lambda c: c.subject in CPU_MEMORY_SUBJECTS)
