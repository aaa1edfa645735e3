"""The cloud-init page: the password reaches the seed only as its SHA-512 hash (made by
the Finish job, off the GUI thread), SSH keys come
pasted or from ~/.ssh, and every bad input is said in words before Finish."""

from __future__ import annotations

import threading

import pytest
import yaml

from kvmgui.cloudinit import crypt, seed
from kvmgui.cloudinit.crypt import verify_password
from kvmgui.cloudinit.userdata import user_data
from kvmgui.wizards.newvm.wizard import PageId, page_order
from kvmgui.xml.newvm_spec import InstallMethod, RootLogin
from tests.helpers import type_into
from tests.unit.wizards.newvm.drive import (
    BACK,
    FINISH,
    choose,
    click,
    fill_kernel_vm,
    goto,
    open_wizard,
    settle,
    shown,
    toggle,
)
from tests.unit.xml.newvm_cases import KEY

PRIVATE = ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n"
           "-----END OPENSSH PRIVATE KEY-----")


def cloud_wizard(qtbot, conn, ssh_dir=None):
    wiz = open_wizard(qtbot, conn)
    if ssh_dir is not None:
        wiz.cloudinit.ssh_dir = ssh_dir
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.CLOUD_IMAGE])
    return wiz


def test_cloud_image_always_uses_cloud_init(connected, qtbot):
    wiz = cloud_wizard(qtbot, connected)
    page = wiz.cloudinit
    assert not page.enabled.isVisibleTo(page) and page.hostname.isEnabled()
    assert PageId.CLOUDINIT in page_order(wiz.state.spec)
    assert page.hostname.placeholderText() == "linux"  # from the VM's name
    assert shown(page) == ["Nobody will be able to log in: give a password or an SSH key."]


