"""Resize a volume: grow it, or shrink it after an explicit "yes" (the data beyond the
new end is lost; the job passes libvirt's SHRINK flag only then).

The disk of a running VM grows through the VM (``virsh blockresize``), so its guest sees
the new size; a shrink is refused while a running VM has the volume open, and its question
names the stopped ones, and the running ones that use it only from their next start
(``volops.resize_volume``)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

import libvirt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget

from kvmgui.libvirt import volops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.volerrors import ShrinkRefusedError
from kvmgui.utils.tr import comma_list, fill, size_text
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.question import question_box
from kvmgui.widgets.sizeedit import SizeEdit
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.volume.jobdialog import JobDialog


def grow_volume(conn: libvirt.virConnect, pool_uuid: str, name: str, capacity: int) -> int:
    return volops.resize_volume(conn, pool_uuid, name, capacity)


def shrink_volume(conn: libvirt.virConnect, pool_uuid: str, name: str, capacity: int,
                  named: Collection[str] | None = None) -> int:
    """Only after the user said yes to losing the data beyond ``capacity``, for the stopped
    VMs (UUIDs) ``named`` that use the volume."""
    return volops.resize_volume(conn, pool_uuid, name, capacity, shrink=True, named=named)


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
            self._resize(wanted, shrink=False)  # a running VM's disk grows through the VM
            return
        # Who uses it first: a running VM refuses, stopped ones are named in the question.
        self.run_job(fill(self.tr("resize %1"), self.volume), volops.users_before_shrink,
                     self.pool_uuid, self.volume, done=lambda check: self._ask(wanted, check),
                     close=False)

    def _ask(self, wanted: int, check: volops.ShrinkCheck) -> None:
        if check.capacity != self.current:  # resized elsewhere: libvirt sends no volume event
            self._learn(check.capacity)
            self.error.say(fill(self.tr("The volume was resized elsewhere: its capacity is now "
                                        "%1."), size_text(check.capacity)))
            if wanted >= check.capacity:
                return  # no shrink any more: the form says what Resize would do now
        users = check.users
        text = fill(self.tr("Shrink volume %1 from %2 to %3? Everything stored beyond %3 is "
                            "destroyed, and a guest whose file system spans it will break."),
                    self.volume, size_text(self.current), size_text(wanted))
        if stopped := [u for u in users if not u.active]:
            text += "\n\n" + fill(self.tr("These stopped VMs use it: %1."),
                                   comma_list(u.name for u in stopped))
        if later := [u for u in users if u.active]:  # in the definition they boot next only
            text += "\n\n" + fill(self.tr("These running VMs use it from their next start (it is "
                                          "not open now): %1."), comma_list(u.name for u in later))
        named = tuple(u.uuid for u in users)  # one defined on it since is not shrunk under it
        box = question_box(self, self.tr("Shrink volume"), text,
                           lambda: self._resize(wanted, shrink=True, named=named))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def planned(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        wanted = self.wanted()
        job = shrink_volume if wanted < self.current else grow_volume
        return job, (self.pool_uuid, self.volume, wanted)

    def _resize(self, wanted: int, *, shrink: bool, named: tuple[str, ...] = ()) -> None:
        if shrink:
            self.run_job(fill(self.tr("resize %1"), self.volume), shrink_volume, self.pool_uuid,
                         self.volume, wanted, named, done=self.resized.emit)
        else:
            self.run_job(fill(self.tr("resize %1"), self.volume), grow_volume, self.pool_uuid,
                         self.volume, wanted, done=self.resized.emit, refused=self._refused)

    def _refused(self, exc: BaseException) -> None:
        """The volume is larger than the list said (grown elsewhere: libvirt sends no volume
        event): the size asked for is a shrink, which the next Resize asks about."""
        if isinstance(exc, ShrinkRefusedError):
            self._learn(exc.current)

    def _learn(self, capacity: int) -> None:
        """The volume's capacity as libvirt gave it, shown; the form judged by it."""
        self.current = capacity
        self.current_label.setText(size_text(capacity))
        self._edited()
