"""A NIC's IP addresses, labelled by source, with "Copy SSH command" and "Open terminal"."""

from __future__ import annotations

import logging

from PySide6.QtCore import QProcess, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from kvmgui.dialogs.details.addresswords import address_line, libvirt_details, missing_words
from kvmgui.libvirt import workers
from kvmgui.libvirt.addresses import AddressReport, GuestAddress
from kvmgui.utils import ssh
from kvmgui.utils.tr import fill
from kvmgui.widgets import itemviews
from kvmgui.widgets.labels import MessageLine

USER_KEY = "details/sshUser"  # the name typed last, for any VM
VM_USER_KEY = "details/sshUserOf/%s"  # a VM's uuid: the name typed for it, where it has a login
ADDRESS_ROLE = Qt.ItemDataRole.UserRole
# A look for the terminal (a search of $PATH) and its start take milliseconds; one this
# slow hangs on a folder that does not answer, and is said so.
TERMINAL_TIMEOUT_MS = 5000

log = logging.getLogger(__name__)
_lane: workers.Lane | None = None


def _terminal_lane() -> workers.Lane:
    """Where the terminal is looked for: a search of $PATH, which hangs on a dead network
    mount there. A thread of its own: such a look holds no libvirt job up."""
    global _lane
    if _lane is None:
        _lane = workers.Lane("terminal")
    return _lane


