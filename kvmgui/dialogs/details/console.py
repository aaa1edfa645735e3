"""The Console page: the VM's consoles, one kind beside the other, with a chooser.

Where a console kind goes: a *provider* is a function ``(page, view) -> list[ConsoleChoice]``
in CONSOLE_KINDS below. Each choice has a stable key, a label for the chooser, and a
factory that builds a ConsoleView (a QWidget with ``show_view``/``activate``/``shutdown``)
the first time the user picks it. Serial and virtio consoles come from console_serial.py;
a graphical console (VNC, SPICE) adds its provider to CONSOLE_KINDS the same way.

The page can hand its consoles to a window of their own (Open in a window, full screen
with F11) and takes them back when that window closes.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kvmgui.dialogs.details.console_graphics import display_offer, graphical_consoles
from kvmgui.dialogs.details.console_serial import serial_consoles
from kvmgui.dialogs.details.console_view import ConsoleChoice, ConsoleView
from kvmgui.dialogs.details.console_window import ConsoleWindow
from kvmgui.dialogs.details.page import Page
from kvmgui.libvirt.connection import Connection
from kvmgui.models.domainwatcher import DomainView
from kvmgui.utils.tr import fill

Provider = Callable[["ConsolePage", DomainView], list[ConsoleChoice]]

# The kinds of console, in the chooser's order: the screen first, as virt-manager shows it;
# a VM without one shows its text console first and offers to add a display last.
CONSOLE_KINDS: list[Provider] = [graphical_consoles, serial_consoles, display_offer]


@dataclass
class _Shown:
    choice: ConsoleChoice
    view: ConsoleView


class ConsolePage(Page):
    """Signals:
    chosen(str): the key of the console now shown.
    """

    chosen = Signal(str)
    editable = False

    def __init__(self, conn: Connection, uuid: str, parent: QWidget | None = None,
                 add_hardware: Callable[[], QDialog | None] | None = None) -> None:
        super().__init__(QCoreApplication.translate("ConsolePage", "Console"), parent)
        self.conn, self.uuid = conn, uuid
        # Weak: a strong reference from this page to its window would keep both alive.
        self._add_hardware = weakref.WeakMethod(add_hardware) if add_hardware is not None \
            else None
        self.choices: list[ConsoleChoice] = []
        self.views: dict[str, _Shown] = {}
        self.window_: ConsoleWindow | None = None

        self.chooser = QComboBox(self)
        self.chooser.currentIndexChanged.connect(self._choice_changed)
        self.detach_button = QPushButton(self.tr("Open in a &Window"), self)
        self.detach_button.setAccessibleName(self.tr("Open the console in a window"))
        self.detach_button.setToolTip(self.tr("Show the console in a window of its own "
                                              "(F11 there: full screen)"))
        self.detach_button.clicked.connect(self.detach)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.chooser, 1)
        row_layout.addWidget(self.detach_button)
        self.add_row(self.tr("Con&sole:"), row, self.tr("Console"))
        label = self.form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.chooser)
        self.chooser.setAccessibleName(self.tr("Console device"))

        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Console"))
        self.none = QWidget(self)
        none_layout = QVBoxLayout(self.none)
        self.none_label = QLabel(self.tr(
            "This VM has no console that can be shown here. A display (VNC or SPICE) shows "
            "its screen, a serial port (pty) gives it a text console; add one, then restart "
            "the VM."), self.none)
        self.none_label.setWordWrap(True)
        self.none_label.setAccessibleDescription(self.tr("Console status"))
        self.add_serial_button = QPushButton(self.tr("&Add a Serial Port…"), self.none)
        self.add_serial_button.setAccessibleName(self.tr("Add a serial port"))
        self.add_serial_button.clicked.connect(self.add_serial_port)
        self.add_display_button = QPushButton(self.tr("Add a &Display…"), self.none)
        self.add_display_button.setAccessibleName(self.tr("Add a display"))
        self.add_display_button.clicked.connect(self.add_display)
        none_layout.addWidget(self.none_label)
        none_layout.addWidget(self.add_display_button)
        none_layout.addWidget(self.add_serial_button)
        none_layout.addStretch(1)
        self.stack.addWidget(self.none)
        self.away = QWidget(self)
        away_layout = QVBoxLayout(self.away)
        away_label = QLabel(self.tr("The console is shown in its own window."), self.away)
        away_label.setAccessibleDescription(self.tr("Console status"))
        self.return_button = QPushButton(self.tr("&Bring It Back Here"), self.away)
        self.return_button.setAccessibleName(self.tr("Bring the console back to this page"))
        self.return_button.clicked.connect(self.attach)
        away_layout.addWidget(away_label)
        away_layout.addWidget(self.return_button)
        away_layout.addStretch(1)
        self.stack.addWidget(self.away)
        self.add_body(self.stack, 1)
        self.body_layout.setStretchFactor(self.stack, 1)

    # -- following the VM -----------------------------------------------------------------------

    def show_status(self, view: DomainView) -> None:
        choices = [c for provider in CONSOLE_KINDS for c in provider(self, view)]
        keys = [c.key for c in choices]
        current = self.current_key()
        if keys != [c.key for c in self.choices] or \
                [c.label for c in choices] != [c.label for c in self.choices]:
            self.choices = choices
            self.chooser.blockSignals(True)
            self.chooser.clear()
            for choice in choices:
                self.chooser.addItem(choice.label, choice.key)
            index = keys.index(current) if current in keys else 0
            self.chooser.setCurrentIndex(index if choices else -1)
            self.chooser.blockSignals(False)
        self.chooser.setEnabled(len(choices) > 1)
        self.detach_button.setEnabled(bool(choices))
        for key in [k for k in self.views if k not in keys]:
            shown = self.views.pop(key)
            shown.view.shutdown()
            if self.window_ is not None:
                self.window_.remove(shown.view)
            else:
                self.stack.removeWidget(shown.view)
            shown.view.deleteLater()
        if not choices:
            self.attach()  # no console left: its window closes, the page says so
        if self.window_ is not None:
            self.window_.set_title(self._window_title(view))  # renamed meanwhile
        for shown in self.views.values():
            shown.view.show_view(view)
        self._show_current()

    def current_key(self) -> str | None:
        data = self.chooser.currentData()
        return data if isinstance(data, str) else None

    def current_view(self) -> ConsoleView | None:
        key = self.current_key()
        return self.views[key].view if key in self.views else None

    def _choice_changed(self, _index: int) -> None:
        self._show_current()

    def _show_current(self) -> None:
        key = self.current_key()
        choice = next((c for c in self.choices if c.key == key), None)
        if choice is None:
            self.stack.setCurrentWidget(self.none)
            return
        if key not in self.views:
            view = choice.create(self)
            self.views[choice.key] = _Shown(choice, view)
            if self.view is not None:
                view.show_view(self.view)
            if self.window_ is not None:
                self.window_.add(view)
            else:
                self.stack.addWidget(view)
        shown = self.views[choice.key].view
        if self.window_ is not None:
            self.window_.show_console(shown)
            self.stack.setCurrentWidget(self.away)
        else:
            self.stack.setCurrentWidget(shown)
        self.chosen.emit(choice.key)

    # -- actions ------------------------------------------------------------------------------------

    def add_serial_port(self) -> None:
        """Add hardware, on the serial kind (the details window owns that dialog)."""
        self._open_add_hardware("serial")

    def add_display(self) -> None:
        """Add hardware, for a display (asked by a graphical console without one)."""
        self._open_add_hardware("graphics")

    def _open_add_hardware(self, kind: str) -> None:
        add = self._add_hardware() if self._add_hardware is not None else None
        dialog = add() if add is not None else None
        forms = getattr(dialog, "forms", {})
        if kind in forms:
            dialog.select(kind)  # type: ignore[union-attr]  # an AddHardwareDialog: it has forms

    def detach(self) -> ConsoleWindow | None:
        """Move the consoles to a window of their own."""
        view = self.current_view()
        if view is None or self.window_ is not None:
            return self.window_
        window = ConsoleWindow(self._window_title(self.view), self)
        for shown in self.views.values():
            self.stack.removeWidget(shown.view)
            window.add(shown.view)
        window.show_console(view)
        window.closed.connect(self.attach)
        self.window_ = window
        self.stack.setCurrentWidget(self.away)
        window.show()
        view.setFocus()
        return window

    def _window_title(self, view: DomainView | None) -> str:
        name = (view.doc.name or self.uuid) if view is not None else self.uuid
        return fill(self.tr("%1 — Console"), name)

    def attach(self) -> None:
        """Take the consoles back from their window (when it closes, or on request)."""
        window, self.window_ = self.window_, None
        if window is None:
            return
        for shown in self.views.values():
            window.remove(shown.view)
            self.stack.addWidget(shown.view)
        window.closed.disconnect(self.attach)
        window.close()
        window.deleteLater()
        self._show_current()

    def shutdown(self) -> None:
        for shown in self.views.values():
            shown.view.shutdown()
