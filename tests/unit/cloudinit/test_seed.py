"""The seed ISO read back three ways: pycdlib, isoinfo (Rock Ridge and Joliet) and blkid."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from kvmgui.cloudinit.seed import build_iso, build_seed, read_iso
from kvmgui.cloudinit.userdata import seed_files
from kvmgui.xml.newvm_spec import NewVmSpec
from tests.unit.xml.newvm_cases import KEY

FILES = {
    "meta-data": b"instance-id: iid-1\nlocal-hostname: vm\n",
    "user-data": b"#cloud-config\nhostname: vm\n" + b"x" * 5000 + b"\n",
    "network-config": b"version: 2\n",
}


def test_pycdlib_reads_back_label_and_files():
    data = build_iso(FILES)
    assert len(data) % 2048 == 0
    assert read_iso(data) == ("cidata", FILES)


def test_seed_of_a_spec():
    spec = NewVmSpec(name="vm1")
    spec.cloud_init.enabled = True
    spec.cloud_init.user = "alice"
    spec.cloud_init.ssh_keys = [KEY]
    label, files = read_iso(build_seed(spec))
    assert label == "cidata"
    assert set(files) == {"meta-data", "user-data"}
    assert files["user-data"] == seed_files(spec)["user-data"]


@pytest.mark.skipif(shutil.which("isoinfo") is None, reason="isoinfo (genisoimage) not installed")
@pytest.mark.parametrize("names", ["-R", "-J"])
def test_isoinfo_reads_back(tmp_path, names):
    iso = tmp_path / "seed.iso"
    iso.write_bytes(build_iso(FILES))
    info = subprocess.run(
        ["isoinfo", "-d", "-i", str(iso)], capture_output=True, text=True, check=True
    ).stdout
    assert "Volume id: cidata" in info
    listing = subprocess.run(["isoinfo", names, "-f", "-i", str(iso)], capture_output=True, text=True,
                             check=True).stdout.split()  # fmt: skip
    assert sorted(listing) == sorted(f"/{name}" for name in FILES)
    for name, content in FILES.items():
        out = subprocess.run(["isoinfo", names, "-x", f"/{name}", "-i", str(iso)], capture_output=True,
                             check=True).stdout  # fmt: skip
        assert out == content


@pytest.mark.skipif(shutil.which("7z") is None, reason="7z not installed")
def test_7z_reads_back(tmp_path):
    iso = tmp_path / "seed.iso"
    iso.write_bytes(build_iso(FILES))
    out = tmp_path / "out"
    subprocess.run(["7z", "x", f"-o{out}", str(iso)], capture_output=True, check=True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == FILES


@pytest.mark.skipif(shutil.which("blkid") is None, reason="blkid not installed")
def test_blkid_sees_the_label_cloud_init_looks_for(tmp_path):
    iso = tmp_path / "seed.iso"
    iso.write_bytes(build_iso(FILES))
    out = subprocess.run(["blkid", "-p", "-o", "export", str(iso)], capture_output=True, text=True).stdout
    assert "LABEL=cidata" in out.splitlines()
    assert "TYPE=iso9660" in out.splitlines()
