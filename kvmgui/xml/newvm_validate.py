"""Everything wrong with a :class:`NewVmSpec` before libvirt sees it.

``validate_new_vm(spec, context)`` returns :class:`Problem` s, errors and
warnings, each naming its spec field. The :class:`NewVmContext` carries what the
host already has (names, memory, CPUs, pools, networks, capabilities); parts it
does not know (None) are not checked. Paths are checked only through
``context.check_path`` (``newvm_checks.local_path_state`` on local hosts; None
on remote ones, where the wizard offers pool volumes instead).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kvmgui.xml.capabilities import HostCaps
from kvmgui.xml.domcaps import DomainCaps
from kvmgui.xml.newvm_build import (
    disk_bus,
    disk_volume_name,
    has_disk,
    machine_type,
    seed_pool,
    seed_volume_name,
)
from kvmgui.xml.newvm_checks import (
    WRITTEN_MAX,
    PathState,
    YamlResult,
    control_characters,
    hostname_ok,
    ifname_ok,
    mac_problem,
    name_problem,
    password_hash_ok,
    path_state_reason,
    path_text_problem,
    ssh_key_problem,
    user_ok,
    yaml_mapping_problem,
)
from kvmgui.xml.newvm_pool import pool_problems
from kvmgui.xml.newvm_problems import Code, Problem, error, warning
from kvmgui.xml.newvm_spec import (
    MIB,
    CpuMode,
    DomainType,
    Firmware,
    GraphicsType,
    InstallMethod,
    NetworkKind,
    NewVmSpec,
    RootLogin,
    StorageKind,
)
from kvmgui.xml.pool_types import PoolType, known_pool_type
from kvmgui.xml.words import Bytes

# Pool types whose volumes take space only as the guest writes.
SPARSE_POOL_TYPES = frozenset({"dir", "fs", "netfs", "gluster", "rbd", "vstorage"})


@dataclass(frozen=True, slots=True)
class PoolInfo:
    name: str
    type: str = "dir"
    active: bool = True
    available_bytes: int | None = None
    volumes: frozenset[str] = frozenset()


@dataclass
class NewVmContext:
    """What the host has; None means unknown, and those checks are skipped."""

    existing_names: frozenset[str] = frozenset()
    host_memory_mib: int | None = None
    host_cpus: int | None = None
    max_vcpus: int | None = None  # getMaxVcpus for the chosen domain type
    caps: HostCaps | None = None
    domcaps: DomainCaps | None = None
    pools: dict[str, PoolInfo] | None = None
    networks: dict[str, bool] | None = None  # virtual network name → active
    check_path: Callable[[str], PathState] | None = None
    base_size: int | None = None  # a cloud image's size in bytes, once read


def validate_new_vm(spec: NewVmSpec, context: NewVmContext | None = None) -> list[Problem]:
    ctx = context or NewVmContext()
    checks = (_name, _platform, _resources, _install, _storage, _pool_types, _network, _firmware, _devices,
              _cloud_init)
    # A control character in a text is its one problem (the XML could not even be written).
    odd = list(control_characters(spec))
    fields = {p.field for p in odd}
    return odd + [problem for check in checks for problem in check(spec, ctx) if problem.field not in fields]


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


# --- the checks, one area each -------------------------------------------------------


def _name(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    found = name_problem(spec.name)
    if found is not None:
        yield error("name", found[0], *found[1])
    elif spec.name in ctx.existing_names:
        yield error("name", Code.NAME_TAKEN, spec.name)


def _platform(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    caps = ctx.caps
    if caps is None:
        return
    if caps.guest(spec.arch) is None:
        yield error("arch", Code.ARCH_UNSUPPORTED, spec.arch)
        return
    kind = spec.domain_type.value
    if kind not in caps.domain_types(spec.arch):
        yield error("domain_type", Code.KVM_UNAVAILABLE, spec.arch)
        return
    machine = machine_type(spec)
    if machine and not caps.has_machine(spec.arch, machine, kind):
        yield error("machine", Code.MACHINE_UNSUPPORTED, machine, spec.arch)


def _resources(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    os_min = spec.os.min_memory_mib or 1
    if spec.memory_mib < os_min:
        yield error("memory", Code.MEMORY_BELOW_OS, Bytes(os_min * MIB))
    elif ctx.host_memory_mib is not None and spec.memory_mib > ctx.host_memory_mib:
        yield error("memory", Code.MEMORY_ABOVE_HOST, Bytes(ctx.host_memory_mib * MIB))
    min_vcpus = spec.os.min_vcpus or 1
    limits = [x for x in (ctx.max_vcpus, ctx.domcaps.max_vcpus if ctx.domcaps else None) if x]
    if spec.vcpus < min_vcpus:
        yield error("vcpus", Code.VCPUS_BELOW_OS, n=min_vcpus)
    elif limits and spec.vcpus > min(limits):
        yield error("vcpus", Code.VCPUS_ABOVE_MAX, n=min(limits))
    elif ctx.host_cpus is not None and spec.vcpus > ctx.host_cpus:
        yield warning("vcpus", Code.VCPUS_ABOVE_HOST, n=ctx.host_cpus)


def _path(ctx: NewVmContext, key: str, path: str, want: PathState = PathState.FILE) -> Iterator[Problem]:
    """A path on the host: written as libvirt takes it, then (on a local host) there, of
    the kind wanted."""
    if (found := path_text_problem(key, path, want)) is not None:
        yield found
        return
    if ctx.check_path is None:
        return
    state = ctx.check_path(path)
    if state is PathState.MISSING:
        yield error(key, Code.PATH_MISSING, path)
    elif state is PathState.UNREADABLE:
        yield error(key, Code.PATH_UNREADABLE, path)
    elif (reason := path_state_reason(state)) is not None:
        yield error(key, Code.PATH_UNUSABLE, path, reason)
    elif state is not want:
        yield error(key, Code.PATH_NOT_DEVICE if want is PathState.BLOCK else Code.PATH_NOT_FILE, path)


def _volume(ctx: NewVmContext, key: str, pool: str, volume: str, *, new: bool) -> Iterator[Problem]:
    """A pool volume that must exist (``new`` False) or must not (True); with no
    ``volume`` (no name yet) only the pool is checked."""
    if not pool:
        yield error(key, Code.POOL_EMPTY)
        return
    if new and "/" in volume:
        yield error(key, Code.VOLUME_NAME_INVALID, volume)
        return
    if ctx.pools is None:
        return
    info = ctx.pools.get(pool)
    if info is None:
        yield error(key, Code.POOL_MISSING, pool)
    elif not info.active:
        yield error(key, Code.POOL_INACTIVE, pool)
    elif new and volume and volume in info.volumes:
        yield error(key, Code.VOLUME_EXISTS, pool, volume)
    elif not new and volume and volume not in info.volumes:
        yield error(key, Code.VOLUME_MISSING, pool, volume)


def _install(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    inst, method = spec.install, spec.install.method
    if method is InstallMethod.ISO_FILE:
        if not inst.iso_path:
            yield error("install.iso_path", Code.ISO_PATH_EMPTY)
        else:
            yield from _path(ctx, "install.iso_path", inst.iso_path)
    elif method is InstallMethod.ISO_VOLUME:
        if not inst.iso_volume:
            yield error("install.iso_volume", Code.ISO_VOLUME_EMPTY)
        else:
            yield from _volume(ctx, "install.iso_volume", inst.iso_pool, inst.iso_volume, new=False)
    elif method is InstallMethod.HOST_CDROM:
        if not inst.cdrom_device:
            yield error("install.cdrom_device", Code.CDROM_DEVICE_EMPTY)
        else:
            yield from _path(ctx, "install.cdrom_device", inst.cdrom_device, PathState.BLOCK)
    elif method is InstallMethod.KERNEL:
        if not inst.kernel:
            yield error("install.kernel", Code.KERNEL_EMPTY)
        for key in ("kernel", "initrd", "dtb"):
            if path := getattr(inst, key):
                yield from _path(ctx, f"install.{key}", path)
    elif method is InstallMethod.IMPORT_DISK:
        if spec.storage.kind not in (StorageKind.EXISTING_VOLUME, StorageKind.FILE):
            yield error("storage", Code.IMPORT_NEEDS_DISK)
    elif method is InstallMethod.PXE:
        if spec.network.kind is NetworkKind.NONE:
            yield error("network", Code.PXE_NEEDS_NETWORK)
    elif method is InstallMethod.CLOUD_IMAGE:
        if spec.storage.kind is not StorageKind.NEW_VOLUME:
            yield error("storage", Code.CLOUD_NEEDS_NEW_VOLUME)
        if inst.base_volume:
            yield from _volume(ctx, "install.base", inst.base_pool, inst.base_volume, new=False)
        elif inst.base_path:
            yield from _path(ctx, "install.base", inst.base_path)
        else:
            yield error("install.base", Code.BASE_EMPTY)


def _storage(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    storage = spec.storage
    if storage.kind is StorageKind.FILE:
        if not storage.path:
            yield error("storage.path", Code.DISK_PATH_EMPTY)
        else:
            yield from _path(ctx, "storage.path", storage.path)
    elif storage.kind is StorageKind.EXISTING_VOLUME:
        if not storage.volume:
            yield error("storage.volume", Code.DISK_PATH_EMPTY)
        else:
            yield from _volume(ctx, "storage.volume", storage.pool, storage.volume, new=False)
    elif storage.kind is StorageKind.NEW_VOLUME:
        yield from _new_volume(spec, ctx)


def _new_volume(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    storage = spec.storage
    if storage.capacity_bytes <= 0:
        yield error("storage.capacity", Code.DISK_SIZE_ZERO)
        return
    # A volume name made from an invalid VM name is not a second problem.
    named = storage.volume or name_problem(spec.name) is None
    name = disk_volume_name(spec) if named else ""
    problems = list(_volume(ctx, "storage.volume", storage.pool, name, new=True))
    if not problems and name and _is_the_seed(spec, storage.pool, name):
        problems.append(error("storage.volume", Code.VOLUME_SAME_AS_SEED, name))
    yield from problems
    capacity = storage.capacity_bytes
    if spec.install.method is InstallMethod.CLOUD_IMAGE and ctx.base_size and ctx.base_size > capacity:
        # Finish makes the overlay as large as its image: the size asked is not what the VM gets.
        yield warning("storage.capacity", Code.DISK_BELOW_IMAGE, Bytes(ctx.base_size))
        capacity = ctx.base_size
    if spec.os.min_disk_bytes and capacity < spec.os.min_disk_bytes:
        yield warning("storage.capacity", Code.DISK_BELOW_OS, Bytes(spec.os.min_disk_bytes))
    info = ctx.pools.get(storage.pool) if ctx.pools is not None else None
    if problems or info is None or info.available_bytes is None:
        return
    if capacity > info.available_bytes:
        size, free = Bytes(capacity), Bytes(info.available_bytes)
        if info.type in SPARSE_POOL_TYPES:
            yield warning("storage.capacity", Code.DISK_BEYOND_POOL_SPARSE, size, storage.pool, free)
        else:
            yield error("storage.capacity", Code.DISK_BEYOND_POOL, size, storage.pool, free)


def _is_the_seed(spec: NewVmSpec, pool: str, volume: str) -> bool:
    """Whether the cloud-init seed volume would be ``volume`` in ``pool`` (the job would
    make the disk, fail on the seed, and remove the disk again)."""
    return spec.uses_cloud_init and seed_pool(spec) == pool and seed_volume_name(spec) == volume


def _pool_types(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    """The new volumes' pools can make them (an iSCSI pool cannot), and a cloud
    image's overlay sits in a pool of image files (not LVM)."""
    if ctx.pools is None:
        return

    def type_of(pool: str) -> PoolType | None:
        info = ctx.pools.get(pool) if ctx.pools is not None else None
        return known_pool_type(info.type) if info is not None else None

    yield from pool_problems(spec, type_of(spec.storage.pool), type_of(seed_pool(spec)))


