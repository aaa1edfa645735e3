"""Page 1: the pool's name and type; types the host cannot run are shown, disabled, with why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout

from kvmgui.models.words import say
from kvmgui.utils.tr import comma_list, fill
from kvmgui.wizards.pool.fields import Form, keys
from kvmgui.wizards.pool.page import SpecPage
from kvmgui.wizards.pool.state import PoolWizardState
from kvmgui.xml.pool_types import PoolType

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

DESCRIPTIONS: dict[PoolType, str] = {
    PoolType.DIR: QT_TRANSLATE_NOOP("PoolTypePage", "Image files in a directory of the host."),
    PoolType.FS: QT_TRANSLATE_NOOP(
        "PoolTypePage", "A block device with a file system (ext4, XFS …) that libvirt mounts; "
        "image files on it."),
    PoolType.NETFS: QT_TRANSLATE_NOOP(
        "PoolTypePage", "An NFS export, a CIFS share or a GlusterFS volume that libvirt mounts; "
        "image files on it."),
    PoolType.LOGICAL: QT_TRANSLATE_NOOP(
        "PoolTypePage", "An LVM volume group; each volume is a logical volume."),
    PoolType.DISK: QT_TRANSLATE_NOOP("PoolTypePage", "A whole disk; each volume is a partition."),
    PoolType.ISCSI: QT_TRANSLATE_NOOP(
        "PoolTypePage", "The LUNs of an iSCSI target, logged in by the host's initiator."),
    PoolType.ISCSI_DIRECT: QT_TRANSLATE_NOOP(
        "PoolTypePage", "The LUNs of an iSCSI target, reached by QEMU directly (libiscsi)."),
    PoolType.SCSI: QT_TRANSLATE_NOOP(
        "PoolTypePage", "The LUNs of a SCSI host adapter or a Fibre Channel vHBA."),
    PoolType.MPATH: QT_TRANSLATE_NOOP("PoolTypePage", "The host's multipath devices."),
    PoolType.RBD: QT_TRANSLATE_NOOP("PoolTypePage", "Images in a Ceph pool, over the network."),
    PoolType.GLUSTER: QT_TRANSLATE_NOOP(
        "PoolTypePage", "Files in a Gluster volume, reached by QEMU natively."),
    PoolType.ZFS: QT_TRANSLATE_NOOP("PoolTypePage", "A ZFS pool; each volume is a zvol."),
}


def type_words(pool_type: PoolType) -> str:
    return say(pool_type.info.label.words())


class TypePage(SpecPage):
    def __init__(self, state: PoolWizardState) -> None:
        super().__init__(state, self.tr("Name and type"),
                         self.tr("Name the pool and choose what kind of storage it holds."))
        form = Form(self, self.marks)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)  # long enough that the "too long" message can show
        form.field(self.tr("N&ame:"), self.name, self.tr("Pool name"), keys("name"))
        self.type = QComboBox(self)
        for pool_type in PoolType:
            self.type.addItem(type_words(pool_type), pool_type)
        form.field(self.tr("&Type:"), self.type, self.tr("Type"), keys("type"))
        self.type_help = QLabel(self)
        self.type_help.setWordWrap(True)
        self.type_help.setObjectName("Type description")
        self.type_help.setAccessibleDescription(self.tr("Type description"))
        form.below(self.type_help)
        self.unavailable = QLabel(self.tr("Checking which types this host supports…"), self)
        self.unavailable.setWordWrap(True)
        self.unavailable.setObjectName("Types not available")
        self.unavailable.setAccessibleDescription(self.tr("Types not available"))
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(self.unavailable)
        layout.addStretch(1)

        self.reload()
        self.name.textChanged.connect(self.edited)
        self.type.currentIndexChanged.connect(self.edited)
        state.contextChanged.connect(self.show_support)

    def owns(self, key: str) -> bool:
        return key in ("name", "type")

    def load(self) -> None:
        spec = self.state.spec
        self.name.setText(spec.name)
        self.type.setCurrentIndex(self.type.findData(spec.type))
        self._describe()

    def store(self) -> None:
        self.state.spec.name = self.name.text().strip()  # as a network's: a pasted space is no part of it
        self.state.spec.type = PoolType(self.type.currentData())
        self._describe()

    def _describe(self) -> None:
        pool_type = PoolType(self.type.currentData())
        self.type_help.setText(QCoreApplication.translate("PoolTypePage", DESCRIPTIONS[pool_type]))

    def show_support(self) -> None:
        """Disable the types the host cannot run, and say which and why."""
        caps = self.state.caps
        if caps is None:
            return
        model = self.type.model()
        assert isinstance(model, QStandardItemModel)
        missing = []
        for row in range(self.type.count()):
            pool_type = PoolType(self.type.itemData(row))
            supported = caps.supports(pool_type)
            item = model.item(row)
            item.setEnabled(supported)
            if not supported:
                missing.append(type_words(pool_type))
                item.setToolTip(self.tr("This host's libvirt has no storage driver for this type."))
        if not caps.known:
            self.unavailable.setText(self.tr("This host does not say which pool types it supports "
                                             "(libvirt before 5.2, or a driver without the call): all "
                                             "are offered, and libvirt refuses a type it cannot run "
                                             "when the pool is defined."))
        elif missing:
            names = comma_list(missing)  # Chinese lists with 、
            self.unavailable.setText(fill(self.tr("Not available on this host: %1. Its libvirt has "
                                                  "no storage driver for them."), names))
        else:
            self.unavailable.setText(self.tr("This host supports every pool type."))
        if not caps.supports(PoolType(self.type.currentData())):
            first = next((r for r in range(self.type.count()) if model.item(r).isEnabled()), -1)
            if first >= 0 and self.type.currentIndex() == 0:  # the default only: never the user's choice
                self.type.setCurrentIndex(first)
