"""image_user: which other drive of the VM holds an image a new or edited one is given.

QEMU's image locks (qemu-iotests 153): a writer holds the "write" lock and lets no one else
take one, a reader takes a shared lock that lets no writer in; two readers share the image."""

from __future__ import annotations

import pytest

from kvmgui.dialogs.hwforms.disk import image_user
from kvmgui.xml.domain import DomainDoc

IMG = "/srv/shared.img"


def vm(drive: str) -> DomainDoc:
    return DomainDoc.from_string(
        "<domain type='kvm'><name>v</name><memory>65536</memory><os><type>hvm</type></os>"
        f"<devices>{drive}</devices></domain>")


def disk(readonly: bool) -> str:
    return (f"<disk type='file' device='disk'><source file='{IMG}'/>"
            f"<target dev='vda' bus='virtio'/>{'<readonly/>' if readonly else ''}</disk>")


@pytest.mark.parametrize(("theirs", "writable", "refused"), [
    (True, False, False),  # two readers
    (True, True, True),  # a writer beside a reader
    (False, False, True),  # a reader beside a writer
    (False, True, True),  # two writers
])
def test_only_two_read_only_disks_share_an_image(theirs, writable, refused):
    # A read-only disk on the image another read-only disk holds was refused ("Disk vda
    # of this VM already uses …"), though QEMU opens it for both.
    used = image_user(IMG, vm(disk(theirs)), None, writable=writable)
    assert (used == f"Disk vda of this VM already uses {IMG}") is refused
