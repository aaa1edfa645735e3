"""A real libvirtd running as an isolated "host" in its own network + mount namespace.

Each :class:`IsolatedHost` gets

* its own network namespace (``ip netns add kvmgui-<pid>-<n>``): bridges, dnsmasq,
  iptables rules and QEMU tap devices live there and never touch the machine's
  root namespace;
* its own mount namespace (``unshare --mount --propagation private``) in which
  directories of a private temp dir are bind-mounted over ``/etc/libvirt``,
  ``/var/lib/libvirt``, ``/run/libvirt``, ``/var/log/libvirt`` and
  ``/var/cache/libvirt``.  They are plain directories (not tmpfs), so the state
  survives :meth:`IsolatedHost.kill_daemon` / :meth:`IsolatedHost.restart_daemon`.
  ``/run/dbus`` and ``/run/systemd`` are hidden so libvirtd never talks to the
  machine's systemd (machined scopes), polkit or firewalld;
* its own client socket in ``<tempdir>/sock``; clients use :attr:`IsolatedHost.uri`.

Only processes this module started are ever signalled, always by pid.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shlex
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

LIBVIRTD = "/usr/sbin/libvirtd"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0
POLL = 0.05

_counter = itertools.count(1)
_live_hosts: set[IsolatedHost] = set()  # strong refs: the atexit backstop needs them
# QEMU capability probing costs ~4 s per emulator binary and per fresh daemon.  The
# probe results (cache/qemu/capabilities/*.xml) of a stopped host are kept in a
# process-private template dir and *copied* into new hosts (nothing is shared live;
# libvirtd re-probes by itself if the copies do not match the binaries / kernel).
_caps_template: Path | None = None
_CAPS_SUBDIR = "cache/qemu/capabilities"

# Directories of the machine that are replaced, inside the host's mount namespace,
# by directories of the host's temp dir.  (mount point, temp-dir subdirectory)
_STATE_BINDS = (
    ("/var/lib/libvirt", "lib"),
    ("/run/libvirt", "run"),
    ("/var/log/libvirt", "log"),
    ("/var/cache/libvirt", "cache"),
)
# Hidden behind an empty directory so libvirtd finds no system bus / systemd.
_HIDDEN_DIRS = ("/run/dbus", "/run/systemd")


def _which(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for d in ("/usr/sbin", "/sbin", "/usr/bin", "/bin", "/usr/libexec"):
        p = Path(d) / name
        if p.is_file() and os.access(p, os.X_OK):
            return str(p)
    return None


def integration_skip_reason() -> str | None:
    """Why the real-libvirt integration tests cannot run here (None when they can)."""
    if os.geteuid() != 0:
        return "integration tests need root (network namespaces, libvirtd)"
    for tool in ("ip", "unshare", "virsh"):
        if _which(tool) is None:
            return f"{tool} not found"
    if _which("libvirtd") is None:
        return "libvirtd binary not found"
    if _which("qemu-system-x86_64") is None:
        return "qemu-system-x86_64 not found"
    try:
        r = subprocess.run(
            [_which("ip") or "ip", "netns", "list"], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"`ip netns` unusable: {exc}"
    if r.returncode != 0:
        return f"`ip netns` unusable: {r.stderr.strip()}"
    return None


def _run(argv: Sequence[str], *, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout)
    if check and r.returncode != 0:
        raise RuntimeError(f"{shlex.join(argv)} failed ({r.returncode}):\n{r.stdout}{r.stderr}")
    return r


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child counts as dead.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _set_conf(text: str, key: str, value: str) -> str:
    """Comment out active assignments of ``key`` and append ``key = value``."""
    lines = []
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith(key) and stripped[len(key) :].lstrip().startswith("="):
            line = "#" + line
        lines.append(line)
    lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"


class IsolatedHost:
    """A libvirtd in private network + mount namespaces.  See module docstring."""

    def __init__(
        self,
        name: str | None = None,
        *,
        keep_default_network: bool = False,
        warm_caps_cache: bool = True,
        base_dir: str | os.PathLike[str] | None = None,
        extra_qemu_conf: dict[str, str] | None = None,
    ) -> None:
        self.name = name or f"kvmgui-{os.getpid()}-{next(_counter)}"
        self.keep_default_network = keep_default_network
        self.warm_caps_cache = warm_caps_cache
        self._base_dir = base_dir
        self._extra_qemu_conf = dict(extra_qemu_conf or {})
        self.tmpdir: Path | None = None
        self._netns_created = False
        self._proc: subprocess.Popen[bytes] | None = None
        self._daemon_log = None
        self.host_uuid = str(uuid.uuid4())

    # ------------------------------------------------------------------ properties
    @property
    def netns(self) -> str:
        return self.name

    @property
    def sock_dir(self) -> Path:
        assert self.tmpdir is not None, "host not started"
        return self.tmpdir / "sock"

    @property
    def socket_path(self) -> Path:
        return self.sock_dir / "libvirt-sock"

    @property
    def uri(self) -> str:
        return f"qemu:///system?socket={self.socket_path}"

    @property
    def pid(self) -> int | None:
        """pid of the running libvirtd (None when it is not running)."""
        if self._proc is None or self._proc.poll() is not None:
            return None
        return self._proc.pid

    @property
    def log_path(self) -> Path:
        assert self.tmpdir is not None
        return self.tmpdir / "libvirtd.log"

    def state_path(self, inside: str) -> Path:
        """Where a path of the namespace's view (e.g. /var/lib/libvirt/qemu) lives on disk."""
        assert self.tmpdir is not None
        for mount_point, sub in (*_STATE_BINDS, ("/etc/libvirt", "etc")):
            if inside == mount_point or inside.startswith(mount_point + "/"):
                return self.tmpdir / sub / inside[len(mount_point) :].lstrip("/")
        raise ValueError(f"{inside} is not a namespaced libvirt path")

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout: float = START_TIMEOUT) -> IsolatedHost:
        if self.tmpdir is not None:
            raise RuntimeError("host already started")
        reason = integration_skip_reason()
        if reason:
            raise RuntimeError(reason)
        for other in list(_live_hosts):
            if other.tmpdir is not None:
                with contextlib.suppress(OSError):
                    _save_caps_template(other.tmpdir / _CAPS_SUBDIR)
        _live_hosts.add(self)
        try:
            self.tmpdir = Path(tempfile.mkdtemp(prefix=f"{self.name}-", dir=self._base_dir))
            self._prepare_tree()
            _run(["ip", "netns", "add", self.name])
            self._netns_created = True
            _run(["ip", "netns", "exec", self.name, "ip", "link", "set", "lo", "up"])
            self._setup_network()
            self._spawn_daemon(timeout)
            self._after_daemon_started()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop everything this host started; safe to call repeatedly / after failures."""
        errors: list[str] = []
        try:
            self._stop_extras()
        except Exception as exc:  # pragma: no cover - best effort
            errors.append(f"extras: {exc}")
        try:
            self._terminate_daemon()
        except Exception as exc:  # pragma: no cover - best effort
            errors.append(f"daemon: {exc}")
        if self._netns_created:
            try:
                self._kill_netns_processes()
            except Exception as exc:  # pragma: no cover
                errors.append(f"netns processes: {exc}")
            r = _run(["ip", "netns", "delete", self.name], check=False)
            if r.returncode != 0 and self.name in self._list_netns():
                errors.append(f"ip netns delete: {r.stderr.strip()}")
            else:
                self._netns_created = False
        try:
            self._teardown_network()
        except Exception as exc:  # pragma: no cover
            errors.append(f"network: {exc}")
        if self._daemon_log is not None:
            self._daemon_log.close()
            self._daemon_log = None
        if self.tmpdir is not None:
            with contextlib.suppress(OSError):
                _save_caps_template(self.tmpdir / _CAPS_SUBDIR)
        if self.tmpdir is not None:
            # KVMGUI_KEEP_HOST_DIRS=1 keeps config, state and logs for post-mortems.
            if not os.environ.get("KVMGUI_KEEP_HOST_DIRS"):
                shutil.rmtree(self.tmpdir, ignore_errors=True)
            self.tmpdir = None
        _live_hosts.discard(self)
        if errors:
            raise RuntimeError(f"stopping {self.name}: " + "; ".join(errors))

    def kill_daemon(self) -> None:
        """SIGKILL libvirtd only; VMs, dnsmasq etc. keep running."""
        if self._proc is None:
            raise RuntimeError("daemon not running")
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._proc.pid, signal.SIGKILL)
        self._proc.wait(timeout=STOP_TIMEOUT)
        self._proc = None

    def restart_daemon(self, timeout: float = START_TIMEOUT) -> None:
        """(Re)start libvirtd on the same state dirs (after kill_daemon or a clean stop)."""
        if self.pid is not None:
            self._terminate_daemon()
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()
        self._spawn_daemon(timeout)

    def __enter__(self) -> IsolatedHost:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ helpers
    def virsh(self, *args: str, check: bool = True, timeout: float = 60) -> str:
        """Run ``virsh -c URI args...`` and return stdout (raises on failure if check)."""
        r = _run(["virsh", "-q", "-c", self.uri, *args], check=check, timeout=timeout)
        return r.stdout

    def exec_in_ns(
        self, argv: Sequence[str], *, check: bool = False, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        """Run argv inside the host's network namespace (``ip netns exec``; it does not see
        the daemon's bind mounts: use :meth:`state_path` for libvirt's files)."""
        return _run(["ip", "netns", "exec", self.name, *argv], check=check, timeout=timeout)

    def netns_pids(self) -> list[int]:
        """pids of all processes in the host's network namespace (libvirtd, QEMU, dnsmasq)."""
        r = _run(["ip", "netns", "pids", self.name], check=False)
        if r.returncode != 0:
            return []
        return [int(x) for x in r.stdout.split()]

    def daemon_log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    # ------------------------------------------------------------------ hooks
    # Subclasses (tests/integration/remote_host.py) add a network link, TCP listening and
    # an sshd through these; the base host has none of them.
    def _setup_network(self) -> None:
        """Called once the netns exists (lo up), before libvirtd starts."""

    def _after_daemon_started(self) -> None:
        """Called once libvirtd answers on its socket, at the first start only."""

    def _stop_extras(self) -> None:
        """Called first in stop(): stop what a subclass started (by pid)."""

    def _teardown_network(self) -> None:
        """Called in stop() after the netns is gone: remove what remains outside it."""

    def _libvirtd_settings(self) -> dict[str, str]:
        """Extra libvirtd.conf settings (key -> literal value); they win over the defaults."""
        return {}

    def _daemon_args(self) -> list[str]:
        """Extra libvirtd command-line arguments."""
        return []

    # ------------------------------------------------------------------ internals
    def _prepare_tree(self) -> None:
        assert self.tmpdir is not None
        t = self.tmpdir
        etc = t / "etc"
        self._copy_config(etc)
        for _mp, sub in _STATE_BINDS:
            (t / sub).mkdir()
        for sub in (
            "lib/qemu",
            "lib/dnsmasq",
            "lib/images",
            "lib/boot",
            "run/qemu",
            "log/qemu",
            "cache/qemu",
            "empty",
            "sock",
        ):
            (t / sub).mkdir(parents=True, exist_ok=True)
        (t / "empty").chmod(0o555)
        if self.warm_caps_cache and _caps_template is not None:
            shutil.copytree(_caps_template, t / _CAPS_SUBDIR, dirs_exist_ok=True)

        conf = (etc / "libvirtd.conf").read_text() if (etc / "libvirtd.conf").exists() else ""
        for key, value in (
            ("unix_sock_dir", f'"{t / "sock"}"'),
            ("unix_sock_group", '"root"'),
            ("unix_sock_ro_perms", '"0777"'),
            ("unix_sock_rw_perms", '"0700"'),
            ("auth_unix_ro", '"none"'),
            ("auth_unix_rw", '"none"'),
            ("listen_tls", "0"),
            ("listen_tcp", "0"),
            ("audit_level", "0"),
            ("host_uuid", f'"{self.host_uuid}"'),
            ("log_outputs", f'"3:file:{t / "libvirtd.log"}"'),
            *self._libvirtd_settings().items(),
        ):
            conf = _set_conf(conf, key, value)
        (etc / "libvirtd.conf").write_text(conf)

        qconf = (etc / "qemu.conf").read_text() if (etc / "qemu.conf").exists() else ""
        qemu_settings = {
            "stdio_handler": '"file"',
            "user": '"root"',
            "group": '"root"',
            "dynamic_ownership": "0",
            "remember_owner": "0",
            "security_driver": '"none"',
            "lock_manager": '"nop"',
            # No cgroups: they are shared with the machine (and with other hosts).
            "cgroup_controllers": "[ ]",
        }
        qemu_settings.update(self._extra_qemu_conf)
        for key, value in qemu_settings.items():
            qconf = _set_conf(qconf, key, value)
        (etc / "qemu.conf").write_text(qconf)

    def _copy_config(self, etc: Path) -> None:
        """Copy the machine's /etc/libvirt like a fresh install: the *.conf files and the
        stock nwfilters, plus the `default` network definition (inactive, autostarted only
        with keep_default_network).  Not copied: the machine's domains, other networks,
        storage pools, secrets and hook scripts (hooks would act on the machine)."""
        src = Path("/etc/libvirt")
        etc.mkdir()
        if src.is_dir():
            for f in src.iterdir():
                if f.is_file():
                    shutil.copy2(f, etc / f.name)
            if (src / "nwfilter").is_dir():
                shutil.copytree(src / "nwfilter", etc / "nwfilter")
        networks = etc / "qemu" / "networks"
        (networks / "autostart").mkdir(parents=True)
        default = src / "qemu" / "networks" / "default.xml"
        if default.is_file():
            shutil.copy2(default, networks / "default.xml")
            if self.keep_default_network:
                (networks / "autostart" / "default.xml").symlink_to("/etc/libvirt/qemu/networks/default.xml")

    def _namespace_script(self) -> str:
        assert self.tmpdir is not None
        t = self.tmpdir
        q = shlex.quote
        lines = ["set -e"]
        for mount_point, sub in (*_STATE_BINDS, ("/etc/libvirt", "etc")):
            lines.append(f"mkdir -p {q(mount_point)}")
            lines.append(f"mount --bind {q(str(t / sub))} {q(mount_point)}")
        for hidden in _HIDDEN_DIRS:
            lines.append(f"if [ -d {q(hidden)} ]; then mount --bind {q(str(t / 'empty'))} {q(hidden)}; fi")
        lines.append("mkdir -p /var/lib/libvirt/qemu /var/lib/libvirt/dnsmasq")
        extra = "".join(f" {q(arg)}" for arg in self._daemon_args())
        lines.append(
            f"exec {q(_which('libvirtd') or LIBVIRTD)} --config /etc/libvirt/libvirtd.conf"
            f" --pid-file {q(str(t / 'libvirtd.pid'))}{extra}"
        )
        return "\n".join(lines)

    def _spawn_daemon(self, timeout: float) -> None:
        assert self.tmpdir is not None
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DBUS_", "NOTIFY_SOCKET", "LISTEN_", "XDG_", "LIBVIRT_"))
        }
        env["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        if self._daemon_log is None:
            self._daemon_log = open(self.tmpdir / "libvirtd.out", "ab")  # noqa: SIM115
        argv = [
            "ip", "netns", "exec", self.name,
            "unshare", "--mount", "--propagation", "private",
            "sh", "-c", self._namespace_script(),
        ]  # fmt: skip
        if self.warm_caps_cache:
            argv = [*_one_cpu_prefix(), *argv]
        # taskset, ip netns exec and unshare (without --fork) all exec: Popen's pid is
        # libvirtd's.  (No preexec_fn: it forces a full fork() of the test process, which
        # stalls its other threads, e.g. the GUI thread a lag probe is timing.)
        self._proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=self._daemon_log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        last = ""
        while True:
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"libvirtd of {self.name} exited with {self._proc.returncode}:\n{self.tail_logs()}"
                )
            if self.socket_path.exists():
                r = _run(["virsh", "-c", self.uri, "uri"], check=False, timeout=30)
                if r.returncode == 0:
                    return
                last = r.stderr
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"libvirtd of {self.name} did not answer within {timeout}s: {last}\n{self.tail_logs()}"
                )
            time.sleep(POLL)

    def daemon_status(self) -> str:
        """What became of the libvirtd this rig started: a crash ends with a signal and
        leaves nothing in its log file, so only its exit status tells it from a hang."""
        if self._proc is None:
            return "libvirtd: none running (never started, or stopped by the rig)"
        code = self._proc.poll()
        if code is None:
            return f"libvirtd: running, pid {self._proc.pid}"
        if code < 0:
            return f"libvirtd: ended by {signal.Signals(-code).name}"
        return f"libvirtd: exited with status {code}"

    def tail_logs(self) -> str:
        """How libvirtd is, and the last 4 kB of its stdout/stderr and log file (for
        failure messages)."""
        if self.tmpdir is None:
            return ""
        out = [self.daemon_status()]
        for f in ("libvirtd.out", "libvirtd.log"):
            with contextlib.suppress(OSError):
                out.append(f"--- {f}\n" + (self.tmpdir / f).read_text(errors="replace")[-4000:])
        return "\n".join(out)

    def _terminate_daemon(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT)

    def _kill_netns_processes(self) -> None:
        """SIGTERM, then SIGKILL, every process in our netns (QEMU, dnsmasq, ...)."""
        me = os.getpid()
        pids = [p for p in self.netns_pids() if p != me]
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if not [p for p in self.netns_pids() if p != me and _pid_alive(p)]:
                break
            time.sleep(POLL)
        for pid in self.netns_pids():
            if pid != me:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and [p for p in self.netns_pids() if p != me and _pid_alive(p)]:
            time.sleep(POLL)

    @staticmethod
    def _list_netns() -> list[str]:
        r = _run(["ip", "netns", "list"], check=False)
        return [line.split()[0] for line in r.stdout.splitlines() if line.strip()]

    def __repr__(self) -> str:
        return f"<IsolatedHost {self.name} pid={self.pid} tmp={self.tmpdir}>"


def _one_cpu_prefix() -> list[str]:
    """``taskset -c N``: run libvirtd on a single CPU (nothing when taskset is missing).

    With /dev/kvm, libvirt validates its capability cache against the host CPUID, which
    (at least in nested VMs) differs between cores (APIC ids): a daemon answering from
    another core than the one that probed discards the cache and re-probes (~4 s).  QEMU
    does not inherit this: libvirt sets the affinity of guests to all host CPUs.
    """
    taskset = _which("taskset")
    if taskset is None:
        return []
    return [taskset, "-c", str(min(os.sched_getaffinity(0)))]


def _save_caps_template(caps_dir: Path) -> None:
    global _caps_template
    if _caps_template is not None or not any(caps_dir.glob("*.xml")):
        return
    template = Path(tempfile.mkdtemp(prefix="kvmgui-qemu-caps-"))
    for f in caps_dir.glob("*.xml"):
        shutil.copy2(f, template / f.name)
    _caps_template = template


@atexit.register
def _stop_leftover_hosts() -> None:
    for host in list(_live_hosts):
        with contextlib.suppress(Exception):
            host.stop()
    if _caps_template is not None:
        shutil.rmtree(_caps_template, ignore_errors=True)
