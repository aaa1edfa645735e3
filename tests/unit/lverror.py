"""A libvirt refusal made by a test's fake, with the text the test gives."""

import libvirt


def refusal(text: str) -> libvirt.libvirtError:
    """``libvirtError(text)`` takes its message from the calling thread's last libvirt
    error when there is one: on a worker thread that an earlier call left an error on (an
    unsupported getDomainCapabilities on the test driver, say), the fake's words would be
    replaced by that stale error's. Clear it first, on the thread that raises."""
    libvirt.virResetLastError()
    return libvirt.libvirtError(text)
