"""The SSH command and the terminal to run it in: argument lists, never shell strings."""

import shlex

import pytest

from kvmgui.utils import ssh, uris


def test_terminal_preference_order():
    found = {"xterm": "/usr/bin/xterm", "gnome-terminal": "/usr/bin/gnome-terminal",
             "kitty": "/usr/bin/kitty"}
    assert ssh.find_terminal({}, found.get) == ("/usr/bin/gnome-terminal", ["--"])
    assert ssh.find_terminal({"TERMINAL": "kitty"}, found.get) == ("/usr/bin/kitty", [])
    assert ssh.find_terminal({}, {}.get) is None


@pytest.mark.parametrize(("user", "valid"), [
    ("root", True), ("_svc", True), ("a.b-c_d", True),
    ("-oProxyCommand=x", False), ("", False), ("9lives", False), ("us er", False), ("a;b", False),
])
def test_user_names_that_ssh_could_take_for_options_are_refused(user, valid):
    assert ssh.valid_user(user) is valid


def test_command_and_terminal_invocation():
    assert ssh.ssh_command("root", "192.168.122.3") == "ssh root@192.168.122.3"
    assert ssh.ssh_command("root", "fe80::1") == "ssh root@fe80::1"  # no brackets for ssh
    assert ssh.terminal_invocation("root", "10.0.0.2", ("/usr/bin/xterm", ["-e"])) == \
        ("/usr/bin/xterm", ["-e", "ssh", "root@10.0.0.2"])


@pytest.mark.parametrize(("uri", "jump"), [
    ("qemu:///system", None), ("qemu+unix:///session", None), ("test:///default", None),
    ("qemu+ssh://far.example/system", "far.example"),
    ("qemu+ssh://admin@far.example:2222/system", "admin@far.example:2222"),
    ("qemu+ssh://a%40corp@far.example/system", "a@corp@far.example"),  # ssh splits at the last @
    ("qemu+ssh://admin@[fd00::5]:2222/system", "admin@[fd00::5]:2222"),
    ("qemu+libssh://[fd00::5]/system", "[fd00::5]"),
    ("qemu+tcp://far.example:16509/system", "far.example"),  # libvirtd's port, not ssh's
    ("qemu+ssh://-oProxyCommand=x/system", None),
    # libvirt dials these (it takes the brackets off); urlsplit raises on them
    ("qemu+ssh://admin@[127.0.0.1]:2222/system", "admin@127.0.0.1:2222"),
    ("qemu+tcp://[127.0.0.1]/system", "127.0.0.1"),
])
def test_jump_host_of_a_remote_uri(uri, jump):
    assert ssh.jump_host(uri) == jump


def test_command_through_a_jump_host():
    assert ssh.ssh_command("root", "192.168.122.3", ["-J", "admin@far.example:2222"]) == \
        "ssh -J admin@far.example:2222 root@192.168.122.3"
    assert ssh.terminal_invocation("root", "10.0.0.2", ("/usr/bin/xterm", ["-e"]),
                                   ["-J", "far.example"]) == \
        ("/usr/bin/xterm", ["-e", "ssh", "-J", "far.example", "root@10.0.0.2"])


@pytest.mark.parametrize("name", ["ptyxis", "kgx"])
def test_gnomes_newer_terminals_are_found(name):
    # Fedora Workstation 41 and Ubuntu 25.10 ship Ptyxis (and GNOME OS Console) with no
    # gnome-terminal nor x-terminal-emulator: "No terminal found" was all they got.
    found = {name: f"/usr/bin/{name}", "xterm": "/usr/bin/xterm"}
    assert ssh.find_terminal({}, found.get) == (f"/usr/bin/{name}", ["--"])
    # Each takes the command after "--"; "-e" takes one string for both.
    assert ssh.find_terminal({"TERMINAL": name}, {name: f"/usr/bin/{name}"}.get) == \
        (f"/usr/bin/{name}", ["--"])


def test_a_terminal_given_with_its_own_options():
    # $TERMINAL="kitty --single-instance" was looked up as one program name, not found,
    # and silently replaced by the first terminal of the list.
    found = {"kitty": "/usr/bin/kitty", "xterm": "/usr/bin/xterm",
             "gnome-terminal": "/usr/bin/gnome-terminal", "my term": "/opt/my term"}
    assert ssh.find_terminal({"TERMINAL": "kitty --single-instance"}, found.get) == \
        ("/usr/bin/kitty", ["--single-instance"])  # kitty takes the command after them
    assert ssh.find_terminal({"TERMINAL": "gnome-terminal --window"}, found.get) == \
        ("/usr/bin/gnome-terminal", ["--window", "--"])
    assert ssh.find_terminal({"TERMINAL": "'my term' -x"}, found.get) == \
        ("/opt/my term", ["-x"])  # the user's own way of giving the command: no -e added
    assert ssh.find_terminal({"TERMINAL": "kitty '"}, found.get) == \
        ("/usr/bin/gnome-terminal", ["--"])  # unbalanced quote: not a command line


