"""Help → About: kvmgui's version and licence, the libraries it runs on, and what each
connected host runs (libvirt and hypervisor versions, read in workers)."""

from __future__ import annotations

import platform
from collections.abc import Iterable
from functools import partial

import libvirt
from PySide6.QtCore import Qt, qVersion
from PySide6.QtCore import __version__ as pyside_version  # type: ignore[attr-defined]  # PySide6 has it, its stubs lack it
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

import kvmgui
from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.libvirt.hostinfo import HostInfo, host_info, version_words
from kvmgui.models.words import failure_words
from kvmgui.utils.icons import icon
from kvmgui.utils.tr import fill

HOMEPAGE = "https://github.com/kvmgui/kvmgui"


class AboutDialog(QDialog):
    """Versions of kvmgui, its libraries and the connected hosts."""

    def __init__(self, connections: Iterable[Connection], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About kvmgui"))
        self.setAccessibleName(self.tr("About kvmgui"))
        layout = QVBoxLayout(self)

        title = QLabel(self)
        title.setPixmap(icon(kvmgui.APP_ID).pixmap(64, 64))
        title.setAccessibleName(self.tr("kvmgui logo"))
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(fill(self.tr("kvmgui %1"), kvmgui.__version__), self)
        heading.setObjectName("aboutHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading, alignment=Qt.AlignmentFlag.AlignHCenter)
        blurb = QLabel(self.tr("A desktop manager for KVM/QEMU virtual machines, built on libvirt."),
                       self)
        blurb.setWordWrap(True)
        layout.addWidget(blurb)
        licence = QLabel(fill(self.tr(
            "Free software under the GNU General Public License, version 3 or later. "
            "<a href=\"%1\">Website</a>"), HOMEPAGE), self)
        licence.setObjectName("aboutLicence")
        licence.setOpenExternalLinks(True)
        licence.setWordWrap(True)
        layout.addWidget(licence)

        self.form = QFormLayout()
        layout.addLayout(self.form)
        self._row(self.tr("Qt"), qVersion())
        self._row(self.tr("PySide6"), pyside_version)
        self._row(self.tr("libvirt library"), version_words(libvirt.getVersion()))
        self._row(self.tr("Python"), platform.python_version())
        self.host_labels: dict[str, QLabel] = {}
        for conn in connections:
            if conn.state is not ConnState.CONNECTED:
                continue
            label = self._row(conn.display_name, self.tr("Reading…"))
            self.host_labels[conn.uri] = label
            conn.run(host_info, done=partial(self._show_host, label),
                     failed=partial(self._show_error, label), context=self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setAccessibleName(self.tr("Dialog buttons"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _row(self, name: str, value: str) -> QLabel:
        label = QLabel(value, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleDescription(name)  # its name is its text: the value
        label.setTextFormat(Qt.TextFormat.PlainText)  # host names and versions are not markup
        caption = QLabel(fill(self.tr("%1:"), name), self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setBuddy(label)
        self.form.addRow(caption, label)
        return label

    def _show_error(self, label: QLabel, exc: BaseException) -> None:
        label.setText(failure_words(exc))

    def _show_host(self, label: QLabel, info: HostInfo) -> None:
        unknown = self.tr("unknown")  # version_words gives "" for a version the host does not say
        label.setText(fill(self.tr("libvirt %1, %2 %3"), info.libvirt_version or unknown, info.driver,
                           info.hypervisor_version or unknown))
