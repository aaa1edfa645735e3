"""Where the troubleshooter's facts come from besides libvirt's objects: the networks' DHCP
leases, the QEMU guest agent (commands and guest-exec), and this machine's own networking.

:class:`Probes` bundles them so tests hand in fakes for what the test driver lacks (leases,
an agent) and for the machine (routes, firewall, /proc). Blocking: call from workers.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shlex
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import libvirt

from kvmgui.libvirt import netops
from kvmgui.libvirt.netops import Lease
from kvmgui.utils.ssh import Login
from kvmgui.xml.network_validate import HostRoute

AGENT_TIMEOUT_S = 5  # libvirt's own timeout for one guest agent command
EXEC_TIMEOUT_S = 20  # a guest command (a ping to a far name) may take this long
COMMAND_TIMEOUT_S = 10  # a local command (iptables, nft, ip)

# The whole environment of a guest command (the agent's own is not passed on): messages
# in English, and a PATH, which the agent also searches for the program (qemu-ga spawns
# with G_SPAWN_SEARCH_PATH_FROM_ENVP; without one GLib looks in /bin:/usr/bin only, and
# 'ip' is in /usr/sbin on some guests). systemd's PATH for services, the split /sbin and
# /bin, and NixOS's.
GUEST_ENV = ("LC_ALL=C",
             "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
             ":/run/current-system/sw/bin")

AgentCall = Callable[[libvirt.virDomain, str, "dict[str, Any] | None"], Any]


def agent_command(dom: libvirt.virDomain, command: str, arguments: dict[str, Any] | None) -> Any:
    """``command`` through the QEMU guest agent; its ``return`` value."""
    import libvirt_qemu  # noqa: PLC0415 - only the troubleshooter talks to guest agents

    request: dict[str, Any] = {"execute": command}
    if arguments:
        request["arguments"] = arguments
    answer = libvirt_qemu.qemuAgentCommand(dom, json.dumps(request), AGENT_TIMEOUT_S, 0)
    return json.loads(answer).get("return")


def guest_exec(agent: AgentCall, dom: libvirt.virDomain, argv: Sequence[str],
               timeout_s: float = EXEC_TIMEOUT_S) -> tuple[int, str]:
    """Run ``argv`` in the guest (guest-exec), wait for it; (exit code, what it printed).

    It runs in the C locale: its output is read for English words ("Name or service not
    known"), which a guest set up in another language would print in its own.
    """
    started = agent(dom, "guest-exec", {"path": argv[0], "arg": list(argv[1:]),
                                        "env": list(GUEST_ENV), "capture-output": True})
    pid = started["pid"]
    deadline = time.monotonic() + timeout_s
    while True:
        status = agent(dom, "guest-exec-status", {"pid": pid})
        if status.get("exited"):
            text = "".join(base64.b64decode(status.get(key) or "").decode(errors="replace")
                           for key in ("out-data", "err-data"))
            return int(status.get("exitcode", -1)), f"$ {shlex.join(argv)}\n{text}"
        if time.monotonic() > deadline:
            raise GuestTimeoutError(argv, timeout_s)
        time.sleep(0.2)


class GuestExecError(RuntimeError):
    """The guest agent could not run the command."""


class GuestTimeoutError(TimeoutError):
    """A guest command did not finish within ``seconds``."""

    def __init__(self, argv: Sequence[str], seconds: float) -> None:
        super().__init__(f"{shlex.join(argv)} did not finish within {seconds:.0f} s")
        self.seconds = seconds


class PermissionDeniedError(OSError):
    """A local tool ran but was not allowed to look (needs root)."""


class LocalSystem:
    """What this machine shows about its own networking (for a connection to it)."""

    def has_interface(self, name: str) -> bool:
        return bool(name) and Path("/sys/class/net", name).exists()

    def bridge_of(self, dev: str) -> str | None:
        """The bridge ``dev`` is a port of ("" when none); None when ``dev`` is not here."""
        path = Path("/sys/class/net", dev)
        if not dev or not path.exists():
            return None
        master = path / "master"
        return master.resolve().name if master.exists() else ""

    def ip_forward(self) -> bool:
        return Path("/proc/sys/net/ipv4/ip_forward").read_text().strip() == "1"

    def firewall_listings(self) -> list[tuple[str, str]]:
        """(tool, output) of ``iptables -t nat -S`` and ``nft list ruleset``, for those that
        exist; PermissionDeniedError when they exist but may not look."""
        found, denied = [], []
        for argv in (["iptables", "-t", "nat", "-S"], ["nft", "list", "ruleset"]):
            try:
                done = subprocess.run(argv, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S,
                                      check=False)
            except FileNotFoundError:
                continue
            except (OSError, subprocess.SubprocessError):
                continue
            if done.returncode == 0:
                found.append((argv[0], done.stdout))
            elif any(w in done.stderr.lower() for w in ("permission", "not permitted", "root")):
                denied.append(argv[0])
        if not found and denied:
            raise PermissionDeniedError(", ".join(denied))
        return found

    def routes(self) -> list[HostRoute]:
        return netops.local_routes()

    def host_address(self) -> str:
        """This machine's IPv4 address towards the outside (the default route's source)."""
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            done = subprocess.run(["ip", "-4", "route", "get", "1.1.1.1"], capture_output=True,
                                  text=True, timeout=COMMAND_TIMEOUT_S, check=True)
            words = done.stdout.split()
            if "src" in words:
                return words[words.index("src") + 1]
        return ""


def ssh_hostname(login: Login) -> str:
    """The host ssh goes to for ``login`` after the user's ssh config (an alias's
    HostName), as ``ssh -G`` says it; '' if it cannot tell. Nothing is dialled. Asked of
    the URI's own ssh only where that is OpenSSH's ``ssh`` (another command may not know
    -G), else of ``ssh``: both read the same config."""
    program = login.program if os.path.basename(login.program) == "ssh" else "ssh"
    argv = [program, "-G"]
    if login.port:
        argv += ["-p", str(login.port)]
    if login.user:
        argv += ["-l", login.user]
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        done = subprocess.run([*argv, "--", login.host], capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=COMMAND_TIMEOUT_S, check=True)
        for line in done.stdout.splitlines():
            key, _sp, value = line.partition(" ")
            if key.lower() == "hostname":
                return value.strip()
    return ""


def network_leases(net: libvirt.virNetwork) -> list[Lease]:
    return netops.leases_of(net)


@dataclass(frozen=True)
class Probes:
    """Where the steps get what libvirt's test driver lacks; tests pass fakes."""

    leases: Callable[[libvirt.virNetwork], list[Lease]] = network_leases
    agent: AgentCall = agent_command
    local: LocalSystem = field(default_factory=LocalSystem)
    remote_address: Callable[[str], str] = socket.gethostbyname
    ssh_hostname: Callable[[Login], str] = ssh_hostname
