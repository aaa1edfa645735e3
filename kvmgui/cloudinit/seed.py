"""The NoCloud seed: an ISO 9660 image labelled ``cidata`` holding the seed files.

Made with pycdlib (no genisoimage on the host), with Rock Ridge and Joliet names
so Linux sees ``meta-data``/``user-data``/``network-config`` exactly, as
``cloud-localds`` would write them.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import pycdlib

from kvmgui.cloudinit.userdata import seed_files
from kvmgui.xml.newvm_spec import NewVmSpec

LABEL = "cidata"
# ISO 9660 level-1 names of the files cloud-init knows (the long names are in Rock Ridge/Joliet).
_ISO_NAMES = {"meta-data": "METADATA", "user-data": "USERDATA", "network-config": "NETWORK",
              "vendor-data": "VENDOR"}  # fmt: skip


def build_iso(files: Mapping[str, bytes], label: str = LABEL) -> bytes:
    """An ISO image with ``files`` (name → content) in its root directory."""
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, joliet=3, rock_ridge="1.09", vol_ident=label, sys_ident="LINUX")
    try:
        for i, (name, data) in enumerate(files.items()):
            short = _ISO_NAMES.get(name, f"FILE{i}")
            iso.add_fp(io.BytesIO(data), len(data), f"/{short}.;1", rr_name=name, joliet_path=f"/{name}")
        out = io.BytesIO()
        iso.write_fp(out)
    finally:
        iso.close()
    return out.getvalue()


def read_iso(data: bytes) -> tuple[str, dict[str, bytes]]:
    """(volume label, Rock Ridge name → content) of an ISO made by :func:`build_iso`."""
    iso = pycdlib.PyCdlib()
    iso.open_fp(io.BytesIO(data))
    try:
        label = iso.pvd.volume_identifier.decode().rstrip()
        files: dict[str, bytes] = {}
        for child in iso.list_children(rr_path="/"):
            if child.is_dot() or child.is_dotdot() or child.is_dir():
                continue
            name = child.rock_ridge.name().decode()
            out = io.BytesIO()
            iso.get_file_from_iso_fp(out, rr_path=f"/{name}")
            files[name] = out.getvalue()
    finally:
        iso.close()
    return label, files


def build_seed(spec: NewVmSpec) -> bytes:
    """The seed ISO for ``spec``'s cloud-init settings."""
    return build_iso(seed_files(spec))
