"""How a VM's details window closes, and the one window per VM.

A window with edits not applied (its pages, its XML editor) asks before it closes, without
blocking; one whose XML editor's text is being defined waits for libvirt's answer. Whoever
closed it (Remove connection, Quit) goes on once it has closed (``after_discard``), and is
told when libvirt refused the text it waited for, to say why it stopped. The
module keeps the open windows, one per VM, so that a host's can be closed together."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from kvmgui.dialogs.closewaiters import CloseWaiters
from kvmgui.utils.tr import comma_list, fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from kvmgui.dialogs.details.console import ConsolePage
    from kvmgui.dialogs.details.page import Page
    from kvmgui.dialogs.details.restart import RestartJob
    from kvmgui.dialogs.details.window import DetailsWindow
    from kvmgui.dialogs.xmleditor import XmlEditorDialog
    from kvmgui.libvirt.addresses import AddressMonitor
    from kvmgui.libvirt.connection import Connection

    _Base = QMainWindow
else:
    _Base = object


class DetailsClosing(_Base):
    """Mixed in before ``QMainWindow`` by ``DetailsWindow``: its closing part. The window
    sets the attributes below; its ``__init__`` calls ``_init_closing()`` first. Its words
    are translated in the window's context ("DetailsWindow"), where they always were."""

    pages: dict[str, Page]
    xml_editor: XmlEditorDialog | None
    addresses: AddressMonitor
    console_page: ConsolePage | None
    restart_job: RestartJob | None

    if TYPE_CHECKING:
        def show_message(self, text: str, *, warn: bool = False, error: bool = False) -> None: ...

    def _init_closing(self) -> None:
        self.discard_box: QMessageBox | None = None  # "Discard your edits?" while it is open
        self._waiting = CloseWaiters()  # after_discard's
        self._discarding = False  # answered Discard: closing no longer asks
        self._defining_close = False  # closed while its XML editor's text was being defined

    def dirty_pages(self) -> list[Page]:
        return [p for p in self.pages.values() if p.is_dirty()]

    def ask_discard(self, titles: list[str], on_discard: Callable[[], None]) -> None:
        """Ask whether to close and drop the edits not applied, without blocking (a nested
        event loop would run events and worker answers under the question, and an
        application-modal one held every other window); ``on_discard()`` after Discard."""
        discard, cancel = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("DetailsWindow", "Discard your edits?"),
                          fill(QCoreApplication.translate(
                              "DetailsWindow", "These pages have edits that were not applied: "
                              "%1. Close and discard them?"), comma_list(titles)),
                          discard | cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # page titles, "XML editor": no markup
        box.setDefaultButton(cancel)
        box.setAccessibleName(box.windowTitle())
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: self._discard_answered(
            box.clickedButton() is box.button(discard), on_discard))
        self.discard_box = box
        box.open()

    def _discard_answered(self, discard: bool, on_discard: Callable[[], None]) -> None:
        self.discard_box = None
        # After Cancel nothing waits; after Discard, the calls that then find the window
        # waiting for libvirt (_ClosedThen) leave their ``refused`` again.
        then, _refused = self._waiting.take()
        if discard:
            on_discard()
            for call in then:
                call()

    def after_discard(self, call: Callable[[], None],
                      refused: Callable[[str], None] | None = None) -> bool:
        """``call()`` once the window closes after the open discard question is answered
        Discard, or after libvirt stored the XML editor's text the close waits for (never
        after Cancel or a refusal); False if neither is pending. ``refused(name)``, with the
        XML editor's name, when libvirt refuses that text instead and the window stays:
        only the editor said so, and the user did not learn why the removal or quit that
        waited on it stopped."""
        if self.discard_box is None and not self._defining_close:
            return False
        self._waiting.add(call, refused)
        return True

    def _discard(self) -> None:
        self._discarding = True
        self.close()  # from within closeEvent (an answer given at once): that close goes on

    def _wait_for_define(self, editor: XmlEditorDialog) -> None:
        """Closed while the XML editor's text is being defined: the window (and the editor
        with it) closes once libvirt has stored it, and stays, with the text and libvirt's
        words, if libvirt refuses it; closing at once lost the text of a refused define."""
        self._defining_close = True
        editor.wait_for_define()
        self.show_message(QCoreApplication.translate(
            "DetailsWindow", "The window closes once libvirt has stored the definition from "
            "the XML editor."))

    def _define_ended(self, ok: bool) -> None:
        if not self._defining_close:
            return
        self._defining_close = False
        then, refused = self._waiting.take()
        if not ok:  # kept open: a close asks about the editor's text again, and the pages'
            self._discarding = False
            self.show_message("")
            editor = self.xml_editor
            name = editor.accessibleName() if editor is not None and shiboken6.isValid(editor) else ""
            for tell in refused:
                tell(name)
        elif self.close():
            for call in then:
                call()
        else:  # held again (edits made meanwhile): still called once it closes
            for call in then:
                self.after_discard(call)
            self._waiting.refused = refused

    def end_without_questions(self) -> None:
        """Close, dropping unapplied edits unasked (the application ends on a signal): also
        the XML editor's text being defined, which is not waited for."""
        if self.discard_box is not None:
            self.discard_box.reject()  # answered Cancel: forgets the quit waiting on it
        editor = self.xml_editor
        if editor is not None and shiboken6.isValid(editor):
            editor.drop_edits()
        self._discarding = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        titles = [p.title for p in self.dirty_pages()]
        # The XML editor is our child and would be deleted with us, unapplied text and all:
        # this question covers its text (its own does not block, so we could not wait for it).
        # Text being defined is not unapplied: the window waits for libvirt's answer.
        editor = self.xml_editor
        if editor is None or not shiboken6.isValid(editor) or not editor.isVisible():
            editor = None
        elif editor.is_dirty() and not editor.is_defining():
            titles.append(QCoreApplication.translate("DetailsWindow", "XML editor"))
        if titles and not self._discarding:
            if self.discard_box is None:
                self.ask_discard(titles, self._discard)
            else:  # asked already
                self.discard_box.raise_()
                self.discard_box.activateWindow()
            if not self._discarding:  # the answer closes the window, or keeps it
                event.ignore()
                return
        if editor is not None and editor.is_defining():
            event.ignore()
            self._wait_for_define(editor)
            return
        if editor is not None:
            editor.drop_edits()
            editor.close()
        self.addresses.stop()
        if self.console_page is not None:
            self.console_page.shutdown()
        job = self.restart_job
        if job is not None and job.running:  # it goes on; how it fails is told elsewhere
            job.attended = False
        super().closeEvent(event)


