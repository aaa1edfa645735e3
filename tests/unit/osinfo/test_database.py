"""The OS database with libosinfo (Debian 12's osinfo-db) and without it."""

from __future__ import annotations

import threading

import pytest

from kvmgui.osinfo import database
from kvmgui.osinfo.convert import Resources, with_resources
from kvmgui.osinfo.database import MediaError, MediaProblem, OsDatabase, generic_for, load_database
from kvmgui.xml.newvm_spec import GENERIC_LINUX, GENERIC_WINDOWS, MIB, OsFamily
from tests.unit.osinfo.isos import UBUNTU_SERVER, WINDOWS, make_iso

needs_libosinfo = pytest.mark.skipif(database._libosinfo() is None, reason="libosinfo (PyGObject) missing")


@pytest.fixture(scope="module")
def db() -> OsDatabase:
    return load_database()


@pytest.fixture
def no_libosinfo(monkeypatch):
    monkeypatch.setattr(database, "_libosinfo", lambda: None)


@needs_libosinfo
def test_loads_hundreds_of_oses_generic_first(db):
    assert db.available
    assert len(db.entries) > 300
    assert [e.short_id for e in db.entries[:3]] == ["generic-linux", "generic-windows", "generic-other"]
    dated = [e.release_date for e in db.entries[3:] if e.release_date]
    assert dated == sorted(dated, reverse=True)  # newest first
    assert db.load_seconds > 0


@needs_libosinfo
def test_search_by_name(db):
    assert [e.short_id for e in db.search("win11")][:1] == ["win11"]
    ubuntu = db.search("ubuntu 22.04")
    assert ubuntu[0].short_id == "ubuntu22.04"
    assert all("ubuntu" in e.name.lower() for e in ubuntu)
    assert {e.short_id for e in db.search("FreeBSD")} >= {"freebsd13.0", "freebsd12.2"}
    assert db.search("no such system at all") == []
    assert [e.short_id for e in db.search("")] == ["generic-linux", "generic-windows", "generic-other"]
    assert len(db.search("linux", limit=5)) == 5


@needs_libosinfo
def test_windows_11_needs_tpm_and_uefi(db):
    win11 = db.get("win11")
    assert win11.family is OsFamily.WINDOWS and win11.osinfo_id == "http://microsoft.com/win/11"
    assert win11.needs_tpm and win11.needs_uefi
    assert not win11.virtio_disk and not win11.virtio_net
    assert win11.q35
    assert (win11.min_memory_mib, win11.min_vcpus, win11.min_disk_bytes) == (4096, 2, 64 * 1024**3)
    win10 = db.get("win10")
    assert not win10.needs_tpm and not win10.needs_uefi


@needs_libosinfo
def test_linux_with_virtio_and_resources(db):
    ubuntu = db.get("ubuntu22.04")
    assert ubuntu.family is OsFamily.LINUX
    assert ubuntu.virtio_disk and ubuntu.virtio_net and ubuntu.virtio_rng and ubuntu.virtio_serial
    assert ubuntu.q35 and ubuntu.cloud_init and ubuntu.cloud_user == "ubuntu"
    assert ubuntu.min_memory_mib == 2048 and ubuntu.rec_memory_mib == 4096
    assert ubuntu.rec_disk_bytes == 25 * 1024**3


@needs_libosinfo
def test_old_or_legacy_virtio_oses_get_i440fx(db):
    freebsd = db.get("freebsd13.0")
    assert freebsd.virtio_disk and not freebsd.q35  # virtio without virtio 1.0: i440fx (as virt-install)
    assert db.get("winxp").q35 is False


@needs_libosinfo
def test_resources_per_arch(db):
    winxp_64, winxp_32 = db.get("winxp", "x86_64"), db.get("winxp", "i686")
    assert winxp_64.min_memory_mib == 256 and winxp_32.min_memory_mib == 64
    assert db.get("nonexistent") is None
    assert db.get("generic-linux") is GENERIC_LINUX


@needs_libosinfo
def test_recommended_resources_are_never_below_the_minimum(db):
    # libosinfo: RHEL 9 on aarch64 needs 2 GiB, but recommends the 1.5 GiB of its "all" block.
    rhel = db.get("rhel9.0", "aarch64")
    assert rhel.min_memory_mib == 2048 and rhel.rec_memory_mib == 2048


