"""The "Add connection" dialog: local, remote over ssh/tcp/tls, or a custom URI."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kvmgui.utils.logs import redact
from kvmgui.widgets.labels import MessageLine

KINDS = [
    ("QEMU/KVM on this machine (system)", "local-system"),
    ("QEMU/KVM on this machine (user session)", "local-session"),
    ("Remote host over SSH", "ssh"),
    ("Remote host over TLS", "tls"),
    ("Remote host over TCP (unencrypted)", "tcp"),
    ("Custom URI", "custom"),
]


def build_uri(kind: str, user: str = "", host: str = "", custom: str = "") -> str:
    """The libvirt URI for the dialog's choices."""
    if kind == "local-system":
        return "qemu:///system"
    if kind == "local-session":
        return "qemu:///session"
    if kind == "custom":
        return custom.strip()
    userpart = f"{quote(user, safe='')}@" if user else ""
    return f"qemu+{kind}://{userpart}{host.strip()}/system"


def uri_problem(kind: str, user: str, host: str, custom: str,
                existing: Sequence[str] = ()) -> str:
    """Why the choices do not make a usable URI yet, in words; '' when they do."""
    if kind == "custom" and "://" not in custom:
        return "Enter a libvirt URI such as qemu+ssh://root@host/system."
    if kind == "custom" and any(ch.isspace() for ch in custom.strip()):
        return "A URI may not contain spaces."
    if kind == "custom" and redact(custom) != custom:
        return QCoreApplication.translate(
            "ConnectDialog", "Leave the password out of the URI: it would be saved with the "
            "connection. kvmgui asks for it when the host wants one.")
    if any(ch in user for ch in " /@:"):
        return "The user name may not contain spaces, '/', '@' or ':'."
    if kind in ("ssh", "tls", "tcp"):
        if not host.strip():
            return "Enter the host name or address."
        if any(ch in host for ch in " /@"):
            return "The host name may not contain spaces, '/' or '@'."
    if build_uri(kind, user, host, custom) in existing:
        return "This connection is already in the list."
    return ""


class ConnectDialog(QDialog):
    """Builds a URI from the choices; OK stays off while ``problem`` says why.

    ``existing``: URIs already added (adding one twice is refused inline).
    """

    def __init__(self, parent: QWidget | None = None, *, existing: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.existing = list(existing)
        self.setWindowTitle("Add Connection")
        self.setAccessibleName("Add connection")
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName("Connection type")
        for text, key in KINDS:
            self.kind.addItem(text, key)
        self.user = QLineEdit(self)
        self.user.setAccessibleName("User name")
        self.user.setPlaceholderText("root")
        self.host = QLineEdit(self)
        self.host.setAccessibleName("Host name")
        self.custom = QLineEdit(self)
        self.custom.setAccessibleName("Custom URI")
        self.name = QLineEdit(self)
        self.name.setAccessibleName("Connection name")
        self.name.setPlaceholderText("Optional, shown instead of the URI")
        self.autoconnect = QCheckBox("Connect automatically at start", self)
        self.autoconnect.setAccessibleName("Autoconnect")
        self.autoconnect.setChecked(True)
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName("Resulting URI")
        self.problem = MessageLine(self, hide_empty=False, wrap=False)
        self.problem.setAccessibleName("Problem")
        for text, widget in (("&Type:", self.kind), ("&User:", self.user), ("&Host:", self.host),
                             (self.tr("UR&I:"), self.custom), ("&Name:", self.name)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.autoconnect)
        form.addRow("Will connect to:", self.preview)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.user, self.host, self.custom):
            edit.textChanged.connect(self._update)
        self.kind.currentIndexChanged.connect(self._update)
        self._update()

    def uri(self) -> str:
        return build_uri(self.kind.currentData(), self.user.text(), self.host.text(),
                         self.custom.text())

    def label(self) -> str:
        return self.name.text().strip()

    def _update(self) -> None:
        kind = self.kind.currentData()
        remote = kind in ("ssh", "tls", "tcp")
        self.user.setEnabled(remote)
        self.host.setEnabled(remote)
        self.custom.setEnabled(kind == "custom")
        problem = uri_problem(kind, self.user.text(), self.host.text(), self.custom.text(),
                              self.existing)
        self.problem.error(problem)
        self.preview.setText("" if problem else self.uri())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
