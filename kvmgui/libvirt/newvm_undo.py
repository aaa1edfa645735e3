"""The new-VM job's undo: what :func:`kvmgui.libvirt.newvm.finish_new_vm` created,
removed again in reverse order when it fails or is cancelled (each step a ``virsh``
line), and the error that names what could not be removed."""

from __future__ import annotations

import logging

import libvirt

from kvmgui.libvirt import actions, virsh, volops

log = logging.getLogger(__name__)


class RollbackIncompleteError(Exception):
    """The job failed or was cancelled (``error``); ``left`` names what its undo could not remove."""

    def __init__(self, error: BaseException, left: list[str]) -> None:
        super().__init__(str(error))
        self.error = error
        self.left = tuple(left)


class Undo:
    """What the job created, removed in reverse order on failure (each step a virsh line)."""

    def __init__(self, conn: libvirt.virConnect) -> None:
        self.conn = conn
        self.volumes: list[tuple[str, libvirt.virStorageVol]] = []  # (pool name, volume)
        self.domain: libvirt.virDomain | None = None
        self.started = False

    @property
    def made(self) -> bool:
        """Whether the job created anything so far."""
        return bool(self.volumes) or self.domain is not None

    def run(self) -> list[str]:
        """Remove it all; the names of what could not be removed (a VM that stays keeps
        its volumes)."""
        left: list[str] = []
        dom = self.domain
        if dom is not None:
            try:
                if self.started:
                    try:
                        virsh.destroy(dom)  # still running, an undefine would only make it transient
                    except libvirt.libvirtError:
                        if not actions.is_off(dom):  # else it stopped by itself meanwhile
                            raise
                try:
                    virsh.undefine(dom, libvirt.VIR_DOMAIN_UNDEFINE_NVRAM)
                except libvirt.libvirtError:  # drivers without NVRAM (test://) refuse the flag
                    virsh.undefine(dom, 0)
            except libvirt.libvirtError as exc:
                log.warning("rollback: cannot remove VM %s: %s", dom.name(), exc.get_error_message())
                # Its disks stay with it: deleted, they would leave a VM pointing at nothing.
                return [dom.name(), *(vol.name() for _pool, vol in self.volumes)]
        for pool, vol in reversed(self.volumes):
            try:
                volops.discard(self.conn, pool, vol)
            except libvirt.libvirtError as exc:
                log.warning("rollback: cannot delete volume %s: %s", vol.name(), exc.get_error_message())
                left.append(vol.name())
        return left
