"""The backing file a disk image's header names (qcow2, qcow, QED), read from a file on
this machine. Blocking: run only in workers.

For images libvirt has no volume XML of (outside every active pool): a stopped VM's
overlay there still opens its base when the VM starts.
"""

from __future__ import annotations

QCOW_MAGIC = b"QFI\xfb"  # qcow and qcow2: backing name offset (u64) at 8, length (u32) at 16, big-endian
QED_MAGIC = b"QED\0"  # QED: offset (u32) at 56, length (u32) at 60, little-endian
MAX_NAME = 4096  # qcow2 allows 1023 bytes; longer is a damaged header QEMU refuses too


def backing_name(path: str) -> str:
    """The backing file as the image at ``path`` names it (relative names are relative to
    the image's directory); "" when it names none or is no format that has one. Raises
    ``OSError`` when the file cannot be read."""
    with open(path, "rb") as image:
        head = image.read(64)
        if head[:4] == QCOW_MAGIC and len(head) >= 20:
            offset, size = int.from_bytes(head[8:16], "big"), int.from_bytes(head[16:20], "big")
        elif head[:4] == QED_MAGIC and len(head) >= 64:
            offset, size = int.from_bytes(head[56:60], "little"), int.from_bytes(head[60:64], "little")
        else:
            return ""
        if not offset or not 0 < size <= MAX_NAME:
            return ""
        image.seek(offset)
        return image.read(size).decode("utf-8", "surrogateescape")
