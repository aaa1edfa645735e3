"""Small ISO images whose labels look like real install media, for libosinfo's detection."""

from __future__ import annotations

import io
from pathlib import Path

import pycdlib


def make_iso(path: Path, volume_id: str, publisher: str = "", bootable: bool = True) -> Path:
    """An ISO with ``volume_id`` (and an El Torito boot record, which libosinfo requires)."""
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, vol_ident=volume_id, pub_ident_str=publisher, sys_ident="LINUX")
    boot = b"\0" * 2048
    iso.add_fp(io.BytesIO(boot), len(boot), "/BOOT.IMG;1")
    if bootable:
        iso.add_eltorito("/BOOT.IMG;1", bootcatfile="/BOOT.CAT;1", media_name="noemul")
    iso.write(str(path))
    iso.close()
    return path


UBUNTU_SERVER = "Ubuntu-Server 22.04.1 LTS amd64"  # osinfo-db: ubuntu22.04, x86_64
WINDOWS = ("CCCOMA_X64FRE_EN-US_DV9", "MICROSOFT CORPORATION")
