"""A device's page: its settings as libvirt has them; NIC and disk pages add editors."""

from __future__ import annotations

from lxml import etree
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from kvmgui.dialogs.details.page import Page
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import say
from kvmgui.utils.tr import fill
from kvmgui.widgets import itemviews
from kvmgui.widgets.labels import value_label
from kvmgui.xml.devices import Device
from kvmgui.xml.diff import PendingKind


def settings_rows(element: etree._Element, prefix: str = "") -> list[tuple[str, str]]:
    """(setting, value) pairs of a device element: its attributes, then its children's,
    named by path ('source › file'), so any device can be shown without a special form."""
    rows = [(f"{prefix}{name!s}".strip(), str(value)) for name, value in element.attrib.items()]
    text = (element.text or "").strip()
    if text and len(element) == 0:
        rows.append((prefix.rstrip(" ›") or QCoreApplication.translate("DevicePage", "value"), text))
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments
        path = f"{prefix}{child.tag}"
        child_rows = settings_rows(child, f"{path} › ")
        # an empty element is a flag (<readonly/>)
        rows.extend(child_rows or [(path, QCoreApplication.translate("DevicePage", "yes"))])
    return rows


class DevicePage(Page):
    """Any device: summary and every setting. Subclasses add an editor above the table."""

    editable = False

    def __init__(self, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(say(device.title), parent)
        self.key = device.key
        self.summary = self.add_row(self.tr("Summary:"), value_label(self.tr("Summary"), self),
                                    self.tr("Summary"))
        self.running_state = value_label(self.tr("In the running VM"), self)
        self.settings = QTreeWidget(self)
        self.settings.setAccessibleName(fill(self.tr("Settings of %1"), say(device.title)))
        self.settings.setHeaderLabels([self.tr("Setting"), self.tr("Value")])
        self.settings.setRootIsDecorated(False)
        self.settings.setColumnWidth(0, 220)
        self.settings.setMinimumHeight(self.fontMetrics().height() * 8)
        itemviews.follow_selection(self.settings)

    def finish_layout(self) -> None:
        """Put the running state and the settings table below a subclass' editor."""
        self.add_row(self.tr("Running VM:"), self.running_state, self.tr("Running VM"))
        self.add_body(self.settings, 1)

    def device(self, view: DomainView | None = None) -> Device | None:
        view = view or self.view
        return view.doc.find_device(self.key) if view is not None else None

    def running_device(self, view: DomainView) -> Device | None:
        """This device in the running VM, under its old key when its key changes at the next
        start (a disk on another bus, a NIC with another MAC); None when stopped or not there."""
        if view.live is None:
            return None
        moved = next((c for c in view.changes
                      if c.kind is PendingKind.MOVED and c.subject == self.key), None)
        return view.live.find_device(moved.was if moved is not None else self.key)

    def show_status(self, view: DomainView) -> None:
        device = self.device(view)
        if device is None:
            return
        self.summary.setText(say(device.summary))
        self.settings.clear()
        for name, value in settings_rows(device.node):
            QTreeWidgetItem(self.settings, [name, value])
        if view.live is None:
            self.running_state.setText(self.tr("The VM is not running"))
        elif view.live.find_device(self.key) is None:
            running = self.running_device(view)
            if running is not None:  # a disk whose bus changed: it runs under its old name
                self.running_state.setText(fill(self.tr("Runs as %1: it becomes %2 at the next start"),
                                                say(running.title), say(device.title)))
            else:
                self.running_state.setText(self.tr("Not in the running VM: it is added at the next start"))
        else:
            self.running_state.setText(self.tr("Present"))

    def pending_lines(self, view: DomainView) -> list[str]:
        device = self.device(view)
        if device is None:
            return []
        return view.pending_where(lambda c: c.subject == device.key
                                  and c.kind in (PendingKind.ADDED, PendingKind.CHANGED, PendingKind.MOVED))


class GenericDevicePage(DevicePage):
    def __init__(self, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(device, parent)
        self.finish_layout()
