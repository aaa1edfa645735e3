"""An :class:`IsolatedHost` reached over the network: ``qemu+tcp://`` and ``qemu+ssh://``.

On top of the isolated host (its own network + mount namespace, see isolated_host.py):

* a **veth pair** made for the test: one end inside the host's netns, the other in
  the machine's root namespace, with a private /30 from 198.18.0.0/15 (RFC 2544's
  benchmarking range, routed nowhere).  That end is all the host adds to the root
  namespace, and it goes when the host stops (no bridge, no libvirt network there);
* libvirtd **listening on TCP** (``--listen``, ``auth_tcp = "none"``) on its end of the
  veth only, so the test process talks to it as ``qemu+tcp://198.18.x.y/system``;
* optionally an **sshd** started inside the daemon's mount and network namespaces
  (``nsenter`` into them), so the far side of ``qemu+ssh://`` sees the namespaced
  daemon's socket.  Its own host key, a client key the test generates, a private
  known_hosts, and a private ssh_config for the client (given to libvirt through
  the URI's ``command=`` wrapper): nothing of the machine's or root's ssh setup is
  read or written;
* :meth:`RemoteHost.hang` / :meth:`RemoteHost.unhang`: the veth set down/up inside
  the namespace, so the host stops answering without closing anything.

Every process is started by this module and stopped by pid.
"""

from __future__ import annotations

import contextlib
import ipaddress
import itertools
import os
import shlex
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tests.integration.isolated_host import IsolatedHost, _run, _which, integration_skip_reason

TCP_PORT = 16509
SSH_PORT = 22
ADDRESS_POOL = ipaddress.ip_network("198.18.0.0/15")
SSHD_START_TIMEOUT = 15.0
POLL = 0.05

_veth_counter = itertools.count(1)


def remote_skip_reason(ssh: bool = False) -> str | None:
    """Why remote hosts cannot run here (None when they can)."""
    reason = integration_skip_reason()
    if reason:
        return reason
    tools = ["nsenter"] + (["sshd", "ssh", "ssh-keygen"] if ssh else [])
    for tool in tools:
        if _which(tool) is None:
            return f"{tool} not found (apt: openssh-server / util-linux)"
    return None


def _used_ipv4() -> list[ipaddress.IPv4Network]:
    """Subnets of the root namespace's addresses and routes (which a new /30 must avoid)."""
    used: list[ipaddress.IPv4Network] = []
    addrs = _run(["ip", "-4", "-o", "addr", "show"], check=False).stdout
    for line in addrs.splitlines():
        words = line.split()
        if "inet" in words:
            used.append(ipaddress.ip_interface(words[words.index("inet") + 1]).network)
    routes = _run(["ip", "-4", "route", "show", "table", "all"], check=False).stdout
    for line in routes.splitlines():
        words = line.split()
        if words and words[0] in ("local", "broadcast", "unicast", "blackhole", "unreachable"):
            words = words[1:]
        if not words or words[0] == "default":
            continue
        with contextlib.suppress(ValueError):
            net = ipaddress.ip_network(words[0], strict=False)
            if isinstance(net, ipaddress.IPv4Network) and net.prefixlen:
                used.append(net)
    return used


def _pick_subnet(seq: int) -> ipaddress.IPv4Network:
    """A /30 of ADDRESS_POOL that nothing in the root namespace uses.

    Spread by pid and sequence number, so test sessions running side by side (each
    picks its own) do not start from the same subnet.
    """
    used = _used_ipv4()
    count = ADDRESS_POOL.num_addresses // 4
    first = (os.getpid() * 7919 + seq * 104729) % count
    for i in range(count):
        base = int(ADDRESS_POOL.network_address) + 4 * ((first + i) % count)
        net = ipaddress.IPv4Network((base, 30))
        if not any(net.overlaps(u) for u in used):
            return net
    raise RuntimeError(f"no free /30 left in {ADDRESS_POOL}")


