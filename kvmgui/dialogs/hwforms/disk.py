"""Add hardware: a disk or CD-ROM, on a new volume of a running pool or on an image that
exists (looked at in a worker: ``imagecheck.py``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QRadioButton, QSpinBox, QWidget

from kvmgui.dialogs.hwforms.base import HardwareForm, Job, items, row
from kvmgui.dialogs.imagecheck import BlockGuessNote, ImageCheck, block_device
from kvmgui.dialogs.imageusers import image_paths, image_user, volume_dirs
from kvmgui.libvirt import domainops, imageformat, volops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.machinecaps import MachineCaps
from kvmgui.libvirt.records import PoolRecord
from kvmgui.models.words import say
from kvmgui.utils.tr import fill, size_text
from kvmgui.widgets.imageinuse import ImageInUse
from kvmgui.xml.base import to_xml
from kvmgui.xml.device_specs import (
    BUSES,
    DiskSpec,
    build_disk,
    cdrom_bus,
    validate_disk_bus,
    validate_usb_disk,
)
from kvmgui.xml.devices import Kind
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.pool_types import PoolType, VolumeKind, known_pool_type
from kvmgui.xml.volume_spec import VolumeSpec
from kvmgui.xml.volume_validate import VolumeContext, validate_volume

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


# libvirt's names, shown as they are (here and on the disk page).
DISK_BUSES = list(BUSES)
VOLUME_FORMATS = ["qcow2", "raw"]
GIB = 1024**3


def pool_kind(rec: PoolRecord) -> PoolType | None:
    """The pool's type; None for one kvmgui does not know (libvirt decides on it)."""
    return known_pool_type(rec.pool_type)