def test_offered_for_iso_installs_of_cloud_enabled_oses(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.cloudinit
    assert wiz.state.spec.os.cloud_init and PageId.CLOUDINIT in page_order(wiz.state.spec)
    assert page.enabled.isVisibleTo(page) and not page.enabled.isChecked()
    assert not page.user.isEnabled() and not wiz.state.spec.uses_cloud_init
    toggle(qtbot, page.enabled)
    assert wiz.state.spec.cloud_init.enabled and page.user.isEnabled()
    assert 'volume="linux-cidata.iso"' in wiz.summary.xml_text()  # the seed's CD-ROM
    wiz.os_page.list.setCurrentIndex(wiz.os_page.model.index(1))  # Generic Windows: no cloud-init
    assert PageId.CLOUDINIT not in page_order(wiz.state.spec)


def test_an_os_without_cloud_init_gets_no_seed_and_keeps_the_input(connected, qtbot):
    wiz = open_wizard(qtbot, connected)
    page = wiz.cloudinit
    toggle(qtbot, page.enabled)
    type_into(qtbot, page.user, "alice")
    type_into(qtbot, page.password, "s3cret")  # "again" not typed yet: the passwords differ
    wiz.os_page.list.setCurrentIndex(wiz.os_page.model.index(1))  # Generic Windows: no cloud-init
    spec = wiz.state.spec
    assert PageId.CLOUDINIT not in page_order(spec)
    # The page cannot be reached now: nothing of it may block Finish or reach the VM.
    assert not spec.uses_cloud_init
    assert [m.text for m in wiz.state.messages if m.field.startswith("cloud_init")] == []
    assert "cidata" not in wiz.summary.xml_text()
    assert "Cloud-init" not in wiz.summary.overview.text()
    wiz.os_page.list.setCurrentIndex(wiz.os_page.model.index(0))  # Generic Linux again
    assert spec.uses_cloud_init and page.enabled.isChecked() and page.user.text() == "alice"


def test_password_is_kept_until_finish_only_in_memory(connected, qtbot):
    wiz = cloud_wizard(qtbot, connected)
    page = wiz.cloudinit
    type_into(qtbot, page.user, "alice")
    type_into(qtbot, page.password, "s3cret pass")
    type_into(qtbot, page.password_again, "s3cret pas")
    assert shown(page) == ["The two passwords differ.",
                           "Nobody will be able to log in: give a password or an SSH key."]
    assert wiz.state.spec.cloud_init.password == ""
    type_into(qtbot, page.password_again, "s3cret pass")
    spec = wiz.state.spec
    assert shown(page) == []
    assert spec.cloud_init.password == "s3cret pass" and spec.cloud_init.password_hash == ""
    assert "s3cret" not in repr(spec) and "s3cret" not in user_data(spec)
    assert "s3cret" not in wiz.summary.xml_text()


def test_the_password_is_hashed_in_the_finish_job_not_on_the_gui_thread(connected, qtbot, tmp_path,
                                                                      monkeypatch):
    """It was hashed on the GUI thread each time the two fields came to match (15-50 ms)."""
    on_gui_thread, hashes = [], []
    real_crypt, real_seed = crypt.sha512_crypt, seed.build_seed

    def watched_crypt(password, setting):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real_crypt(password, setting)

    def watched_seed(spec):
        hashes.append(spec.cloud_init.password_hash)
        return real_seed(spec)

    monkeypatch.setattr(crypt, "sha512_crypt", watched_crypt)
    monkeypatch.setattr(seed, "build_seed", watched_seed)
    wiz = open_wizard(qtbot, connected)
    fill_kernel_vm(qtbot, wiz, tmp_path)
    while wiz.currentId() != PageId.CLOUDINIT:
        click(qtbot, wiz, BACK)
    page = wiz.cloudinit
    toggle(qtbot, page.enabled)
    type_into(qtbot, page.user, "alice")
    type_into(qtbot, page.password, "s3cret pass")
    type_into(qtbot, page.password_again, "s3cret pass")
    assert shown(page) == []
    goto(qtbot, wiz, PageId.SUMMARY)
    settle(qtbot, wiz)
    assert "user alice, password, 0 SSH key(s)" in wiz.summary.overview.text()
    with qtbot.waitSignal(wiz.installFailed, timeout=20000):  # the test driver has no streams
        click(qtbot, wiz, FINISH)
    assert on_gui_thread == [False]
    assert len(hashes) == 1 and verify_password("s3cret pass", hashes[0])


def test_a_password_guests_refuse_is_said_and_not_hashed(connected, qtbot):
    """A password of 512 bytes or more was hashed without a word: libxcrypt's crypt() (the
    one of Debian, Ubuntu, Fedora…) refuses it, so nobody could log in with it; a pasted
    huge one froze the window while hashed (memory growing with its length squared)."""
    wiz = cloud_wizard(qtbot, connected)
    page = wiz.cloudinit
    type_into(qtbot, page.user, "alice")
    longest = "é" * 255 + "x"  # 511 bytes in UTF-8
    for field in (page.password, page.password_again):
        field.setText(longest)
    assert shown(page) == []
    assert wiz.state.spec.cloud_init.password == longest
    for field in (page.password, page.password_again):
        field.setText(longest + "x")
    assert shown(page)[0] == ("The password is too long: most Linux guests refuse one of more "
                              "than 511 bytes (a character outside ASCII takes 2 to 4).")
    assert wiz.state.spec.cloud_init.password == ""
    assert not page.isComplete()


def test_ssh_keys_pasted_or_from_dot_ssh(connected, qtbot, tmp_path):
    ssh = tmp_path / ".ssh"
    ssh.mkdir()
    (ssh / "id_ed25519.pub").write_text(KEY + "\n")
    (ssh / "id_ed25519").write_text(PRIVATE)  # never offered
    # Nor a certificate (sshd takes none in authorized_keys), nor what is not a key.
    (ssh / "id_ed25519-cert.pub").write_text("ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQ= "
                                             "alice@laptop\n")
    (ssh / "notes.pub").write_text("my public notes\n")
    wiz = cloud_wizard(qtbot, connected, ssh)
    page = wiz.cloudinit
    page.initializePage()  # what entering the page does: look into ~/.ssh (in a worker)
    qtbot.waitUntil(lambda: bool(page.key_menu.actions()), timeout=5000)
    assert [a.text() for a in page.key_menu.actions()] == ["id_ed25519.pub"]
    action = page.key_menu.actions()[0]
    action.trigger()
    assert wiz.state.spec.cloud_init.ssh_keys == [KEY]
    action.trigger()  # not twice
    assert wiz.state.spec.cloud_init.ssh_keys == [KEY]
    page.ssh_keys.setPlainText(KEY + "\nssh-rsa not-base64!")
    assert shown(page) == ["SSH key 2 is not a public key like 'ssh-ed25519 AAAA… comment'."]
    page.ssh_keys.setPlainText(PRIVATE.splitlines()[0])
    assert shown(page) == ["SSH key 1 is a private key; paste the public key (the .pub file) instead."]


def test_keys_being_typed_stay_through_a_reconnect(connected, qtbot):
    """A reconnect loads the spec into the pages again: SSH keys with a blank line between
    them (or a space before one) were set anew from the spec's list, the blank line gone
    and the cursor put at the start, in the middle of the user's typing."""
    wiz = cloud_wizard(qtbot, connected)
    page = wiz.cloudinit
    text = f"{KEY}\n\n {KEY.replace('AAAA', 'BBBB', 1)}"
    page.ssh_keys.setPlainText(text)
    cursor = page.ssh_keys.textCursor()
    cursor.setPosition(len(KEY) + 2)
    page.ssh_keys.setTextCursor(cursor)
    connected.close()
    qtbot.waitUntil(lambda: connected.state.name == "DISCONNECTED", timeout=5000)
    with qtbot.waitSignal(wiz.state.reloaded, timeout=10000):  # the facts read anew
        connected.open()
    assert page.ssh_keys.toPlainText() == text
    assert page.ssh_keys.textCursor().position() == len(KEY) + 2
    assert len(wiz.state.spec.cloud_init.ssh_keys) == 2


@pytest.mark.parametrize(("setup", "message"), [
    (lambda p: p.hostname.setText("bad_host"), "'bad_host' is not a host name"),
    (lambda p: p.user.setText("root"), "Choose a user other than root; root's login is set separately."),
    (lambda p: p.user.setText("Alice"), "'Alice' is not a user name"),
    (lambda p: p.user_data.setPlainText("packages:\n  - [unclosed"),
     "The extra user-data is not valid YAML (line 2)"),
    (lambda p: p.user_data.setPlainText("- a list"), "The extra user-data must be a YAML mapping"),
    (lambda p: p.network_config.setPlainText("version: [2"), "The network configuration is not valid YAML"),
    (lambda p: choose(p.root_login, RootLogin.PASSWORD), "Root login with a password needs a password."),
])
def test_bad_cloud_init_input_is_said_in_words(connected, qtbot, setup, message):
    wiz = cloud_wizard(qtbot, connected)
    page = wiz.cloudinit
    page.ssh_keys.setPlainText(KEY)
    setup(page)
    settle(qtbot, wiz)
    assert any(text.startswith(message) for text in shown(page)), shown(page)
    assert not page.isComplete()


def test_extra_user_data_is_merged_into_the_seed(connected, qtbot):
    wiz = cloud_wizard(qtbot, connected)
    page = wiz.cloudinit
    type_into(qtbot, page.user, "alice")
    page.ssh_keys.setPlainText(KEY)
    page.user_data.setPlainText("packages:\n  - qemu-guest-agent\n")
    data = yaml.safe_load(user_data(wiz.state.spec))
    assert data["packages"] == ["qemu-guest-agent"]
    assert data["users"][0]["name"] == "alice" and data["users"][0]["ssh_authorized_keys"] == [KEY]
    assert "user alice, no password, 1 SSH key(s)" in wiz.summary.overview.text()


def test_the_cloud_init_choice_stays_through_a_cloud_image(connected, qtbot):
    """'Set the guest up with cloud-init' ticked for an ISO install, then a cloud image
    chosen and its cloud-init page edited (or the pages reloaded: an event, a reconnect):
    the spec took the hidden box as unticked, so back on an ISO the box was unticked."""
    wiz = open_wizard(qtbot, connected)
    page = wiz.cloudinit
    toggle(qtbot, page.enabled)
    assert wiz.state.spec.uses_cloud_init
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.CLOUD_IMAGE])
    type_into(qtbot, page.user, "alice")
    wiz.state.reloaded.emit()  # what a reconnect or a late OS detection does
    toggle(qtbot, wiz.method.method_buttons[InstallMethod.ISO_FILE])
    assert page.enabled.isChecked() and page.user.isEnabled()
    assert wiz.state.spec.uses_cloud_init and page.user.text() == "alice"
