"""ssh's questions and libvirt's failure messages, read into codes."""

from __future__ import annotations

import pytest

from kvmgui.libvirt.sshprompts import OpenProblem, PromptKind, open_problem, parse_prompt

# OpenSSH 9.2's texts (sshconnect.c, sshconnect2.c), as its askpass program gets them.
HOST_KEY = ("The authenticity of host '198.18.0.2 (198.18.0.2)' can't be established.\n"
            "ED25519 key fingerprint is SHA256:Yk1W3fGkq0m+u1yJrJ1n2v0zkS9Jb8pQ3o2mK7dQ0xE.\n"
            "This key is not known by any other names.\n"
            "Are you sure you want to continue connecting (yes/no/[fingerprint])? ")


def test_an_unknown_host_key_gives_host_type_and_fingerprint():
    p = parse_prompt(HOST_KEY)
    assert p.kind is PromptKind.HOST_KEY and p.yes_no and not p.secret
    assert p.host == "198.18.0.2"
    assert p.key_type == "ED25519"
    assert p.fingerprint == "SHA256:Yk1W3fGkq0m+u1yJrJ1n2v0zkS9Jb8pQ3o2mK7dQ0xE"  # no "."
    assert p.text == HOST_KEY


def test_a_host_on_another_port_keeps_its_name_as_typed():
    text = HOST_KEY.replace("'198.18.0.2 (198.18.0.2)'", "'[vm.example]:2222 ([10.0.0.5]:2222)'")
    text = text.replace("ED25519", "ECDSA")
    p = parse_prompt(text)
    assert (p.kind, p.host, p.key_type) == (PromptKind.HOST_KEY, "[vm.example]:2222", "ECDSA")


@pytest.mark.parametrize("text, user, host", [
    ("root@198.18.0.2's password: ", "root", "198.18.0.2"),
    ("alice@vm.example.org's password:", "alice", "vm.example.org"),
    ("(bob@host1) Password: ", "bob", "host1"),  # keyboard-interactive, PAM's words
    # A domain account (sssd, Active Directory): the host is after the last '@'.
    ("me@corp.example@198.18.0.2's password: ", "me@corp.example", "198.18.0.2"),
    ("(me@corp.example@host1) Password: ", "me@corp.example", "host1"),
])
def test_password_prompts(text, user, host):
    p = parse_prompt(text)
    assert (p.kind, p.user, p.host) == (PromptKind.PASSWORD, user, host)
    assert p.secret and not p.yes_no


@pytest.mark.parametrize("text, path", [
    ("Enter passphrase for key '/root/.ssh/id_ed25519': ", "/root/.ssh/id_ed25519"),
    ("Enter passphrase for key '/home/a b/key': ", "/home/a b/key"),
    ("Enter passphrase for /tmp/k: ", "/tmp/k"),
])
def test_passphrase_prompts(text, path):
    p = parse_prompt(text)
    assert (p.kind, p.key_path) == (PromptKind.PASSPHRASE, path)
    assert p.secret


def test_other_questions_keep_ssh_words():
    confirm = parse_prompt("Allow use of key /k?\nKey fingerprint SHA256:x (yes/no)? ")
    assert confirm.kind is PromptKind.CONFIRM and confirm.yes_no
    pin = parse_prompt("Enter PIN for ECDSA-SK key /root/.ssh/id_ecdsa_sk: ")
    assert pin.kind is PromptKind.OTHER and pin.secret  # unknown: typed without echo
    otp = parse_prompt("Verification code: ")
    assert otp.kind is PromptKind.OTHER and otp.text == "Verification code: "


SSH_URI = "qemu+ssh://root@198.18.0.2/system"


@pytest.mark.parametrize("message, problem", [
    ("Cannot recv data: Host key verification failed.: Connection reset by peer",
     OpenProblem.HOST_KEY_NOT_TRUSTED),
    ("Cannot recv data: @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
     "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n"
     "Host key verification failed.: Connection reset by peer", OpenProblem.HOST_KEY_CHANGED),
    ("Cannot recv data: root@198.18.0.2: Permission denied (publickey,password).: "
     "Connection reset by peer", OpenProblem.LOGIN_REFUSED),
    ("Cannot recv data: ssh: connect to host 198.18.0.2 port 22: No route to host: "
     "Connection reset by peer", OpenProblem.UNREACHABLE),
    ("Cannot recv data: ssh: Could not resolve hostname nowhere: Name or service not known: "
     "Connection reset by peer", OpenProblem.UNREACHABLE),
    ("Cannot recv data: nc: unix connect failed: No such file or directory\n"
     "nc: /var/run/libvirt/libvirt-sock: No such file or directory: Connection reset by peer",
     OpenProblem.NO_LIBVIRT),
    # Neither virt-ssh-helper nor nc on the far side: not "libvirt is not running".
    ("Cannot recv data: sh: 1: nc: not found: Connection reset by peer",
     OpenProblem.NO_FAR_HELPER),
    ("Cannot recv data: bash: line 1: virt-ssh-helper: command not found: "
     "Connection reset by peer", OpenProblem.NO_FAR_HELPER),
    # The URI's command= (or ssh) missing here: ssh never ran, nothing was logged in to.
    ("Cannot recv data: libvirt:  error : cannot execute binary /nonexistent/ssh: "
     "No such file or directory: Connection reset by peer", OpenProblem.NO_SSH_PROGRAM),
    ("Cannot find 'nosuchsshprog' in path: No such file or directory",
     OpenProblem.NO_SSH_PROGRAM),
    ("End of file while reading data: virt-ssh-helper: cannot connect to "
     "'qemu:///system': Failed to connect socket to '/var/run/libvirt/virtqemud-sock': "
     "No such file or directory: Input/output error", OpenProblem.NO_LIBVIRT),
    ("authentication unavailable: no polkit agent available to authenticate action",
     OpenProblem.NONE),
    # The key was accepted (ssh only could not save it), then the login was refused.
    ("Cannot recv data: Failed to add the host to the list of known hosts "
     "(/home/me/.ssh/known_hosts).\r\nroot@198.18.0.2: Permission denied (publickey,password).: "
     "Connection reset by peer", OpenProblem.LOGIN_REFUSED),
])
def test_open_problems_of_ssh_uris(message, problem):
    assert open_problem(SSH_URI, message) is problem


def test_other_transports_have_no_ssh_problem():
    message = "Cannot recv data: Host key verification failed.: Connection reset by peer"
    assert open_problem("qemu+tcp://198.18.0.2/system", message) is OpenProblem.NONE
    assert open_problem("qemu:///system", message) is OpenProblem.NONE
    assert open_problem("qemu+libssh://h/system", message) is OpenProblem.HOST_KEY_NOT_TRUSTED
