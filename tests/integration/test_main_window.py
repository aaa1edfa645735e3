"""The main window against a real libvirtd + QEMU host in its own namespaces: live stats from
the bulk call, actions, the timeline, delete with storage, and the host details."""

from pathlib import Path

import pytest

from kvmgui.dialogs.host import HostDetailsDialog
from kvmgui.libvirt.hostinfo import Acceleration
from kvmgui.libvirt.records import DomainState
from kvmgui.libvirt.stats import sampler_for
from kvmgui.models.domainrow import Column
from kvmgui.models.words import acceleration_text
from kvmgui.window.mainwindow import MainWindow
from kvmgui.xml.device_specs import DiskSpec, build_disk
from kvmgui.xml.domain import DomainDoc
from tests.guest.build import tiny_guest_xml
from tests.helpers import listed_volumes, open_connection, select_vms
from tests.integration.helpers import define_domain, define_tiny_guest

pytestmark = pytest.mark.integration


def state_of(conn, name):
    return next((r.state for r in conn.domains.records() if r.name == name), None)


def row_of(window, name):
    return next(r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 0).data() == name)


def test_window_monitors_and_drives_a_real_guest(isolated_host, guest_assets, registry, settings,
                                                 qtbot, tmp_path):
    define_tiny_guest(isolated_host, "tiny", guest_assets, tmp_path, start=True)
    conn = open_connection(registry, qtbot, isolated_host.uri)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    sampler = sampler_for(conn)
    sampler.set_interval(500)
    uuid = next(r.uuid for r in conn.domains.records() if r.name == "tiny")
    qtbot.waitUntil(lambda: len(sampler.history(uuid) or []) >= 2, timeout=20000)
    assert sampler._job.devices == {}  # QEMU answers the bulk call: no per-domain fallback
    row = row_of(window, "tiny")
    assert window.proxy.index(row, Column.CPU).data().endswith("%")
    assert " / " in window.proxy.index(row, Column.MEMORY).data()
    assert sampler.latest(uuid).memory_total_kib == 128 * 1024

    select_vms(window, "tiny")
    window.vm_actions["pause"].trigger()
    qtbot.waitUntil(lambda: state_of(conn, "tiny") == DomainState.PAUSED, timeout=10000)
    assert isolated_host.virsh("domstate", "tiny").strip() == "paused"
    qtbot.waitUntil(lambda: window.vm_actions["resume"].isEnabled(), timeout=5000)
    window.vm_actions["resume"].trigger()
    qtbot.waitUntil(lambda: state_of(conn, "tiny") == DomainState.RUNNING, timeout=10000)
    events = window.timeline.model
    qtbot.waitUntil(lambda: events.rowCount() >= 4, timeout=5000)
    # libvirt's events, and beside them the changes kvmgui made, with their virsh lines.
    words = [events.index(r, 4).data() for r in range(events.rowCount())
             if events.entry_at(r).command is None]
    assert words[:2] == ["Resumed", "Suspended"]  # newest first
    ran = [events.index(r, 5).data().split()[-2:] for r in range(events.rowCount())
           if events.entry_at(r).command is not None]
    assert ran[:2] == [["resume", "tiny"], ["suspend", "tiny"]]

    # Changed behind kvmgui's back: the row follows libvirt's event.
    isolated_host.virsh("destroy", "tiny")
    qtbot.waitUntil(lambda: window.proxy.index(row_of(window, "tiny"), Column.STATE).data()
                    == "Shut off", timeout=5000)
    qtbot.waitUntil(lambda: sampler.history(uuid) is None, timeout=5000)


def test_delete_with_storage_removes_only_the_listed_volume(isolated_host, guest_assets, registry,
                                                           settings, qtbot, tmp_path):
    pool_dir = tmp_path / "pool"
    pool_dir.mkdir()
    isolated_host.virsh("pool-define-as", "images", "dir", "--target", str(pool_dir))
    isolated_host.virsh("pool-start", "images")
    isolated_host.virsh("vol-create-as", "images", "disk.raw", "8M", "--format", "raw")
    isolated_host.virsh("vol-create-as", "images", "other.raw", "8M", "--format", "raw")
    doc = DomainDoc.from_string(tiny_guest_xml("victim", guest_assets))
    doc.add_device(build_disk(DiskSpec(path=str(pool_dir / "disk.raw"))))
    define_domain(isolated_host, doc.to_string())

    conn = open_connection(registry, qtbot, isolated_host.uri)
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=5000)
    select_vms(window, "victim")
    window.delete_action.trigger()
    dialog = window.open_dialogs[-1]
    dialog.with_storage.setChecked(True)
    qtbot.waitUntil(lambda: dialog.volume_list.count() == 1, timeout=10000)
    assert listed_volumes(dialog) == [str(pool_dir / "disk.raw")]
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 0, timeout=10000)
    assert isolated_host.virsh("list", "--all", "--name").split() == []
    isolated_host.virsh("pool-refresh", "images")
    volumes = [line.split()[0] for line in isolated_host.virsh("vol-list", "images").splitlines()
               if line.strip()]
    assert volumes == ["other.raw"]
    assert not Path(pool_dir / "disk.raw").exists() and (pool_dir / "other.raw").exists()
    assert state_of(conn, "victim") is None


def test_host_details_of_a_real_host(isolated_host, registry, qtbot):
    conn = open_connection(registry, qtbot, isolated_host.uri)
    dialog = HostDetailsDialog(conn)
    qtbot.addWidget(dialog)
    dialog.show()
    values = dialog.overview.values
    qtbot.waitUntil(lambda: values["driver"].text() == "QEMU", timeout=10000)
    kvm = Path("/dev/kvm").exists()
    assert values["acceleration"].text() in (acceleration_text(Acceleration.KVM),
                                             acceleration_text(Acceleration.TCG))
    if not kvm:
        assert values["acceleration"].text() == acceleration_text(Acceleration.TCG)
    assert values["hypervisor_version"].text().count(".") == 2
    assert values["cpus"].text()
    # A real host reports its load: the graphs get points, not the "no data" text.
    qtbot.waitUntil(lambda: len(dialog.overview.cpu.times) >= 2, timeout=15000)
    assert dialog.overview.memory.times
