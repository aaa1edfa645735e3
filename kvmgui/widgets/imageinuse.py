"""Before a VM is given an image other VMs of the host use, the user is asked: two VMs that
write on one image wreck it (virt-manager asks too). Add hardware's disk form, the disk
page (Apply and Insert) and the New VM wizard (Finish) ask through ``ImageInUse``; the
other VMs are found in a worker (``imageformat.image_users``)."""

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

log = logging.getLogger(__name__)


class ImageInUse(QObject):
    """Asks over its parent, a window or a widget of one: the question is the window's,
    not a form's, whose own fields are what a click compares. The parent is not kept in
    an attribute: a child's wrapper holding its parent's is a cycle, which kept a closed
    wizard's wrapper alive past its deletion."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.asking = False  # a look or a question under way: another click does nothing

    def then(self, conn: Connection, path: str, *, uuid: str = "", pool: str = "",
             volume: str = "", writes: bool, question: str, go: Callable[[], None],
             looked: Callable[[], None] | None = None) -> None:
        """Find the VMs other than ``uuid`` that use the image (``path``, or the ``pool``'s
        ``volume``), then ``go()``: at once when none clashes with a drive that ``writes``
        it (or only reads it), else after Yes to ``question`` (its %1 the image's path, %2
        the VMs' names). ``looked()`` first, once the look is over (the caller's busy
        state ends there). A host whose VMs cannot be read does not stop ``go`` (logged):
        the question is a courtesy. While another look or question is under way, only
        ``looked()``."""
        if self.asking:  # (the caller's busy state ends: nothing more comes of this one)
            if looked is not None:
                looked()
            return
        self.asking = True
        conn.run(imageformat.image_users, uuid, pool, volume, path, context=self,
                 done=lambda found: self._ask(*found, writes, question, go, looked),
                 failed=lambda exc: self._not_asked(exc, go, looked))

    def _ask(self, path: str, users: list[DiskUser], writes: bool, question: str,
             go: Callable[[], None], looked: Callable[[], None] | None) -> None:
        if looked is not None:
            looked()
        if not (names := imageformat.clashing(users, writes)):
            self.asking = False
            go()
            return
        parent = self.parent()
        assert isinstance(parent, QWidget)
        box = question_box(parent.window(), self.tr("Image in use"),
                           fill(question, path, comma_list(names)), lambda: self._yes(go))
        box.finished.connect(lambda _result: setattr(self, "asking", False))
        box.finished.connect(box.deleteLater)
        box.open()

    def _yes(self, go: Callable[[], None]) -> None:
        self.asking = False  # before ``go``, which may ask of another image (the wizard)
        go()

    def _not_asked(self, exc: BaseException, go: Callable[[], None],
                   looked: Callable[[], None] | None) -> None:
        log.info("which VMs use the image could not be read: %s", error_text(exc))
        self.asking = False
        if looked is not None:
            looked()
        go()
