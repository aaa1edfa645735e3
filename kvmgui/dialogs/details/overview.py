"""Overview: who the VM is, how it runs, and its title, description and autostart.

The rows are the Designer form ``ui/vm_overview.ui``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kvmgui.dialogs.details.addresswords import address_line
from kvmgui.dialogs.details.page import Page, edited_or
from kvmgui.libvirt import domainops
from kvmgui.libvirt.addresses import AddressReport, GuestAddress
from kvmgui.libvirt.domainops import Change
from kvmgui.models import words
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import said, say
from kvmgui.utils.tr import fill
from kvmgui.xml.devices import Interface
from kvmgui.xml.domain import validate_title_description


def state_words(view: DomainView) -> str:
    rec = view.record
    if rec is None:
        return QCoreApplication.translate("OverviewPage", "Unknown")
    return words.domain_state_with_reason(rec.state, rec.reason)


class OverviewPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("OverviewPage", "Overview"), parent)
        form = self.use_form("vm_overview")
        self.name = form.widget("name", QLabel)
        self.uuid = form.widget("uuid", QLabel)
        self.title_edit = form.widget("title_edit", QLineEdit)
        self.description = form.widget("description", QPlainTextEdit)
        self.description.setMaximumHeight(self.fontMetrics().height() * 5)
        self.state = form.widget("state", QLabel)
        self.hypervisor = form.widget("hypervisor", QLabel)
        self.arch = form.widget("arch", QLabel)
        self.machine = form.widget("machine", QLabel)
        self.firmware = form.widget("firmware", QLabel)
        self.emulator = form.widget("emulator", QLabel)
        self.autostart = form.widget("autostart", QCheckBox)
        self.addresses = form.widget("addresses", QLabel)
        self.lost: tuple[str, str] | None = None  # (host, its state) while not connected
        self.track(self.title_edit, self.description, self.autostart)

    def load(self, view: DomainView) -> None:
        doc = view.doc
        default = self.tr("Default")
        self.name.setText(doc.name or "")
        self.uuid.setText(doc.uuid or "")
        self.title_edit.setText(doc.title or "")
        self.description.setPlainText(doc.description or "")
        self.hypervisor.setText(say(doc.hypervisor_words) or self.tr("Unknown"))
        self.arch.setText(doc.arch or default)
        self.machine.setText((view.live or doc).machine or default)
        # doc.firmware is a code ("BIOS" or "UEFI"); a translator may word either
        self.firmware.setText(self.tr("UEFI", "firmware") if doc.firmware == "UEFI"
                              else self.tr("BIOS", "firmware"))
        self.emulator.setText((view.live or doc).emulator or default)
        self.autostart.setChecked(view.xml.autostart)
        self.autostart.setEnabled(view.xml.persistent)

    def show_connection(self, lost: tuple[str, str] | None) -> None:
        """``lost``: the host's name and state (Disconnected, Connecting…) while it is not
        connected, when the state shown is the last one seen; None once it is connected."""
        self.lost = lost
        if self.view is not None:
            self.show_status(self.view)

    def show_status(self, view: DomainView) -> None:
        state = state_words(view)
        if self.lost is not None:
            state = fill(self.tr("%1 when last seen; %2: %3"), state, *self.lost)
        self.state.setText(state)
        if not view.running:
            self.addresses.setText(self.tr("The VM is not running"))

    def show_addresses(self, report: AddressReport) -> None:
        if not report.running:
            self.addresses.setText(self.tr("The VM is not running"))
            return
        # The guest agent reports every interface of the guest (docker0…): the VM's
        # cards' only, as the running VM has them.
        view = self.view
        cards = {d.mac.lower(): d for d in (view.live or view.doc).devices()
                 if isinstance(d, Interface) and d.mac} if view is not None else {}
        shown = [self._address_line(a, cards) for a in report.addresses
                 if not a.link_local and a.mac in cards]
        self.addresses.setText("\n".join(shown) if shown else self.tr("None known yet"))

    def _address_line(self, addr: GuestAddress, cards: dict[str, Interface]) -> str:
        """The address, and with two cards or more which card (and network) it is of."""
        line = address_line(addr)
        if len(cards) < 2:
            return line
        card = cards[addr.mac]
        if card.source_type == "network" and card.source:
            return fill(self.tr("%1 — card %2 on network %3"), line, addr.mac, card.source)
        return fill(self.tr("%1 — card %2"), line, addr.mac)

    def show_address_failure(self, message: str) -> None:
        self.addresses.setText(fill(self.tr("Could not read the addresses: %1"), message))

    def validate(self) -> str | None:
        return said(validate_title_description(self.title_edit.text().strip(),
                                               self.description.toPlainText()))

    def build_change(self) -> Change | None:
        assert self.view is not None and self.loaded is not None
        now, was, changes = self.view, self.loaded, []
        # Compared as shown: a title left alone keeps its blanks, one edited loses them.
        title = edited_or(self.title_edit.text(), was.doc.title or "", now.doc.title or "")
        title = title if title == (now.doc.title or "") else title.strip()
        description = edited_or(self.description.toPlainText(), was.doc.description or "",
                                now.doc.description or "")
        if (title, description) != (now.doc.title or "", now.doc.description or ""):
            changes.append(domainops.set_title_description(title, description))
        autostart = edited_or(self.autostart.isChecked(), was.xml.autostart, now.xml.autostart)
        if autostart != now.xml.autostart:
            changes.append(domainops.set_autostart(autostart))
        return domainops.combine(self.title, changes) if changes else None

    def pending_lines(self, view: DomainView) -> list[str]:
        return view.pending_where(lambda c: c.subject in ("name", "title", "description"))