def test_recommended_falls_back_to_and_stays_above_the_minimum():
    spec = with_resources(GENERIC_LINUX, Resources(2, 2048 * MIB, 10 * 1024**3), Resources(1, 1024 * MIB))
    assert (spec.rec_vcpus, spec.rec_memory_mib, spec.rec_disk_bytes) == (2, 2048, 10 * 1024**3)


@needs_libosinfo
def test_detects_install_media(db, tmp_path):
    found = db.detect_media(str(make_iso(tmp_path / "u.iso", UBUNTU_SERVER)))
    assert found.matched and found.os.short_id == "ubuntu22.04"
    assert (found.volume_id, found.arch) == (UBUNTU_SERVER, "x86_64")
    win = db.detect_media(str(make_iso(tmp_path / "w.iso", *WINDOWS)))
    assert win.matched and win.os.family is OsFamily.WINDOWS
    unknown = db.detect_media(str(make_iso(tmp_path / "x.iso", "HOMEMADE")))
    assert not unknown.matched and unknown.os is None and unknown.volume_id == "HOMEMADE"


@needs_libosinfo
def test_media_errors(db, tmp_path):
    with pytest.raises(MediaError) as err:
        db.detect_media(str(make_iso(tmp_path / "n.iso", UBUNTU_SERVER, bootable=False)))
    assert err.value.reason is MediaProblem.NOT_BOOTABLE and err.value.detail
    text = tmp_path / "t.txt"
    text.write_text("hello")
    with pytest.raises(MediaError) as err:
        db.detect_media(str(text))
    assert err.value.reason is MediaProblem.NOT_ISO
    with pytest.raises(MediaError) as err:
        db.detect_media(str(tmp_path / "missing.iso"))
    assert err.value.reason is MediaProblem.UNREADABLE


@needs_libosinfo
def test_get_and_detect_from_several_threads(db, tmp_path):
    iso = str(make_iso(tmp_path / "u.iso", UBUNTU_SERVER))
    results, errors = [], []

    def work():
        try:
            for short_id in ("win11", "debian11", "fedora37", "alpinelinux3.17"):
                results.append(db.get(short_id).short_id)
            results.append(db.detect_media(iso).os.short_id)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert results.count("ubuntu22.04") == 4 and results.count("win11") == 4


def test_without_libosinfo_same_api(no_libosinfo, tmp_path):
    db = load_database()
    assert not db.available
    assert [e.short_id for e in db.entries] == ["generic-linux", "generic-windows", "generic-other"]
    assert [e.short_id for e in db.search("windows")] == ["generic-windows"]
    assert db.get("generic-windows") is GENERIC_WINDOWS
    assert db.get("win11") is None
    win = db.detect_media(str(make_iso(tmp_path / "w.iso", *WINDOWS)))
    assert win.os is GENERIC_WINDOWS and not win.matched
    other = db.detect_media(str(make_iso(tmp_path / "u.iso", UBUNTU_SERVER)))
    assert other.os is None and other.volume_id == UBUNTU_SERVER
    with pytest.raises(MediaError):
        db.detect_media(str(tmp_path / "missing.iso"))


def test_generic_profiles_are_sane():
    assert generic_for(OsFamily.LINUX) is GENERIC_LINUX
    assert generic_for(OsFamily.BSD).family is OsFamily.OTHER
    for family in OsFamily:
        spec = generic_for(family)
        assert spec.min_memory_mib <= spec.rec_memory_mib
        assert spec.min_vcpus <= spec.rec_vcpus
        assert spec.rec_memory_mib * MIB > 0


@needs_libosinfo
def test_detect_does_not_need_glibs_default_context(db, tmp_path):
    """In the app the GUI thread owns GLib's default main context (Qt's dispatcher, libvirt's
    events); detection in a worker must not wait for it (regression: it hung)."""
    from gi.repository import GLib

    iso = str(make_iso(tmp_path / "u.iso", UBUNTU_SERVER))
    default = GLib.MainContext.default()
    assert default.acquire()
    result = []
    try:
        worker = threading.Thread(target=lambda: result.append(db.detect_media(iso)))
        worker.start()
        worker.join(timeout=20)
    finally:
        default.release()
    worker.join(timeout=20)
    assert result and result[0].os.short_id == "ubuntu22.04"
    assert not worker.is_alive()
