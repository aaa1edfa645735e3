"""Finish on an existing image or volume that another VM of the host uses asks first, as
Add hardware and the disk page do (and virt-manager's wizard): the new VM's disk writes
the image, and two VMs that write on one image wreck it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kvmgui.libvirt import imageformat
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.diskusers import DiskUser
from kvmgui.utils.tr import comma_list, fill
from kvmgui.widgets.question import question_box
from kvmgui.xml.newvm_spec import StorageKind, StorageSpec

log = logging.getLogger(__name__)


class ImageInUse(QObject):
    """Asks over ``window`` (its parent) whether the new VM may take an image other VMs use."""

    def __init__(self, window: QWidget) -> None:
        # The window is not kept in an attribute: a child's wrapper that holds its parent's
        # is a cycle, and kept the wizard's wrapper alive past its deletion until a
        # collection.
        super().__init__(window)
        self.asking = False  # a look or a question under way: Finish again does nothing

    def then(self, conn: Connection, storage: StorageSpec, go: Callable[[], None]) -> None:
        """``go()`` at once for a disk of its own (a new volume, none), else once the other
        VMs that use the image are found (in a worker) and the user said Yes to their names
        (or none uses it)."""
        if storage.kind not in (StorageKind.EXISTING_VOLUME, StorageKind.FILE):
            go()
            return
        if self.asking:
            return
        self.asking = True
        volume = storage.kind is StorageKind.EXISTING_VOLUME
        conn.run(imageformat.image_users, storage.pool if volume else "",
                 storage.volume if volume else "", storage.path, context=self,
                 done=lambda found: self._ask(*found, go), failed=lambda exc: self._not_asked(exc, go))

    def _ask(self, path: str, users: list[DiskUser], go: Callable[[], None]) -> None:
        if not (names := imageformat.clashing(users, writes=True)):
            self.asking = False
            go()
            return
        window = self.parent()
        assert isinstance(window, QWidget)
        box = question_box(window, self.tr("Image in use"), fill(
            self.tr("%1 is used by %2 already. Two VMs that write on one image wreck it. "
                    "Create the VM on it anyway?"), path, comma_list(names)), go)
        box.finished.connect(lambda _result: setattr(self, "asking", False))
        box.finished.connect(box.deleteLater)
        box.open()

    def _not_asked(self, exc: BaseException, go: Callable[[], None]) -> None:
        # Finish says what is wrong with a volume gone meanwhile; an unreadable VM does not
        # stop the creation (the question is a courtesy).
        log.info("which VMs use the image could not be read: %s", error_text(exc))
        self.asking = False
        go()