def _network(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    nic = spec.network
    if nic.kind is NetworkKind.NONE:
        if spec.uses_cloud_init:
            yield warning("network", Code.CLOUD_NO_NETWORK)
        return
    if not nic.source:
        yield error("network.source", Code.NETWORK_SOURCE_EMPTY)
    elif nic.kind is NetworkKind.VIRTUAL and ctx.networks is not None:
        if nic.source not in ctx.networks:
            yield error("network.source", Code.NETWORK_MISSING, nic.source)
        elif not ctx.networks[nic.source]:
            yield warning("network.source", Code.NETWORK_INACTIVE, nic.source)
    elif nic.kind is not NetworkKind.VIRTUAL and not ifname_ok(nic.source):
        # A host bridge or device: libvirt defines the VM with any name, which then cannot start.
        yield error("network.source", Code.NETWORK_SOURCE_INVALID, nic.source)
    if nic.mac and (code := mac_problem(nic.mac)) is not None:
        yield error("network.mac", code, nic.mac)


def _firmware(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    fw = spec.firmware
    if fw.kind is Firmware.BIOS:
        if spec.os.needs_uefi:
            yield warning("firmware", Code.OS_NEEDS_UEFI)
        return
    caps = ctx.domcaps
    if caps is None:
        return
    if fw.loader:
        if fw.loader not in caps.loaders:
            yield error("firmware.loader", Code.LOADER_UNKNOWN, fw.loader)
    elif not caps.uefi:
        yield error("firmware", Code.UEFI_UNAVAILABLE)
        return
    if fw.secure_boot and not caps.secure_boot:
        yield error("firmware.secure_boot", Code.SECURE_BOOT_UNAVAILABLE)


def _devices(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    caps = ctx.domcaps
    if caps is None:
        return
    kvm_cpu = spec.domain_type is DomainType.KVM and spec.cpu is not CpuMode.DEFAULT
    if kvm_cpu and caps.cpu_modes and spec.cpu.value not in caps.cpu_modes:
        yield error("cpu", Code.CPU_MODE_UNAVAILABLE, spec.cpu.value)
    graphics = spec.graphics.type
    if (
        graphics is not GraphicsType.NONE
        and caps.graphics_types
        and graphics.value not in caps.graphics_types
    ):
        yield error("graphics", Code.GRAPHICS_UNAVAILABLE, graphics.value.upper())
    if spec.os.needs_tpm and not caps.tpm_emulated:
        yield warning("tpm", Code.TPM_UNAVAILABLE)
    bus = disk_bus(spec)
    if has_disk(spec) and caps.disk_buses and bus not in caps.disk_buses:
        yield error("storage", Code.BUS_UNAVAILABLE, bus)


def _cloud_init(spec: NewVmSpec, ctx: NewVmContext) -> Iterator[Problem]:
    if not spec.uses_cloud_init:
        return
    ci = spec.cloud_init
    if ci.hostname and not hostname_ok(ci.hostname):
        yield error("cloud_init.hostname", Code.HOSTNAME_INVALID, ci.hostname)
    if ci.user == "root":
        yield error("cloud_init.user", Code.USER_ROOT)
    elif ci.user and not user_ok(ci.user):
        yield error("cloud_init.user", Code.USER_INVALID, ci.user)
    if ci.password_hash and not password_hash_ok(ci.password_hash):
        yield error("cloud_init.password", Code.PASSWORD_HASH_INVALID)
    elif ci.has_password and not (ci.user or spec.os.cloud_user):
        yield error("cloud_init.user", Code.PASSWORD_WITHOUT_USER)
    for i, key in enumerate(ci.ssh_keys):
        if (code := ssh_key_problem(key)) is not None:
            yield error(f"cloud_init.ssh_keys[{i}]", code, i + 1)
    if ci.root_login is RootLogin.PASSWORD and not ci.has_password:
        yield error("cloud_init.root_login", Code.ROOT_PASSWORD_WITHOUT_PASSWORD)
    elif ci.root_login is RootLogin.SSH_KEY and not ci.ssh_keys:
        yield error("cloud_init.root_login", Code.ROOT_KEY_WITHOUT_KEYS)
    if not ci.has_password and not ci.ssh_keys:
        yield warning("cloud_init", Code.CLOUD_NO_LOGIN)
    yield from _yaml("cloud_init.extra_user_data", ci.extra_user_data,
                     Code.USER_DATA_SYNTAX, Code.USER_DATA_NOT_MAPPING, Code.USER_DATA_RECURSIVE,
                     Code.USER_DATA_TOO_LARGE)  # fmt: skip
    yield from _yaml("cloud_init.network_config", ci.network_config,
                     Code.NETWORK_CONFIG_SYNTAX, Code.NETWORK_CONFIG_NOT_MAPPING)  # fmt: skip
    seed = seed_volume_name(spec) if ci.volume or name_problem(spec.name) is None else ""
    yield from _volume(ctx, "cloud_init.volume", seed_pool(spec), seed, new=True)


def _yaml(key: str, text: str, syntax: Code, not_mapping: Code,
          recursive: Code | None = None, too_large: Code | None = None) -> Iterator[Problem]:  # fmt: skip
    """``recursive``, ``too_large``: for YAML the seed dumps (user-data); network-config is
    written as typed."""
    if not text.strip():
        return
    result, line, message = yaml_mapping_problem(text)
    if result is YamlResult.SYNTAX:
        yield error(key, syntax, line, message)
    elif result is YamlResult.NOT_MAPPING:
        yield error(key, not_mapping)
    elif result is YamlResult.RECURSIVE and recursive is not None:
        yield error(key, recursive)
    elif result is YamlResult.TOO_LARGE and too_large is not None:
        yield error(key, too_large, WRITTEN_MAX)
