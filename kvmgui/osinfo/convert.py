"""libosinfo ``Os`` objects to plain :class:`OsSpec` values (flags as virt-install reads them)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from kvmgui.xml.newvm_spec import MIB, OsFamily, OsSpec

# PCI/USB ids libosinfo lists for the devices an OS has drivers for (legacy, virtio 1.0).
VIRTIO_DISK = ("http://pcisig.com/pci/1af4/1001", "http://pcisig.com/pci/1af4/1042")
VIRTIO_NET = ("http://pcisig.com/pci/1af4/1000", "http://pcisig.com/pci/1af4/1041")
VIRTIO1_NET = "http://pcisig.com/pci/1af4/1041"
VIRTIO_BALLOON = ("http://pcisig.com/pci/1af4/1002", "http://pcisig.com/pci/1af4/1045")
VIRTIO_SERIAL = ("http://pcisig.com/pci/1af4/1003", "http://pcisig.com/pci/1af4/1043")
VIRTIO_RNG = ("http://pcisig.com/pci/1af4/1005", "http://pcisig.com/pci/1af4/1044")
VIRTIO_GPU = ("http://pcisig.com/pci/1af4/1050",)
Q35 = "http://qemu.org/chipset/x86/q35"
USB_TABLET = "http://usb.org/usb/80ee/0021"
# Windows 11 and its server sibling refuse to install without a TPM 2.0; newer
# osinfo-db releases may list a TPM device for them, which counts as well.
TPM_OSES = frozenset({"win11", "win2k25"})

_FAMILIES = {"linux": OsFamily.LINUX, "winnt": OsFamily.WINDOWS, "win9x": OsFamily.WINDOWS,
             "win16": OsFamily.WINDOWS, "freebsd": OsFamily.BSD, "netbsd": OsFamily.BSD,
             "openbsd": OsFamily.BSD, "dragonfly": OsFamily.BSD}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Resources:
    """One resources block of libosinfo; None where it says -1 (unknown)."""

    vcpus: int | None = None
    ram_bytes: int | None = None
    storage_bytes: int | None = None


def _known(value: int) -> int | None:
    return value if value > 0 else None


def _resources(block_list: Any, arch: str) -> Resources:
    """The block for ``arch`` over the one for "all" (virt-install reads them in that order)."""
    found: dict[str, Resources] = {}
    for i in range(block_list.get_length()):
        block = block_list.get_nth(i)
        found[block.get_architecture()] = Resources(
            _known(block.get_n_cpus()), _known(block.get_ram()), _known(block.get_storage())
        )
    general, specific = found.get("all", Resources()), found.get(arch, Resources())
    return Resources(
        specific.vcpus or general.vcpus,
        specific.ram_bytes or general.ram_bytes,
        specific.storage_bytes or general.storage_bytes,
    )


def _mib(size: int | None) -> int | None:
    return size // MIB if size else None


def _at_least(recommended: int | None, minimum: int | None) -> int | None:
    return max(recommended or 0, minimum or 0) or None


def with_resources(spec: OsSpec, minimum: Resources, recommended: Resources) -> OsSpec:
    """``spec`` with memory/CPU/disk bounds; recommended falls back to the minimum and
    is never below it (an arch's minimum may exceed the recommendation for "all")."""
    return replace(
        spec,
        min_memory_mib=_mib(minimum.ram_bytes),
        rec_memory_mib=_mib(_at_least(recommended.ram_bytes, minimum.ram_bytes)),
        min_vcpus=minimum.vcpus,
        rec_vcpus=_at_least(recommended.vcpus, minimum.vcpus),
        min_disk_bytes=minimum.storage_bytes,
        rec_disk_bytes=_at_least(recommended.storage_bytes, minimum.storage_bytes),
    )


def device_ids(os_obj: Any) -> frozenset[str]:
    devices = os_obj.get_all_devices(None)
    return frozenset(devices.get_nth(i).get_id() for i in range(devices.get_length()))


def _needs_uefi(os_obj: Any, arch: str) -> bool:
    """The OS lists EFI as supported and BIOS as unsupported for ``arch``."""
    firmwares = os_obj.get_complete_firmware_list(None)
    kinds: dict[str, bool] = {}
    for i in range(firmwares.get_length()):
        fw = firmwares.get_nth(i)
        if fw.get_architecture() in (arch, "all"):
            kinds[fw.get_firmware_type()] = bool(fw.is_supported())
    return kinds.get("efi") is True and kinds.get("bios") is False


def _cloud_init(os_obj: Any, family: OsFamily) -> bool:
    images = os_obj.get_image_list()
    if any(images.get_nth(i).get_cloud_init() for i in range(images.get_length())):
        return True
    return family is OsFamily.LINUX


def family_of(osinfo_family: str) -> OsFamily:
    return _FAMILIES.get(osinfo_family, OsFamily.OTHER)


def os_spec(os_obj: Any, arch: str = "x86_64") -> OsSpec:
    """The OS as an OsSpec, with the resources libosinfo gives for ``arch``."""
    ids = device_ids(os_obj)
    osinfo_family = os_obj.get_family() or ""
    family = family_of(osinfo_family)
    virtio_net = any(d in ids for d in VIRTIO_NET)
    short_id = os_obj.get_short_id() or ""
    spec = OsSpec(
        short_id=short_id,
        name=os_obj.get_name() or short_id,
        family=family,
        osinfo_id=os_obj.get_id() or "",
        osinfo_family=osinfo_family,
        distro=os_obj.get_distro() or "",
        version=os_obj.get_version() or "",
        release_date=os_obj.get_release_date_string() or "",
        virtio_disk=any(d in ids for d in VIRTIO_DISK),
        virtio_net=virtio_net,
        virtio_rng=any(d in ids for d in VIRTIO_RNG),
        virtio_balloon=any(d in ids for d in VIRTIO_BALLOON),
        virtio_serial=any(d in ids for d in VIRTIO_SERIAL),
        virtio_gpu=any(d in ids for d in VIRTIO_GPU),
        # virt-install: q35 only with virtio 1.0 drivers where there are virtio drivers at all.
        q35=Q35 in ids and not (virtio_net and VIRTIO1_NET not in ids),
        usb_tablet=USB_TABLET in ids,
        needs_tpm=short_id in TPM_OSES or any("trustedcomputinggroup.org" in d for d in ids),
        needs_uefi=_needs_uefi(os_obj, arch),
        cloud_init=_cloud_init(os_obj, family),
        cloud_user=os_obj.get_cloud_image_username() or "",
    )
    minimum = _resources(os_obj.get_minimum_resources(), arch)
    recommended = _resources(os_obj.get_recommended_resources(), arch)
    return with_resources(spec, minimum, recommended)
