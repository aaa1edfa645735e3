"""Validation of a new VM's spec against a host: one case per problem, each with its
field, code and severity; plus the words every code is shown with."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from kvmgui.cloudinit.crypt import hash_password
from kvmgui.cloudinit.userdata import user_data
from kvmgui.xml.capabilities import parse_capabilities
from kvmgui.xml.domcaps import parse_domain_capabilities
from kvmgui.xml.newvm_checks import PathState, local_path_state, ssh_key_problem
from kvmgui.xml.newvm_problems import TEXTS, Code, Severity
from kvmgui.xml.newvm_spec import (
    GIB,
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
from kvmgui.xml.newvm_validate import NewVmContext, PoolInfo, errors, validate_new_vm
from tests.unit.xml.newvm_cases import CASES, KEY, UBUNTU, WIN11

CAPS = Path(__file__).resolve().parents[2] / "data" / "caps"


def host_caps(name="qemu-7.2-x86_64-caps.xml"):
    return parse_capabilities((CAPS / name).read_text())


def dom_caps(name="qemu-7.2-domcaps-x86_64-q35-kvm.xml"):
    return parse_domain_capabilities((CAPS / name).read_text())


PATHS = {
    "/iso/ok.iso": PathState.FILE,
    "/iso/secret.iso": PathState.UNREADABLE,
    "/iso": PathState.DIRECTORY,
    "/dev/sr0": PathState.BLOCK,
    "/boot/vmlinuz": PathState.FILE,
    "/img/base.qcow2": PathState.FILE,
    "/img/disk.qcow2": PathState.FILE,
}


def context(**changes) -> NewVmContext:
    ctx = NewVmContext(
        existing_names=frozenset({"web01", "db01"}),
        host_memory_mib=8192,
        host_cpus=4,
        max_vcpus=16,
        caps=host_caps(),
        domcaps=dom_caps(),
        pools={
            "default": PoolInfo("default", "dir", True, 100 * GIB, frozenset({"old.qcow2", "base.img"})),
            "lvm": PoolInfo("lvm", "logical", True, 10 * GIB),
            "off": PoolInfo("off", "dir", False),
        },
        networks={"default": True, "lab": False},
        check_path=lambda path: PATHS.get(path, PathState.MISSING),
    )
    for key, value in changes.items():
        setattr(ctx, key, value)
    return ctx


def good_spec() -> NewVmSpec:
    spec = NewVmSpec(name="new-vm", os=UBUNTU, memory_mib=2048, vcpus=2)
    spec.install.iso_path = "/iso/ok.iso"
    spec.storage.capacity_bytes = 20 * GIB
    return spec


def found(spec, ctx=None):
    return {(p.field, p.code, p.severity) for p in validate_new_vm(spec, ctx or context())}


def test_good_spec_has_no_problems():
    assert validate_new_vm(good_spec(), context()) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_cases_have_no_errors_on_an_unknown_host(case):
    assert errors(validate_new_vm(CASES[case]())) == []


def E(field, code):
    return (field, code, Severity.ERROR)


def W(field, code):
    return (field, code, Severity.WARNING)


def edit(fn):
    spec = good_spec()
    fn(spec)
    return spec


CASES_BAD = {
    "name empty": (lambda s: setattr(s, "name", ""), E("name", Code.NAME_EMPTY)),
    "name long": (lambda s: setattr(s, "name", "x" * 65), E("name", Code.NAME_TOO_LONG)),
    "name slash": (lambda s: setattr(s, "name", "a/b"), E("name", Code.NAME_CHARS)),
    "name dot": (lambda s: setattr(s, "name", ".hidden"), E("name", Code.NAME_CHARS)),
    "name space": (lambda s: setattr(s, "name", "my vm"), E("name", Code.NAME_CHARS)),
    "name taken": (lambda s: setattr(s, "name", "web01"), E("name", Code.NAME_TAKEN)),
    "arch": (lambda s: setattr(s, "arch", "s390x"), E("arch", Code.ARCH_UNSUPPORTED)),
    "machine": (lambda s: setattr(s, "machine", "virt"), E("machine", Code.MACHINE_UNSUPPORTED)),
    "memory below os": (lambda s: setattr(s, "memory_mib", 100), E("memory", Code.MEMORY_BELOW_OS)),
    "memory above host": (lambda s: setattr(s, "memory_mib", 9000), E("memory", Code.MEMORY_ABOVE_HOST)),
    "vcpus zero": (lambda s: setattr(s, "vcpus", 0), E("vcpus", Code.VCPUS_BELOW_OS)),
    "vcpus above max": (lambda s: setattr(s, "vcpus", 17), E("vcpus", Code.VCPUS_ABOVE_MAX)),
    "vcpus above host": (lambda s: setattr(s, "vcpus", 6), W("vcpus", Code.VCPUS_ABOVE_HOST)),
    "iso empty": (lambda s: setattr(s.install, "iso_path", ""), E("install.iso_path", Code.ISO_PATH_EMPTY)),
    "iso missing": (
        lambda s: setattr(s.install, "iso_path", "/iso/gone.iso"),
        E("install.iso_path", Code.PATH_MISSING),
    ),
    "iso unreadable": (
        lambda s: setattr(s.install, "iso_path", "/iso/secret.iso"),
        E("install.iso_path", Code.PATH_UNREADABLE),
    ),
    "iso a directory": (
        lambda s: setattr(s.install, "iso_path", "/iso"),
        E("install.iso_path", Code.PATH_NOT_FILE),
    ),
    "iso relative": (
        lambda s: setattr(s.install, "iso_path", "ok.iso"),  # not looked for in kvmgui's own directory
        E("install.iso_path", Code.PATH_NOT_ABSOLUTE),
    ),
    "iso the root": (
        lambda s: setattr(s.install, "iso_path", "/"),
        E("install.iso_path", Code.PATH_NOT_FILE),
    ),
    "iso control character": (
        lambda s: setattr(s.install, "iso_path", "/iso/\x1b[0mok.iso"),
        E("install.iso_path", Code.TEXT_CONTROL_CHARACTER),
    ),
    "iso line break": (
        lambda s: setattr(s.install, "iso_path", "/iso/ok.iso\n"),
        E("install.iso_path", Code.TEXT_CONTROL_CHARACTER),
    ),
    "volume control character": (
        lambda s: setattr(s.storage, "volume", "disk\x00.qcow2"),
        E("storage.volume", Code.TEXT_CONTROL_CHARACTER),
    ),
    "network control character": (  # its one problem: not also "no network named …"
        lambda s: setattr(s.network, "source", "default\x07"),
        E("network.source", Code.TEXT_CONTROL_CHARACTER),
    ),
    "pool missing": (lambda s: setattr(s.storage, "pool", "nope"), E("storage.volume", Code.POOL_MISSING)),
    "pool inactive": (lambda s: setattr(s.storage, "pool", "off"), E("storage.volume", Code.POOL_INACTIVE)),
    "pool empty": (lambda s: setattr(s.storage, "pool", ""), E("storage.volume", Code.POOL_EMPTY)),
    "volume exists": (
        lambda s: setattr(s.storage, "volume", "old.qcow2"),
        E("storage.volume", Code.VOLUME_EXISTS),
    ),
    "volume slash": (
        lambda s: setattr(s.storage, "volume", "a/b"),
        E("storage.volume", Code.VOLUME_NAME_INVALID),
    ),
    "size zero": (
        lambda s: setattr(s.storage, "capacity_bytes", 0),
        E("storage.capacity", Code.DISK_SIZE_ZERO),
    ),
    "size below os": (
        lambda s: setattr(s.storage, "capacity_bytes", GIB),
        W("storage.capacity", Code.DISK_BELOW_OS),
    ),
    "beyond sparse pool": (
        lambda s: setattr(s.storage, "capacity_bytes", 120 * GIB),
        W("storage.capacity", Code.DISK_BEYOND_POOL_SPARSE),
    ),
    "network missing": (
        lambda s: setattr(s.network, "source", "nope"),
        E("network.source", Code.NETWORK_MISSING),
    ),
    "network inactive": (
        lambda s: setattr(s.network, "source", "lab"),
        W("network.source", Code.NETWORK_INACTIVE),
    ),
    "network empty": (
        lambda s: setattr(s.network, "source", ""),
        E("network.source", Code.NETWORK_SOURCE_EMPTY),
    ),
    "mac malformed": (
        lambda s: setattr(s.network, "mac", "52:54:00:12:34"),
        E("network.mac", Code.MAC_INVALID),
    ),
    "mac multicast": (
        lambda s: setattr(s.network, "mac", "01:00:5e:00:00:01"),
        E("network.mac", Code.MAC_MULTICAST),
    ),
    "mac zero": (
        lambda s: setattr(s.network, "mac", "00:00:00:00:00:00"),
        E("network.mac", Code.MAC_MULTICAST),
    ),
    "loader unknown": (
        lambda s: (setattr(s.firmware, "kind", Firmware.UEFI), setattr(s.firmware, "loader", "/x.fd")),
        E("firmware.loader", Code.LOADER_UNKNOWN),
    ),
}


@pytest.mark.parametrize("case", sorted(CASES_BAD))
def test_one_problem_each(case):
    change, expected = CASES_BAD[case]
    assert found(edit(change)) == {expected}


@pytest.mark.parametrize(("kind", "source", "ok"), [
    (NetworkKind.BRIDGE, "br0", True),
    (NetworkKind.MACVTAP, "enp1s0f0np0", True),
    (NetworkKind.MACVTAP, "eth0.100", True),
    (NetworkKind.BRIDGE, "my bridge", False),
    (NetworkKind.BRIDGE, "br/0", False),
    (NetworkKind.MACVTAP, "eth0:1", False),
    (NetworkKind.MACVTAP, "enp1s0f0np0-uplink", False),  # 16 characters: one too many
])
def test_a_bridge_or_device_is_named_as_the_kernel_names_interfaces(kind, source, ok):
    # libvirt defines such a VM (it does not hold the XML to its schema); it cannot start.
    spec = good_spec()
    spec.network.kind, spec.network.source = kind, source
    problems = errors(validate_new_vm(spec, context()))
    assert [(p.field, p.words.english()) for p in problems] == ([] if ok else [(
        "network.source", f"'{source}' is not a host interface name: at most 15 characters, "
        "without spaces, '/' or ':'.")])


def test_kvm_missing_from_caps():
    caps = host_caps()
    no_kvm = type(caps)(
        caps.host_arch,
        tuple(
            type(g)(
                g.arch,
                g.os_type,
                g.wordsize,
                g.emulator,
                g.machines,
                tuple(d for d in g.domains if d.type != "kvm"),
            )
            for g in caps.guests
        ),
    )
    assert found(good_spec(), context(caps=no_kvm)) == {E("domain_type", Code.KVM_UNAVAILABLE)}
    spec = good_spec()
    spec.domain_type = DomainType.QEMU
    assert found(spec, context(caps=no_kvm)) == set()


def test_disk_beyond_a_thick_pool_is_an_error():
    spec = good_spec()
    spec.storage.pool = "lvm"
    spec.storage.capacity_bytes = 11 * GIB
    assert found(spec) == {E("storage.capacity", Code.DISK_BEYOND_POOL)}
    problem = validate_new_vm(spec, context())[0]
    assert problem.words.english() == "The disk needs 11 GiB but storage pool 'lvm' has only 10 GiB free."


def test_install_methods():
    spec = good_spec()
    spec.install.method = InstallMethod.ISO_VOLUME
    assert found(spec) == {E("install.iso_volume", Code.ISO_VOLUME_EMPTY)}
    spec.install.iso_pool, spec.install.iso_volume = "default", "missing.iso"
    assert found(spec) == {E("install.iso_volume", Code.VOLUME_MISSING)}
    spec.install.method = InstallMethod.HOST_CDROM
    assert found(spec) == set()  # /dev/sr0 is a block device
    spec.install.cdrom_device = "/iso/ok.iso"
    assert found(spec) == {E("install.cdrom_device", Code.PATH_NOT_DEVICE)}
    spec.install.method = InstallMethod.KERNEL
    assert found(spec) == {E("install.kernel", Code.KERNEL_EMPTY)}
    spec.install.kernel, spec.install.initrd = "/boot/vmlinuz", "/boot/missing.img"
    assert found(spec) == {E("install.initrd", Code.PATH_MISSING)}
    spec.install.method = InstallMethod.IMPORT_DISK
    assert found(spec) == {E("storage", Code.IMPORT_NEEDS_DISK)}
    spec.storage.kind, spec.storage.path = StorageKind.FILE, "/img/disk.qcow2"
    assert found(spec) == set()
    spec.storage.kind, spec.storage.volume = StorageKind.EXISTING_VOLUME, "old.qcow2"
    assert found(spec) == set()
    spec.install.method = InstallMethod.PXE
    spec.network.kind = NetworkKind.NONE
    assert found(spec) == {E("network", Code.PXE_NEEDS_NETWORK)}


def cloud_spec() -> NewVmSpec:
    spec = good_spec()
    spec.install.method = InstallMethod.CLOUD_IMAGE
    spec.install.base_path = "/img/base.qcow2"
    spec.cloud_init.user = "alice"
    spec.cloud_init.ssh_keys = [KEY]
    return spec


def test_cloud_image():
    assert found(cloud_spec()) == set()
    spec = cloud_spec()
    spec.storage.kind = StorageKind.FILE
    spec.storage.path = "/img/disk.qcow2"
    assert found(spec) == {E("storage", Code.CLOUD_NEEDS_NEW_VOLUME)}
    spec = cloud_spec()
    spec.install.base_path = ""
    assert found(spec) == {E("install.base", Code.BASE_EMPTY)}
    spec.install.base_pool, spec.install.base_volume = "default", "base.img"
    assert found(spec) == set()
    spec.network.kind = NetworkKind.NONE
    assert found(spec) == {W("network", Code.CLOUD_NO_NETWORK)}
    spec = cloud_spec()
    spec.cloud_init.ssh_keys = []
    assert found(spec) == {W("cloud_init", Code.CLOUD_NO_LOGIN)}
    spec = cloud_spec()
    spec.cloud_init.volume = "old.qcow2"  # the seed volume would clash
    assert found(spec) == {E("cloud_init.volume", Code.VOLUME_EXISTS)}


def test_a_cloud_images_disk_is_judged_at_the_images_size():
    # Finish makes the overlay as large as its base: that size, not the one asked, is checked.
    spec = cloud_spec()
    spec.os = replace(spec.os, min_disk_bytes=8 * GIB)
    spec.storage.capacity_bytes = 4 * GIB
    assert found(spec, context(base_size=10 * GIB)) == {W("storage.capacity", Code.DISK_BELOW_IMAGE)}
    problem = validate_new_vm(spec, context(base_size=10 * GIB))[0]
    assert problem.words.english() == "The cloud image is 10 GiB: the new disk gets that size, not less."
    assert found(spec, context(base_size=None)) == {W("storage.capacity", Code.DISK_BELOW_OS)}
    spec.storage.pool = "lvm"  # 10 GiB free (a pool of devices cannot take the overlay either)
    assert W("storage.capacity", Code.DISK_BELOW_IMAGE) in found(spec, context(base_size=12 * GIB))
    assert E("storage.capacity", Code.DISK_BEYOND_POOL) in found(spec, context(base_size=12 * GIB))


def test_the_disk_volume_cannot_take_the_seed_volumes_name():
    spec = cloud_spec()
    spec.storage.volume = "new-vm-cidata.iso"  # the seed's name, in the same pool
    problems = validate_new_vm(spec, context())
    assert [(p.field, p.severity) for p in problems] == [("storage.volume", Severity.ERROR)]
    assert problems[0].code is Code.VOLUME_SAME_AS_SEED
    assert problems[0].words.english() == ("The cloud-init seed volume is named 'new-vm-cidata.iso' "
                                           "too; give the disk volume another name.")
    pools = {**context().pools, "more": PoolInfo("more", "dir", True, 100 * GIB)}
    spec.cloud_init.pool = "more"  # the seed goes to another pool
    assert found(spec, context(pools=pools)) == set()
    spec = good_spec()  # no cloud-init: no seed volume
    spec.storage.volume = "new-vm-cidata.iso"
    assert found(spec) == set()


CLOUD_BAD = {
    "hostname": (
        lambda c: setattr(c, "hostname", "bad_host"),
        E("cloud_init.hostname", Code.HOSTNAME_INVALID),
    ),
    "user": (lambda c: setattr(c, "user", "Alice"), E("cloud_init.user", Code.USER_INVALID)),
    "root user": (lambda c: setattr(c, "user", "root"), E("cloud_init.user", Code.USER_ROOT)),
    "hash": (
        lambda c: setattr(c, "password_hash", "secret"),
        E("cloud_init.password", Code.PASSWORD_HASH_INVALID),
    ),
    "key": (
        lambda c: c.ssh_keys.append("ssh-ed25519 notbase64!"),
        E("cloud_init.ssh_keys[1]", Code.SSH_KEY_INVALID),
    ),
    "private key": (
        lambda c: c.ssh_keys.append("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n"),
        E("cloud_init.ssh_keys[1]", Code.SSH_KEY_PRIVATE),
    ),
    "root password": (
        lambda c: setattr(c, "root_login", RootLogin.PASSWORD),
        E("cloud_init.root_login", Code.ROOT_PASSWORD_WITHOUT_PASSWORD),
    ),
    "yaml syntax": (
        lambda c: setattr(c, "extra_user_data", "packages: [htop\nruncmd: x\n"),
        E("cloud_init.extra_user_data", Code.USER_DATA_SYNTAX),
    ),
    "yaml list": (
        lambda c: setattr(c, "extra_user_data", "- a\n- b\n"),
        E("cloud_init.extra_user_data", Code.USER_DATA_NOT_MAPPING),
    ),
    "network yaml": (
        lambda c: setattr(c, "network_config", "version: 2\n ethernets: {\n"),
        E("cloud_init.network_config", Code.NETWORK_CONFIG_SYNTAX),
    ),
    "network scalar": (
        lambda c: setattr(c, "network_config", "just text"),
        E("cloud_init.network_config", Code.NETWORK_CONFIG_NOT_MAPPING),
    ),
}


@pytest.mark.parametrize("case", sorted(CLOUD_BAD))
def test_cloud_init_fields(case):
    spec = cloud_spec()
    change, expected = CLOUD_BAD[case]
    change(spec.cloud_init)
    assert found(spec) == {expected}


def test_password_needs_a_user_unless_the_os_names_one():
    spec = cloud_spec()
    spec.cloud_init.user = ""
    spec.cloud_init.password_hash = hash_password("pw")
    assert found(spec) == set()  # Ubuntu's cloud user is "ubuntu"
    spec.os = WIN11
    spec.memory_mib, spec.storage.capacity_bytes = 4096, 64 * GIB
    spec.firmware.kind, spec.firmware.secure_boot = Firmware.UEFI, True
    assert E("cloud_init.user", Code.PASSWORD_WITHOUT_USER) in found(spec)


def test_yaml_syntax_message_names_the_line():
    spec = cloud_spec()
    spec.cloud_init.extra_user_data = "a: 1\nb: [2\nc: 3\n"
    (problem,) = validate_new_vm(spec, context())
    line, message = problem.args
    assert line >= 2 and message
    assert problem.words.english().startswith(f"The extra user-data is not valid YAML (line {line}): ")


def test_cloud_init_not_checked_when_not_used():
    spec = good_spec()
    spec.cloud_init.user = "Bad User"
    assert found(spec) == set()


def test_domain_capabilities():
    spec = good_spec()
    spec.graphics.type = GraphicsType.SPICE
    no_spice = replace(dom_caps(), graphics_types=("vnc",))
    assert found(spec, context(domcaps=no_spice)) == {E("graphics", Code.GRAPHICS_UNAVAILABLE)}
    spec = good_spec()
    spec.firmware.kind, spec.firmware.secure_boot = Firmware.UEFI, True
    assert found(spec) == set()
    assert found(spec, context(domcaps=dom_caps("qemu-7.2-domcaps-i686-pc-qemu.xml"))) >= {
        E("firmware.secure_boot", Code.SECURE_BOOT_UNAVAILABLE)
    }
    no_uefi = replace(dom_caps(), firmware_auto=(), loaders=())
    assert found(spec, context(domcaps=no_uefi)) == {E("firmware", Code.UEFI_UNAVAILABLE)}
    spec = good_spec()
    spec.os = WIN11
    spec.memory_mib, spec.storage.capacity_bytes = 4096, 64 * GIB
    assert found(spec) == {W("firmware", Code.OS_NEEDS_UEFI)}
    spec.firmware.kind = Firmware.UEFI
    no_tpm = replace(dom_caps(), tpm_backends=("passthrough",))
    assert found(spec, context(domcaps=no_tpm)) == {W("tpm", Code.TPM_UNAVAILABLE)}
    no_virtio = replace(dom_caps(), disk_buses=("sata",))
    assert found(good_spec(), context(domcaps=no_virtio)) == {E("storage", Code.BUS_UNAVAILABLE)}
    assert found(good_spec(), context(domcaps=replace(dom_caps(), max_vcpus=1))) == {
        E("vcpus", Code.VCPUS_ABOVE_MAX)
    }


def test_cpu_mode_must_be_offered():
    spec = good_spec()
    spec.cpu = CpuMode.HOST_PASSTHROUGH
    tcg_caps = dom_caps("qemu-7.2-domcaps-x86_64-q35-qemu.xml")  # TCG cannot pass the host CPU through
    assert found(spec, context(domcaps=tcg_caps)) == {E("cpu", Code.CPU_MODE_UNAVAILABLE)}
    spec.domain_type = DomainType.QEMU  # emulation gets no <cpu> at all
    assert found(spec, context(domcaps=tcg_caps)) == set()
    spec.domain_type, spec.cpu = DomainType.KVM, CpuMode.DEFAULT
    assert found(spec, context(domcaps=tcg_caps)) == set()


def test_remote_host_skips_path_checks():
    spec = good_spec()
    spec.install.iso_path = "/somewhere/else.iso"
    assert found(spec, context(check_path=None)) == set()


def test_remote_host_paths_are_written_as_libvirt_takes_them():
    """Not looked at on a remote host, but absolute and on one line; kernel arguments may
    span lines, not hold a control character."""
    spec = good_spec()
    spec.install.method = InstallMethod.KERNEL
    spec.install.kernel, spec.install.initrd = "vmlinuz", "/boot/initrd\r.img"
    spec.install.cmdline = "console=ttyS0\nquiet"
    assert found(spec, context(check_path=None)) == {E("install.kernel", Code.PATH_NOT_ABSOLUTE),
                                                     E("install.initrd", Code.TEXT_CONTROL_CHARACTER)}
    spec.install.kernel, spec.install.initrd = "/boot/vmlinuz", ""
    spec.install.cmdline = "console=ttyS0\x0c"
    assert found(spec, context(check_path=None)) == {E("install.cmdline", Code.TEXT_CONTROL_CHARACTER)}
    problem = validate_new_vm(spec, context(check_path=None))[0]
    assert problem.words.english() == ("This holds a control character (U+000C), which libvirt cannot "
                                       "store; remove it.")
    spec.install.method, spec.install.cdrom_device = InstallMethod.HOST_CDROM, "/"
    assert found(spec, context(check_path=None)) == {E("install.cdrom_device", Code.PATH_NOT_DEVICE)}


def test_unknown_host_parts_are_not_checked():
    spec = good_spec()
    spec.storage.pool = "whatever"
    spec.network.source = "whatever"
    assert validate_new_vm(spec, NewVmContext()) == []


def test_every_code_has_words_and_every_problem_reads_as_a_sentence():
    assert set(TEXTS) == set(Code)
    for text in TEXTS.values():
        assert text[0].isupper() or text[0] in "'%", text
        assert text.rstrip().endswith((".", ":", "%2")), text
    problems = [p for case in CASES_BAD.values() for p in validate_new_vm(edit(case[0]), context())]
    for problem in problems:
        english = problem.words.english()
        assert "%" not in english, english
        assert problem.words.context == "NewVm"


def test_vcpu_plural_words():
    spec = good_spec()
    spec.vcpus = 17
    (problem,) = validate_new_vm(spec, context())
    assert problem.n == 16
    assert problem.words.english() == "This host gives a virtual machine no more virtual CPUs than 16."


def test_memory_words_use_sizes():
    spec = good_spec()
    spec.memory_mib = 100
    (problem,) = validate_new_vm(spec, context())
    assert problem.args == (UBUNTU.min_memory_mib * MIB,)
    assert problem.words.english() == "The operating system needs at least 128 MiB of memory."


# -- single checks ---------------------------------------------------------------------

REAL_KEYS = [
    KEY,
    "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5"
    "YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=",
]


@pytest.mark.parametrize("key", REAL_KEYS)
def test_ssh_public_keys_pass(key):
    assert ssh_key_problem(key) is None


@pytest.mark.parametrize(
    "key",
    [
        # authorized_keys options before the key: sshd takes them, cloud-init writes the line as is
        'from="10.0.0.1",no-pty ' + KEY,
        'command="echo \\"hi there\\"",restrict ' + KEY,
        "no-port-forwarding,No-X11-Forwarding " + REAL_KEYS[1] + " bob@x",
    ],
)
def test_ssh_keys_with_options_pass(key):
    assert ssh_key_problem(key) is None


@pytest.mark.parametrize(
    "key",
    [
        "no-such-option " + KEY,  # sshd refuses the whole line
        'no-pty="x" ' + KEY,
        "from " + KEY,  # from= needs its value
        'from="10.0.0.1 ' + KEY,  # unclosed quote
        "no-pty, " + KEY,
    ],
)
def test_ssh_keys_with_bad_options(key):
    assert ssh_key_problem(key) is Code.SSH_KEY_INVALID


def test_two_ssh_keys_on_one_line_are_refused():
    # The second would be the first one's comment: only the first would let anyone in.
    assert ssh_key_problem(KEY + " " + REAL_KEYS[1]) is Code.SSH_KEY_TWO
    assert ssh_key_problem(KEY.replace(" alice@laptop", "") + " " + KEY) is Code.SSH_KEY_TWO
    assert ssh_key_problem(KEY + " my ssh-rsa key") is None  # words alone are a comment


@pytest.mark.parametrize(
    "key",
    [
        "",
        "ssh-ed25519",
        "ssh-foo AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
        # valid base64 of an ecdsa key, but labelled ed25519
        "ssh-ed25519 " + REAL_KEYS[1].split()[1],
        "ssh-rsa AAAA====",
    ],
)
def test_ssh_bad_keys(key):
    assert ssh_key_problem(key) is Code.SSH_KEY_INVALID


def test_local_path_state(tmp_path):
    f = tmp_path / "a.iso"
    f.write_bytes(b"x")
    assert local_path_state(str(f)) is PathState.FILE
    assert local_path_state(str(tmp_path)) is PathState.DIRECTORY
    assert local_path_state(str(tmp_path / "gone")) is PathState.MISSING
    assert local_path_state("/dev/null") is PathState.OTHER
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.iso").write_bytes(b"x")
    locked.chmod(0)
    try:
        if os.geteuid() != 0:
            assert local_path_state(str(locked / "b.iso")) is PathState.UNREADABLE
    finally:
        locked.chmod(stat.S_IRWXU)


@pytest.mark.parametrize(("err", "reason"), [
    (errno.ESTALE, "the network file system no longer knows it (stale file handle)"),
    (errno.EIO, "input/output error"),
    (errno.ENOTDIR, "a part of the path is not a folder"),
    (errno.ELOOP, "its symbolic links lead round in a loop"),
    (errno.EOVERFLOW, "the system could not look at it"),
])
def test_a_path_the_stat_fails_on_is_said_why_not_that_it_does_not_exist(monkeypatch, err, reason):
    def failing_stat(path, *args, **kwargs):
        raise OSError(err, os.strerror(err), path)

    monkeypatch.setattr(os, "stat", failing_stat)
    state = local_path_state("/mnt/nfs/a.iso")
    monkeypatch.undo()
    assert state not in (PathState.MISSING, PathState.UNREADABLE)
    spec = good_spec()
    spec.install.iso_path = "/mnt/nfs/a.iso"
    [problem] = validate_new_vm(spec, context(check_path=lambda path: state))
    assert (problem.field, problem.code) == ("install.iso_path", Code.PATH_UNUSABLE)
    assert problem.words.english() == f"/mnt/nfs/a.iso cannot be used: {reason}."


def test_real_not_a_folder_and_link_loop_are_told_apart(tmp_path):
    (tmp_path / "file").write_bytes(b"x")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert local_path_state(str(tmp_path / "file" / "a.iso")) is PathState.NOT_A_FOLDER
    assert local_path_state(str(tmp_path / "loop")) is PathState.LINK_LOOP


def test_the_pools_type_decides_where_a_new_disk_can_go():
    pools = {**context().pools, "san": PoolInfo("san", "iscsi", True, 50 * GIB),
             "odd": PoolInfo("odd", "vstorage", True, 50 * GIB)}
    spec = good_spec()
    spec.storage.pool = "san"
    assert found(spec, context(pools=pools)) == {E("storage.pool", Code.POOL_NO_NEW_VOLUMES)}
    spec.storage.pool = "odd"  # a type kvmgui does not know: libvirt decides
    assert found(spec, context(pools=pools)) == set()
    spec = cloud_spec()
    spec.storage.pool = "lvm"
    spec.storage.capacity_bytes = 5 * GIB
    assert found(spec, context(pools=pools)) == {E("storage.pool", Code.CLOUD_NEEDS_FILE_POOL)}
    spec.storage.pool, spec.cloud_init.pool = "default", "san"  # the seed needs a new volume too
    assert found(spec, context(pools=pools)) == {E("cloud_init.volume", Code.POOL_NO_NEW_VOLUMES)}
    spec.storage.pool = "lvm"
    assert found(spec, context(pools=None)) == set()  # the host's pools unknown: not checked


@pytest.mark.parametrize("text", ["a: &x [*x]\n", "runcmd: &x {b: *x}\n", "packages: &x [a, [b, *x]]\n"])
def test_extra_user_data_the_seed_cannot_write_is_refused(text):
    """A YAML alias inside its own anchor loads as a cycle; the seed writes aliases
    out in full, so it could never finish: the field says so, not Finish."""
    spec = cloud_spec()
    spec.cloud_init.extra_user_data = text
    fields = {field for field, _code, severity in found(spec) if severity is Severity.ERROR}
    assert fields == {"cloud_init.extra_user_data"}
    spec.cloud_init.extra_user_data = "a: &x [1]\nb: *x\n"  # a shared, not recursive, alias is fine
    assert found(spec) == set()
    assert "b:\n- 1\n" in user_data(spec)


def laughs(levels: int) -> str:
    """ "Billion laughs": each level an alias list of nine of the one below."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_extra_user_data_that_writes_out_too_large_is_refused_at_once(monkeypatch):
    """A few lines whose aliases write out as millions of values: refused, and the check
    walks each shared list once, not at every use (it runs on the GUI thread at each edit:
    walking every use took 1.3 s for six levels, nine times longer per level)."""
    from kvmgui.xml import newvm_checks

    walked = []
    walk = newvm_checks._written_size
    monkeypatch.setattr(newvm_checks, "_written_size", lambda *a: walked.append(1) or walk(*a))
    spec = cloud_spec()
    spec.cloud_init.extra_user_data = laughs(9)
    assert found(spec) == {E("cloud_init.extra_user_data", Code.USER_DATA_TOO_LARGE)}
    assert len(walked) < 200  # 10 lists of 9 items and the mapping's 20 keys and values
    spec.cloud_init.extra_user_data = laughs(3)  # 9⁴ values: fine
    assert found(spec) == set()
    spec.cloud_init.extra_user_data = "a: " + "[" * 800 + "]" * 800 + "\n"  # past the loader
    assert found(spec) == {E("cloud_init.extra_user_data", Code.USER_DATA_TOO_LARGE)}
