"""The SSH command and the terminal to run it in: argument lists, never shell strings."""

import pytest

from kvmgui.utils import ssh


def test_terminal_preference_order():
    found = {"xterm": "/usr/bin/xterm", "gnome-terminal": "/usr/bin/gnome-terminal",
             "kitty": "/usr/bin/kitty"}
    assert ssh.find_terminal({}, found.get) == ("/usr/bin/gnome-terminal", ["--"])
    assert ssh.find_terminal({"TERMINAL": "kitty"}, found.get) == ("/usr/bin/kitty", ["-e"])
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