@pytest.mark.parametrize(("uri", "hop"), [
    ("qemu:///system", []),
    ("qemu+ssh://admin@far.example:2222/system", ["-J", "admin@far.example:2222"]),
    ("qemu+tcp://far.example/system?keyfile=/k", ["-J", "far.example"]),  # not ssh's key
    # -J cannot give the jump host a key or host-key checking off: libvirt's login had them.
    ("qemu+ssh://admin@far.example:2222/system?keyfile=/home/me/.ssh/lab",
     ["-o", "ProxyCommand=ssh -i /home/me/.ssh/lab -p 2222 -W '[%h]:%p' -- admin@far.example"]),
    ("qemu+ssh://far.example/system?no_verify=1",
     ["-o", "ProxyCommand=ssh -o StrictHostKeyChecking=no -W '[%h]:%p' -- far.example"]),
    # No brackets in ssh's destination; libssh logs in as root when the URI names nobody.
    ("qemu+libssh2://[fd00::5]/system?KeyFile=/k&known_hosts=/k/hosts",
     ["-o", "ProxyCommand=ssh -i /k -o UserKnownHostsFile=/k/hosts -W '[%h]:%p' -- root@fd00::5"]),
    # The shell runs ProxyCommand (quoted) after ssh expands its %-tokens (doubled).
    ("qemu+ssh://me@far.example/system?keyfile=/home/me/my%20keys/50%25",
     ["-o", "ProxyCommand=ssh -i '/home/me/my keys/50%%' -W '[%h]:%p' -- me@far.example"]),
    ("qemu+ssh://-oProxyCommand=x@far.example/system?no_verify=1",  # never an option
     ["-o", "ProxyCommand=ssh -o StrictHostKeyChecking=no -W '[%h]:%p' -- "
            "-oProxyCommand=x@far.example"]),
])
def test_hop_through_a_remote_host_as_libvirt_logs_in(uri, hop):
    assert ssh.hop(uri) == hop
    argv = ssh.ssh_args("root", "192.168.122.3", ssh.hop(uri))
    assert argv == ["ssh", *hop, "root@192.168.122.3"]
    assert shlex.split(ssh.ssh_command("root", "192.168.122.3", ssh.hop(uri))) == argv


@pytest.mark.parametrize(("uri", "jump"), [
    # A password given with -c that holds a '?' or '#': libvirt's authority ends there, so
    # urlsplit read host 'alice' (a hop to another machine); kvmgui dials alice@far.
    ("qemu+ssh://alice:pa?ss@far.example:2222/system", "alice@far.example:2222"),
    ("qemu+ssh://alice:pa#ss@[fd00::5]/system", "alice@[fd00::5]"),
    ("qemu+ssh://alice@far.example:99999/system", "alice@far.example"),  # no port: ssh's own
])
def test_jump_host_reads_the_uri_as_kvmgui_dials_it(uri, jump):
    assert ssh.jump_host(uri) == jump


def test_the_hop_takes_the_key_of_a_uri_whose_password_holds_a_question_mark():
    # The query was read from the password's '?': no key file, and a hop to host 'alice'.
    assert ssh.hop("qemu+ssh://alice:pa?ss@far.example/system?keyfile=/k") == \
        ["-o", "ProxyCommand=ssh -i /k -W '[%h]:%p' -- alice@far.example"]


