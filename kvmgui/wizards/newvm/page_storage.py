"""Page 5: the VM's disk: a new volume in a pool (size, format), an existing volume or
image file, or none. On a remote host only pool volumes are offered.

A new volume goes only into a pool that can make one (not iSCSI, SCSI, multipath);
in a pool of block devices (LVM, a disk, ZFS) or RBD images it is raw, and a cloud
image's overlay is refused there (the validator says why, under the pool)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.newvm_images import disk_image_format
from kvmgui.models.words import say
from kvmgui.utils.tr import fill
from kvmgui.widgets.examples import set_example
from kvmgui.wizards.newvm.choosers import PathField, VolumeChooser, pool_text
from kvmgui.wizards.newvm.fields import Form, exactly, keys
from kvmgui.wizards.newvm.page import SpecPage, fill_line
from kvmgui.wizards.newvm.state import WizardState, makes_volumes
from kvmgui.xml.newvm_build import disk_volume_name
from kvmgui.xml.newvm_spec import GIB, InstallMethod, StorageKind

S = StorageKind
MAX_GIB = 64 * 1024.0


class StoragePage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Storage"), self.tr("Where the VM keeps its disk."),
                         keys("storage"))
        form = Form(self, self.marks)
        self.kind_group = QButtonGroup(self)
        self.kinds: dict[StorageKind, QRadioButton] = {}
        for kind, text, name in (
            (S.NEW_VOLUME, self.tr("&Create a new disk"), self.tr("Create a new disk")),
            (S.EXISTING_VOLUME, self.tr("Use an &existing volume"), self.tr("Use an existing volume")),
            (S.FILE, self.tr("Use an existing disk &image file"), self.tr("Use an existing disk image file")),
            (S.NONE, self.tr("N&o disk"), self.tr("No disk")),
        ):
            button = QRadioButton(text, self)
            self.kind_group.addButton(button)
            self.kinds[kind] = button
            form.widget(button, name)
        self.kind_problem = form.message(self.tr("Disk choice problem"))
        self.marks.add(exactly("storage"), [], self.kind_problem)
        self.form = form

        self.pool = QComboBox(self)
        form.field(self.tr("Storage &pool:"), self.pool, self.tr("Storage pool"), exactly("storage.pool"))
        self.disk_size = QDoubleSpinBox(self)
        self.disk_size.setDecimals(1)
        self.disk_size.setRange(0.1, MAX_GIB)
        self.disk_size.setSingleStep(1.0)
        self.disk_size.setSuffix(self.tr(" GiB"))
        form.field(self.tr("&Size:"), self.disk_size, self.tr("Disk size"), exactly("storage.capacity"))
        self.format = QComboBox(self)
        self.format.addItem(self.tr("qcow2 (grows as the guest writes; snapshots)"), "qcow2")
        self.format.addItem(self.tr("raw (all space at once; a little faster)"), "raw")
        form.field(self.tr("&Format:"), self.format, self.tr("Disk format"))
        # (host, pool, volume) or (host, "", path) whose format is read: pools and volumes of
        # the same names on another host may hold another format.
        self._image_asked: tuple[Connection, str, str] | None = None
        # The last answer shown: the same again leaves the user's choice; another (the image
        # replaced at the same path) is shown.
        self._image_read: tuple[tuple[Connection, str, str], str | None] | None = None
        self.volume_name = QLineEdit(self)
        form.field(self.tr("Volume na&me:"), self.volume_name, self.tr("Volume name"),
                   exactly("storage.volume"))
        self.existing = VolumeChooser(self.tr("Existing volume"), (".qcow2", ".img", ".raw"))
        form.field(self.tr("&Volume:"), self.existing, self.tr("Existing volume"),
                   exactly("storage.volume"), buddy=self.existing.volume)
        self.existing_format = QComboBox(self)
        self.existing_format.addItem(self.tr("qcow2"), "qcow2")
        self.existing_format.addItem(self.tr("raw"), "raw")
        form.field(self.tr("Image forma&t:"), self.existing_format, self.tr("Image format"))
        self.file = PathField(self.tr("Disk image file"), "/var/lib/libvirt/images/disk.qcow2",
                              self.tr("Disk images (*.qcow2 *.img *.raw)"))
        form.field(self.tr("Image &file:"), self.file, self.tr("Disk image file"), exactly("storage.path"),
                   buddy=self.file.edit)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # it names the pool
        self.note.setWordWrap(True)
        self.note.setObjectName("Storage note")
        form.layout.addRow(self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)
        self.reload()
        self.kind_group.buttonToggled.connect(lambda _b, on: self.edited() if on else None)
        self.pool.currentIndexChanged.connect(self.edited)
        self.disk_size.valueChanged.connect(self.edited)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.volume_name.textChanged.connect(self.edited)
        self.existing.changed.connect(self._image_chosen)
        self.existing_format.currentIndexChanged.connect(self.edited)
        self.file.changed.connect(self._image_chosen)
        state.factsChanged.connect(self.reload)
        state.poolsChanged.connect(self.reload)

    def load(self) -> None:
        spec, facts = self.state.spec, self.state.facts
        storage = spec.storage
        local = facts.local if facts is not None else self.state.conn.is_local
        pools = facts.pools if facts is not None else {}
        self.pool.clear()
        for info in sorted(pools.values(), key=lambda p: (not p.active, p.name)):
            if makes_volumes(info):
                self.pool.addItem(pool_text(info), info.name)
        if storage.pool and self.pool.findData(storage.pool) < 0:
            self.pool.addItem(storage.pool, storage.pool)
        self.pool.setCurrentIndex(max(self.pool.findData(storage.pool), 0))
        self.disk_size.setValue(storage.capacity_bytes / GIB)
        self.existing_format.setCurrentIndex(max(self.existing_format.findData(storage.format), 0))
        new = storage.kind is S.NEW_VOLUME
        fill_line(self.volume_name, storage.volume if new else "")
        existing = storage.volume if storage.kind is S.EXISTING_VOLUME else ""
        self.existing.set_pools(pools, storage.pool, existing)
        self.file.set_text(storage.path)
        self.file.set_local(local)
        self.kinds[S.FILE].setEnabled(local or storage.kind is S.FILE)
        self.kinds[storage.kind].setChecked(True)
        self._show()
        self._want_image_format()  # another host's image of the same name, say

    def store(self) -> None:
        storage = self.state.spec.storage
        checked = self.kind_group.checkedButton()
        storage.kind = next((k for k, b in self.kinds.items() if b is checked), S.NEW_VOLUME)
        if storage.kind is S.NEW_VOLUME:
            storage.pool = self.pool.currentData() or ""
            storage.volume = self.volume_name.text().strip()
            storage.format = "raw" if self._devices_pool(storage.pool) else self.state.file_format
        elif storage.kind is S.EXISTING_VOLUME:
            storage.pool = self.existing.pool_name()
            storage.volume = self.existing.volume_name()
            storage.format = "raw" if self.existing_format.currentData() == "raw" else "qcow2"
        elif storage.kind is S.FILE:
            storage.format = "raw" if self.existing_format.currentData() == "raw" else "qcow2"
        storage.capacity_bytes = round(self.disk_size.value() * GIB)
        storage.path = self.file.text()
        self._show()

    def _show(self) -> None:
        spec = self.state.spec
        kind = spec.storage.kind
        for widget, shown in ((self.pool, kind is S.NEW_VOLUME), (self.disk_size, kind is S.NEW_VOLUME),
                              (self.format, kind is S.NEW_VOLUME), (self.volume_name, kind is S.NEW_VOLUME),
                              (self.existing, kind is S.EXISTING_VOLUME),
                              (self.existing_format, kind in (S.EXISTING_VOLUME, S.FILE)),
                              (self.file, kind is S.FILE)):
            self.form.set_visible(widget, shown)
        cloud = spec.install.method is InstallMethod.CLOUD_IMAGE
        # An overlay on the base image is always qcow2; a volume in a pool of devices raw.
        shown_format = "qcow2" if cloud else spec.storage.format
        with QSignalBlocker(self.format):  # what it shows, not what the user chose
            self.format.setCurrentIndex(max(self.format.findData(shown_format), 0))
        self.format.setEnabled(not cloud and not self._devices_pool(spec.storage.pool))
        if kind is S.NEW_VOLUME and spec.name:
            default = replace(spec, storage=replace(spec.storage, volume=""))
            set_example(self.volume_name, disk_volume_name(default))
        pool_type = self.state.pool_type(spec.storage.pool) if kind is S.NEW_VOLUME else None
        if pool_type is not None and not pool_type.info.holds_image_files and not cloud:
            self.note.setText(fill(self.tr("The volumes of storage pool %1 (%2) have no file format: "
                                           "the new disk is raw."),
                                   spec.storage.pool, say(pool_type.info.label)))
        elif cloud:
            self.note.setText(self.tr("The cloud image stays unchanged: the new disk (qcow2) keeps only "
                                      "the VM's changes, and is at least as large as the image."))
        elif spec.install.method is InstallMethod.IMPORT_DISK:
            self.note.setText(self.tr("The VM boots the disk you choose here, as it is."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _format_chosen(self) -> None:
        if not self._loading:
            self.state.file_format = "raw" if self.format.currentData() == "raw" else "qcow2"
        self.edited()

    def _image_chosen(self) -> None:
        self.edited()
        if not self._loading:
            self._want_image_format()

    def _want_image_format(self) -> None:
        """An existing image goes to the guest in the format it has (read in a worker): a
        raw image named qcow2 does not start, a qcow2 one given as raw is wrecked."""
        storage, conn = self.state.spec.storage, self.state.conn
        if storage.kind not in (S.EXISTING_VOLUME, S.FILE):
            return
        volume = storage.volume if storage.kind is S.EXISTING_VOLUME else ""
        image = (conn, storage.pool, volume) if volume else (conn, "", storage.path)
        self._image_asked = image  # read each time: the image may have been replaced since
        if not image[2]:
            return
        facts = self.state.facts
        local = facts.local if facts is not None else conn.is_local
        conn.run(disk_image_format, image[1], volume, storage.path, local, context=self,
                 done=lambda fmt: self._got_image_format(image, fmt),
                 failed=lambda _exc: None)  # the validator says what is wrong with it

    def _got_image_format(self, image: tuple[Connection, str, str], fmt: str | None) -> None:
        if image != self._image_asked or (image, fmt) == self._image_read:
            return
        self._image_read = (image, fmt)
        if fmt is not None:
            self.existing_format.setCurrentIndex(max(self.existing_format.findData(fmt), 0))

    def _devices_pool(self, pool: str) -> bool:
        kind = self.state.pool_type(pool)
        return kind is not None and not kind.info.holds_image_files

    def initializePage(self) -> None:
        self.reload()  # the name and install method decide the defaults shown here
        super().initializePage()
