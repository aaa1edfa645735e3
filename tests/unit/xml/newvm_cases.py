"""One NewVmSpec per golden case (tests/data/xml/newvm-<case>-out.xml): every install
method, and the OS families Linux, Windows, BSD and other.

The OS profiles are written out here (not read from libosinfo) so the goldens do not
change with the installed osinfo-db.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kvmgui.xml.newvm_spec import (
    GENERIC_LINUX,
    GENERIC_OTHER,
    GENERIC_WINDOWS,
    GIB,
    CloudInitSpec,
    DomainType,
    Firmware,
    FirmwareSpec,
    GraphicsSpec,
    GraphicsType,
    InstallMethod,
    InstallSpec,
    NetworkKind,
    NewVmSpec,
    NicChoice,
    OsFamily,
    OsSpec,
    RootLogin,
    StorageKind,
    StorageSpec,
)

UUID = "4dea22b3-1d52-d8f3-2516-782e98a2{:04x}"
HASH = "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"
KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop"

WIN11 = replace(
    GENERIC_WINDOWS, short_id="win11", name="Microsoft Windows 11", osinfo_id="http://microsoft.com/win/11",
    needs_tpm=True, needs_uefi=True, min_memory_mib=4096, rec_memory_mib=4096, min_vcpus=2, rec_vcpus=2,
)  # fmt: skip
WINXP = replace(
    GENERIC_WINDOWS, short_id="winxp", name="Microsoft Windows XP", osinfo_id="http://microsoft.com/win/xp",
    q35=False, min_memory_mib=64,
)  # fmt: skip
UBUNTU = replace(
    GENERIC_LINUX, short_id="ubuntu22.04", name="Ubuntu 22.04 LTS", osinfo_id="http://ubuntu.com/ubuntu/22.04",
    virtio_gpu=False, cloud_user="ubuntu",
)  # fmt: skip
FREEBSD = OsSpec(
    short_id="freebsd13.0", name="FreeBSD 13.0", family=OsFamily.BSD, osinfo_id="http://freebsd.org/freebsd/13.0",
    osinfo_family="freebsd", virtio_disk=True, virtio_net=True, q35=False, usb_tablet=False,
)  # fmt: skip


def iso_file_linux() -> NewVmSpec:
    return NewVmSpec(
        name="iso-linux", uuid=UUID.format(1), os=GENERIC_LINUX,
        install=InstallSpec(InstallMethod.ISO_FILE, iso_path="/srv/iso/debian-12.iso"),
        storage=StorageSpec(StorageKind.NEW_VOLUME, pool="default", capacity_bytes=20 * GIB),
    )  # fmt: skip


def iso_volume_win11() -> NewVmSpec:
    return NewVmSpec(
        name="win11", uuid=UUID.format(2), os=WIN11, memory_mib=4096, vcpus=2,
        install=InstallSpec(InstallMethod.ISO_VOLUME, iso_pool="isos", iso_volume="Win11_23H2.iso"),
        storage=StorageSpec(StorageKind.NEW_VOLUME, pool="default", capacity_bytes=64 * GIB),
        firmware=FirmwareSpec(Firmware.UEFI, secure_boot=True),
        graphics=GraphicsSpec(GraphicsType.SPICE),
    )  # fmt: skip


def host_cdrom_winxp() -> NewVmSpec:
    return NewVmSpec(
        name="winxp", uuid=UUID.format(3), os=WINXP, memory_mib=512, vcpus=1,
        install=InstallSpec(InstallMethod.HOST_CDROM, cdrom_device="/dev/sr0"),
        storage=StorageSpec(StorageKind.NEW_VOLUME, pool="default", capacity_bytes=10 * GIB, format="raw"),
    )  # fmt: skip


def import_file_bsd() -> NewVmSpec:
    return NewVmSpec(
        name="freebsd", uuid=UUID.format(4), os=FREEBSD, memory_mib=1024, vcpus=2,
        install=InstallSpec(InstallMethod.IMPORT_DISK),
        storage=StorageSpec(StorageKind.FILE, path="/srv/images/freebsd.qcow2"),
        network=NicChoice(NetworkKind.BRIDGE, source="br0", mac="52:54:00:12:34:56"),
    )  # fmt: skip


def import_volume_other() -> NewVmSpec:
    return NewVmSpec(
        name="appliance", uuid=UUID.format(5), os=GENERIC_OTHER, memory_mib=256, vcpus=1,
        install=InstallSpec(InstallMethod.IMPORT_DISK),
        storage=StorageSpec(StorageKind.EXISTING_VOLUME, pool="default", volume="appliance.img",
                            format="raw"),
        graphics=GraphicsSpec(GraphicsType.VNC, listen="0.0.0.0"),
    )  # fmt: skip


def kernel_linux() -> NewVmSpec:
    return NewVmSpec(
        name="kernel-boot", uuid=UUID.format(6), os=GENERIC_LINUX, domain_type=DomainType.QEMU,
        memory_mib=256, vcpus=1,
        install=InstallSpec(InstallMethod.KERNEL, kernel="/srv/boot/vmlinuz", initrd="/srv/boot/initrd.img",
                            cmdline="console=ttyS0 root=/dev/vda", dtb="/srv/boot/board.dtb"),
        storage=StorageSpec(StorageKind.NEW_VOLUME, pool="default", volume="kernel-boot-root.qcow2",
                            capacity_bytes=2 * GIB),
        graphics=GraphicsSpec(GraphicsType.NONE),
        emulator="/usr/bin/qemu-system-x86_64",
    )  # fmt: skip


def pxe_windows() -> NewVmSpec:
    return NewVmSpec(
        name="pxe-windows", uuid=UUID.format(7), os=GENERIC_WINDOWS, memory_mib=4096, vcpus=2,
        install=InstallSpec(InstallMethod.PXE),
        storage=StorageSpec(StorageKind.NEW_VOLUME, pool="default", capacity_bytes=64 * GIB),
        network=NicChoice(NetworkKind.VIRTUAL, source="lab"),
        firmware=FirmwareSpec(Firmware.UEFI, loader="/usr/share/OVMF/OVMF_CODE_4M.fd"),
    )  # fmt: skip


def pxe_diskless_other() -> NewVmSpec:
    return NewVmSpec(
        name="pxe-diskless", uuid=UUID.format(8), os=GENERIC_OTHER, memory_mib=512, vcpus=1,
        install=InstallSpec(InstallMethod.PXE), storage=StorageSpec(StorageKind.NONE),
        graphics=GraphicsSpec(GraphicsType.NONE),
    )  # fmt: skip


def cloud_image_linux() -> NewVmSpec:
    return NewVmSpec(
        name="cloud", uuid=UUID.format(9), os=UBUNTU, memory_mib=2048, vcpus=2,
        install=InstallSpec(InstallMethod.CLOUD_IMAGE, base_pool="images", base_volume="jammy.img"),
        storage=StorageSpec(StorageKind.NEW_VOLUME, pool="default", capacity_bytes=20 * GIB),
        network=NicChoice(NetworkKind.MACVTAP, source="eth0", macvtap_mode="vepa", mac="52:54:00:aa:bb:cc"),
        firmware=FirmwareSpec(Firmware.UEFI),
        graphics=GraphicsSpec(GraphicsType.SPICE),
        cloud_init=CloudInitSpec(user="alice", password_hash=HASH, ssh_keys=[KEY],
                                 root_login=RootLogin.SSH_KEY, pool="seeds"),
        autostart=True,
    )  # fmt: skip


def iso_linux_with_cloud_init() -> NewVmSpec:
    return NewVmSpec(
        name="iso-cloud-init", uuid=UUID.format(10), os=UBUNTU,
        install=InstallSpec(InstallMethod.ISO_FILE, iso_path="/srv/iso/ubuntu-22.04-live-server-amd64.iso"),
        storage=StorageSpec(StorageKind.NEW_VOLUME, pool="default", capacity_bytes=25 * GIB),
        cloud_init=CloudInitSpec(enabled=True, user="ubuntu", ssh_keys=[KEY]),
    )  # fmt: skip


CASES: dict[str, Callable[[], NewVmSpec]] = {
    "iso-file-linux": iso_file_linux,
    "iso-volume-win11": iso_volume_win11,
    "host-cdrom-winxp": host_cdrom_winxp,
    "import-file-bsd": import_file_bsd,
    "import-volume-other": import_volume_other,
    "kernel-linux": kernel_linux,
    "pxe-windows": pxe_windows,
    "pxe-diskless-other": pxe_diskless_other,
    "cloud-image-linux": cloud_image_linux,
    "iso-linux-cloud-init": iso_linux_with_cloud_init,
}
