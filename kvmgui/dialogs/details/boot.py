"""Boot options: boot order, boot menu, and direct kernel boot. They apply at the next start.

The rows are the Designer form ``ui/vm_boot.ui``; the boot order is filled from the VM."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from kvmgui.dialogs.details.page import Page, edited_or
from kvmgui.libvirt import domainops
from kvmgui.libvirt.domainops import BootSettings, Change
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import say
from kvmgui.widgets import itemviews
from kvmgui.xml.devices import Disk, Interface
from kvmgui.xml.diff import PendingKind
from kvmgui.xml.domain import DomainDoc

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

LEGACY = [("hd", QT_TRANSLATE_NOOP("BootPage", "Hard disk")),
          ("cdrom", QT_TRANSLATE_NOOP("BootPage", "CD-ROM")),
          ("network", QT_TRANSLATE_NOOP("BootPage", "Network (PXE)")),
          ("fd", QT_TRANSLATE_NOOP("BootPage", "Floppy"))]
KEY_ROLE = Qt.ItemDataRole.UserRole


class BootPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BootPage", "Boot options"), parent)
        self.by_device = False
        form = self.use_form("vm_boot")
        self.order = form.widget("order", QListWidget)
        itemviews.follow_selection(self.order)  # Up/Down move the selected device
        self.order.setMaximumHeight(self.fontMetrics().height() * 9)
        form.widget("up", QPushButton).clicked.connect(lambda: self._move(-1))
        form.widget("down", QPushButton).clicked.connect(lambda: self._move(1))
        self.menu = form.widget("menu", QCheckBox)
        self.kernel_group = form.widget("kernel_group", QGroupBox)
        self.kernel = form.widget("kernel", QLineEdit)
        self.initrd = form.widget("initrd", QLineEdit)
        self.cmdline = form.widget("cmdline", QLineEdit)
        self.order.itemChanged.connect(self._edited)
        self.track(self.menu, self.kernel_group, self.kernel, self.initrd, self.cmdline)

    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)
        self._edited()

    def _add(self, key: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.order.addItem(item)

    @staticmethod
    def boot_order(doc: DomainDoc) -> tuple[bool, list[str]]:
        """(by device, the devices that boot, first first) as the page shows ``doc``'s."""
        keys = doc.boot_order_keys()
        # No <boot> at all means libvirt boots from the hard disk.
        return (True, keys) if keys else (False, doc.boot_devices or ([] if doc.kernel else ["hd"]))

    def load(self, view: DomainView) -> None:
        doc = view.doc
        self.order.clear()
        self.by_device, chosen = self.boot_order(doc)
        keys = chosen if self.by_device else []
        if self.by_device:
            # Passed-through devices may boot too: one with an order is listed, or saving
            # would drop it.
            bootable = {d.key: d for d in doc.devices()
                        if isinstance(d, Disk | Interface) or d.boot_order is not None}
            for key in keys + [k for k in bootable if k not in keys]:
                if key in bootable:
                    self._add(key, say(bootable[key].summary), key in keys)
        else:
            words = {dev: self.tr(text) for dev, text in LEGACY}
            for dev in chosen + [d for d, _w in LEGACY if d not in chosen]:
                self._add(dev, words.get(dev, dev), dev in chosen)
        self.menu.setChecked(bool(doc.boot_menu))
        self.kernel_group.setChecked(bool(doc.kernel))
        self.kernel.setText(doc.kernel or "")
        self.initrd.setText(doc.initrd or "")
        self.cmdline.setText(doc.cmdline or "")

    def _chosen(self) -> list[str]:
        items = (self.order.item(i) for i in range(self.order.count()))
        return [it.data(KEY_ROLE) for it in items if it.checkState() == Qt.CheckState.Checked]

    def validate(self) -> str | None:
        if self.kernel_group.isChecked() and not self.kernel.text().strip():
            return self.tr("Enter the kernel's path for direct kernel boot")
        if not self.kernel_group.isChecked() and not self._chosen():
            return self.tr("Choose at least one boot device")
        return None

    def build_change(self) -> Change | None:
        assert self.view is not None and self.loaded is not None
        was, now = self.loaded.doc, self.view.doc
        by_device, order = edited_or((self.by_device, self._chosen()), self.boot_order(was),
                                     self.boot_order(now))
        direct = self.kernel_group.isChecked()

        def path(edit: QLineEdit, loaded: str | None, current: str | None) -> str | None:
            return edited_or(edit.text().strip() or None if direct else None, loaded, current)

        return domainops.set_boot(BootSettings(
            order=order, by_device=by_device,
            menu=edited_or(self.menu.isChecked(), bool(was.boot_menu), bool(now.boot_menu)),
            kernel=path(self.kernel, was.kernel, now.kernel),
            initrd=path(self.initrd, was.initrd, now.initrd),
            cmdline=path(self.cmdline, was.cmdline, now.cmdline),
        ))

    def pending_lines(self, view: DomainView) -> list[str]:
        # A device's boot order is in the device: its change is the device's.
        def boots_otherwise(key: str) -> bool:
            device = view.doc.find_device(key)
            running = view.live.find_device(key) if view.live is not None else None
            return device is not None and running is not None and device.boot_order != running.boot_order

        return view.pending_where(lambda c: c.subject == "os" or (
            c.kind is PendingKind.CHANGED and boots_otherwise(c.subject)))