_open: dict[tuple[int, str], DetailsWindow] = {}


def open_details(conn: Connection, uuid: str, parent: QWidget | None) -> DetailsWindow:
    """Show the details window of a VM; one per VM: an open one is raised, not duplicated."""
    # Here, not at the top: the window mixes in DetailsClosing from this module.
    from kvmgui.dialogs.details.window import DetailsWindow  # noqa: PLC0415

    key = (id(conn), uuid)
    window = _open.get(key)
    if window is None or not shiboken6.isValid(window):
        window = DetailsWindow(conn, uuid, parent)
        _open[key] = window
        window.destroyed.connect(lambda _obj=None, k=key: _open.pop(k, None))
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def close_details_of(conn: Connection, then: Callable[[], None] | None = None,
                     refused: Callable[[str], None] | None = None) -> bool:
    """Close the details windows of ``conn``'s VMs (as before its host is removed); each
    may ask about unsaved edits, without blocking. True if all are closed now; else False,
    and ``then()`` runs once the user has let the last of them close (never if one is
    kept open); ``refused(name)`` if one stays because libvirt refused the text of its
    XML editor (``name``) that its close waited for."""
    for window in [w for (conn_id, _uuid), w in _open.items() if conn_id == id(conn)]:
        if shiboken6.isValid(window) and window.isVisible() and not window.close():
            if then is not None:
                window.after_discard(_ClosedThen(conn, then, refused), refused)
            return False
    return True


def end_details_of(conn: Connection) -> None:
    """Close the details windows of ``conn``'s VMs without asking (a signal ends the
    application): their edits are dropped, their consoles and address lookups stopped."""
    for window in [w for (conn_id, _uuid), w in _open.items() if conn_id == id(conn)]:
        if shiboken6.isValid(window) and window.isVisible():
            window.end_without_questions()


@dataclass(frozen=True)
class _ClosedThen:
    """``then()`` once the rest of ``conn``'s windows have closed; equal for the same
    ``then``, so that a window asked again (Quit chosen twice) calls it once."""

    conn: Connection
    then: Callable[[], None]
    refused: Callable[[str], None] | None = None

    def __call__(self) -> None:
        if close_details_of(self.conn, self.then, self.refused):
            self.then()
