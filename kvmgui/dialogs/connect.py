"""The "Add connection" dialog: local, remote over ssh/tcp/tls, or a custom URI."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from PySide6.QtCore import QCoreApplication
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

from kvmgui.libvirt.registry import uri_key
from kvmgui.utils.logs import redact
from kvmgui.utils.tr import fill
from kvmgui.utils.uris import split_uri
from kvmgui.widgets.forms import Form
from kvmgui.widgets.labels import MessageLine

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # PySide6 types it as object
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

KINDS = [
    (QT_TRANSLATE_NOOP("ConnectDialog", "QEMU/KVM on this machine (system)"), "local-system"),
    (QT_TRANSLATE_NOOP("ConnectDialog", "QEMU/KVM on this machine (user session)"), "local-session"),
    (QT_TRANSLATE_NOOP("ConnectDialog", "Remote host over SSH"), "ssh"),
    (QT_TRANSLATE_NOOP("ConnectDialog", "Remote host over TLS"), "tls"),
    (QT_TRANSLATE_NOOP("ConnectDialog", "Remote host over TCP (unencrypted)"), "tcp"),
    (QT_TRANSLATE_NOOP("ConnectDialog", "Custom URI"), "custom"),
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
    return f"qemu+{kind}://{userpart}{_uri_host(host.strip())}/system"


# A name, or an address in brackets (IPv6), then perhaps ":port": else libvirt cannot
# parse the URI ("kvm1:abc", "a:b:c", "[fe80::1"), and says so only when connecting.
_HOST_PORT = re.compile(r"(\[[^\[\]]+\]|[^:\[\]]+)(:[0-9]+)?")
# The characters libvirt's URI parser takes in a host name (RFC 3986's, less '%', whose
# escapes it decodes into another name); it says "Unable to parse URI" to '<', 'ä'….
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                        "-._~!$&'()*+,;=")


def _uri_host(host: str) -> str:
    """An IPv6 address in brackets, as URIs need (libvirt cannot parse fe80::1 bare), its
    zone's '%' as %25: libvirt decodes escapes in the host (fe80::1%12 dialled 'fe80::1'
    and the byte 0x12)."""
    match = _HOST_PORT.fullmatch(host)
    if match is not None and match[1].startswith("[") and _is_ipv6(match[1][1:-1]):
        return f"[{_zone_quoted(match[1][1:-1])}]{match[2] or ''}"
    return f"[{_zone_quoted(host)}]" if _is_ipv6(host) else host


def _zone_quoted(address: str) -> str:
    ip, percent, zone = address.partition("%")
    # Typed as a URI writes it (%25eth0, as the custom URI's hint says): not escaped
    # again (libvirt dialled zone '25eth0'). '%25' alone is zone 25.
    if zone.startswith("25") and len(zone) > 2:
        zone = unquote(zone[2:])
    return f"{ip}%25{quote(zone, safe='')}" if percent else ip


def uri_problem(kind: str, user: str, host: str, custom: str,
                existing: Sequence[str] = ()) -> str:
    """Why the choices do not make a usable URI yet, in words; '' when they do."""
    if kind == "custom" and "://" not in custom:
        return QCoreApplication.translate(
            "ConnectDialog", "Enter a libvirt URI such as qemu+ssh://root@host/system.")
    if kind == "custom" and any(ch.isspace() for ch in custom.strip()):
        return QCoreApplication.translate("ConnectDialog", "A URI may not contain spaces.")
    if kind == "custom" and redact(custom) != custom:
        return QCoreApplication.translate(
            "ConnectDialog", "Leave the password out of the URI: it would be saved with the "
            "connection. kvmgui asks for it when the host wants one.")
    # libvirt cannot parse it either, and a failure on such a URI could not be read.
    parts = split_uri(custom.strip()) if kind == "custom" else None
    if parts and parts.hostport and (problem := _host_problem(parts.hostport)):
        return problem
    remote = kind in ("ssh", "tls", "tcp")
    if remote and not host.strip():  # asked for first: the dialog says it in the normal tone
        return QCoreApplication.translate("ConnectDialog", "Enter the host name or address.")
    if remote and any(ch in user for ch in " /@:"):  # else disabled and not in the URI
        return QCoreApplication.translate(
            "ConnectDialog", "The user name may not contain spaces, '/', '@' or ':'.")
    # '?' and '#' would start the URI's query or fragment: another host, no path.
    if remote and any(ch in " /@?#" or ch.isspace() for ch in host.strip()):  # around: dropped
        return QCoreApplication.translate(
            "ConnectDialog", "The host name may not contain spaces, '/', '@', '?' or '#'.")
    if remote and (problem := _host_problem(_uri_host(host.strip()))):
        return problem
    if uri_key(build_uri(kind, user, host, custom)) in {uri_key(uri) for uri in existing}:
        return QCoreApplication.translate("ConnectDialog", "This connection is already in the list.")
    return ""


def _host_problem(host: str) -> str:
    """Why libvirt (or ssh) cannot take the host (as in the URI: an IPv6 address in
    brackets), with its port if any; '' if it can."""
    match = _HOST_PORT.fullmatch(host)
    if match is None or (match[1].startswith("[") and not _is_ipv6(match[1][1:-1])):
        return QCoreApplication.translate(
            "ConnectDialog", "Enter a host name or address, optionally followed by ':' and a "
            "port number.")
    if match[1].startswith("[") and not _is_ipv6(unquote(match[1][1:-1])):  # fe80::1%12
        return QCoreApplication.translate(
            "ConnectDialog", "Write an IPv6 address's zone after %25, such as [fe80::1%25eth0]: "
            "libvirt reads '%' and two hex digits as one character.")
    name, port = match.groups()
    bad = [ch for ch in name if ch not in _HOST_CHARS] if not name.startswith("[") else []
    if bad:
        return fill(QCoreApplication.translate("ConnectDialog", "The host name may not contain '%1'."),
                    bad[0])
    if port is not None and not 0 < int(port[1:]) <= 65535:  # ssh: "Bad port '99999'"
        return QCoreApplication.translate("ConnectDialog", "The port must be a number from 1 to 65535.")
    return ""


def _is_ipv6(text: str) -> bool:
    """libvirt takes anything in brackets; ssh then cannot resolve it."""
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


class ConnectDialog(QDialog):
    """Builds a URI from the choices; OK stays off while ``problem`` says why.

    The form is ``ui/connect.ui``. ``existing``: URIs already added (adding one twice is
    refused inline).
    """

    def __init__(self, parent: QWidget | None = None, *, existing: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.existing = list(existing)
        self.form = form = Form("connect", self)
        # The window's own margins around the form (the form's holder has none).
        form.owner_layout.setContentsMargins(-1, -1, -1, -1)
        self.kind = form.widget("kind", QComboBox)
        for text, key in KINDS:
            self.kind.addItem(QCoreApplication.translate("ConnectDialog", text), key)
        self.user = form.widget("user", QLineEdit)
        self.host = form.widget("host", QLineEdit)
        self.custom = form.widget("custom", QLineEdit)
        self.name = form.widget("name", QLineEdit)
        self.autoconnect = form.widget("autoconnect", QCheckBox)
        self.preview = form.widget("preview", QLabel)
        self.problem = MessageLine(self, hide_empty=False, wrap=False)
        self.problem.setAccessibleName(self.tr("Problem"))
        layout = form.widget("form", QFormLayout)
        layout.insertRow(layout.rowCount() - 1, self.problem)  # above the buttons
        self.buttons = form.widget("buttons", QDialogButtonBox)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
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
        # A blank field is only asked for; a wrong value is red.
        blank = self.host if remote else self.custom if kind == "custom" else None
        if blank is not None and not blank.text().strip():
            self.problem.say(problem)
        else:
            self.problem.error(problem)
        self.preview.setText("" if problem else self.uri())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
