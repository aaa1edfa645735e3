"""What "deleted meanwhile" means for a job the user asked for after a question.

A question stays open while someone else may delete or stop the object elsewhere (no
event says so for volumes). When the job then finds it gone, the user has what was asked
for: libvirt's "not found" is no failure there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import libvirt


@contextlib.contextmanager
def gone_is_done(code: int) -> Iterator[None]:
    """libvirt's "not found" error ``code`` (``VIR_ERR_NO_STORAGE_VOL``, …) is swallowed."""
    try:
        yield
    except libvirt.libvirtError as exc:
        if exc.get_error_code() != code:
            raise


def no_domain(error: BaseException) -> bool:
    """Whether ``error`` (a ``fanout.Failure``'s, say) is libvirt's "no such domain": a VM
    that vanished meanwhile, the one failure a read of many VMs may pass over."""
    return isinstance(error, libvirt.libvirtError) and error.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN
