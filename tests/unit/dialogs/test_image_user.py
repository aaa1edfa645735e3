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


def floppy(readonly: bool) -> str:
    return (f"<disk type='file' device='floppy'><source file='{IMG}'/>"
            f"<target dev='fda' bus='fdc'/>{'<readonly/>' if readonly else ''}</disk>")


@pytest.mark.parametrize(("theirs", "writable", "refused"), [
    (False, False, True),  # a reader beside a floppy the guest writes
    (False, True, True),
    (True, True, True),
    (True, False, False),
])
def test_a_floppys_image_is_shared_as_a_disks(theirs, writable, refused):
    # Only disks and CD-ROMs were looked at: a disk on a writable floppy's image was taken,
    # and QEMU refused the VM its start (no "write" lock).
    used = image_user(IMG, vm(floppy(theirs)), None, writable=writable)
    assert (used == f"Floppy fda of this VM already uses {IMG}") is refused
