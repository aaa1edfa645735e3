"""A disk, CD-ROM or floppy: image, bus, cache, read-only; eject and insert media."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kvmgui.dialogs.details.devicepage import DevicePage
from kvmgui.dialogs.hwforms.disk import DISK_BUSES
from kvmgui.dialogs.imagecheck import BlockGuessNote, ImageCheck
from kvmgui.dialogs.imageusers import image_of, image_paths, image_user, volume_dirs
from kvmgui.libvirt import domainops, imageformat
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.domainops import ApplyResult, Change
from kvmgui.libvirt.machinecaps import MachineCaps
from kvmgui.models.domainwatcher import DomainView
from kvmgui.models.words import failure_words, said, say
from kvmgui.utils.tr import fill
from kvmgui.widgets.imageinuse import ImageInUse
from kvmgui.xml.device_specs import validate_disk_bus, validate_usb_disk
from kvmgui.xml.devices import Device, Disk, Kind
from kvmgui.xml.domain import DomainDoc
from kvmgui.xml.words import Words

# libvirt's cache modes, shown by their names; None: the hypervisor's choice, in words.
CACHE_MODES = [None, "none", "writeback", "writethrough", "directsync", "unsafe"]


def path_problem(image: ImageCheck, path: str) -> str | None:
    """A missing image is caught here when the host is this machine (else libvirt says);
    a folder or a control character on any host (a NUL cannot even be written into XML)."""
    if not path:
        return QCoreApplication.translate("DiskPage", "Enter the path of the disk image")
    return image.problem(path)


class DiskPage(DevicePage):
    editable = True

    def __init__(self, conn: Connection, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(device, parent)
        self.conn = conn
        self.image = ImageCheck(conn, self)
        self.image.answered.connect(self._check_again)
        self.machine_caps = MachineCaps(conn, self)  # what the VM's machine type can have
        self.machine_caps.known.connect(self._check_again)
        self.file_backed = True
        self._format: imageformat.ImageFormat | None = None  # the new image's, while applying
        self._block: bool | None = None  # whether the host says it is a block device, likewise
        self._inserting: str | None = None  # the media being inserted
        self.in_use = ImageInUse(self)  # which other VMs use a new image
        self.removable = device.kind in (Kind.CDROM, Kind.FLOPPY)
        self.path = self.add_row(self.tr("&Image path:"), QLineEdit(self), self.tr("Image path"))
        # A remote host's path in no pool: a /dev one is a block device by a guess, another
        # cannot be looked for; said before.
        self.path_note = BlockGuessNote(conn, self.image, self, adding=False)
        if not self.removable:  # a drive's media is given below
            self.form.addRow("", self.path_note)
            self.path.textChanged.connect(self._want_block_guess)
        self.bus = self.add_row(self.tr("&Bus:"), QComboBox(self), self.tr("Disk bus"))
        for bus in DISK_BUSES:  # libvirt's names, shown as they are
            self.bus.addItem(bus, bus)
        if device.kind is Kind.FLOPPY:  # libvirt takes a floppy on no other bus
            self.bus.setEnabled(False)
            self.bus.setToolTip(self.tr("A floppy drive is always on the fdc bus."))
            self.bus.setAccessibleDescription(self.bus.toolTip())
        self.cache = self.add_row(self.tr("&Cache mode:"), QComboBox(self), self.tr("Cache mode"))
        for mode in CACHE_MODES:
            self.cache.addItem(mode or self.tr("Hypervisor default"), mode)
        self.readonly = self.add_row("", QCheckBox(self.tr("&Read-only"), self), self.tr("Read-only"))
        if device.kind is Kind.CDROM:  # libvirt puts <readonly/> back on any CD-ROM
            self.readonly.setEnabled(False)
            self.readonly.setToolTip(self.tr("A CD-ROM is always read-only."))
            self.readonly.setAccessibleDescription(self.readonly.toolTip())
        if self.removable:
            media = QWidget(self)
            row = QHBoxLayout(media)
            row.setContentsMargins(0, 0, 0, 0)
            self.insert_path = QLineEdit(media)
            self.insert_path.setAccessibleName(self.tr("Path of the media to insert"))
            self.insert_path.setPlaceholderText(self.tr("/path/to/image.iso"))
            insert = QPushButton(self.tr("&Insert"), media)
            insert.setAccessibleName(self.tr("Insert media"))
            insert.clicked.connect(self.insert_media)
            self.eject_button = QPushButton(self.tr("&Eject"), media)
            self.eject_button.setAccessibleName(self.tr("Eject media"))
            self.eject_button.clicked.connect(self.eject_media)
            row.addWidget(self.insert_path, 1)
            row.addWidget(insert)
            row.addWidget(self.eject_button)
            self.add_row(self.tr("Media:"), media, self.tr("Media"), buddy=self.insert_path)
            self.form.addRow("", self.path_note)
            self.insert_path.textChanged.connect(self.path_note.check)
            self.path.setReadOnly(True)
            self.path.setPlaceholderText(self.tr("No media"))
        self.finish_layout()
        self.track(self.path, self.bus, self.cache, self.readonly)

    def load(self, view: DomainView) -> None:
        self.machine_caps.follow(view.doc)
        disk = self.device(view)
        if not isinstance(disk, Disk):
            return
        self.file_backed = disk.source_type in ("file", "block")
        self.path.setText(disk.source or "")
        self.path.setReadOnly(self.removable or not self.file_backed)
        index = self.bus.findData(disk.bus)
        if index < 0 and disk.bus:  # a bus we do not offer (a floppy's fdc): show it as it is
            self.bus.addItem(disk.bus, disk.bus)
            index = self.bus.count() - 1
        if index >= 0:
            self.bus.setCurrentIndex(index)
        index = self.cache.findData(disk.cache)
        self.cache.setCurrentIndex(max(index, 0))
        self.readonly.setChecked(disk.readonly)
        if self.removable:  # media the running VM still has can be ejected too
            running = view.live.find_device(self.key) if view.live is not None else None
            self.eject_button.setEnabled(disk.source is not None or (
                isinstance(running, Disk) and running.source is not None))

    def show_status(self, view: DomainView) -> None:
        super().show_status(view)
        disk = self.device(view)
        running = view.live.find_device(self.key) if view.live is not None else None
        # The media field shows the definition's: say what the running VM holds meanwhile.
        if self.removable and isinstance(disk, Disk) and isinstance(running, Disk) \
                and running.source != disk.source:
            self.running_state.setText(
                fill(self.tr("Holds %1 until the next start"), running.source) if running.source
                else self.tr("Holds no media until the next start"))

    def validate(self) -> str | None:
        disk = self.device()
        if not isinstance(disk, Disk):
            return None
        path, view, changed = self.path.text().strip(), self.view, self._path_changed()
        # Made writable, a drive may no longer share its image with a read-only one. Its
        # own image, unchanged, is a pool volume's file where it is one ('pool/volume').
        unlocked = disk.readonly and not self.readonly.isChecked()
        dirs = volume_dirs(self.conn)
        image = path if changed else image_of(disk, dirs)
        if (changed or unlocked) and disk.kind is not Kind.CDROM and image and view is not None \
                and (used := image_user(image, view.doc, view.live, disk.key,
                                        writable=not self.readonly.isChecked(),
                                        dirs=dirs, file=self.image.file)):
            return used
        if changed and (problem := path_problem(self.image, path)):
            return problem
        device = "cdrom" if disk.kind is Kind.CDROM else "disk"
        was = self.device(self.loaded) if self.loaded is not None else None
        if self.view is None or (isinstance(was, Disk) and self.bus.currentData() == was.bus):
            # The bus the VM has, kept: an edit of another field is not refused for it (a
            # host's list of buses may lack one its emulator takes).
            return None
        self.machine_caps.follow(self.view.doc)
        return said(validate_disk_bus(device, self.bus.currentData(), self.view.doc.machine or "",
                                      self.machine_caps.disk_buses)
                    or validate_usb_disk(self.bus.currentData(), self.view.doc.node))

    def _path_changed(self) -> bool:
        """Whether the user changed the image path (from what the fields were filled from:
        a path changed elsewhere meanwhile is not the user's)."""
        disk = self.device(self.loaded) if self.loaded is not None else None
        return (isinstance(disk, Disk) and not self.path.isReadOnly()
                and self.path.text().strip() != (disk.source or ""))

    def apply(self) -> None:
        # A changed image is looked at afresh first (in a worker, a few ms): libvirt takes
        # a missing file into a stopped VM's definition without a word.
        if self._path_changed():
            clicked = self._inputs()
            self.image.then(self.path.text().strip(), lambda: self._read_format(clicked),
                            self.problem.say, self._other_images())
        elif (image := self._unlocked_image()) is not None:
            if self.validate_inline() or not self._dirty:
                return
            self.set_busy(True)
            self._others_first(image, True, self._apply_as)
        else:
            super().apply()

    def _unlocked_image(self) -> str | None:
        """The drive's own image when Read-only was unticked (it would write an image other
        VMs may read), else None."""
        disk = self.device()
        loaded = self.device(self.loaded) if self.loaded is not None else None
        if not isinstance(disk, Disk) or not isinstance(loaded, Disk) or disk.kind is Kind.CDROM \
                or not loaded.readonly or self.readonly.isChecked():
            return None
        return image_of(disk, volume_dirs(self.conn))

    def _other_images(self) -> list[str]:
        """The images of the VM's other drives: looked at with this one's on this machine,
        so that one named by a link to it is told (``image_user``'s ``file``)."""
        view = self.view
        return [] if view is None else image_paths(view.doc, view.live, self.key,
                                                   dirs=volume_dirs(self.conn))

    def _inputs(self) -> tuple[object, ...]:
        """What the fields show: a click on Apply applies what they showed then."""
        return (self.path.text().strip(), self.bus.currentData(), self.cache.currentData(),
                self.readonly.isChecked())

    def _read_format(self, clicked: tuple[object, ...]) -> None:
        """The new image's own format, read in a worker: the old image's is no guide (a
        qcow2 image given as raw is wrecked by the guest's writes)."""
        if self._inputs() != clicked:
            # Edited while the image was looked at (the page stays usable meanwhile): the
            # answer is about what the click saw, the next click applies what is shown now.
            # In the page's message: the problem line is checked afresh at each answer.
            self.message.say(self.tr("Nothing was applied: the page changed while the image "
                                     "was looked at. Apply again to apply it as it is now."))
            return
        if self.validate_inline() or not self._dirty:
            return
        path = self.path.text().strip()
        self.set_busy(True)
        self.conn.run(imageformat.image_facts, path, self.conn.is_local,
                      done=lambda facts: self._format_read(path, *facts),
                      failed=lambda exc: self.apply_failed(failure_words(exc)), context=self)

    def _format_read(self, path: str, fmt: imageformat.ImageFormat | None,
                     block: bool | None) -> None:
        if fmt == imageformat.VHDX:  # libvirt would take it as raw
            self.set_busy(False)
            # Apply stays on: it reads the image afresh (it may be converted in place).
            self.problem.error(say(imageformat.UnsupportedImageError(path).words))
            return
        disk = self.device()
        writes = isinstance(disk, Disk) and disk.kind is not Kind.CDROM \
            and not self.readonly.isChecked()
        self._others_first(path, writes, lambda: self._apply_as(fmt, block))

    def _apply_as(self, fmt: imageformat.ImageFormat | None = None,
                  block: bool | None = None) -> None:
        """Apply, the new image being of ``fmt`` and a block device or not (``block``) as
        the worker found it (None: not known)."""
        self._format, self._block = fmt, block
        try:
            super().apply()
        finally:
            self._format = self._block = None

    def _others_first(self, path: str, writes: bool, go: Callable[[], None]) -> None:
        """``go`` once the other VMs of the host that use the image ``path`` are found (the
        page stays busy meanwhile) and, where they clash with this drive (``writes`` it or
        only reads it), the user said Yes to their names, as Add hardware asks."""
        uuid = (self.view.doc.uuid if self.view is not None else None) or ""
        # Every VM's XML is read: near-instant here, a few seconds from a far host.
        self.message.say(fill(self.tr("Looking for other VMs that use %1…"), path))
        self.in_use.then(self.conn, path, uuid=uuid,
                         writes=writes, go=go, looked=self._looked,
                         question=self.tr("%1 is used by %2 already. Two VMs that write on one "
                                          "image wreck it. Use it anyway?"))

    def _looked(self) -> None:
        self.message.clear()
        self.set_busy(False)

    def _want_block_guess(self, *_args: object) -> None:
        # Filled from the VM (loading): no path of the user's, whatever the last one was.
        self.path_note.check(self.path.text() if not self._loading and self._path_changed() else "")

    def _check_again(self) -> None:
        if self._dirty and self.body.isEnabled():  # not while applying: Apply stays off
            self.validate_inline()

    def build_change(self) -> Change | None:
        was = self.device(self.loaded) or self.device()  # the disk the fields were filled from
        if not isinstance(was, Disk):
            return None
        key, path, bus = self.key, self.path.text().strip(), self.bus.currentData()
        cache, readonly = self.cache.currentData(), self.readonly.isChecked()
        new_path, fmt = self._path_changed(), self._format
        block = self.image.is_block(path, self._block)  # what the path is, not what the old one was
        guess = self.image.block_guess(path, self._block) if new_path else None
        # Only what the user changed: the rest is the disk's as it is (changed elsewhere
        # meanwhile, it is not undone).
        new_cache, new_readonly, new_bus = (cache != was.cache, readonly != was.readonly,
                                            bus != was.bus)

        def edit(doc: DomainDoc) -> None:
            disk = doc.find_device(key)
            if not isinstance(disk, Disk):
                raise domainops.DeviceGoneError(key)  # failure_words says it
            if new_path and path != (disk.source or ""):
                if block:
                    disk.set_block(path)
                else:
                    disk.set_file(path)
                if fmt is not None:  # None: not known (a remote host's file in no pool)
                    disk.format = fmt
            if new_cache:
                disk.cache = cache
            if new_readonly:
                disk.readonly = readonly
            if new_bus and bus != disk.bus:
                doc.set_disk_bus(key, bus)

        # QEMU changes none of these in a running VM: they wait for the next start.
        now = self.device()  # named as it is ('CD-ROM sda'), not always 'Disk'
        change = domainops.edit_definition(
            edit, now.title if now is not None else fill(self.tr("Disk %1"), key.split(":", 1)[-1]))
        return replace(change, note=guess)

    # -- removable media: immediate actions, live when the VM runs ------------------------------

    def eject_media(self) -> None:
        self._media(_eject, self.tr("Eject media"))
        self._inserting = None

    def applied(self, result: ApplyResult) -> None:
        super().applied(result)
        if self.removable and self._inserting is not None \
                and self.insert_path.text().strip() == self._inserting:
            self.insert_path.clear()  # done: no longer something to insert
        self._inserting = None

    def apply_failed(self, message: str, tell: Callable[[str], None] | None = None) -> None:
        super().apply_failed(message, tell)
        self._inserting = None  # the path stays for another try

    def insert_media(self) -> None:
        clicked = self.insert_path.text().strip()
        self.image.then(clicked, lambda: self._insert_media(clicked), self.problem.say,
                        self._other_images())

    def _insert_media(self, clicked: str) -> None:
        path = self.insert_path.text().strip()
        if path != clicked:  # typed while the image was looked at: that path is not looked at
            self.problem.say(self.tr("Nothing was inserted: the path changed while the image was "
                                     "looked at. Insert again to insert it."))
            return
        view, drive = self.view, self.device()
        # A disk writing the image holds QEMU's write lock: the CD-ROM gets no read lock; a
        # floppy not read-only writes it, so no other drive may hold it.
        problem = (image_user(path, view.doc, view.live, self.key, dirs=volume_dirs(self.conn),
                              writable=drive.kind is Kind.FLOPPY and not drive.readonly,
                              file=self.image.file)
                   if view is not None and isinstance(drive, Disk) else None) \
            or path_problem(self.image, path)
        self.problem.error(problem or "")
        if problem or self._edits_first():
            return
        self.set_busy(True)
        # The media's own format, read in a worker, as for a new image on Apply.
        self.conn.run(imageformat.image_facts, path, self.conn.is_local,
                      done=lambda facts: self._insert_format_read(path, *facts),
                      failed=lambda exc: self.apply_failed(failure_words(exc)), context=self)

    def _insert_format_read(self, path: str, fmt: imageformat.ImageFormat | None,
                            host_block: bool | None) -> None:
        if fmt == imageformat.VHDX:  # libvirt would take it as raw
            self.set_busy(False)
            self.problem.error(say(imageformat.UnsupportedImageError(path).words))
            return
        drive = self.device()
        writes = isinstance(drive, Disk) and drive.kind is Kind.FLOPPY and not drive.readonly
        self._others_first(path, writes, lambda: self._insert_now(path, fmt, host_block))

    def _insert_now(self, path: str, fmt: imageformat.ImageFormat | None,
                    host_block: bool | None) -> None:
        block = self.image.is_block(path, host_block)
        self._media(lambda d: _insert(d, path, block, fmt),
                    fill(self.tr("Insert %1"), os.path.basename(path)),
                    self.image.block_guess(path, host_block))
        self._inserting = path

    def _edits_first(self) -> bool:
        if self.is_dirty():
            self.message.setText(self.tr("Apply or revert your other edits first."))
        return self.is_dirty()

    def _media(self, mutate: Callable[[Device], None], what: str, note: Words | None = None) -> None:
        if self._edits_first():
            return
        self.set_busy(True)
        self.message.setText(fill(self.tr("%1…"), what))
        self.changeRequested.emit(replace(domainops.update_device(self.key, mutate, what), note=note))


def _eject(disk: Device) -> None:
    assert isinstance(disk, Disk)
    disk.eject()


def _insert(disk: Device, path: str, block: bool, fmt: imageformat.ImageFormat | None) -> None:
    assert isinstance(disk, Disk)
    disk.insert(path, block)
    if fmt is not None:  # None: not known (a remote host's file in no pool)
        disk.format = fmt
