"""Logging in over qemu+ssh:// through kvmgui's dialogs, against the rig's sshd.

Each test gives ssh a private config (its own known_hosts, starting empty; a key whose
passphrase kvmgui's dialog must supply): nothing of the machine's ssh setup is read or
written. The dialogs are driven as a user would, from the test.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import socket
import subprocess
import time

import pytest
from PySide6.QtWidgets import QApplication

from kvmgui.dialogs.sshlogin import HostKeyDialog, SecretDialog, show_ssh_prompt
from kvmgui.libvirt import graphics
from kvmgui.libvirt.connection import ConnState
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.libvirt.secretstore import SecretServiceStore, StoreState
from kvmgui.libvirt.sshprompts import OpenProblem, PromptKind
from tests.helpers import click, type_into

PASSPHRASE = "open sesame"


@pytest.fixture
def login(ssh_host, tmp_path, monkeypatch):
    """(host, uri, paths): a passphrase-protected key the host accepts, an empty
    known_hosts and an ssh that reads only this test's config."""
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)  # no agent unless a test starts one
    key = tmp_path / "locked_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", PASSPHRASE, "-C", "kvmgui-locked",
                    "-f", str(key)], check=True)
    with open(ssh_host.ssh_dir / "authorized_keys", "a") as f:
        f.write(key.with_suffix(".pub").read_text())
    known = tmp_path / "known_hosts"
    known.write_text("")
    config = tmp_path / "ssh_config"
    config.write_text("\n".join([
        "Host *",
        f"  IdentityFile {key}",
        "  IdentitiesOnly yes",
        f"  UserKnownHostsFile {known}",
        "  GlobalKnownHostsFile /dev/null",
        "  StrictHostKeyChecking ask",
        "  UpdateHostKeys no",
        "  ConnectTimeout 10",
        "  LogLevel ERROR",
        ""]))
    ssh = tmp_path / "ssh"
    ssh.write_text(f"#!/bin/sh\nexec ssh -F {shlex.quote(str(config))} \"$@\"\n")
    ssh.chmod(0o700)
    uri = f"qemu+ssh://root@{ssh_host.address}/system?command={ssh}"
    return ssh_host, uri, {"key": key, "known": known, "config": config}


def shown(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def wait_dialog(qtbot, kind):
    qtbot.waitUntil(lambda: shown(kind) is not None, timeout=30000)
    return shown(kind)


def host_fingerprint(host):
    out = subprocess.run(["ssh-keygen", "-l", "-f", str(host.ssh_dir / "host_key.pub")],
                         capture_output=True, text=True, check=True).stdout
    return out.split()[1]


def start(registry, uri, asked):
    def on_request(request):
        asked.append(request.prompt.kind)
        show_ssh_prompt(request, registry.askpass)

    registry.askpass.requested.connect(on_request)
    conn = registry.add(uri, save=False)
    conn.open()
    return conn


def test_unknown_host_key_then_passphrase_through_the_dialogs(login, registry, qtbot):
    host, uri, paths = login
    asked: list[PromptKind] = []
    conn = start(registry, uri, asked)

    # The unknown host: its fingerprint shown, Cancel the default, trusting a click.
    dialog = wait_dialog(qtbot, HostKeyDialog)
    assert dialog.fingerprint.text() == host_fingerprint(host)
    assert dialog.request.prompt.host == host.address
    assert not dialog.trust.isDefault()
    assert paths["known"].read_text() == ""  # nothing accepted before the user says so
    click(qtbot, dialog.trust)

    # The key's passphrase: a wrong one is refused and asked again, saying so.
    dialog = wait_dialog(qtbot, SecretDialog)
    assert dialog.request.prompt.kind is PromptKind.PASSPHRASE
    assert dialog.request.prompt.key_path == str(paths["key"])
    assert not dialog.request.retry and not dialog.remember.isChecked()
    type_into(qtbot, dialog.secret, "wrong")
    dialog.accept()
    qtbot.waitUntil(lambda: shown(SecretDialog) not in (None, dialog), timeout=30000)
    dialog = shown(SecretDialog)
    assert dialog.request.retry and dialog.problem.text()
    type_into(qtbot, dialog.secret, PASSPHRASE)
    dialog.accept()

    qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=60000)
    assert asked == [PromptKind.HOST_KEY, PromptKind.PASSPHRASE, PromptKind.PASSPHRASE]
    assert host.address in paths["known"].read_text()  # ssh kept the accepted key

    # One login per host: a console's tunnel (graphics.py's ssh -W, here to the far
    # side's sshd, which greets) and the reconnect ride the shared ssh connection.
    masters = [p for p in registry.askpass.directory.iterdir() if p.name.startswith("cm-")]
    assert len(masters) == 1 and masters[0].is_socket()
    route = graphics.Route(graphics.RouteKind.SSH, 0, host.address, 22,
                           graphics.ssh_argv(conn.dial_uri, host.address, 22))
    opened = graphics.open_socket(None, "", route)
    with socket.socket(fileno=opened.fd) as tunnel:
        tunnel.settimeout(20)
        assert tunnel.recv(8) == b"SSH-2.0-"
    opened.stop_tunnel()
    conn.close()
    with qtbot.waitSignal(conn.stateChanged, timeout=30000,
                          check_params_cb=lambda s, _r: s == ConnState.CONNECTED):
        conn.open()
    assert len(asked) == 3