class DiskForm(HardwareForm):
    device_kind = Kind.DISK
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Disk")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New disk")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None, *,
                 live: DomainDoc | None = None) -> None:
        super().__init__(conn, doc, parent, live=live)
        self.in_use = ImageInUse(self)  # which other VMs use the image
        f = self.form
        self.device = row(f, self.tr("&Device:"), QComboBox(self), self.tr("Device type"))
        self.device.addItem(self.tr("Hard disk"), "disk")
        self.device.addItem(self.tr("CD-ROM"), "cdrom")
        self.new_volume = row(f, "", QRadioButton(self.tr("Create a &new volume"), self),
                              self.tr("Create a new volume"))
        self.pool = row(f, self.tr("&Pool:"), QComboBox(self), self.tr("Storage pool"))
        self._names: dict[str, frozenset[str]] = {}  # each pool's volumes, read in a worker
        self._names_out: set[str] = set()  # the pools whose listing is out
        self._names_stale: set[str] = set()  # ... and asked for again meanwhile
        self._chosen_pool: str | None = None  # kept while its pool is stopped
        self._fill_pools()
        self._chosen_pool = self.pool.currentData()
        self.volume = row(f, self.tr("&Volume name:"), QLineEdit(self._volume_name(), self),
                          self.tr("Volume name"))
        self.capacity = row(f, self.tr("Si&ze:"), QSpinBox(self), self.tr("Size"))
        self.capacity.setRange(1, 64 * 1024)
        self.capacity.setValue(10)
        self.capacity.setSuffix(self.tr(" GiB"))
        self.format = row(f, self.tr("&Format:"), QComboBox(self), self.tr("Volume format"))
        items(self.format, VOLUME_FORMATS)
        self._file_format = VOLUME_FORMATS[0]  # the user's choice, for a pool of image files
        self.existing = row(f, "", QRadioButton(self.tr("Use an &existing image"), self),
                            self.tr("Use an existing image"))
        self.path = row(f, self.tr("Image pat&h:"), QLineEdit(self), self.tr("Image path"))
        self.path.setPlaceholderText("/var/lib/libvirt/images/disk.qcow2")
        # A remote host's path in no pool: a /dev one is a block device by a guess, another
        # cannot be looked for; said before Add.
        self.image = ImageCheck(conn, self)
        self.path_note = BlockGuessNote(conn, self.image, self)
        f.addRow("", self.path_note)
        self.bus = row(f, self.tr("&Bus:"), QComboBox(self), self.tr("Disk bus"))
        items(self.bus, DISK_BUSES)
        self.machine_caps = MachineCaps(conn, self)  # what the VM's machine type can have
        self.machine_caps.follow(doc)
        self.readonly = row(f, "", QCheckBox(self.tr("&Read-only"), self), self.tr("Read-only"))
        (self.new_volume if self.pool.count() else self.existing).setChecked(True)
        self.new_volume.setEnabled(self.pool.count() > 0)
        # "New volume" left because every pool stopped, or for a CD-ROM: chosen again when
        # a pool is back or the device is a hard disk again, unless the user chose meanwhile
        # (a mode clicked, an image path typed).
        self._new_volume_taken = False
        self._disk_bus: str | None = None  # the hard disk's bus a CD-ROM left, given back
        self._cdrom_bus = ""  # the bus the form chose for the CD-ROM then
        self._disk_readonly: bool | None = None  # likewise its Read-only, while a CD-ROM
        for signal in (self.new_volume.clicked, self.existing.clicked, self.path.textEdited):
            signal.connect(self._mode_chosen)
        for signal in (self.new_volume.toggled, self.device.currentIndexChanged):
            signal.connect(self._mode_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.pool.currentIndexChanged.connect(self._pool_chosen)  # first: the others see it
        # Picking the pool shown (the one put there when the chosen one stopped) changes no
        # index, yet it is the user's choice: it stays when the other pool comes back.
        self.pool.activated.connect(self._pool_chosen)
        self.pool.currentIndexChanged.connect(self._mode_changed)
        self.pool.currentIndexChanged.connect(self._read_names)
        self.path.textChanged.connect(self._want_block_guess)
        self.existing.toggled.connect(self._want_block_guess)
        # Pools started, stopped, defined or gone while the dialog is open.
        for signal in (conn.pools.added, conn.pools.changed, conn.pools.removed):
            signal.connect(self._pools_changed)
        self._mode_changed()
        self._read_names()

    def _fill_pools(self) -> None:
        """The running pools (a new volume cannot go into a stopped one); the choice stays,
        and comes back with its pool when another client stopped it for a moment (else
        the volume would go, unnoticed, into the pool shown meanwhile)."""
        shown = self.pool.currentData()
        self.pool.blockSignals(True)  # emptied for a moment: the mode follows once refilled
        self.pool.clear()
        for rec in sorted(self.conn.pools.records(), key=lambda r: r.name):
            kind = pool_kind(rec)
            # A disk on a path: not in pools whose volumes come from the storage (iSCSI…)
            # or are no path on the host (RBD).
            if rec.active and (kind is None or kind.info.volumes in (VolumeKind.FILE, VolumeKind.BLOCK)):
                self.pool.addItem(fill(self.tr("%1 (%2 free)"), rec.name, size_text(rec.available)),
                                  rec.name)
        chosen = self.pool.findData(self._chosen_pool) if self._chosen_pool else -1
        self.pool.setCurrentIndex(chosen if chosen >= 0 else max(self.pool.findData(shown), 0))
        self.pool.blockSignals(False)

    def _pool_chosen(self, *_args: object) -> None:
        """Refilled with signals blocked: a change heard here is a choice, not a refill."""
        self._chosen_pool = self.pool.currentData()

    def _pools_changed(self, *_args: object) -> None:
        self._fill_pools()
        self._mode_changed()
        self._read_names()

    def _read_names(self, *_args: object) -> None:
        """The chosen pool's volumes, for a name it has to be said inline (libvirt still
        refuses one made meanwhile). One listing of a pool at a time: a storm's events ask
        for one more after it (one per event filled the workers every window shares, and
        an older listing answered last hid the volumes made meanwhile)."""
        pool = self.pool.currentData()
        if not pool:
            return
        if pool in self._names_out:
            self._names_stale.add(pool)
            return
        self._names_out.add(pool)
        self.conn.run(volops.volume_names, pool, context=self,
                      done=partial(self._got_names, pool),
                      failed=lambda _exc: self._got_names(pool, None))  # gone: the pools follow

    def _got_names(self, pool: str, names: frozenset[str] | None) -> None:
        self._names_out.discard(pool)
        if names is not None:
            self._names[pool] = names
        if pool in self._names_stale:
            self._names_stale.discard(pool)
            if pool == self.pool.currentData():  # another is read when chosen
                self._read_names()

    def _pool_kind(self) -> PoolType | None:
        rec = next((r for r in self.conn.pools.records() if r.name == self.pool.currentData()), None)
        return pool_kind(rec) if rec is not None else None

    def _image_files(self) -> bool:
        """Whether the chosen pool holds image files (else its volumes are raw devices)."""
        kind = self._pool_kind()
        return kind is None or kind.info.holds_image_files

    def _volume_name(self) -> str:
        taken = len(self.doc.disk_targets())
        return f"{self.doc.name or 'vm'}-{taken + 1}.qcow2"

    def _format_changed(self, _index: int) -> None:
        if self._image_files():  # else raw by the pool, not by the user
            self._file_format = self.format.currentData()
        # Only a format's own ending follows the format: 'my.disk' is the user's name.
        base, dot, ending = self.volume.text().rpartition(".")
        if dot and ending in VOLUME_FORMATS:
            self.volume.setText(f"{base}.{self.format.currentData()}")

    def _mode_changed(self, *_args: object) -> None:
        cdrom = self.device.currentData() == "cdrom"
        if cdrom:
            self._new_volume_taken |= self.new_volume.isChecked()
            self.existing.setChecked(True)
            if self.bus.currentData() == "virtio":
                self._disk_bus = "virtio"
                # One the VM's machine has (not SATA on s390), else the form refused its own
                # choice on Add.
                self._cdrom_bus = cdrom_bus(self.doc.machine or "", self.machine_caps.disk_buses)
                self.bus.setCurrentIndex(self.bus.findData(self._cdrom_bus))
        elif self._disk_bus is not None:
            if self.bus.currentData() == self._cdrom_bus:  # else a bus the user chose since
                self.bus.setCurrentIndex(self.bus.findData(self._disk_bus))
            self._disk_bus = None
        self.new_volume.setEnabled(not cdrom and self.pool.count() > 0)
        if not self.pool.count():  # every pool stopped meanwhile: nothing to create in
            self._new_volume_taken |= self.new_volume.isChecked()
            self.existing.setChecked(True)
        elif self._new_volume_taken and not cdrom:
            self._new_volume_taken = False
            self.new_volume.setChecked(True)
        creating = self.new_volume.isChecked()
        for w in (self.pool, self.volume, self.capacity):
            w.setEnabled(creating)
        files = self._image_files()
        # An LV, a partition, a zvol: a raw device; back in a pool of files, the user's format.
        self.format.setCurrentIndex(self.format.findData(self._file_format if files else "raw"))
        self.format.setEnabled(creating and files)
        self.path.setEnabled(not creating)
        self.readonly.setEnabled(not cdrom)
        if cdrom and self._disk_readonly is None:  # shown as libvirt makes every CD-ROM
            self._disk_readonly = self.readonly.isChecked()
            self.readonly.setChecked(True)
        elif not cdrom and self._disk_readonly is not None:
            self.readonly.setChecked(self._disk_readonly)
            self._disk_readonly = None

    def _mode_chosen(self, *_args: object) -> None:
        self._new_volume_taken = False  # the user's own choice now, kept

    def _want_block_guess(self, *_args: object) -> None:
        self.path_note.check(self.path.text() if self.existing.isChecked() else "")

    def validate(self) -> str | None:
        device = self.device.currentData()
        self.machine_caps.follow(self.doc)  # the VM's machine may have changed meanwhile
        if problem := validate_disk_bus(device, self.bus.currentData(), self.doc.machine or "",
                                        self.machine_caps.disk_buses):
            return say(problem)
        if problem := validate_usb_disk(self.bus.currentData(), self.doc.node):
            return say(problem)
        if self.new_volume.isChecked():
            name = self.volume.text().strip()
            if not self.pool.currentData():
                return self.tr("Choose a storage pool")
            if not name or "/" in name or name.startswith("."):
                return self.tr("Enter a volume name without '/'")
            # The storage layer's other checks (a control character, a name too long for a
            # file, LVM's rules).
            context = VolumeContext(self._pool_kind() or PoolType.DIR,
                                    self._names.get(self.pool.currentData(), frozenset()))
            return next((say(p.words) for p in validate_volume(VolumeSpec(name=name), context)
                         if p.field == "name"), None)
        path = self.path.text().strip()
        if device == "cdrom" and not path:
            return None  # an empty drive
        if not os.path.isabs(path):
            return self.tr("Enter the absolute path of the image")
        # On this machine a link to the image is seen too (``then`` had the files looked at).
        if used := image_user(path, self.doc, self.live, dirs=volume_dirs(self.conn),
                              writable=device == "disk" and not self.readonly.isChecked(),
                              file=self.image.file):
            return used
        return self.image.problem(path)

    def then(self, act: Callable[[], None], say: Callable[[str], None]) -> None:
        if self.new_volume.isChecked():
            act()
            return
        path = self.path.text().strip()
        self.image.then(path, lambda: self._others_first(path, act, say), say,
                        image_paths(self.doc, self.live, dirs=volume_dirs(self.conn)))

    def _others_first(self, path: str, act: Callable[[], None], say: Callable[[str], None]) -> None:
        """Before a disk on an existing image is added, the other VMs of the host that use
        it are named in a question (``ImageInUse``). ``act`` on Yes, or at once when none
        uses it or when the form has a problem of its own (``act`` says it)."""
        if self.in_use.asking:
            return  # Add clicked again while the other VMs are looked for or asked about
        if not path or self.validate() is not None:
            act()  # an empty CD-ROM drive uses no image; a problem is said by act
            return
        # Every VM's XML is read: near-instant here, a few seconds from a far host. (It
        # also takes the place of a problem of the click before.)
        say(fill(self.tr("Looking for other VMs that use %1…"), path))
        reads = self.readonly.isChecked() or self.device.currentData() == "cdrom"
        self.in_use.then(self.conn, path, uuid=self.doc.uuid or "", writes=not reads, go=act,
                         looked=lambda: say(""),
                         question=self.tr("%1 is used by %2 already. Two VMs that write on one "
                                          "image wreck it. Add it anyway?"))

    def _spec(self, path: str | None) -> DiskSpec:
        device = self.device.currentData()
        fmt = self.format.currentData() if self.new_volume.isChecked() else None
        if fmt is None and path and device == "disk":
            fmt = "qcow2" if path.endswith(".qcow2") else "raw"
        return DiskSpec(path=path, device=device, bus=self.bus.currentData(), format=fmt,
                        readonly=self.readonly.isChecked())

    def job(self) -> Job:
        # A disk removed from the definition stays in the running VM until its restart:
        # a live attach on its target is refused.
        taken = tuple(dict.fromkeys(self.doc.disk_targets()
                                    + (self.live.disk_targets() if self.live else [])))
        if self.new_volume.isChecked():
            # Read on the GUI thread: the worker gets the spec, never the widgets.
            return domainops.add_disk_on_new_volume, (
                self.pool.currentData(), self.volume.text().strip(), self.capacity.value() * GIB,
                self.format.currentData(), partial(disk_xml_at, self._spec(None), taken))
        path = self.path.text().strip() or None
        if path:
            # The image's format, and a remote host's word on whether it is a block device,
            # are read in the worker; the name's guess is the fallback.
            return domainops.add_disk_on_image, (
                path, self.conn.is_local,
                partial(disk_xml_in, self._spec(path), taken, self.image.seen_block(path)),
                self.tr("New disk"))
        xml = to_xml(build_disk(self._spec(path), taken))
        return domainops.apply_change, (domainops.add_device(xml, self.tr("New disk")),)


def disk_xml_at(spec: DiskSpec, taken: tuple[str, ...], path: str, fmt: str, block: bool) -> str:
    """The disk's XML once its new volume has a path, in the format and of the kind its
    pool's type gives it (in the worker: plain data only)."""
    return to_xml(build_disk(replace(spec, path=path, format=fmt, block=block), taken))


def disk_xml_in(spec: DiskSpec, taken: tuple[str, ...], seen_block: bool | None,
                fmt: imageformat.ImageFormat | None, host_block: bool | None) -> str:
    """The disk's XML once its image's format is known (None: as the spec guessed), a file
    or a block device as ``block_device`` tells."""
    block = block_device(spec.path or "", seen_block, host_block)
    return to_xml(build_disk(replace(spec, format=fmt or spec.format, block=block), taken))
