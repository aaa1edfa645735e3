"""Resize a volume: grow it, or shrink it after an explicit "yes" (the data beyond the
new end is lost; the job passes libvirt's SHRINK flag only then)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import libvirt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget

from kvmgui.libvirt import volops
from kvmgui.libvirt.connection import Connection
from kvmgui.utils.tr import fill, size_text
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.question import question_box
from kvmgui.widgets.sizeedit import SizeEdit
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.volume.jobdialog import JobDialog


def grow_volume(conn: libvirt.virConnect, pool_uuid: str, name: str, capacity: int) -> int:
    return volops.resize_volume(conn, pool_uuid, name, capacity)


def shrink_volume(conn: libvirt.virConnect, pool_uuid: str, name: str, capacity: int) -> int:
    """Only after the user said yes to losing the data beyond ``capacity``."""
    return volops.resize_volume(conn, pool_uuid, name, capacity, shrink=True)


class ResizeDialog(JobDialog):
    """Signals:
        resized(int): the volume's new capacity in bytes.
    """

    resized = Signal(object)  # an int of bytes: past 2 GiB, more than a Qt int holds

    def __init__(self, conn: Connection, pool_uuid: str, volume: str, capacity: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(conn, fill(self.tr("Resize Volume %1"), volume), self.tr("&Resize"),
                         self.tr("Resize volume"), parent)
        self.setObjectName("resizeDialog")
        self.pool_uuid, self.volume, self.current = pool_uuid, volume, capacity
        self.confirm_box: QMessageBox | None = None
        form = QFormLayout()
        self.current_label = QLabel(size_text(capacity), self)
        self.current_label.setObjectName("Current capacity")
        self.current_label.setAccessibleDescription(self.tr("Current capacity"))
        label = QLabel(self.tr("Current capacity:"), self)
        label.setBuddy(self.current_label)
        form.addRow(label, self.current_label)
        self.size_edit = SizeEdit(self.tr("New capacity"), self)
        self.size_edit.set_size(capacity)
        # What the box shows for the capacity (rounded to two decimals when no unit states it
        # exactly): left so, it means "as it is", not a shrink by the rounding.
        self._shown = self.size_edit.value().bytes
        new_label = QLabel(self.tr("&New capacity:"), self)
        new_label.setBuddy(self.size_edit)
        form.addRow(new_label, self.size_edit)
        self.note = MessageLine(self, description=self.tr("Resize note"))
        form.addRow(self.note)
        self.body.addLayout(form)
        self.size_edit.changed.connect(self._edited)
        self._edited()

    def wanted(self) -> int:
        wanted = self.size_edit.value().bytes
        return self.current if wanted == self._shown else wanted

    def _edited(self) -> None:
        wanted = self.wanted()
        if wanted <= 0:
            self.note.error(self.tr("The capacity must be more than zero."))
        elif wanted < self.current:
            self.note.say(self.tr("Smaller than now: shrinking destroys the data beyond the new end."),
                          Tone.PENDING)
        elif wanted == self.current:
            self.note.say(self.tr("This is the volume's capacity now."))
        else:
            self.note.clear()
        self.adjustSize()  # the note may have taken another line
        self.update_ok()

    def input_ok(self) -> bool:
        wanted = self.wanted()
        return wanted > 0 and wanted != self.current

    def submit(self) -> None:
        wanted = self.wanted()
        if wanted > self.current:
            self._resize(wanted, shrink=False)
            return
        text = fill(self.tr("Shrink volume %1 from %2 to %3? Everything stored beyond %3 is "
                            "destroyed, and a guest whose file system spans it will break."),
                    self.volume, size_text(self.current), size_text(wanted))
        box = question_box(self, self.tr("Shrink volume"), text, lambda: self._resize(wanted, shrink=True))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def planned(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        wanted = self.wanted()
        job = shrink_volume if wanted < self.current else grow_volume
        return job, (self.pool_uuid, self.volume, wanted)

    def _resize(self, wanted: int, *, shrink: bool) -> None:
        self.run_job(fill(self.tr("resize %1"), self.volume), shrink_volume if shrink else grow_volume,
                     self.pool_uuid, self.volume, wanted, done=self.resized.emit)