def wait_for_port(host: str, port: int, timeout: float, banner: bytes = b"") -> None:
    """Until ``host:port`` accepts a connection (and, if given, starts with ``banner``)."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=1.0) as s:
                if not banner or s.recv(len(banner)).startswith(banner):
                    return
        except OSError as exc:
            last = exc
        time.sleep(POLL)
    raise TimeoutError(f"{host}:{port} did not answer within {timeout:.0f}s: {last}")


class RemoteHost(IsolatedHost):
    """An isolated host with a veth link to the root namespace, TCP listening and,
    with ``ssh=True``, an sshd.  See the module docstring."""

    def __init__(self, name: str | None = None, *, ssh: bool = False, **kwargs: Any) -> None:
        super().__init__(name, **kwargs)
        self.ssh = ssh
        seq = next(_veth_counter)
        tag = f"kv{os.getpid():x}-{seq}"  # IFNAMSIZ: at most 15 characters with the suffix
        self.veth_client, self.veth_host = f"{tag}c", f"{tag}h"
        self._seq = seq
        self.subnet: ipaddress.IPv4Network | None = None
        self._veth_created = False
        self._sshd: subprocess.Popen[bytes] | None = None
        self._sshd_log = None
        self.hung = False

    # ------------------------------------------------------------------ addresses and URIs
    @property
    def address(self) -> str:
        """The host's address on the veth (where libvirtd and sshd listen)."""
        assert self.subnet is not None, "host not started"
        return str(self.subnet.network_address + 2)

    @property
    def client_address(self) -> str:
        """The root namespace's end of the veth."""
        assert self.subnet is not None, "host not started"
        return str(self.subnet.network_address + 1)

    @property
    def tcp_address(self) -> tuple[str, int]:
        return self.address, TCP_PORT

    @property
    def tcp_uri(self) -> str:
        return f"qemu+tcp://{self.address}/system"

    def tcp_uri_via(self, address: tuple[str, int]) -> str:
        """The tcp URI through something (a DelayProxy) listening on ``address``."""
        return f"qemu+tcp://{address[0]}:{address[1]}/system"

    @property
    def ssh_dir(self) -> Path:
        assert self.tmpdir is not None, "host not started"
        return self.tmpdir / "ssh"

    def ssh_uri(self, transport: str = "ssh", proxy: str | None = None) -> str:
        """``qemu+ssh://`` (OpenSSH client, our wrapper with a private config) or, with
        ``transport="libssh"``, ``qemu+libssh://`` (known_hosts / keyfile as URI parameters).

        ``proxy``: libvirt's far-side helper choice, ``"native"`` (virt-ssh-helper),
        ``"netcat"`` (nc -U) or None (libvirt's auto).
        """
        if not self.ssh:
            raise RuntimeError("host started without ssh=True")
        d = self.ssh_dir
        params = {"keyfile": str(d / "client_key")}
        if transport == "ssh":
            params |= {"command": str(d / "ssh"), "no_tty": "1"}
        elif transport == "libssh":
            params |= {"known_hosts": str(d / "known_hosts"), "known_hosts_verify": "normal",
                       "sshauth": "privkey"}
        else:
            raise ValueError(f"unknown ssh transport {transport!r}")
        if proxy:
            params["proxy"] = proxy
        query = "&".join(f"{k}={quote(v, safe='/')}" for k, v in params.items())
        return f"qemu+{transport}://root@{self.address}/system?{query}"

    # ------------------------------------------------------------------ faults
    def hang(self) -> None:
        """Stop answering: the host's end of the veth goes down inside its namespace.
        Nothing is closed; a client only notices through timeouts or keepalive."""
        self.exec_in_ns(["ip", "link", "set", self.veth_host, "down"], check=True)
        self.hung = True

    def unhang(self) -> None:
        self.exec_in_ns(["ip", "link", "set", self.veth_host, "up"], check=True)
        self.hung = False

    def restart_daemon(self, timeout: float = 60.0, *, wait_tcp: bool = True) -> None:
        """Restart libvirtd; unless told not to (hung, or clients refused on purpose), wait
        until its TCP port answers too."""
        super().restart_daemon(timeout)
        if wait_tcp and not self.hung:
            wait_for_port(self.address, TCP_PORT, timeout)

    def tail_logs(self) -> str:
        """Also what listens in the namespace and its INPUT rules: a client refused while
        libvirtd runs was refused by one of these, not by a dead daemon."""
        seen = [super().tail_logs()]
        for argv in (["ss", "-ltn"], ["iptables", "-S", "INPUT"]):
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                r = self.exec_in_ns(argv, timeout=10)
                seen.append(f"--- {' '.join(argv)}\n{r.stdout}{r.stderr}")
        return "\n".join(seen)

    # ------------------------------------------------------------------ hooks
    def _libvirtd_settings(self) -> dict[str, str]:
        if self.subnet is None:  # (the config is written before the netns exists)
            self.subnet = _pick_subnet(self._seq)
        return {
            "listen_tcp": "1",
            "auth_tcp": '"none"',
            "tcp_port": f'"{TCP_PORT}"',
            "listen_addr": f'"{self.address}"',
        }

    def _daemon_args(self) -> list[str]:
        return ["--listen"]

    def _setup_network(self) -> None:
        if self.subnet is None:
            self.subnet = _pick_subnet(self._seq)
        prefix = f"/{self.subnet.prefixlen}"
        _run(["ip", "link", "add", self.veth_client, "type", "veth",
              "peer", "name", self.veth_host, "netns", self.netns])
        self._veth_created = True
        # No IPv6 on our end: no link-local address or router solicitations in the root ns.
        with contextlib.suppress(OSError):
            Path(f"/proc/sys/net/ipv6/conf/{self.veth_client}/disable_ipv6").write_text("1")
        _run(["ip", "addr", "add", self.client_address + prefix, "dev", self.veth_client])
        _run(["ip", "link", "set", self.veth_client, "up"])
        self.exec_in_ns(["ip", "addr", "add", self.address + prefix, "dev", self.veth_host], check=True)
        self.exec_in_ns(["ip", "link", "set", self.veth_host, "up"], check=True)

    def _after_daemon_started(self) -> None:
        wait_for_port(self.address, TCP_PORT, 30.0)
        if self.ssh:
            self._start_sshd()

    def _stop_extras(self) -> None:
        self._stop_sshd()

    def _teardown_network(self) -> None:
        if not self._veth_created:
            return
        # Deleting the netns takes the pair with it (the kernel may take a moment); make sure.
        r = _run(["ip", "link", "delete", self.veth_client], check=False)
        if r.returncode != 0 and _run(["ip", "link", "show", self.veth_client], check=False).returncode == 0:
            raise RuntimeError(f"ip link delete {self.veth_client}: {r.stderr.strip()}")
        self._veth_created = False

    # ------------------------------------------------------------------ sshd
    def _start_sshd(self) -> None:
        assert self.tmpdir is not None and self.pid is not None
        d = self.ssh_dir
        d.mkdir(mode=0o700)
        for key in ("host_key", "client_key"):
            _run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", f"kvmgui-test-{key}",
                  "-f", str(d / key)])
        (d / "authorized_keys").write_text((d / "client_key.pub").read_text())
        host_pub = " ".join((d / "host_key.pub").read_text().split()[:2])
        (d / "known_hosts").write_text(f"{self.address} {host_pub}\n")
        (d / "sshd_config").write_text(self._sshd_config())
        (d / "ssh_config").write_text(self._ssh_config())
        wrapper = d / "ssh"
        wrapper.write_text(f"#!/bin/sh\nexec {shlex.quote(_which('ssh') or 'ssh')}"
                           f" -F {shlex.quote(str(d / 'ssh_config'))} \"$@\"\n")
        wrapper.chmod(0o700)
        # The far side (virt-ssh-helper, or nc) looks for the daemon at the usual path;
        # in the daemon's mount namespace /run/libvirt is the host's own run dir.
        for sock in ("libvirt-sock", "libvirt-sock-ro"):
            link = self.state_path(f"/run/libvirt/{sock}")
            with contextlib.suppress(FileNotFoundError):
                link.unlink()
            link.symlink_to(self.sock_dir / sock)
        # sshd's privilege-separation directory (compiled in; Debian's service makes it).
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        self._sshd_log = open(self.tmpdir / "sshd.log", "ab")  # noqa: SIM115
        # nsenter (no --fork) execs sshd: the pid is sshd's, which -D keeps in front.
        argv = [_which("nsenter") or "nsenter", f"--target={self.pid}", "--mount", "--net",
                _which("sshd") or "/usr/sbin/sshd", "-D", "-e", "-f", str(d / "sshd_config")]
        self._sshd = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=self._sshd_log,
                                      stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_for_port(self.address, SSH_PORT, SSHD_START_TIMEOUT, banner=b"SSH-")
        except TimeoutError:
            log = (self.tmpdir / "sshd.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"sshd of {self.name} did not start:\n{log}") from None

    def _sshd_config(self) -> str:
        d = self.ssh_dir
        return "\n".join([
            f"ListenAddress {self.address}:{SSH_PORT}",
            f"HostKey {d / 'host_key'}",
            f"PidFile {d / 'sshd.pid'}",
            f"AuthorizedKeysFile {d / 'authorized_keys'}",
            "PermitRootLogin prohibit-password",
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "UsePAM no",
            "StrictModes no",
            "UseDNS no",
            "PrintMotd no",
            "PrintLastLog no",
            "X11Forwarding no",
            "AllowTcpForwarding local",  # ssh -W, as a console's tunnel uses
            "MaxStartups 64",
            "LogLevel VERBOSE",
            "",
        ])

    def _ssh_config(self) -> str:
        d = self.ssh_dir
        return "\n".join([
            "Host *",
            "  User root",
            f"  IdentityFile {d / 'client_key'}",
            "  IdentitiesOnly yes",
            f"  UserKnownHostsFile {d / 'known_hosts'}",
            "  GlobalKnownHostsFile /dev/null",
            "  StrictHostKeyChecking yes",
            "  UpdateHostKeys no",
            "  BatchMode yes",
            "  ControlMaster no",
            "  ControlPath none",
            "  ConnectTimeout 10",
            "  LogLevel ERROR",
            "",
        ])

    def _stop_sshd(self) -> None:
        proc, self._sshd = self._sshd, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        if self._sshd_log is not None:
            self._sshd_log.close()
            self._sshd_log = None

    @property
    def sshd_pid(self) -> int | None:
        return self._sshd.pid if self._sshd is not None and self._sshd.poll() is None else None

    def __repr__(self) -> str:
        return f"<RemoteHost {self.name} {self.subnet} pid={self.pid} sshd={self.sshd_pid}>"
