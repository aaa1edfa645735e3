"""Asks the user for what libvirt needs to open a connection (user name, password…)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from kvmgui.libvirt.auth import NAME_TYPES, CredentialBroker, CredentialRequest
from kvmgui.utils.logs import redact
from kvmgui.utils.tr import fill, window_title
from kvmgui.utils.uris import uri_host


class CredentialDialog(QDialog):
    def __init__(self, request: CredentialRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        # The host in the title: several hosts' questions are told apart in the window list.
        # A password given with -c (user:pw@): never shown.
        host = uri_host(request.uri) or redact(request.uri)
        title = self.tr("Authentication required — %1")
        self.setWindowTitle(window_title(fill(title, host)))
        self.setAccessibleName(fill(title, host))
        form = QFormLayout(self)
        intro = QLabel(fill(self.tr("Credentials for %1"), redact(request.uri)), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(intro)
        self.fields: list[QLineEdit] = []
        for i, (cred_type, asked, default) in enumerate(request.prompts):
            # libvirt gave no prompt: what is asked, in kvmgui's words
            prompt = asked if asked.strip() else (
                self.tr("Password:") if request.is_secret(i)
                else self.tr("User name:") if cred_type in NAME_TYPES else self.tr("Answer:"))
            edit = QLineEdit(default, self)
            edit.setAccessibleName(prompt.rstrip(": ："))  # also a full-width colon
            if request.is_secret(i):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            # The far side's words: no markup, and "&" is not a shortcut.
            label = QLabel(prompt.replace("&", "&&"), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields.append(edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.finished.connect(self._answer)

    def withdraw(self, request: CredentialRequest) -> None:
        """The connection no longer waits for this answer (closed)."""
        if request is self.request and self.isVisible():
            self.reject()

    def _answer(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.request.finish(True, [f.text() for f in self.fields])
        else:
            self.request.finish(False)  # what was typed is no answer: not kept
        for edit in self.fields:
            edit.clear()  # the only copy left is the one on its way to libvirt


_shown: set[CredentialDialog] = set()  # parentless dialogs stay alive until answered


def show_credential_dialog(request: CredentialRequest, parent: QWidget | None = None, *,
                           broker: CredentialBroker | None = None) -> None:
    """Non-blocking: the worker that asked waits, the GUI does not. With ``broker``, the
    dialog closes when the request is withdrawn."""
    dialog = CredentialDialog(request, parent)
    _shown.add(dialog)
    if broker is not None:
        broker.withdrawn.connect(dialog.withdraw)
    dialog.finished.connect(lambda _r: _shown.discard(dialog))
    dialog.finished.connect(dialog.deleteLater)  # answered: gone, not a hidden window
    dialog.open()
