"""Overview: who the VM is, how it runs, and its title, description and autostart."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from kvmgui.dialogs.details.addresswords import address_line
from kvmgui.dialogs.details.page import Page
from kvmgui.libvirt import domainops
from kvmgui.libvirt.addresses import AddressReport
from kvmgui.libvirt.domainops import Change
from kvmgui.models import words
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import say
from kvmgui.widgets.labels import value_label


def state_words(view: DomainView) -> str:
    rec = view.record
    if rec is None:
        return "Unknown"
    return words.domain_state_with_reason(rec.state, rec.reason)


class OverviewPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Overview", parent)
        self.name = self.add_row("Name:", value_label("Name", self))
        self.uuid = self.add_row("UUID:", value_label("UUID", self))
        self.title_edit = self.add_row("&Title:", QLineEdit(self), "Title")
        self.description = self.add_row("&Description:", QPlainTextEdit(self), "Description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.fontMetrics().height() * 5)
        self.state = self.add_row("State:", value_label("State", self))
        self.hypervisor = self.add_row("Hypervisor:", value_label("Hypervisor", self))
        self.arch = self.add_row("Architecture:", value_label("Architecture", self))
        self.machine = self.add_row("Machine type:", value_label("Machine type", self))
        self.firmware = self.add_row("Firmware:", value_label("Firmware", self))
        self.emulator = self.add_row("Emulator:", value_label("Emulator", self))
        self.autostart = self.add_row(
            "A&utostart:", QCheckBox("Start this VM when the host boots", self), "Autostart")
        self.addresses = self.add_row("IP addresses:", value_label("IP addresses", self))
        self.track(self.title_edit, self.description, self.autostart)

    def load(self, view: DomainView) -> None:
        doc = view.doc
        self.name.setText(doc.name or "")
        self.uuid.setText(doc.uuid or "")
        self.title_edit.setText(doc.title or "")
        self.description.setPlainText(doc.description or "")
        self.hypervisor.setText(say(doc.hypervisor_words) or "Unknown")
        self.arch.setText(doc.arch or "Default")
        self.machine.setText((view.live or doc).machine or "Default")
        self.firmware.setText(doc.firmware)
        self.emulator.setText((view.live or doc).emulator or "Default")
        self.autostart.setChecked(view.xml.autostart)
        self.autostart.setEnabled(view.xml.persistent)

    def show_status(self, view: DomainView) -> None:
        self.state.setText(state_words(view))
        if not view.running:
            self.addresses.setText("The VM is not running")

    def show_addresses(self, report: AddressReport) -> None:
        if not report.running:
            self.addresses.setText("The VM is not running")
            return
        shown = [address_line(a) for a in report.addresses if not a.link_local]
        self.addresses.setText("\n".join(shown) if shown else "None known yet")

    def build_change(self) -> Change | None:
        assert self.view is not None
        doc, changes = self.view.doc, []
        title, description = self.title_edit.text().strip(), self.description.toPlainText()
        if (title, description) != (doc.title or "", doc.description or ""):
            changes.append(domainops.set_title_description(title, description))
        if self.autostart.isChecked() != self.view.xml.autostart:
            changes.append(domainops.set_autostart(self.autostart.isChecked()))
        return domainops.combine("Overview", changes) if changes else None

    def pending_lines(self, view: DomainView) -> list[str]:
        return view.pending_where(lambda c: c.subject in ("name", "title", "description"))
