"""Helpers for the storage integration tests: jobs through kvmgui's connection, qemu-img,
loop devices."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from tests.guest.build import GuestAssets, tiny_guest_xml
from tests.integration.helpers import define_domain
from tests.integration.isolated_host import IsolatedHost

MiB = 1024**2
GiB = 1024**3


def outcome(qtbot, conn, fn, *args, timeout=120000, **kwargs):
    """Run ``fn(virConnect, *args, **kwargs)`` in a worker; wait; return the future."""
    future = conn.run(lambda c: fn(c, *args, **kwargs))
    qtbot.waitUntil(future.done, timeout=timeout)
    return future


def call(qtbot, conn, fn, *args, timeout=120000, **kwargs):
    return outcome(qtbot, conn, fn, *args, timeout=timeout, **kwargs).result()


def qemu_img_info(path: str | Path) -> dict:
    done = subprocess.run(["qemu-img", "info", "-U", "--output=json", str(path)], capture_output=True,
                          text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def pool_info(host: IsolatedHost, name: str) -> dict[str, str]:
    lines = host.virsh("pool-info", name).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines) if v}


def start_guest_with_disk(host: IsolatedHost, name: str, assets: GuestAssets, disk: str,
                          fmt: str) -> None:
    """The tiny guest with ``disk`` attached as vdb, started."""
    root = etree.fromstring(tiny_guest_xml(name, assets).encode())
    disk_el = etree.SubElement(root.find("devices"), "disk", type="file", device="disk")
    etree.SubElement(disk_el, "driver", name="qemu", type=fmt)
    etree.SubElement(disk_el, "source", file=disk)
    etree.SubElement(disk_el, "target", dev="vdb", bus="virtio")
    define_domain(host, etree.tostring(root, encoding="unicode"))
    host.virsh("start", name)


def device_mapper_missing() -> str | None:
    """Why LVM cannot activate logical volumes here (None when it can)."""
    try:
        misc = Path("/proc/misc").read_text()
    except OSError as exc:
        return f"cannot read /proc/misc: {exc}"
    if "device-mapper" not in misc:
        return "the kernel has no device-mapper ('device-mapper' not in /proc/misc): LVM can make " \
               "volume groups here but cannot activate logical volumes"
    return None


def lvm_missing() -> str | None:
    for tool in ("losetup", "pvcreate", "vgcreate", "vgs"):
        if shutil.which(tool) is None:
            return f"{tool} not found (install lvm2 and util-linux)"
    return None


@contextlib.contextmanager
def loop_device(backing: Path, size: int) -> Iterator[str]:
    """A loop device over a new sparse file; detached again afterwards."""
    with backing.open("wb") as f:
        f.truncate(size)
    done = subprocess.run(["losetup", "--find", "--show", str(backing)], capture_output=True, text=True,
                          timeout=30)
    if done.returncode != 0:
        raise OSError(f"losetup failed: {done.stderr.strip()}")
    device = done.stdout.strip()
    try:
        yield device
    finally:
        subprocess.run(["losetup", "--detach", device], capture_output=True, timeout=30)


def sparse_test_file(path: Path, data_mib: int = 8, hole_mib: int = 56) -> int:
    """Random data with holes between (and after) it; returns the number of data bytes."""
    chunk = data_mib * MiB // 4
    with path.open("wb") as f:
        for i in range(4):
            f.seek(i * (chunk + hole_mib * MiB // 4))
            f.write(os.urandom(chunk))
        f.truncate((data_mib + hole_mib) * MiB)
    return data_mib * MiB
