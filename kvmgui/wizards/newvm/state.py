"""What the new-VM wizard's pages share: the spec they fill, what the host offers (read
in workers), the OS database (loaded in the background), and the messages shown.

Every blocking read runs in a worker and lands here; until it does, a *busy* message
keeps Next (or Finish) disabled on the page that needs it, without a word when the
wait is normally too short to read (a path's stat, the domain capabilities).

Past 400 lines: the facts every page reads (host, domain capabilities, OS database,
path checks) and the one validation over them; the pages themselves are beside it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from kvmgui.libvirt import workers
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.connstate import ConnState
from kvmgui.libvirt.livehandle import NotConnectedError
from kvmgui.libvirt.machinecaps import Machine, host_machine_caps
from kvmgui.libvirt.newvm_facts import HostFacts, read_host_facts, read_pools
from kvmgui.libvirt.pathcache import PathCache
from kvmgui.libvirt.records import DomainRecord
from kvmgui.models.words import say
from kvmgui.osinfo.database import OsDatabase, load_database
from kvmgui.utils.tr import fill
from kvmgui.wizards.newvm.hostobjects import SETTLE_MS, HostObjects, host_objects, renamed
from kvmgui.xml.domcaps import DomainCaps
from kvmgui.xml.newvm_build import NO_UEFI, UEFI_ONLY, machine_type
from kvmgui.xml.newvm_checks import PathState
from kvmgui.xml.newvm_problems import ASKS_FOR_A_VALUE, Problem, Severity
from kvmgui.xml.newvm_spec import (
    DiskFormat,
    DomainType,
    Firmware,
    InstallMethod,
    NetworkKind,
    NewVmSpec,
    OsSpec,
    StorageKind,
    apply_os_defaults,
)
from kvmgui.xml.newvm_validate import NewVmContext, PoolInfo, validate_new_vm
from kvmgui.xml.pool_types import PoolType, known_pool_type

log = logging.getLogger(__name__)

QEMU_TYPES = (DomainType.KVM.value, DomainType.QEMU.value)
_GENERIC_NAMES = {"generic-linux": "linux", "generic-windows": "windows", "generic-other": "vm"}


class Level(Enum):
    ERROR = "error"  # blocks Next/Finish
    NEEDED = "needed"  # a value not given yet: blocks, asked for in the normal tone
    WARNING = "warning"  # shown; the user may go on
    BUSY = "busy"  # waiting for a worker: blocks, shown only when it has text


@dataclass(frozen=True, slots=True)
class Message:
    """One thing to tell the user about a field (``field`` as the validator names it)."""

    field: str
    text: str
    level: Level = Level.ERROR
    code: str = ""  # the validator's Code value, or the wizard's own (logic compares this)

    @property
    def blocks(self) -> bool:
        return self.level is not Level.WARNING


Check = Callable[[], list[Message]]


def spec_paths(spec: NewVmSpec) -> list[tuple[str, str, PathState]]:
    """(field, path, the kind it must be) of every host path the spec uses."""
    inst, method = spec.install, spec.install.method
    found: list[tuple[str, str, PathState]] = []
    if method is InstallMethod.ISO_FILE:
        found.append(("install.iso_path", inst.iso_path, PathState.FILE))
    elif method is InstallMethod.HOST_CDROM:
        found.append(("install.cdrom_device", inst.cdrom_device, PathState.BLOCK))
    elif method is InstallMethod.KERNEL:
        found += [(f"install.{k}", getattr(inst, k), PathState.FILE) for k in ("kernel", "initrd", "dtb")]
    elif method is InstallMethod.CLOUD_IMAGE and not inst.base_volume:
        found.append(("install.base", inst.base_path, PathState.FILE))
    if spec.storage.kind is StorageKind.FILE:
        found.append(("storage.path", spec.storage.path, PathState.FILE))
    return [(key, path, want) for key, path, want in found if path]


_osdb: OsDatabase | None = None  # loaded once per process
_osdb_loading: Future[OsDatabase] | None = None
_osdb_thread: workers.Lane | None = None


def _osdb_lane() -> workers.Lane:
    """The OS database's own thread. On the shared pool a slow load (its files on a disk
    that hardly answers) held a thread, and each wizard opened meanwhile one more to wait
    for it: four wizards held every thread of every other job. Here the waits queue
    behind the load on one thread and take none of the others."""
    global _osdb_thread
    if _osdb_thread is None:
        _osdb_thread = workers.Lane("osinfo")
    return _osdb_thread


class WizardState(QObject):
    """Signals:
        validated(list): the messages (``Message``) after every edit or new host fact.
        reloaded(): the spec changed outside the pages (OS defaults, host facts): pages
            fill their widgets from it again.
        factsChanged(): host facts arrived (or failed), or the connection changed.
        domcapsChanged(): domain capabilities for the current platform arrived.
        osdbChanged(): the OS database finished loading (or failed to: ``osdb_error``).
        hostObjectsChanged(): the host's VMs or virtual networks came, went, were renamed or
            (networks) changed: once per burst of events, ``SETTLE_MS`` after its first.
        poolsChanged(): the host's storage pools were read again (a pool event).
        lookingAgain(): a page was entered: files may have changed since they were read.
    """

    validated = Signal(list)
    reloaded = Signal()
    factsChanged = Signal()
    domcapsChanged = Signal()
    osdbChanged = Signal()
    hostObjectsChanged = Signal()
    poolsChanged = Signal()
    lookingAgain = Signal()

    def __init__(self, conn: Connection, spec: NewVmSpec | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spec = spec or NewVmSpec()
        self.conn = conn
        self.facts: HostFacts | None = None
        self.facts_error = ""
        self.domcaps: DomainCaps | None = None
        self.domcaps_error = ""
        self._domcaps_key: tuple[str, ...] | None = None  # of the answer held
        self._domcaps_asked: tuple[str, ...] | None = None
        self.osdb = _osdb or OsDatabase()  # the generic profiles until libosinfo loads
        self.osdb_loaded = _osdb is not None  # or failed to load: nothing more is coming
        self.osdb_error = ""  # why it failed (the generic profiles stand in)
        self.base_size = 0  # a cloud image's size in bytes, once read (0: not known)
        self.paths = PathCache(self)
        self.paths.changed.connect(self.revalidate)
        self.messages: list[Message] = []
        self._checks: list[Check] = []
        self._last_path_state: dict[str, PathState] = {}
        self._path_fields: dict[str, tuple[str, PathState]] = {}
        self._busy_paths: list[str] = []
        self._listed: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
        self._objects: HostObjects | None = None  # built once per change of the tables
        self._objects_settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._objects_settle.timeout.connect(self._host_objects_settled)
        self._generation = 0
        self._pools_out: int | None = None  # the generation of the pools' read out
        self._pools_stale = False  # a pool event came since the pools were last read
        self.name_touched = False  # the user typed a name: no more suggestions
        self.firmware_touched = False  # the user chose the firmware: OS choices leave it
        self.file_format: DiskFormat = "qcow2"  # the user's, for a new disk in a pool of image files
        self._defaults_for: Connection | None = None  # the host whose defaults the spec took
        self.host_removed = False  # the host was removed from kvmgui: another must be chosen
        self._follow(conn, True)

    # -- host facts, domain capabilities, OS database (workers) ---------------------------

    def read_facts(self, fresh: bool = True) -> None:
        """Read the host's facts; ``fresh``: its domain capabilities too, as every reader
        of the host shares them (a wizard opened after the host got another QEMU or its
        UEFI firmware sees them; a reconnect has forgotten them already)."""
        if fresh:
            host_machine_caps(self.conn).forget()
        self._generation += 1
        generation = self._generation
        self.facts, self.facts_error = None, ""
        self._objects = None
        self.domcaps, self._domcaps_key, self._domcaps_asked = None, None, None
        self.conn.run(read_host_facts, context=self,
                      done=lambda facts: self._got_facts(generation, facts),
                      failed=lambda exc: self._facts_failed(generation, exc))
        self.factsChanged.emit()
        self.revalidate()

    def set_connection(self, conn: Connection) -> None:
        if conn is self.conn:
            return
        self._follow(self.conn, False)
        self.conn = conn
        self._objects = None
        self.host_removed = False
        self._defaults_for = None
        self._follow(conn, True)
        self.read_facts()

    def _follow(self, conn: Connection, on: bool) -> None:
        """(Stop) following ``conn``'s state and the events of its VMs, networks and pools."""
        wiring = ((conn.domains, self._host_objects_changed, self._domains_changed),
                  (conn.networks, self._host_objects_changed, self._host_objects_changed),
                  (conn.pools, self._pools_changed, self._pools_changed))
        for table, came_or_went, changed in wiring:
            for signal, slot in ((table.added, came_or_went), (table.changed, changed),
                                 (table.removed, came_or_went)):
                if on:
                    signal.connect(slot)
                else:
                    signal.disconnect(slot)
        machines = host_machine_caps(conn)  # shared with Add hardware and the disk pages
        if on:
            conn.stateChanged.connect(self._conn_state_changed)
            machines.known.connect(self._domcaps_known)
            machines.unanswered.connect(self._domcaps_unanswered)
        else:
            conn.stateChanged.disconnect(self._conn_state_changed)
            machines.known.disconnect(self._domcaps_known)
            machines.unanswered.disconnect(self._domcaps_unanswered)

    def mark_host_removed(self) -> None:
        """The host was removed from kvmgui: nothing can be made on it any more."""
        self.host_removed = True
        self.factsChanged.emit()
        self.revalidate()

    def _conn_state_changed(self, state: ConnState, _reason: object) -> None:
        """Back (the daemon may have restarted, the host changed meanwhile): read its
        facts anew, the user's choices kept; else say it is gone."""
        if state is ConnState.CONNECTED:
            self.read_facts(fresh=False)
        else:
            self.revalidate()

    def _got_facts(self, generation: int, facts: HostFacts) -> None:
        if generation != self._generation:
            return
        self.facts = facts
        if self._pools_stale:
            self._pools_changed()
        self._listed = (frozenset(r.name for r in self.conn.domains.records()),
                        frozenset(r.name for r in self.conn.networks.records()))
        self._objects = None
        if self._defaults_for is not self.conn:  # not again after a reconnect: the user's choices stand
            self._defaults_for = self.conn
            self._host_defaults(facts)
        self.factsChanged.emit()
        self.reloaded.emit()
        self.revalidate()

    def _host_defaults(self, facts: HostFacts) -> None:
        """Choices that follow the host: its own architecture, KVM when it can, its
        "default" pool and network (else the first), memory within its own."""
        spec = self.spec
        arches = [a for a in facts.caps.arches() if set(facts.caps.domain_types(a)) & set(QEMU_TYPES)]
        if self.simulated:
            spec.arch = "x86_64"
        elif arches:
            spec.arch = facts.caps.host_arch if facts.caps.host_arch in arches else arches[0]
        spec.domain_type = DomainType.KVM if facts.kvm and not self.simulated else DomainType.QEMU
        spec.machine = ""
        self.fit_firmware()
        self.os_for_arch()
        active = sorted(p.name for p in facts.pools.values() if p.active and makes_volumes(p))
        pool = "default" if "default" in active else (active[0] if active else "")
        spec.storage.pool = pool
        self.fit_disk_format()
        networks = sorted(n for n, up in facts.networks.items() if up) or sorted(facts.networks)
        if networks:
            spec.network.kind = NetworkKind.VIRTUAL
            spec.network.source = "default" if "default" in networks else networks[0]
        else:
            spec.network.kind, spec.network.source = NetworkKind.NONE, ""
        _fit_to_host(spec, facts)
        if not self.name_touched:
            spec.name = self.suggest_name()

    def fit_firmware(self) -> bool:
        """UEFI for an architecture that has no BIOS, the machine's own for one that has
        no UEFI (even if chosen by hand), else the OS's unless chosen by hand; True when
        that changed the spec."""
        fw, arch = self.spec.firmware, self.spec.arch
        if arch in UEFI_ONLY and fw.kind is Firmware.BIOS:
            fw.kind = Firmware.UEFI
            return True
        # UEFI neither chosen nor needed by the OS came from the last architecture (ARM).
        os_bios = not self.firmware_touched and not self.spec.os.needs_uefi and arch not in UEFI_ONLY
        if fw.kind is Firmware.UEFI and (arch in NO_UEFI or os_bios):
            fw.kind, fw.secure_boot, fw.loader = Firmware.BIOS, False, ""
            return True
        return False

    def os_for_arch(self) -> bool:
        """The chosen OS as libosinfo has it for the spec's architecture (minimums differ
        by arch), memory and vCPUs raised to its minimums; True when that changed the spec."""
        spec = self.spec
        os_spec = self.osdb.get(spec.os.short_id, spec.arch)
        if os_spec is None or os_spec == spec.os:
            return False
        spec.os = os_spec
        spec.memory_mib = max(spec.memory_mib, os_spec.min_memory_mib or 1)
        spec.vcpus = max(spec.vcpus, os_spec.min_vcpus or 1)
        return True

    def pool_type(self, name: str) -> PoolType | None:
        """The type of the host's pool ``name`` (None: unknown, or not read yet)."""
        info = self.facts.pools.get(name) if self.facts is not None else None
        return known_pool_type(info.type) if info is not None else None

    def fit_disk_format(self) -> None:
        """A new disk in a pool of block devices (LVM, a disk, ZFS) or RBD images is raw:
        such a volume has no file format of its own; elsewhere it has the user's format
        (not the raw of the pool chosen before)."""
        storage = self.spec.storage
        kind = self.pool_type(storage.pool)
        if storage.kind is StorageKind.NEW_VOLUME:
            devices = kind is not None and not kind.info.holds_image_files
            storage.format = "raw" if devices else self.file_format

    def _pools_changed(self, *_args: object) -> None:
        """A pool started, stopped, came or went: read the pools again (state, free space,
        volumes), or after the facts being read, which may predate the event. One read at
        a time: a storm's events ask for one more after it (each read reads every pool; on
        a slow link, one per event filled the workers every window shares)."""
        self._pools_stale = True
        if self.facts is not None and self._pools_out != self._generation:
            self._read_pools()

    def _read_pools(self) -> None:
        generation = self._pools_out = self._generation
        self._pools_stale = False
        self.conn.run(read_pools, context=self, done=lambda pools: self._got_pools(generation, pools),
                      failed=lambda exc: self._got_pools(generation, None, error_text(exc)))

    def _got_pools(self, generation: int, pools: dict[str, PoolInfo] | None, error: str = "") -> None:
        if generation != self._generation or self.facts is None:
            return  # the facts are read anew (their pools too), maybe of another host
        self._pools_out = None
        if pools is None:
            log.warning("storage pools: %s", error)
        else:  # shown even when events came meanwhile: in a long storm, no answer would be
            self.facts = replace(self.facts, pools=pools)
            self.poolsChanged.emit()
            self.revalidate()
        if self._pools_stale:
            self._read_pools()

    def _facts_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.facts_error = error_text(exc)
            self.factsChanged.emit()
            self.revalidate()

    @property
    def simulated(self) -> bool:
        """The host runs no QEMU guests (the test driver, the Demo host): its
        capabilities cannot judge a QEMU VM, so they are not used for checks."""
        facts = self.facts
        if facts is None:
            return False
        return not any(t in QEMU_TYPES for arch in facts.caps.arches() for t in facts.caps.domain_types(arch))

    def domcaps_key(self) -> tuple[str, ...]:
        spec = self.spec
        return (spec.arch, machine_type(spec), spec.domain_type.value, spec.emulator)

    def _want_domcaps(self) -> None:
        if self.facts is None or self.simulated:
            return
        key = self.domcaps_key()
        if key in (self._domcaps_key, self._domcaps_asked):
            return
        self._domcaps_asked = key
        machines = host_machine_caps(self.conn)
        if machines.has(_machine(key)):
            self._domcaps_known(_machine(key))
        else:
            machines.ask(_machine(key))

    def _domcaps_known(self, machine: Machine) -> None:
        key = self._domcaps_asked
        if key is not None and _machine(key) == machine:
            machines = host_machine_caps(self.conn)
            self._got_domcaps(key, machines.caps(machine), machines.refusal(machine))

    def _domcaps_unanswered(self, machine: Machine, error: str) -> None:
        key = self._domcaps_asked
        if key is not None and _machine(key) == machine:
            self._got_domcaps(key, None, error)

    def _got_domcaps(self, key: tuple[str, ...], caps: DomainCaps | None, error: str) -> None:
        self.domcaps, self.domcaps_error, self._domcaps_key = caps, error, key
        self._domcaps_asked = None
        self.domcapsChanged.emit()
        self.revalidate()

    @property
    def domcaps_pending(self) -> bool:
        return self.facts is not None and not self.simulated and self._domcaps_key != self.domcaps_key()

    def load_osdb(self) -> None:
        """Start loading the OS database in a worker (once per process)."""
        global _osdb_loading
        if self.osdb_loaded:
            return
        if _osdb_loading is None:
            _osdb_loading = _osdb_lane().submit(load_database, context=self, done=self._got_osdb,
                                                failed=self._osdb_failed)
        else:  # another wizard started it: queued behind that load, answered as it ends
            _osdb_lane().submit(_osdb_loading.result, context=self, done=self._got_osdb,
                                failed=self._osdb_failed)

    def _got_osdb(self, db: OsDatabase) -> None:
        global _osdb
        _osdb = db
        self.osdb, self.osdb_loaded = db, True
        self.osdbChanged.emit()

    def _osdb_failed(self, exc: BaseException) -> None:
        """Every wizard waiting on the load hears of it (and keeps the generic profiles)."""
        log.warning("OS database: %s", error_text(exc))
        self.osdb_loaded, self.osdb_error = True, error_text(exc)
        self.osdbChanged.emit()

    # -- validation -------------------------------------------------------------------------

    def add_check(self, check: Check) -> None:
        """A page's own checks, of what the spec cannot hold (a repeated password)."""
        self._checks.append(check)

    def context(self) -> NewVmContext:
        facts = self.facts
        if facts is None:
            return NewVmContext()
        ctx = facts.context(self.spec, self.domcaps)
        objects = self.host_objects()
        ctx.existing_names = objects.vm_names
        ctx.networks = dict(objects.networks)
        if self.simulated:
            ctx.caps = None
        ctx.base_size = self.base_size or None
        if facts.local:
            ctx.check_path = self._check_path
        return ctx

    def _check_path(self, path: str) -> PathState:
        """The validator's view of a path: the worker's answer, or while it is out, the
        last answer for the same field (so a message does not blink at each key)."""
        field, want = self._path_fields.get(path, ("", PathState.FILE))
        state = self.paths.get(path)
        if state is None:
            self._busy_paths.append(field)
            return self._last_path_state.get(field, want)
        self._last_path_state[field] = state
        return state

    def revalidate(self) -> None:
        self._want_domcaps()
        self._path_fields = {path: (key, want) for key, path, want in spec_paths(self.spec)}
        self._busy_paths = []
        messages = [_message(p) for p in validate_new_vm(self.spec, self.context())]
        messages += [Message(key, "", Level.BUSY, "checking-path") for key in self._busy_paths]
        messages += self._own_messages()
        for check in self._checks:
            messages.extend(check())
        self.messages = messages
        self.validated.emit(messages)

    def _own_messages(self) -> list[Message]:
        if self.host_removed:
            text = fill(self.tr("%1 was removed: choose another host on the first page."),
                        self.conn.display_name)
            return [Message("host", text, Level.ERROR, "host-removed")]
        if self.conn.state is not ConnState.CONNECTED:  # Finish could only fail
            text = say(NotConnectedError(self.conn.display_name).words)
            return [Message("host", text, Level.ERROR, "host-offline")]
        if self.facts_error:
            text = fill(self.tr("Could not read what this host offers: %1"), self.facts_error)
            return [Message("host", text, Level.ERROR, "host-facts")]
        if self.facts is None:
            text = fill(self.tr("Reading what %1 offers…"), self.conn.display_name)
            return [Message("host", text, Level.BUSY, "host-facts")]
        if self.domcaps_error and self._domcaps_key == self.domcaps_key():
            text = fill(self.tr("The host cannot run this platform: %1"), self.domcaps_error)
            return [Message("machine", text, Level.ERROR, "domcaps")]
        if self.domcaps_pending:
            return [Message("machine", "", Level.BUSY, "domcaps")]
        return []

    def blocking(self, owns: Callable[[str], bool]) -> list[Message]:
        return [m for m in self.messages if m.blocks and owns(m.field)]

    def host_objects(self) -> HostObjects:
        """The host's VMs and networks (names, UUIDs), as the tables and facts have them."""
        if self._objects is None:
            self._objects = host_objects(self.facts, self._listed, self.conn.domains.records(),
                                         self.conn.networks.records())
        return self._objects

    def _domains_changed(self, records: list[DomainRecord]) -> None:
        """VMs' records changed: mostly their state (a storm of lifecycle events on a host of
        thousands), which alters nothing the wizard checks; only a rename counts."""
        objects = self._objects
        if objects is None or renamed(objects, records):
            self._host_objects_changed()

    def _host_objects_changed(self, *_args: object) -> None:
        """VMs or networks came, went or changed: the names and UUIDs are gathered again
        when next asked for, and the spec checked against them once the burst is over."""
        self._objects = None
        if not self._objects_settle.isActive():
            self._objects_settle.start()

    def _host_objects_settled(self) -> None:
        self.hostObjectsChanged.emit()
        self.revalidate()

    def look_again(self) -> None:
        """Look at the host's files afresh (paths' states, a cloud image's base)."""
        self.paths.forget()
        self.lookingAgain.emit()
        self.revalidate()

    # -- changes that come from outside one page --------------------------------------------

    def choose_os(self, os_spec: OsSpec) -> None:
        """The OS's recommended memory, vCPUs, disk and firmware (unless chosen by hand)
        become the spec's, within what the host has; pages fill in again."""
        spec = self.spec
        apply_os_defaults(spec, os_spec, keep_firmware=self.firmware_touched)
        self.fit_firmware()
        if self.facts is not None:
            _fit_to_host(spec, self.facts)
        if not self.name_touched:
            spec.name = self.suggest_name()
        self.reloaded.emit()
        self.revalidate()

    def suggest_name(self) -> str:
        """A free name made from the OS: "ubuntu22.04", then "ubuntu22.04-2"…"""
        base = _GENERIC_NAMES.get(self.spec.os.short_id, self.spec.os.short_id) or "vm"
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", base).strip(".-") or "vm"
        taken = self.context().existing_names | {r.name for r in self.conn.domains.records()}
        if base not in taken:
            return base
        return next(f"{base}-{i}" for i in range(2, len(taken) + 3) if f"{base}-{i}" not in taken)

    def set_spec(self, spec: NewVmSpec) -> None:
        """Replace the spec (OS defaults applied to a copy); pages fill in again."""
        self.spec = spec
        self.reloaded.emit()
        self.revalidate()

    def copy_spec(self) -> NewVmSpec:
        spec = self.spec
        return replace(spec, install=replace(spec.install), storage=replace(spec.storage),
                       network=replace(spec.network), firmware=replace(spec.firmware),
                       graphics=replace(spec.graphics),
                       cloud_init=replace(spec.cloud_init, ssh_keys=list(spec.cloud_init.ssh_keys)))


def _fit_to_host(spec: NewVmSpec, facts: HostFacts) -> None:
    """Memory and vCPUs within the host's: its memory, its CPUs and libvirt's vCPU limits."""
    spec.memory_mib = max(min(spec.memory_mib, facts.memory_mib), 1)
    limit = min([facts.cpus, *[v for v in facts.max_vcpus.values() if v]])
    spec.vcpus = max(min(spec.vcpus, limit), 1)


def makes_volumes(pool: PoolInfo) -> bool:
    """Whether a new volume can be made in ``pool`` (an iSCSI pool's come from its
    target; a type kvmgui does not know is left to libvirt)."""
    kind = known_pool_type(pool.type)
    return kind is None or kind.info.can_create_volumes


def _message(problem: Problem) -> Message:
    if problem.code in ASKS_FOR_A_VALUE:
        level = Level.NEEDED
    else:
        level = Level.ERROR if problem.severity is Severity.ERROR else Level.WARNING
    return Message(problem.field, say(problem.words), level, problem.code.value)


def _machine(key: tuple[str, ...]) -> Machine:
    """The shared answers' key (emulator, arch, machine, type) of a domcaps_key."""
    arch, machine, kind, emulator = key
    return (emulator, arch, machine, kind)
