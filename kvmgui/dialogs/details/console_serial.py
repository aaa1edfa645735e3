"""The serial/text console of the Console page: a terminal on a console session, with a
status line and Take over / Reconnect."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kvmgui.dialogs.details.console_view import ConsoleChoice, ConsoleView
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.console import ConsoleSession, ConsoleState, SerialTarget, serial_targets
from kvmgui.models.domainwatcher import DomainView
from kvmgui.utils.tr import fill
from kvmgui.widgets.styles import Tone, set_tone
from kvmgui.widgets.terminal import TerminalView
from kvmgui.xml.devices import Kind

if TYPE_CHECKING:
    from kvmgui.dialogs.details.console import ConsolePage


def target_label(target: SerialTarget) -> str:
    if target.kind is Kind.SERIAL:
        label = fill(QCoreApplication.translate("SerialConsoleView", "Serial port %1"), target.port)
    else:
        label = fill(QCoreApplication.translate("SerialConsoleView", "Text console %1 (%2)"),
                     target.port, target.target_type or "virtio")
    if not target.pty:
        label = fill(QCoreApplication.translate(
            "SerialConsoleView", "%1 — not a pty, cannot be opened"), label)
    return label


def target_key(target: SerialTarget) -> str:
    return f"{target.kind.value}:{target.port}"


def serial_consoles(page: ConsolePage, view: DomainView) -> list[ConsoleChoice]:
    """The Console page's provider for text consoles (aliases come from the running VM)."""
    conn, uuid = page.conn, page.uuid

    def factory(key: str) -> Callable[[ConsolePage], ConsoleView]:
        def create(parent: ConsolePage) -> ConsoleView:
            return SerialConsoleView(conn, uuid, key, parent)
        return create

    return [ConsoleChoice(target_key(t), target_label(t), factory(target_key(t)))
            for t in serial_targets(view.live or view.doc)]


class SerialConsoleView(ConsoleView):
    """A terminal on one text console of a VM."""

    def __init__(self, conn: Connection, uuid: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.target: SerialTarget | None = None
        self.session = ConsoleSession(conn, uuid, None, self)
        self.terminal = TerminalView(self)
        self.terminal.setAccessibleName(self.tr("Serial console"))
        self.terminal.setAccessibleDescription(self.tr(
            "Keys go to the guest. Ctrl+Shift+C copies, Ctrl+Shift+V pastes, Shift+Page Up "
            "scrolls back, Ctrl+Tab leaves the console."))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # libvirt's words
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleDescription(self.tr("Serial console status"))
        self.take_over_button = QPushButton(self.tr("&Take Over"), self)
        self.take_over_button.setAccessibleName(self.tr("Take over the console"))
        self.take_over_button.setToolTip(self.tr("Disconnect the other client and open the "
                                                 "console here"))
        self.take_over_button.clicked.connect(lambda: self.session.open(force=True))
        self.reconnect_button = QPushButton(self.tr("&Reconnect"), self)
        self.reconnect_button.setAccessibleName(self.tr("Reconnect the console"))
        self.reconnect_button.clicked.connect(self.reconnect)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleDescription(self.tr("Console size"))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.take_over_button)
        top.addWidget(self.reconnect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.terminal, 1)
        layout.addWidget(self.hint)

        self.session.received.connect(self.terminal.feed)
        self.session.newRun.connect(self.terminal.restart)
        self.session.stateChanged.connect(self._state_changed)
        self.terminal.send.connect(self.session.send)
        self.terminal.backlog.connect(lambda behind: self.session.set_reading(not behind))
        self.terminal.sizeChanged.connect(self._size_changed)
        self._state_changed(self.session.state, "")
        self._size_changed(self.terminal.vt.columns, self.terminal.vt.lines)

    def show_view(self, view: DomainView) -> None:
        targets = {target_key(t): t for t in serial_targets(view.live or view.doc)}
        target = targets.get(self.key)
        if target is None:
            return
        pty_before = self.target is None or self.target.pty
        self.target = target
        if target.pty != pty_before:
            self._state_changed(self.session.state, self.session.message)
        if target.alias is not None and target.alias != self.session.alias:
            # Without an alias (the definition's XML) libvirt opens the first console; once
            # the running VM names the device, follow the name, reopening only if another
            # device than the first may have been opened (or is being opened) meanwhile, or
            # its refusal (busy, failed, ended) shown for this one.
            opened_first = self.session.alias is None and self.key == next(iter(targets))
            self.session.alias = target.alias
            if not opened_first and self.session.state in (
                    ConsoleState.CONNECTED, ConsoleState.CONNECTING, ConsoleState.BUSY,
                    ConsoleState.FAILED, ConsoleState.ENDED):
                self.session.open(force=self.session.forcing)  # a Take over stays one

    def reconnect(self) -> None:
        self.session.open()

    def activate(self) -> None:
        if self.target is not None and not self.target.pty:
            self._state_changed(self.session.state, "")
            return
        self.session.start()
        self.terminal.setFocus()

    def shutdown(self) -> None:
        self.session.close()

    def _state_changed(self, state: ConsoleState, message: str) -> None:
        device = self.session.alias or self.tr("the first console")
        words = {
            ConsoleState.IDLE: self.tr("Not connected."),
            ConsoleState.CONNECTING: fill(self.tr("Connecting to %1…"), device),
            ConsoleState.CONNECTED: fill(self.tr("Connected to %1."), device),
            ConsoleState.BUSY: fill(self.tr("Another client is using this console (%1). Take over "
                                       "to disconnect it."), message),
            ConsoleState.STOPPED: self.tr("The VM is not running. The console opens when it "
                                          "starts."),
            ConsoleState.ENDED: fill(self.tr("The console was closed while the VM runs; another "
                                        "client may have taken it over. %1"), message),
            ConsoleState.FAILED: fill(self.tr("Could not open the console: %1"), message),
            ConsoleState.OFFLINE: self.tr("The host is not connected. The console opens again "
                                          "when the connection is back."),
        }
        text = words[state].strip()
        usable = self.target is None or self.target.pty
        if not usable:
            text = self.tr("This device does not use a pty; only pty devices can be opened "
                           "here.")
        self.status.setText(text)
        trouble = state in (ConsoleState.BUSY, ConsoleState.ENDED, ConsoleState.FAILED)
        set_tone(self.status, Tone.ERROR if state is ConsoleState.FAILED
                 else Tone.PENDING if trouble else Tone.NORMAL)
        # Without a pty there is nothing to open: no button that cannot work.
        self.take_over_button.setVisible(usable and state in (ConsoleState.BUSY,
                                                              ConsoleState.ENDED))
        self.reconnect_button.setVisible(usable and state in (
            ConsoleState.ENDED, ConsoleState.FAILED, ConsoleState.IDLE))

    def _size_changed(self, columns: int, lines: int) -> None:
        self.hint.setText(fill(self.tr(
            "%1 × %2 characters. A serial line cannot tell the guest its size: run "
            "“stty rows %2 cols %1” in the guest for full-screen programs."), columns, lines))
