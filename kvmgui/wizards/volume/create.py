"""The "New volume" dialog (also "Clone volume"): its fields fill a ``VolumeSpec``,
``validate_volume`` checks it as the user types, ``volume_build`` makes the XML and one
job creates it (``volops.create_volume``, or ``clone_volume`` for a copy)."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from kvmgui.libvirt import volops
from kvmgui.libvirt.connection import Connection
from kvmgui.utils.tr import fill
from kvmgui.widgets.sizeedit import SizeEdit
from kvmgui.wizards.pool.fields import Form, ProblemMarks, keys
from kvmgui.wizards.volume.jobdialog import JobDialog
from kvmgui.xml.pool_types import BACKING_FORMATS, FORMATS_WITH_BACKING, PoolType, VolumeKind, volume_formats
from kvmgui.xml.storage_check import Problem
from kvmgui.xml.volume_build import volume_spec_xml
from kvmgui.xml.volume_spec import Size, VolumeSpec
from kvmgui.xml.volume_validate import VolumeContext, validate_volume


@dataclass(frozen=True)
class Base:
    """A volume a new one may sit on (backing store)."""

    name: str
    path: str
    format: str


@dataclass(frozen=True)
class PoolFacts:
    """What the dialog knows of the pool the volume goes into."""

    uuid: str
    name: str
    type: PoolType
    names: frozenset[str] = frozenset()  # its volumes
    available: int | None = None
    host_formats: tuple[str, ...] | None = None  # from the host's pool capabilities
    bases: tuple[Base, ...] = field(default_factory=tuple)

    @property
    def context(self) -> VolumeContext:
        return VolumeContext(self.type, self.names, self.available, self.host_formats)

    @property
    def formats(self) -> tuple[str, ...]:
        return volume_formats(self.type, self.host_formats)


@dataclass(frozen=True)
class CloneSource:
    """The volume a clone copies."""

    pool_uuid: str
    name: str
    capacity: int
    format: str


def clone_name(name: str, taken: frozenset[str]) -> str:
    """"disk-clone.qcow2", or "disk-clone2.qcow2" … when that is taken."""
    stem, ext = posixpath.splitext(name)
    for i in range(1, len(taken) + 2):
        candidate = f"{stem}-clone{i if i > 1 else ''}{ext}"
        if candidate not in taken:
            return candidate
    return f"{stem}-clone{ext}"


class VolumeDialog(JobDialog):
    """Signals:
        created(object): the ``CreatedVolume`` that was made.
    """

    created = Signal(object)

    def __init__(self, conn: Connection, pool: PoolFacts, clone: CloneSource | None = None,
                 parent: QWidget | None = None) -> None:
        if clone is None:
            title, ok = self.tr("New Volume"), self.tr("C&reate")
        else:
            title, ok = fill(self.tr("Clone Volume %1"), clone.name), self.tr("C&lone")
        super().__init__(conn, title, ok, self.tr("Create volume") if clone is None
                         else self.tr("Clone volume"), parent)
        self.setObjectName("volumeDialog")
        self.pool, self.source = pool, clone
        self.problems: list[Problem] = []
        self._reading: Base | None = None  # the backing store whose format is being read
        self.marks = ProblemMarks()
        form = self.form = Form(self, self.marks)
        file_pool = pool.type.info.volumes is VolumeKind.FILE

        self.name = QLineEdit(self)
        self.name.setMaxLength(300)  # long enough that the "too long" message can show
        form.field(self.tr("&Name:"), self.name, self.tr("Volume name"), keys("name"))
        self.format = QComboBox(self)
        for fmt in pool.formats:
            self.format.addItem(fmt, fmt)
        form.field(self.tr("&Format:"), self.format, self.tr("Format"), keys("format"))
        form.set_visible(self.format, bool(pool.type.info.volume_formats))
        self.capacity = SizeEdit(self.tr("Capacity"), self)
        form.field(self.tr("&Capacity:"), self.capacity, self.tr("Capacity"), keys("capacity"),
                   also=[self.capacity.number])
        self.allocation = SizeEdit(self.tr("Allocation"), self)
        self.allocation.setToolTip(self.tr("Space taken at once; 0 makes a sparse file that "
                                           "grows as the guest writes."))
        form.field(self.tr("&Allocate now:"), self.allocation, self.tr("Allocation"),
                   keys("allocation"), also=[self.allocation.number])
        self._sized_files = file_pool and clone is None  # allocation and backing apply
        form.set_visible(self.allocation, self._sized_files)

        self.use_backing = QCheckBox(self.tr("&Base it on another volume (backing store)"), self)
        form.widget(self.use_backing, self.tr("Use a backing store"))
        self.backing = QComboBox(self)
        self.backing.setEditable(True)
        for base in pool.bases:
            self.backing.addItem(base.path, base)
        self.backing.setCurrentIndex(-1)
        form.field(self.tr("Backing &store:"), self.backing, self.tr("Backing store"),
                   keys("backing.path"))
        self.backing_format = QComboBox(self)
        for fmt in sorted(BACKING_FORMATS, key=lambda f: (f not in ("qcow2", "raw"), f)):
            self.backing_format.addItem(fmt, fmt)
        form.field(self.tr("Backing f&ormat:"), self.backing_format, self.tr("Backing format"),
                   keys("backing.format"))
        self.backing_size = QCheckBox(self.tr("As &large as the backing store"), self)
        self.backing_size.setChecked(True)
        form.widget(self.backing_size, self.tr("As large as the backing store"))
        self._backing_rows = [self.backing, self.backing_format, self.backing_size]
        for widget in (self.use_backing, *self._backing_rows):
            form.set_visible(widget, self._sized_files)
        self.body.addLayout(form.layout)

        self._fill_defaults()
        self.name.textChanged.connect(self.edited)
        self.format.currentIndexChanged.connect(self.edited)
        self.capacity.changed.connect(self.edited)
        self.allocation.changed.connect(self.edited)
        self.use_backing.toggled.connect(self.edited)
        self.backing.editTextChanged.connect(self._backing_chosen)
        self.backing_format.currentIndexChanged.connect(self.edited)
        self.backing_size.toggled.connect(self.edited)
        self.edited()
        self.resize(520, self.sizeHint().height())

    def _fill_defaults(self) -> None:
        source = self.source
        if source is not None:
            self.name.setText(clone_name(source.name, self.pool.names))
            self.capacity.set_size(source.capacity)
            index = self.format.findData(source.format)
            if index < 0:  # one no new volume has (an ISO's "iso"), or none stated: copy as raw
                index = self.format.findData("raw")
        else:
            default = VolumeSpec().capacity
            self.capacity.set_size(default.bytes if default is not None else 0)
            index = 0
        self.format.setCurrentIndex(max(index, 0))
        self.allocation.set_size(0)
        self.allocation.unit.setCurrentIndex(self.capacity.unit.currentIndex())
        # A source's size no unit states exactly shows rounded: left so, it means "as large".
        self._shown = self.capacity.value().bytes

    # -- spec, problems -------------------------------------------------------------------------

    def spec(self) -> VolumeSpec:
        """What the fields say."""
        fmt = str(self.format.currentData() or "") if self.pool.type.info.volume_formats else ""
        backing = self.use_backing.isChecked() and self._sized_files
        allocation = self.allocation.value()
        capacity: Size | None = self.capacity.value()
        if self.source is not None and capacity is not None and capacity.bytes == self._shown:
            capacity = Size.of_bytes(self.source.capacity)
        if backing and self.backing_size.isChecked():
            capacity = None
        return VolumeSpec(
            name=self.name.text(),
            format=fmt,
            capacity=capacity,
            allocation=allocation if self._sized_files and allocation.value else None,
            backing_path=self.backing.currentText().strip() if backing else "",
            backing_format=str(self.backing_format.currentData() or "") if backing else "",
        )

    def edited(self, *_args: object) -> None:
        backing = self.use_backing.isChecked()
        for widget in self._backing_rows:
            widget.setEnabled(backing)
        self.capacity.setEnabled(not (backing and self.backing_size.isChecked()))
        context = self.pool.context
        if self.source is not None:
            context.min_capacity = self.source.capacity
        self.problems = validate_volume(self.spec(), context)
        self.marks.show(self.problems)
        self.update_ok()

    def _backing_chosen(self, *_args: object) -> None:
        base = self.backing.currentData()
        self._reading = None
        if isinstance(base, Base) and base.path == self.backing.currentText():
            if base.format:
                self._take_base_format(base.format)
            else:  # the panel has not read it (yet): read it here, OK waits for it
                self._reading = base
                self.conn.run(volops.volume_format, self.pool.uuid, base.name, context=self,
                              done=lambda fmt: self._base_format_read(base, fmt),
                              failed=lambda _exc: self._base_format_read(base, ""))
        self.edited()

    def _base_format_read(self, base: Base, fmt: str) -> None:
        if self._reading is base:
            self._reading = None
            if fmt:
                self._take_base_format(fmt)
            self.edited()

    def _take_base_format(self, fmt: str) -> None:
        index = self.backing_format.findData(fmt)
        if index >= 0:
            self.backing_format.setCurrentIndex(index)
        if self.format.currentData() not in FORMATS_WITH_BACKING:
            self.format.setCurrentIndex(max(self.format.findData("qcow2"), 0))

    def input_ok(self) -> bool:
        return self._reading is None and not any(p.is_error for p in self.problems)

    # -- the job --------------------------------------------------------------------------------

    def xml(self) -> str:
        return volume_spec_xml(self.spec(), self.pool.type)

    def planned(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        if self.source is None:
            return volops.create_volume, (self.pool.uuid, self.xml())
        return volops.clone_volume, (self.pool.uuid, self.xml(), self.source.pool_uuid, self.source.name)

    def submit(self) -> None:
        name = self.name.text()
        if self.source is None:
            self.run_job(fill(self.tr("create volume %1"), name), volops.create_volume,
                         self.pool.uuid, self.xml(), done=self.created.emit)
        else:
            self.run_job(fill(self.tr("clone %1 as %2"), self.source.name, name), volops.clone_volume,
                         self.pool.uuid, self.xml(), self.source.pool_uuid, self.source.name,
                         done=self.created.emit)