def test_the_hop_logs_in_as_libvirts_libssh_and_the_uris_ssh_did(tmp_path, monkeypatch):
    """qemu+libssh(2) logs in as root when the URI names nobody, and checks the host's key
    in libvirt's own known_hosts (or the URI's known_hosts=, or not at all with
    known_hosts_verify=ignore); qemu+ssh runs the URI's command=. 'ssh -J far' logged in
    as the local user and checked ~/.ssh/known_hosts, with the system's ssh: it was
    refused, or asked about a key libvirt had trusted, where the connection had logged in."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "my cfg"))
    assert ssh.hop("qemu+libssh://far.example/system") == [
        "-o", "ProxyCommand=ssh -o 'UserKnownHostsFile=\"" + str(tmp_path) + "/my cfg/libvirt/"
        "known_hosts\"' -W '[%h]:%p' -- root@far.example"]
    assert ssh.hop("qemu+libssh2://me@far.example:2222/system?known_hosts_verify=ignore") == [
        "-o", "ProxyCommand=ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
              "-p 2222 -W '[%h]:%p' -- me@far.example"]
    assert ssh.hop("qemu+libssh://far.example/system?known_hosts=/k/h&known_hosts_verify=auto") \
        == ["-o", "ProxyCommand=ssh -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=/k/h"
                  " -W '[%h]:%p' -- root@far.example"]
    assert ssh.hop("qemu+ssh://far.example/system?command=/opt/openssh/bin/ssh") == [
        "-o", "ProxyCommand=/opt/openssh/bin/ssh -W '[%h]:%p' -- far.example"]
    assert ssh.hop("qemu+ssh://far.example/system?no_tty=1") == ["-J", "far.example"]


@pytest.mark.parametrize(("query", "params"), [
    # libvirt (virURIParseParams) cuts at '&' while one remains, then at ';'.
    ("keyfile=/k;no_verify=1", {"keyfile": "/k", "no_verify": "1"}),
    ("a=1&keyfile=/k;no_verify=1", {"a": "1", "keyfile": "/k", "no_verify": "1"}),
    ("keyfile=/k;x&no_verify=1", {"keyfile": "/k;x", "no_verify": "1"}),
    ("keyfile=/k%3Bx;no_tty;=y", {"keyfile": "/k;x", "no_tty": ""}),
    ("keyfile=/k;no_tty&", {"keyfile": "/k;no_tty"}),  # an '&' remains: one item
])
def test_uri_parameters_are_cut_as_libvirt_cuts_them(query, params):
    assert uris.uri_params(query) == params
    assert "".join(item + sep for item, sep in uris.query_items(query)) == query


def test_the_hop_reads_parameters_separated_by_semicolons():
    # The hop read the key file "/k;no_verify=1" (and no no_verify) where libvirt logged
    # in with /k and no host-key check.
    assert ssh.hop("qemu+ssh://far.example/system?keyfile=/k;no_verify=1") == \
        ["-o", "ProxyCommand=ssh -i /k -o StrictHostKeyChecking=no -W '[%h]:%p' -- far.example"]


@pytest.mark.parametrize(("status", "held"), [(255, True), (0, False), (1, False)])
def test_the_terminal_stays_open_after_sshs_own_failure(tmp_path, status, held):
    # A refused connection or a changed host key (an address another VM had) made ssh exit
    # at once, and the terminal closed with it: a window flashed and its words were gone.
    import os
    import subprocess

    fake = tmp_path / "ssh"
    fake.write_text(f'#!/bin/sh\necho "ssh $*"\nexit {status}\n')
    fake.chmod(0o755)
    program, args = ssh.terminal_invocation(
        "root", "10.0.0.2", ("/usr/bin/xterm", ["-e"]), ["-J", "a b"], hold="Press Enter")
    assert program == "/usr/bin/xterm" and args[0] == "-e"
    done = subprocess.run(args[1:], input="\n", capture_output=True, text=True, timeout=10,
                          env={**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"},
                          check=False)
    assert done.returncode == status
    assert done.stdout == "ssh -J a b root@10.0.0.2\n" + ("\nPress Enter " if held else "")


def test_the_terminal_stays_open_when_ssh_is_not_installed(tmp_path):
    # No ssh client on this computer: "ssh: not found" (127) flashed by as well.
    import shutil
    import subprocess

    (tmp_path / "sh").symlink_to(shutil.which("sh"))  # a PATH with sh and no ssh
    _program, args = ssh.terminal_invocation("root", "10.0.0.2", ("/usr/bin/xterm", ["-e"]),
                                             hold="Press Enter")
    done = subprocess.run(args[1:], input="\n", capture_output=True, text=True, timeout=10,
                          env={"PATH": str(tmp_path)}, check=False)
    assert done.returncode == 127 and done.stdout == "\nPress Enter "
    assert "ssh" in done.stderr


@pytest.mark.parametrize(("name", "lead"), [
    ("xdg-terminal-exec", []), ("mate-terminal", ["-x"]), ("terminator", ["-x"]),
    ("alacritty", ["-e"]), ("kitty", []), ("foot", []), ("wezterm", ["start", "--"]),
])
def test_other_installed_terminals_are_found(name, lead):
    # A desktop with no x-terminal-emulator (Fedora, Arch) whose terminal is one of these
    # (the freedesktop launcher, MATE's, or sway's foot) was told "No terminal found".
    found = {name: f"/usr/bin/{name}"}
    assert ssh.find_terminal({}, found.get) == (f"/usr/bin/{name}", lead)
    assert ssh.find_terminal({"TERMINAL": name}, found.get) == (f"/usr/bin/{name}", lead)