def test_a_refused_host_key_fails_the_open_and_says_why(login, registry, qtbot):
    _host, uri, paths = login
    asked: list[PromptKind] = []
    conn = start(registry, uri, asked)
    dialog = wait_dialog(qtbot, HostKeyDialog)
    dialog.reject()  # Cancel
    qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=60000)
    assert conn.reason.problem is OpenProblem.HOST_KEY_NOT_TRUSTED, conn.reason.error
    assert asked == [PromptKind.HOST_KEY]
    assert paths["known"].read_text() == ""


def test_a_changed_host_key_is_refused_without_asking(login, registry, qtbot):
    host, uri, paths = login
    other = " ".join((host.ssh_dir / "client_key.pub").read_text().split()[:2])
    paths["known"].write_text(f"{host.address} {other}\n")  # not the host's key
    asked: list[PromptKind] = []
    conn = start(registry, uri, asked)
    qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=60000)
    assert conn.reason.problem is OpenProblem.HOST_KEY_CHANGED, conn.reason.error
    assert asked == []


def test_closing_while_asked_withdraws_the_dialog(login, registry, qtbot):
    _host, uri, _paths = login
    conn = start(registry, uri, [])
    dialog = wait_dialog(qtbot, HostKeyDialog)
    conn.close()
    qtbot.waitUntil(lambda: shown(HostKeyDialog) is None, timeout=5000)
    assert dialog.request.finished and conn.state == ConnState.DISCONNECTED


