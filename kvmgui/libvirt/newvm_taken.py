"""The new-VM job's refusal of a name the host has: libvirt's define replaces a VM whose
name and UUID the XML repeats (the pasted XML of that VM), and the undo of a later
failure would then remove the user's VM. Checked in the worker before anything is made."""

from __future__ import annotations

import libvirt

from kvmgui.xml.newvm_problems import Code, error
from kvmgui.xml.words import Words


class NameTakenError(ValueError):
    """The host has a VM of the name the job would define (nothing made yet)."""

    def __init__(self, name: str) -> None:
        self.words: Words = error("name", Code.NAME_TAKEN, name).words
        super().__init__(self.words.english())


def refuse_taken(conn: libvirt.virConnect, name: str) -> None:
    """Raise :class:`NameTakenError` if the host has a VM called ``name``. Blocking."""
    try:
        conn.lookupByName(name)
    except libvirt.libvirtError as exc:
        if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
            return
        raise
    raise NameTakenError(name)