class AddressBox(QGroupBox):
    """Addresses of one MAC; the SSH user is remembered in QSettings."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("IP addresses and SSH"), parent)
        self.setAccessibleName(self.tr("IP addresses and SSH"))
        self.settings = settings if settings is not None else QSettings()
        self.mac: str | None = None
        # On a libvirt network of its host's own bridge (NAT, isolated…): DHCP leases can
        # be read, and only that host reaches the card.
        self.on_network: bool | None = None
        self.bridge = ""  # the host's interface the card is on ('' if not known)
        # User-mode networking (slirp, passt): the guest's address is its own idea, reached
        # from outside only through a port of its host forwarded to it (host address, port).
        self.user_mode = False
        self.forward: tuple[str, int] | None = None
        self.no_dhcp = ""  # the card's libvirt network when it hands out no addresses
        self.unlisted = False  # …to it: it gives only the cards it lists theirs
        self.macvtap = False  # its host cannot reach it (macvtap passes its traffic by)
        self.bridge_of = ""  # the libvirt network on whose own bridge it is: only its host reaches it
        self.pending = False  # in the saved settings only: not in the running VM till its start
        self.link_down = False  # the running card's cable is unplugged
        self._note = ""  # what the last report says
        self._report: AddressReport | None = None  # the last shown; None after a failure
        self.host_uri = ""  # the VM's host: a remote one's libvirt networks are private to it
        self.vm_uuid = ""
        self.login = ""  # the user the VM was made with (its cloud-init's; root locked)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("IP addresses of this network interface"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        itemviews.follow_selection(self.list)
        self.list.currentItemChanged.connect(self._chosen)
        self.user = QLineEdit(str(self.settings.value(USER_KEY, "root")), self)
        self.user.setAccessibleName(self.tr("SSH user"))
        self.user.textEdited.connect(self._user_edited)
        self.copy_button = QPushButton(self.tr("Cop&y SSH command"), self)
        self.copy_button.setAccessibleName(self.tr("Copy SSH command"))
        self.copy_button.clicked.connect(self.copy_command)
        self.terminal_button = QPushButton(self.tr("Open te&rminal"), self)
        self.terminal_button.setAccessibleName(self.tr("Open a terminal running SSH"))
        self.terminal_button.clicked.connect(self.open_terminal)
        self._looking = False  # a look for the terminal is under way
        self._starting = False  # the terminal found is being started
        self._wanted: tuple[str, str, list[str], int | None] | None = None  # the click's command
        self._too_long = QTimer(self)
        self._too_long.setSingleShot(True)
        self._too_long.setInterval(TERMINAL_TIMEOUT_MS)
        self._too_long.timeout.connect(self._taking_too_long)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # commands, user names
        self.status.setAccessibleDescription(self.tr("SSH status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # libvirt's own words behind the status, for the curious: a tooltip, and a button
        # that shows them (keyboard and screen reader users get no tooltips).
        self.details_button = QPushButton(self.tr("&Details"), self)
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Show what libvirt said"))
        self.details_button.hide()
        self.details = MessageLine(self, description=self.tr("What libvirt said"))
        self.details_button.toggled.connect(lambda on: self.details.setVisible(
            on and bool(self.details.text())))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.terminal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.details_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Addr&esses:"), self.list)
        form.addRow(self.tr("SSH &user:"), self.user)
        form.addRow(buttons)
        form.addRow(self.status)
        form.addRow(self.details)
        self.show_report(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._offer_user()

    def set_vm(self, uuid: str, login: str) -> None:
        """The VM's uuid and the user it was made to log in with ('' if none)."""
        if (uuid, login) != (self.vm_uuid, self.login):  # else the name stays till shown
            self.vm_uuid, self.login = uuid, login
            self._offer_user()

    def _offer_user(self) -> None:
        """The name typed for this VM, else the one it was made with, else the one typed
        last: it may have been typed in another card's box since (two NICs, another
        window). One this box refused stays, for the user to correct."""
        own = self.settings.value(VM_USER_KEY % self.vm_uuid, "") if self.login else ""
        saved = str(own or self.login or self.settings.value(USER_KEY, "root"))
        if ssh.valid_user(saved) and ssh.valid_user(self.user.text()) \
                and saved != self.user.text():
            self.user.setText(saved)

    def set_card(self, mac: str | None, on_network: bool, bridge: str = "", user_mode: bool = False,
                 forward: tuple[str, int] | None = None, no_dhcp: str = "",
                 macvtap: bool = False, pending: bool = False, link_down: bool = False, *,
                 unlisted: bool = False, bridge_of: str = "") -> None:
        """The card as its settings now are: the last report is worded for it again.
        ``forward``: a user-mode card's host address and port forwarded to its SSH port;
        ``no_dhcp``: the name of its libvirt network when that has no DHCP (for this card:
        ``unlisted``, it lists the cards it gives addresses, not this one); ``pending``:
        the running VM has no such card (added for its next start); ``bridge_of``: the
        libvirt network on whose own bridge (virbr0) it is, which only its host reaches."""
        self.mac, self.on_network, self.bridge = mac, on_network, bridge
        self.user_mode, self.forward, self.no_dhcp = user_mode, forward, no_dhcp
        self.macvtap, self.pending, self.link_down = macvtap, pending, link_down
        self.unlisted = unlisted
        self.bridge_of = bridge_of
        if self._report is not None:
            self.show_report(self._report)

    @property
    def report(self) -> AddressReport | None:
        """The last report shown (None after a failure, or before the first)."""
        return self._report

    def show_report(self, report: AddressReport | None) -> None:
        self._report = report
        keep = self.selected()
        self.list.clear()
        found = report.for_mac(self.mac) if report is not None and not self.pending else []
        for addr in found:
            item = QListWidgetItem(address_line(addr))
            item.setData(ADDRESS_ROLE, addr.address)
            self.list.addItem(item)
            if keep and addr.address == keep.address:
                self.list.setCurrentItem(item)
        if found and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)  # a global IPv4 first: the usual one to ssh to
        raw = ""
        if report is None:
            note = self.tr("Looking for addresses…")
        elif not report.running:
            note = self.tr("The VM is not running.")
        elif self.pending:
            note = self.tr("This card is in the VM's settings only: it is plugged in at its "
                           "next start.")
        elif self.link_down:  # what it names was had before, or is kept by the guest
            note = self.tr("This card's link is down (its cable unplugged): nothing reaches the "
                           "guest through it till \"Link up\" is ticked.")
        elif self._forwarded():
            assert self.forward is not None
            note = fill(self.tr("User-mode networking: SSH goes through the host's port %1."),
                        self.forward[1])
        elif not found:
            note = missing_words(report, self.on_network, self.no_dhcp, self.unlisted,
                                 self.bridge_of)
            raw = libvirt_details(report)
        elif self.user_mode and self.forward is None:
            note = self.tr("User-mode networking: the host cannot reach this address, and none "
                           "of its ports is forwarded to the guest's SSH port (22).")
        elif self.macvtap and not ssh.hop(self.host_uri):
            note = self.tr("A macvtap card: the computer the VM runs on, this one, cannot reach "
                           "it; SSH to it from another computer on its network.")
        else:
            note = ""
        self._show_note(note, raw)

    def show_failure(self, message: str) -> None:
        """The addresses could not be read: those shown may be gone, so none is offered."""
        self._report = None
        self.list.clear()
        self._show_note(fill(self.tr("Could not read the addresses: %1"), message), "")

    def _show_note(self, note: str, raw: str) -> None:
        self._note = note
        self._say()
        self.status.setToolTip(raw)
        self.details.setText(raw)
        self.details_button.setVisible(bool(raw))
        self.details.setVisible(bool(raw) and self.details_button.isChecked())
        self._update_buttons()

    def selected(self) -> GuestAddress | None:
        index = itemviews.chosen_row(self.list)
        item = self.list.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        text = item.data(ADDRESS_ROLE)
        return GuestAddress("", text, 0, ":" in text, ())

    def _user_edited(self, text: str) -> None:
        if ssh.valid_user(text):
            self.settings.setValue(USER_KEY, text)
            if self.login and text != self.login:  # else its own name is offered anyway
                self.settings.setValue(VM_USER_KEY % self.vm_uuid, text)
            elif self.login:
                self.settings.remove(VM_USER_KEY % self.vm_uuid)
        self._say()
        self._update_buttons()

    def _chosen(self, *_args: object) -> None:
        self._say()
        self._update_buttons()

    def _say(self) -> None:
        """A bad user name (why the buttons are off), else an address ssh cannot take, else
        what the report says: none wipes the others."""
        if not ssh.valid_user(self.user.text()):
            self.status.setText(self.tr("A user name starts with a letter and has only letters, "
                                        "digits, '.', '_' and '-'"))
        elif self._zoneless(addr := self.selected()):
            self.status.setText(self.tr("A link-local address is reached only by naming the "
                                        "interface on its link, which is not known here: use "
                                        "another address."))
        elif addr is not None and not addr.ipv6 and addr.link_local:
            self.status.setText(fill(self.tr("%1 is an address the guest gave itself because no "
                                             "DHCP server answered: the host has no route to "
                                             "it, as a rule."), addr.address))
        else:
            self.status.setText(self._note)

    def _zoneless(self, addr: GuestAddress | None) -> bool:
        """fe80:: with no host interface to name (a macvtap card's, whose host does not
        reach it anyway): ssh cannot connect to it."""
        return addr is not None and addr.ipv6 and addr.link_local and not self.bridge \
            and not self.user_mode

    def _update_buttons(self, *_args: object) -> None:
        ok = self._target() is not None and ssh.valid_user(self.user.text())
        self.copy_button.setEnabled(ok)
        self.terminal_button.setEnabled(ok)

    @property
    def needs_address(self) -> bool:
        """Whether an address is due for SSH: not for a card the running VM lacks, nor
        for a user-mode card reached by a forwarded port."""
        return not self.pending and not self._forwarded()

    def _forwarded(self) -> bool:
        """A running user-mode card with a host port forwarded to its SSH port: reached
        there, whatever address the guest has (only its agent could tell)."""
        report = self._report
        return self.user_mode and self.forward is not None and not self.pending \
            and report is not None and report.running

    def via(self) -> list[str]:
        """The host to hop through: a remote host's, for a card on one of its libvirt
        networks (NAT, isolated) or their bridges; a bridged or macvtap guest is on the LAN
        itself."""
        return ssh.hop(self.host_uri) if self.on_network or self.bridge_of else []

    def _target(self) -> tuple[str, list[str], int | None] | None:
        """(the address as ssh takes it, the host to hop through, the port); None when
        there is none to offer."""
        if self._forwarded():
            assert self.forward is not None
            # The forwarded port is the VM's host's: local, or reached through that host.
            host, port = self.forward
            host = "localhost" if host in ("", "0.0.0.0", "::") else host
            return host, ssh.hop(self.host_uri), port
        addr = self.selected()
        if addr is None or self.user_mode or self._zoneless(addr):
            return None  # a user-mode guest's own address: only its host's ports reach it
        if addr.ipv6 and addr.link_local and self.bridge:
            # fe80:: is on every link: ssh needs the interface, which is the host's (a
            # guest's own zone, from its agent, is no use here), so it goes from the host.
            return f"{addr.address.partition('%')[0]}%{self.bridge}", ssh.hop(self.host_uri), None
        return addr.address, self.via(), None

    def copy_command(self) -> None:
        target = self._target()
        if target is None:
            return
        command = ssh.ssh_command(self.user.text(), *target)
        QGuiApplication.clipboard().setText(command)
        self.status.setText(fill(self.tr("Copied: %1"), command))

    def open_terminal(self) -> None:
        target = self._target()
        if target is None:
            return
        # The command as it is now: the terminal runs what was chosen when clicked (the
        # last click, where the terminal was still being looked for at an earlier one).
        user, (address, via, port) = self.user.text(), target
        self._wanted = (user, address, via, port)
        self.status.setText(self.tr("Looking for a terminal…"))
        self._too_long.start()
        if self._looking:
            return  # one look at a time: a click more does not queue another behind it
        self._looking = True
        _terminal_lane().submit(ssh.find_terminal, context=self, done=self._found,
                                failed=self._no_terminal)

    def _taking_too_long(self) -> None:
        """The look (or the start) has not answered: a folder in $PATH on a network mount
        that does not answer hangs it. Said, and a click still looking given up: a terminal
        that turned up minutes later would surprise. A later click looks again."""
        if self._wanted is None and not self._starting:
            return
        self._wanted = None
        self.status.setText(self.tr("No terminal yet: looking for one takes too long (a folder "
                                    "in $PATH on a network mount that does not answer?). Copy "
                                    "the SSH command instead."))

    def _no_terminal(self, exc: BaseException) -> None:
        log.warning("looking for a terminal: %s", exc)
        self._found(None)

    def _found(self, terminal: tuple[str, list[str]] | None) -> None:
        self._looking = False
        wanted, self._wanted = self._wanted, None
        if wanted is not None:  # else given up (too long): no terminal now
            self._run_terminal(terminal, *wanted)

    def _run_terminal(self, terminal: tuple[str, list[str]] | None, user: str, address: str,
                      via: list[str], port: int | None) -> None:
        if terminal is None:
            self._too_long.stop()
            self.status.setText(self.tr("No terminal found (set $TERMINAL, or install xterm). "
                                        "Copy the SSH command instead."))
            return
        hold = self.tr("SSH could not connect (its words are above). Press Enter to close.")
        program, args = ssh.terminal_invocation(user, address, terminal, via, port, hold)
        # Started where it was looked for: the start waits for the program's exec, which
        # hangs as a look does on a mount that does not answer.
        self._starting = True
        _terminal_lane().submit(self.start_detached, program, args, context=self,
                                done=lambda result: self._started(program, *result),
                                failed=lambda exc: self._started(program, False, str(exc)))

    def _started(self, program: str, started: bool, why: str) -> None:
        self._starting = False
        self._too_long.stop()
        self.status.setText(fill(self.tr("Opened %1."), program) if started
                            else fill(self.tr("Could not start %1: %2"), program, why))

    @staticmethod
    def start_detached(program: str, args: list[str]) -> tuple[bool, str]:
        """(started, why not in the system's words); the instance's startDetached says why
        (the static one does not), and neither waits for the terminal."""
        process = QProcess()
        process.setProgram(program)
        process.setArguments(args)
        started: object = process.startDetached()  # a bool (PySide's stubs say a tuple)
        if isinstance(started, tuple):
            started = started[0]
        return bool(started), process.errorString()