@pytest.fixture
def agent(tmp_path, monkeypatch):
    """An ssh-agent of this test's own (stopped by pid) holding the rig's plain key."""
    sock = tmp_path / "agent.sock"
    proc = subprocess.Popen(["ssh-agent", "-D", "-a", str(sock)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not sock.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        monkeypatch.setenv("SSH_AUTH_SOCK", str(sock))
        yield sock
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


def trust_host(host, known):
    pub = " ".join((host.ssh_dir / "host_key.pub").read_text().split()[:2])
    known.write_text(f"{host.address} {pub}\n")


def agent_config(paths):
    """The login config, but no key file of its own: only an agent can log in."""
    text = paths["config"].read_text()
    text = text.replace(f"IdentityFile {paths['key']}", f"IdentityFile {paths['key']}.none")
    paths["config"].write_text(text.replace("IdentitiesOnly yes", "IdentitiesOnly no"))


def test_ssh_agent_is_used_when_present(login, agent, registry, qtbot):
    host, uri, paths = login
    trust_host(host, paths["known"])
    agent_config(paths)
    subprocess.run(["ssh-add", "-q", str(host.ssh_dir / "client_key")], check=True,
                   env=dict(os.environ, SSH_AUTH_SOCK=str(agent)), capture_output=True)
    asked: list[PromptKind] = []
    conn = start(registry, uri, asked)
    qtbot.waitUntil(lambda: conn.state in (ConnState.CONNECTED, ConnState.FAILED), timeout=60000)
    assert conn.state == ConnState.CONNECTED, conn.reason.error
    assert asked == []


def test_without_agent_or_key_the_login_is_refused(login, registry, qtbot):
    host, uri, paths = login
    trust_host(host, paths["known"])
    agent_config(paths)
    conn = start(registry, uri, [])
    qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=60000)
    assert conn.reason.problem is OpenProblem.LOGIN_REFUSED, conn.reason.error


def test_a_host_without_libvirt_is_named_so(ssh_host, registry, qtbot):
    ssh_host.kill_daemon()  # sshd still answers; nothing listens on libvirt's socket
    conn = registry.add(ssh_host.ssh_uri(), save=False)
    conn.open()
    qtbot.waitUntil(lambda: conn.state == ConnState.FAILED, timeout=60000)
    assert conn.reason.problem is OpenProblem.NO_LIBVIRT, conn.reason.error


# -- remembered in the Secret Service --------------------------------------------------


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    """A session bus and gnome-keyring's Secret Service of this test's own (stopped by
    pid), its keyring unlocked and kept in tmp_path."""
    if shutil.which("gnome-keyring-daemon") is None or shutil.which("dbus-daemon") is None:
        pytest.skip("gnome-keyring-daemon or dbus-daemon not found (apt: gnome-keyring dbus)")
    home = tmp_path / "keyring-home"
    home.mkdir()
    bus = f"unix:path={tmp_path / 'bus'}"
    procs = [subprocess.Popen(["dbus-daemon", "--session", "--nofork", f"--address={bus}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 10
        while not (tmp_path / "bus").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus, HOME=str(home),
                   XDG_DATA_HOME=str(home / "data"), XDG_RUNTIME_DIR=str(home))
        keyring = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--components=secrets", "--unlock"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        procs.append(keyring)
        keyring.stdin.write(b"test keyring password")  # unlocks (creates) its login keyring
        keyring.stdin.close()
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
        store = SecretServiceStore()
        deadline = time.monotonic() + 10
        while store.state() is not StoreState.AVAILABLE and time.monotonic() < deadline:
            time.sleep(0.1)
            store = SecretServiceStore()
        assert store.state() is StoreState.AVAILABLE
        yield store
    finally:
        for proc in reversed(procs):
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=10)


def test_a_remembered_passphrase_logs_in_without_asking(login, secret_service, settings, qtbot):
    host, uri, paths = login
    trust_host(host, paths["known"])
    first = ConnectionRegistry(settings)
    try:
        asked: list[PromptKind] = []
        conn = start(first, uri, asked)
        dialog = wait_dialog(qtbot, SecretDialog)
        assert dialog.remember.isEnabled()  # a Secret Service runs: it may be ticked
        type_into(qtbot, dialog.secret, PASSPHRASE)
        dialog.remember.setChecked(True)
        dialog.accept()
        qtbot.waitUntil(lambda: conn.state == ConnState.CONNECTED, timeout=60000)
        assert asked == [PromptKind.PASSPHRASE]
    finally:
        first.shutdown()
        assert first.askpass.wait_closed(20)  # its shared ssh connection ended
    account = f"passphrase:{paths['key']}"
    assert secret_service.get(account) == PASSPHRASE

    # A new start of kvmgui: no shared connection left, the store answers, no dialog.
    second = ConnectionRegistry(settings)
    try:
        asked = []
        conn = start(second, uri, asked)
        qtbot.waitUntil(lambda: conn.state in (ConnState.CONNECTED, ConnState.FAILED),
                        timeout=60000)
        assert conn.state == ConnState.CONNECTED, conn.reason.error
        assert asked == []
    finally:
        second.shutdown()
        second.askpass.wait_closed(20)
