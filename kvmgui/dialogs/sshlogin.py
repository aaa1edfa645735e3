"""ssh's questions in kvmgui's words: an unknown host's key, a password, a key's passphrase.

``show_ssh_prompt`` opens the dialog for one ``SshRequest`` without blocking (the ssh
that asked waits, the GUI does not). A host key is never accepted by default: Cancel is
the default button, and trusting takes a deliberate click. Questions kvmgui does not
know are shown in ssh's own (English) words.

Nothing typed here is logged or kept, except in the desktop's secret store when the user
ticks "Remember" (possible only when one is running: otherwise the box says why not).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kvmgui.libvirt.askpass import AskpassServer, SshRequest
from kvmgui.libvirt.secretstore import StoreState
from kvmgui.libvirt.sshprompts import PromptKind
from kvmgui.utils.logs import redact
from kvmgui.utils.tr import fill, window_title, without_mnemonic
from kvmgui.utils.uris import uri_host
from kvmgui.widgets.labels import MessageLine, value_label
from kvmgui.widgets.styles import Tone

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # PySide6 types it as object
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


class _PromptDialog(QDialog):
    """The parts both dialogs share: the request, an intro line, the buttons."""

    def __init__(self, request: SshRequest, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.request = request
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(self)
        self.finished.connect(self._answer)

    def set_title(self, title: str) -> None:
        """``title`` with a %1 for the connection's host: several hosts' questions are
        told apart in the window list."""
        host = uri_host(self.request.uri) or redact(self.request.uri)
        self.setWindowTitle(window_title(fill(title, host)))
        self.setAccessibleName(fill(title, host))

    def intro(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names and ssh's words: never markup
        label.setWordWrap(True)
        self.form.addRow(label)
        return label

    def connection_row(self) -> None:
        value = value_label(self.tr("Connection"), self, redact(self.request.uri))
        label = QLabel(self.tr("Connection:"), self)
        label.setBuddy(value)
        self.form.addRow(label, value)

    def withdraw(self, request: SshRequest) -> None:
        """The connection no longer waits for this answer (closed, timed out)."""
        if request is self.request and self.isVisible():
            self.reject()

    def _answer(self, result: int) -> None:
        raise NotImplementedError


class HostKeyDialog(_PromptDialog):
    """Trust an unknown host's key (or any other yes/no question of ssh's)."""

    def __init__(self, request: SshRequest, parent: QWidget | None = None) -> None:
        prompt = request.prompt
        host_key = prompt.kind is PromptKind.HOST_KEY
        super().__init__(request, parent)
        self.set_title(self.tr("Unknown host key — %1") if host_key
                       else self.tr("SSH question — %1"))
        self.fingerprint: QLineEdit | None = None
        if host_key:
            self.intro(fill(self.tr(
                "The host %1 is not known to ssh yet. Before you trust it, make sure this "
                "is the host you mean: compare the fingerprint below with the one the host "
                "itself shows (on the host: ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub)."),
                prompt.host, prompt.key_type.lower()))
            self.connection_row()
            key_type = value_label(self.tr("Key type"), self, prompt.key_type)
            label = QLabel(self.tr("Key type:"), self)
            label.setBuddy(key_type)
            self.form.addRow(label, key_type)
            self.fingerprint = QLineEdit(prompt.fingerprint, self)
            self.fingerprint.setReadOnly(True)
            self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
            self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.fingerprint.setMinimumWidth(
                self.fingerprint.fontMetrics().horizontalAdvance(prompt.fingerprint + "MM"))
            label = QLabel(self.tr("&Fingerprint:"), self)
            label.setBuddy(self.fingerprint)
            self.form.addRow(label, self.fingerprint)
            accept_text = self.tr("&Trust this key and connect")
        else:
            self.intro(prompt.text.strip())  # ssh's own words: kvmgui cannot word them
            self.connection_row()
            accept_text = self.tr("&Yes")
        self.trust = QPushButton(accept_text, self)
        self.trust.setAccessibleName(without_mnemonic(accept_text))  # also "…(&T)"
        self.trust.setAutoDefault(False)
        self.buttons.addButton(self.trust, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter never trusts a key
        cancel.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)

    def _answer(self, result: int) -> None:
        self.request.answer_yes_no(result == QDialog.DialogCode.Accepted)


_STORE_REASONS = {
    StoreState.NO_PACKAGE: QT_TRANSLATE_NOOP(
        "SecretDialog", "Cannot remember it: the Python package keyring or secretstorage is not "
        "installed, or too old."),
    StoreState.NO_SERVICE: QT_TRANSLATE_NOOP(
        "SecretDialog", "Cannot remember it: no secret store (Secret Service, such as GNOME "
        "Keyring or KWallet) is running."),
    StoreState.BROKEN: QT_TRANSLATE_NOOP(
        "SecretDialog", "Cannot remember it: the Python package keyring or secretstorage is "
        "installed but failed to load."),
    StoreState.UNKNOWN: QT_TRANSLATE_NOOP(
        "SecretDialog", "Cannot remember it: the secret store could not be checked."),
}


class SecretDialog(_PromptDialog):
    """A password, a key's passphrase, or another secret ssh asks for."""

    def __init__(self, request: SshRequest, parent: QWidget | None = None) -> None:
        prompt = request.prompt
        super().__init__(request, parent)
        self.set_title(self.tr("SSH login — %1"))
        if prompt.kind is PromptKind.PASSWORD:
            self.intro(fill(self.tr("Password for %1 on %2:"), prompt.user, prompt.host))
            field_text = self.tr("&Password:")
        elif prompt.kind is PromptKind.PASSPHRASE:
            self.intro(fill(self.tr("Passphrase of the key %1:"), prompt.key_path))
            field_text = self.tr("&Passphrase:")
        else:
            self.intro(prompt.text.strip())  # ssh's own words
            field_text = self.tr("&Answer:")
        self.connection_row()
        self.problem = MessageLine(self, description=self.tr("Problem"))
        self.form.addRow(self.problem)
        if request.stored_refused and request.stored_kept:  # tried again next time
            self.problem.say(self.tr("The remembered answer was not accepted, and the secret "
                                     "store could not forget it. Type the right one."),
                             Tone.ERROR)
        elif request.stored_refused:  # the user typed nothing
            self.problem.say(self.tr("The remembered answer was not accepted and is "
                                     "forgotten now. Type the right one."), Tone.ERROR)
        elif request.retry:
            self.problem.say(self.tr("That was not accepted. Try again."), Tone.ERROR)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(without_mnemonic(field_text).rstrip(":："))
        label = QLabel(field_text, self)
        label.setBuddy(self.secret)
        self.form.addRow(label, self.secret)
        self.remember = QCheckBox(self.tr("&Remember in the desktop's secret store"), self)
        self.remember.setAccessibleName(self.tr("Remember in the desktop's secret store"))
        self.remember.setChecked(False)  # opt-in, every time
        self.remember_reason = MessageLine(self, description=self.tr("Why it cannot be remembered"))
        rememberable = prompt.kind in (PromptKind.PASSWORD, PromptKind.PASSPHRASE)
        if rememberable:
            self.form.addRow(self.remember)
            self.form.addRow(self.remember_reason)
            if request.store is not StoreState.AVAILABLE:
                self.remember.setEnabled(False)
                reason = QCoreApplication.translate("SecretDialog", _STORE_REASONS[request.store])
                self.remember.setAccessibleDescription(reason)
                self.remember.setToolTip(reason)
                self.remember_reason.say(reason)
        else:
            self.remember.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.secret.setFocus()

    def _answer(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.request.finish(self.secret.text(),
                                remember=self.remember.isEnabled() and self.remember.isChecked())
        else:
            self.request.finish(None)
        self.secret.clear()  # the only copy left is the one on its way to ssh


def dialog_for(request: SshRequest, parent: QWidget | None = None) -> _PromptDialog:
    if request.prompt.yes_no:
        return HostKeyDialog(request, parent)
    return SecretDialog(request, parent)


_shown: set[_PromptDialog] = set()  # parentless dialogs stay alive until answered


def show_ssh_prompt(request: SshRequest, server: AskpassServer,
                    parent: QWidget | None = None) -> _PromptDialog:
    """Open the dialog for ``request`` (non-blocking); it closes itself if the
    connection stops waiting."""
    dialog = dialog_for(request, parent)
    _shown.add(dialog)
    server.withdrawn.connect(dialog.withdraw)
    dialog.finished.connect(lambda _r: _shown.discard(dialog))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
