"""A NIC: source, model, MAC and link state; its IP addresses and SSH."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import libvirt
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kvmgui.dialogs.details.addressbox import AddressBox
from kvmgui.dialogs.details.devicepage import DevicePage
from kvmgui.dialogs.details.niccard import show_card
from kvmgui.dialogs.details.noaddress import NO_ADDRESS_MS, NoAddressOffer
from kvmgui.dialogs.details.pinbox import PinBox
from kvmgui.dialogs.hwforms.nicsource import (
    NIC_MODELS,
    SOURCE_TYPES,
    StoppedNetworkShown,
    fill_modes,
    fill_sources,
    network_note,
    source_name,
    source_problem,
    source_type_words,
    start_network_box,
)
from kvmgui.dialogs.troubleshoot import TroubleshooterDialog
from kvmgui.libvirt import dhcphosts, domainops, netfix
from kvmgui.libvirt.addresses import AddressReport
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.domainops import ApplyResult, Change
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import failure_words, said, say
from kvmgui.utils.tr import fill
from kvmgui.xml.device_specs import validate_mac, validate_mac_unique, validate_nic_model
from kvmgui.xml.devices import DIRECT_DEFAULT_MODE, NIC_SOURCE_ATTR, Device, Interface
from kvmgui.xml.domain import interface_macs
from kvmgui.xml.words import QT_TRANSLATE_NOOP

# Said after what happened to the card (ApplyResult.note): the address went with it.
_PIN_MOVES = QT_TRANSLATE_NOOP("NicPage", "Its fixed address %1 moved from %2 to the new MAC address.")
_NO_MODE_YET = QT_TRANSLATE_NOOP("NicPage", "the running card is not a macvtap card until the restart")


class NicPage(StoppedNetworkShown, DevicePage):
    """Signals:
        noAddress(str): the running VM's card (this MAC) has had no address for
            ``no_address_ms`` (the troubleshooter is offered on the page).
        addressesWanted(): the addresses should be read again now (the troubleshooter
            fixed something; a network's update sends no event).
    """

    editable = True
    noAddress = Signal(str)
    addressesWanted = Signal()
    no_address_ms = NO_ADDRESS_MS  # tests make it short

    def __init__(self, conn: Connection, device: Device, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(device, parent)
        self.conn = conn
        self.source_type = self.add_row(self.tr("Source &type:"), QComboBox(self),
                                        self.tr("Source type"))
        for text, kind in SOURCE_TYPES:
            self.source_type.addItem(source_type_words(text), kind)
        self.source = self.add_row(self.tr("&Source:"), QComboBox(self), self.tr("Source"))
        self.source.setEditable(True)
        self.mode = self.add_row(self.tr("macvtap m&ode:"), QComboBox(self), self.tr("macvtap mode"))
        fill_modes(self.mode)
        self.model = self.add_row(self.tr("&Model:"), QComboBox(self), self.tr("Device model"))
        self.model.setEditable(True)
        self.model.addItems(NIC_MODELS)  # libvirt's names; the text is the value (editable)
        self.mac = self.add_row(self.tr("MA&C address:"), QLineEdit(self), self.tr("MAC address"))
        self.link = self.add_row("", QCheckBox(self.tr("&Link up (cable plugged in)"), self),
                                 self.tr("Link up"))
        # A stopped network: the VM does not start on it, nor does a running VM take the
        # NIC; as in Add hardware, it is said, and started first unless the user says not.
        self.network_note = network_note(self)
        self.form.addRow(self.network_note)
        box = start_network_box(self)
        self.start_network = self.add_row("", box, box.accessibleName())
        self.finish_layout()
        self.addresses = AddressBox(settings, self)
        self.addresses.host_uri = conn.uri
        self.body_layout.insertWidget(1, self.addresses)
        # Why no address, and a fixed address: the troubleshooter and the pin (issue 14).
        self.no_address = NoAddressOffer(self.no_address_ms, self)
        self.no_address.accepted.connect(self.troubleshoot)
        self.no_address.offered.connect(lambda: self.noAddress.emit(self.no_address.mac))
        self.body_layout.insertWidget(2, self.no_address)
        self.troubleshoot_button = QPushButton(self.tr("&Why has this VM no address?"), self)
        self.troubleshoot_button.setAccessibleName(self.tr("Troubleshooter: why has this VM no address"))
        self.troubleshoot_button.clicked.connect(self.troubleshoot)
        row = QHBoxLayout()
        row.addWidget(self.troubleshoot_button)
        row.addStretch(1)
        self.body_layout.insertLayout(3, row)
        self.pin = PinBox(conn, self)
        self.body_layout.insertWidget(4, self.pin)
        self.troubleshooter: TroubleshooterDialog | None = None
        self._start: netfix.NetworkStarted | None = None  # for the change being applied
        self._moving_pin = ""  # the network whose static host the change moves to the new MAC
        self.source_type.currentIndexChanged.connect(self._type_changed)
        self.source.currentIndexChanged.connect(self._show_network_state)
        self.source.editTextChanged.connect(self._show_network_state)
        self.track(self.source_type, self.source, self.mode, self.model, self.mac, self.link)
        # Networks started, stopped, defined or gone while the page shows.
        for signal in (conn.networks.added, conn.networks.changed, conn.networks.removed):
            signal.connect(self._networks_changed)
        self._show_network_state()

    def _type_changed(self, _index: int) -> None:
        kind = self.source_type.currentData()
        fill_sources(self.source, self.conn, kind)
        self.source.setEnabled(kind in NIC_SOURCE_ATTR)
        self.form.setRowVisible(self.mode, kind == "direct")  # with its label: macvtap's alone
        self._show_network_state()

    def _networks_changed(self, *_args: object) -> None:
        if self.view is not None:  # its network may be new, gone, or in another mode
            self._show_card(self.view)
        if self.source_type.currentData() != "network":
            return
        # The choice stays (edited or not); refilling the list is no edit of the user's.
        loading, self._loading = self._loading, True
        try:
            fill_sources(self.source, self.conn, "network")
        finally:
            self._loading = loading
        self._show_network_state()

    def load(self, view: DomainView) -> None:
        nic = self.device(view)
        if not isinstance(nic, Interface):
            return
        while self.source_type.count() > len(SOURCE_TYPES):  # another type, loaded before
            self.source_type.removeItem(len(SOURCE_TYPES))
        if nic.source_type not in NIC_SOURCE_ATTR:  # user-mode networking…: shown as it is
            self.source_type.addItem(nic.source_type, nic.source_type)
        self.source_type.setCurrentIndex(self.source_type.findData(nic.source_type))
        fill_sources(self.source, self.conn, nic.source_type)
        current = self.source.findData(nic.source)
        if current >= 0:
            self.source.setCurrentIndex(current)
        else:
            self.source.setEditText(nic.source or "")
        # Another type's card, switched to macvtap, starts on the first mode (Add hardware's).
        self.mode.setCurrentIndex(max(0, self.mode.findData(self._mode_of(nic))))
        self.form.setRowVisible(self.mode, nic.source_type == "direct")  # the type may be as shown
        self.model.setEditText(nic.model or "")
        self.mac.setText(nic.mac or "")
        self.link.setChecked(nic.link_up)

    @staticmethod
    def _mode_of(nic: Interface) -> str:
        """A macvtap card's mode as it works (libvirt's default when it names none)."""
        return (nic.direct_mode or DIRECT_DEFAULT_MODE) if nic.source_type == "direct" else ""

    def show_status(self, view: DomainView) -> None:
        super().show_status(view)
        # The card as libvirt has it, edits pending or not: moved to another network
        # elsewhere, its addresses and pin are that network's.
        self.addresses.set_vm(view.xml.uuid, view.doc.login_user)
        nic = self.device(view)
        if isinstance(nic, Interface):
            running = self.running_device(view)  # its MAC may change at the next start
            self.pin.set_nic(nic.mac or "", nic.source_type, nic.source or "", view.doc.name or "",
                             (running.mac or "") if isinstance(running, Interface) else "")
        self._show_card(view)

    def _show_card(self, view: DomainView) -> None:
        """The address box's card: its running MAC, and how its network is reached."""
        nic = self.device(view)
        if isinstance(nic, Interface):
            show_card(self.addresses, self.conn, nic, self.running_device(view), view.running)
        self._offer_why()

    def _offer_why(self) -> None:
        """"Why has this VM no address?" only while the card lists none."""
        self.troubleshoot_button.setHidden(self.addresses.list.count() > 0)

    def show_addresses(self, report: AddressReport) -> None:
        self.addresses.show_report(report)
        if not self.addresses.needs_address:  # not in the running VM, or reached by a port
            self.no_address.forget()
        else:
            self.no_address.watch(report, self.addresses.mac or "")
        self.pin.set_report(report, self.addresses.mac or "")  # the running card's MAC
        self._offer_why()

    def show_address_failure(self, message: str) -> None:
        self.addresses.show_failure(message)
        self.no_address.forget()
        self._offer_why()

    def troubleshoot(self) -> TroubleshooterDialog:
        """Open (or raise) the troubleshooter for this card."""
        if self.troubleshooter is None:
            view = self.view
            name = (view.doc.name or "") if view is not None else ""
            uuid = view.xml.uuid if view is not None else ""
            dialog = TroubleshooterDialog(self.conn, uuid, self.addresses.mac or "", name,
                                          self.window())
            dialog.destroyed.connect(self._troubleshooter_closed)
            dialog.fixed.connect(self._troubleshooter_fixed)
            self.troubleshooter = dialog
        self.troubleshooter.show()
        self.troubleshooter.raise_()
        return self.troubleshooter

    def _troubleshooter_closed(self, *_args: object) -> None:
        self.troubleshooter = None

    def _troubleshooter_fixed(self, _fix: object) -> None:
        """The offer counted from before the fix: the guest asks anew (its DHCP client), so
        the count starts again from the last report, and the addresses are read now."""
        self.no_address.forget()
        report = self.addresses.report
        if report is not None and self.addresses.needs_address:
            self.no_address.watch(report, self.addresses.mac or "")
        self.addressesWanted.emit()

    def validate(self) -> str | None:
        kind, name = self.source_type.currentData(), source_name(self.source)
        if kind in NIC_SOURCE_ATTR and not name:
            return self.tr("Choose the network, bridge or host device this NIC connects to")
        nic, filled = self.device(), self._loaded_nic()
        # Only a source chosen here: a network undefined since keeps the NIC editable.
        if kind in NIC_SOURCE_ATTR and filled is not None \
                and (kind, name) != (filled.source_type, filled.source) \
                and (wrong := source_problem(self.conn, kind, name)):
            return wrong
        view = self.view
        model = self.model.currentText().strip()
        # A model chosen here only (an s390 VM's e1000e): the card's own stays editable.
        if view is not None and filled is not None and model != (filled.model or "") and (
                bad := validate_nic_model(model, view.doc.machine or "", view.doc.arch or "")):
            return say(bad)
        mac = self.mac.text().strip()
        if problem := validate_mac(mac):
            return say(problem)
        own = (nic.mac or "").lower() if isinstance(nic, Interface) else ""
        others = [m for m in interface_macs(view.doc) if m != own] if view else []
        # This card in the running VM may have another MAC (changed until the restart).
        running = self.running_device(view) if view else None
        was = (running.mac or "").lower() if isinstance(running, Interface) else own
        live = [m for m in interface_macs(view.live) if m not in (own, was)] \
            if view and view.live else []
        return said(validate_mac_unique(mac, others, live))

    def _stopped_network_chosen(self) -> str:
        """The stopped network chosen on this page for the card, else '' (also for the
        network the card is on already: an edit of its model or link is no reason to start
        it; the note still says it is stopped)."""
        name, was = self._stopped_network(), self._loaded_nic()
        if name and was is not None and (was.source_type, was.source) == ("network", name):
            return ""
        return name

    def _show_network_state(self, *_args: object) -> None:
        super()._show_network_state()
        self.form.setRowVisible(self.start_network, bool(self._stopped_network_chosen()))

    def _load(self, view: DomainView) -> None:
        super()._load(view)
        self._show_network_state()  # the card as loaded now: its network is no choice

    def apply(self) -> None:
        network = self._stopped_network_chosen()
        if not network or not self.start_network.isChecked() or self.validate_inline() \
                or not self._dirty:
            super().apply()
            return
        self.set_busy(True)
        self.message.setText(fill(self.tr("Starting network %1…"), network))
        # Started first: the NIC is saved only once its network runs (nothing if it cannot);
        # as the networks panel's Start, it plugs the running VMs on it back in.
        self.conn.run(netfix.start_for_nic, network, done=self._network_started,
                      failed=lambda exc: self.apply_failed(failure_words(exc)), context=self)

    def _network_started(self, start: netfix.NetworkStarted) -> None:
        self.set_busy(False)
        self._start = start
        super().apply()
        if self.body.isEnabled():  # nothing asked of libvirt: the edits became invalid meanwhile
            # Not saved: a network started for it is stopped again, as when libvirt refuses.
            self.set_busy(True)
            self.apply_failed(self.problem.text())

    def told(self, result: ApplyResult) -> ApplyResult:
        return result if self._start is None else self._start.told(result)

    def applied(self, result: ApplyResult) -> None:
        self._start = None
        if self._moving_pin:  # no event tells of networkUpdate: the pin box reads it again
            self.conn.refresh("network", self._moving_pin)
        self._moving_pin = ""
        super().applied(result)

    def apply_failed(self, message: str, tell: Callable[[str], None] | None = None) -> None:
        start, self._start = self._start, None
        self._moving_pin = ""
        if start is None or not start.started:
            super().apply_failed(message, tell)
            return
        # Started for this change alone: stopped again (the page stays busy meanwhile).
        self.conn.run(netfix.stop_network, start, message,
                      done=lambda _r: super(NicPage, self).apply_failed(message),
                      failed=lambda exc: self._left_running(failure_words(exc), tell),
                      context=self)

    def _left_running(self, message: str, tell: Callable[[str], None] | None) -> None:
        super().apply_failed(message)
        if tell is not None:  # the window said only why the change failed
            tell(message)

    def _loaded_nic(self) -> Interface | None:
        """The card as the fields were filled with it."""
        nic = self.device(self.loaded) or self.device()
        return nic if isinstance(nic, Interface) else None

    def build_change(self) -> Change | None:
        kind, name = self.source_type.currentData(), source_name(self.source)
        model, mac, up = self.model.currentText().strip(), self.mac.text().strip().lower(), \
            self.link.isChecked()
        was = self._loaded_nic()
        if was is None:
            return None
        # Only what the user changed: the rest is the card's as it is (changed elsewhere
        # meanwhile, it is not undone), in the definition and in the running VM.
        new_source = kind in NIC_SOURCE_ATTR and (kind, name) != (was.source_type, was.source)
        new_model, new_mac = model != (was.model or ""), mac != (was.mac or "").lower()
        new_link = up != was.link_up
        mode = self.mode.currentData()
        new_mode = kind == "direct" and mode != self._mode_of(was)

        def mutate(nic: Device) -> None:
            assert isinstance(nic, Interface)
            moved = new_source and (kind, name) != (nic.source_type, nic.source)
            # The running card, of its old type until the restart, has no mode to set.
            no_mode = new_mode and not moved and nic.source_type != "direct"
            if no_mode and not (new_model or new_mac or new_link):
                raise domainops.RestartNeededError(_NO_MODE_YET.words())
            if moved or (new_mode and not no_mode and mode != self._mode_of(nic)):
                # A macvtap card's mode stays unless chosen here; another's takes the one shown.
                kept = nic.source_type == "direct" and not new_mode
                nic.set_source(kind, name if new_source else nic.source or name,
                               self._mode_of(nic) if kept else mode)
            if new_model:
                nic.model = model or None
            if new_mac:
                nic.mac = mac
            if new_link:
                nic.link_up = up

        change = domainops.update_device(self.key, mutate, fill(self.tr("Network interface %1"), mac))
        moved = self._pin_to_move(kind, name, mac)
        if moved is None:
            return change
        network_uuid, old, ip = moved
        what = fill(self.tr("the fixed address %1"), ip)

        def host(dom: libvirt.virDomain) -> None:
            try:
                dhcphosts.move_pin(dom.connect(), network_uuid, old, mac)
            except libvirt.libvirtError as exc:
                raise domainops.HostStepError(what, exc.get_error_message() or str(exc)) from exc

        self._moving_pin = network_uuid
        return replace(change, host=host, host_note=_PIN_MOVES.words(ip, old))

    def _pin_to_move(self, kind: str, name: str, mac: str) -> tuple[str, str, str] | None:
        """(network uuid, old MAC, address) where a stopped VM's card gets another MAC on
        the same network and its old MAC has a fixed address there: the address goes with
        the card (left, it is held for a MAC no card has, and refused to the card as
        another's). A running card keeps its MAC until the restart: the pin box moves it."""
        nic, view = self.device(), self.view
        if not isinstance(nic, Interface) or view is None or view.running \
                or (kind, name) != (nic.source_type, nic.source) or kind != "network":
            return None
        old = (nic.mac or "").lower()
        rec = self.pin.record()
        if not old or old == mac or rec is None or self.pin.network != name:
            return None
        ip = self.pin.pinned()  # the saved card's: its MAC is ``old`` while stopped
        return (rec.uuid, old, ip) if ip and self.pin.mac == old else None
