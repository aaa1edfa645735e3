"""What becomes of a change made in a VM's details window: said in the window while it is
open; once it is closed (the change goes on), the VM's row is read again and a failure is
told where a closed window's restart's is (``restart.news().failed``, the main window)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from kvmgui.dialogs.details import restart
from kvmgui.libvirt import domainops, pending
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.domainops import ApplyResult, Label, LiveOutcome
from kvmgui.models.words import failure_words, say
from kvmgui.utils.tr import fill

Vm = tuple[Connection, str, str]  # the connection, uuid and name of a window's VM
Done = Callable[[ApplyResult], None]
Failed = Callable[[BaseException], None]


def refresh_vm(conn: Connection, uuid: str) -> None:
    conn.refresh("domain", uuid)  # the VM list shows new counts and sizes
    # Its pending mark too: the define's event had it checked before the live step ended.
    pending.tracker_for(conn).check(uuid)


def past_close(window: QObject, vm: Vm, what: Label, done: Done,
               failed: Failed) -> tuple[Done, Failed]:
    """``done`` and ``failed`` for the change's ``Connection.run`` (with the connection as
    its context): the window's (or dialog's) own while it lives, else what is told of a
    closed one; ``what``: the change's name (``Change.what``)."""
    return partial(_done, window, vm, done), partial(_failed, window, vm, what, failed)


def _done(window: QObject, vm: Vm, done: Done, result: ApplyResult) -> None:
    if shiboken6.isValid(window):
        done(result)
        return
    conn, uuid, _name = vm
    refresh_vm(conn, uuid)
    if result.host_failed is not None or result.live is LiveOutcome.FAILED:
        _tell(vm, say(result.words))


def _failed(window: QObject, vm: Vm, what: Label, failed: Failed, exc: BaseException) -> None:
    if shiboken6.isValid(window):
        failed(exc)
        return
    conn, uuid, _name = vm
    refresh_vm(conn, uuid)
    _tell(vm, failure_said(what, failure_words(exc),
                           partly=isinstance(exc, domainops.PartlyAppliedError)))


def failure_said(what: Label, why: str, *, partly: bool = False) -> str:
    """A change libvirt refused (``partly``: took only in part), as the window says it
    and, once the window is closed, the main window."""
    form = (QCoreApplication.translate("DetailsWindow", "%1: applied in part: %2") if partly
            else QCoreApplication.translate("DetailsWindow", "%1: not applied: %2"))
    return fill(form, say(what), why)


def _tell(vm: Vm, text: str) -> None:
    conn, _uuid, name = vm
    restart.news().failed.emit(fill(QCoreApplication.translate(
        "DetailsWindow", "%1 on %2: %3", "VM, host, what became of a change made in its window"),
        name, conn.display_name, text))
