"""Page 8: cloud-init: host name, user, password (kept only as its SHA-512 crypt hash),
SSH public keys (pasted or from ~/.ssh/*.pub), root's login, extra user-data YAML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.cloudinit.crypt import PASSWORD_MAX_BYTES
from kvmgui.libvirt import mountlanes
from kvmgui.utils.tr import fill
from kvmgui.widgets.examples import set_example
from kvmgui.wizards.newvm.fields import Form, exactly, keys
from kvmgui.wizards.newvm.page import SpecPage, fill_line
from kvmgui.wizards.newvm.state import Level, Message, WizardState
from kvmgui.xml.newvm_checks import hostname_from_name, ssh_key_problem
from kvmgui.xml.newvm_spec import InstallMethod, RootLogin
from kvmgui.xml.words import QT_TRANSLATE_NOOP

ROOT_LOGINS = [
    (RootLogin.DISABLED, QT_TRANSLATE_NOOP("CloudInitPage", "Root cannot log in (recommended)")),
    (RootLogin.SSH_KEY, QT_TRANSLATE_NOOP("CloudInitPage", "Root logs in with the SSH keys")),
    (RootLogin.PASSWORD,
     QT_TRANSLATE_NOOP("CloudInitPage", "Root logs in with the password or the SSH keys")),
]
MAX_KEY_FILE = 64 * 1024


def public_keys(ssh_dir: Path) -> list[tuple[str, str]]:
    """(file name, key line) of each ``*.pub`` in ``ssh_dir`` that holds a public key (not
    a certificate: sshd takes none in authorized_keys). Blocking: run in a worker."""
    found = []
    try:
        files = sorted(ssh_dir.glob("*.pub"))
    except OSError:
        return []
    for path in files:
        try:
            with path.open(encoding="utf-8", errors="replace") as f:
                text = f.read(MAX_KEY_FILE)
        except OSError:
            continue
        line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
        if line and ssh_key_problem(line) is None:
            found.append((path.name, line))
    return found


def _keys_in(ssh_dir: str) -> list[tuple[str, str]]:
    return public_keys(Path(ssh_dir))


def _set_text(edit: QPlainTextEdit, text: str, read: Callable[[str], str] = str.strip) -> None:
    """Only a real change, as ``store`` reads the text (``read``): setting the same text
    would move the cursor to the start and drop what ``store`` leaves out."""
    if read(edit.toPlainText()) != read(text):
        edit.setPlainText(text)


def _key_lines(text: str) -> str:
    """The SSH keys as ``store`` reads them: one a line, blank lines and edges left out."""
    return "\n".join(ln.strip() for ln in text.splitlines() if ln.strip())


def _too_long(password: str) -> bool:
    return len(password.encode()) > PASSWORD_MAX_BYTES


class CloudInitPage(SpecPage):
    def __init__(self, state: WizardState, ssh_dir: Path | None = None) -> None:
        super().__init__(state, self.tr("Cloud-init"),
                         self.tr("What cloud-init sets up in the guest at its first start."),
                         keys("cloud_init"))
        self.ssh_dir = ssh_dir if ssh_dir is not None else Path.home() / ".ssh"
        form = Form(self, self.marks)
        self.enabled = QCheckBox(self.tr("Set the guest up with &cloud-init"), self)
        form.widget(self.enabled, self.tr("Set the guest up with cloud-init"))
        self.hostname = QLineEdit(self)
        form.field(self.tr("&Host name:"), self.hostname, self.tr("Host name"),
                   exactly("cloud_init.hostname"))
        self.user = QLineEdit(self)
        form.field(self.tr("&User:"), self.user, self.tr("User name"), exactly("cloud_init.user"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.field(self.tr("&Password:"), self.password, self.tr("Password"), exactly("cloud_init.password"))
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.field(self.tr("Password a&gain:"), self.password_again, self.tr("Password again"),
                   exactly("cloud_init.password_again"))
        keys_box = QWidget(self)
        column = QVBoxLayout(keys_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.ssh_keys = QPlainTextEdit(keys_box)
        self.ssh_keys.setPlaceholderText(self.tr("One public key per line: ssh-ed25519 AAAA… you@host"))
        self.ssh_keys.setTabChangesFocus(True)
        self.ssh_keys.setMaximumHeight(self.fontMetrics().height() * 5)
        self.add_key = QPushButton(self.tr("Add a &key from ~/.ssh"), keys_box)
        self.add_key.setAccessibleName(self.tr("Add a public key from ~/.ssh"))
        self.key_menu = QMenu(self.add_key)
        self.key_menu.setAccessibleName(self.tr("Public keys in ~/.ssh"))
        self.add_key.setMenu(self.key_menu)
        column.addWidget(self.ssh_keys)
        row = QHBoxLayout()
        row.addWidget(self.add_key)
        row.addStretch(1)
        column.addLayout(row)
        form.field(self.tr("SSH ke&ys:"), keys_box, self.tr("SSH public keys"), keys("cloud_init.ssh_keys"),
                   buddy=self.ssh_keys)
        self.root_login = QComboBox(self)
        for choice, text in ROOT_LOGINS:
            self.root_login.addItem(self.tr(text), choice)
        form.field(self.tr("&Root:"), self.root_login, self.tr("Root login"),
                   exactly("cloud_init.root_login"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.user_data = QPlainTextEdit(self)
        self.user_data.setFont(fixed)
        self.user_data.setTabChangesFocus(True)
        set_example(self.user_data, "packages:\n  - qemu-guest-agent\nruncmd:\n  - [systemctl, start, "
                                    "qemu-guest-agent]")
        form.field(self.tr("E&xtra user-data:"), self.user_data, self.tr("Extra user-data (YAML)"),
                   exactly("cloud_init.extra_user_data"))
        self.network_config = QPlainTextEdit(self)
        self.network_config.setFont(fixed)
        self.network_config.setTabChangesFocus(True)
        self.network_config.setMaximumHeight(self.fontMetrics().height() * 5)
        self.network_config.setPlaceholderText(self.tr("Empty: DHCP on the first network device"))
        form.field(self.tr("Ne&twork config:"), self.network_config, self.tr("Network configuration (YAML)"),
                   exactly("cloud_init.network_config"))
        seed = form.message(self.tr("Seed volume problem"))
        self.marks.add(exactly("cloud_init.volume"), [], seed)
        general = form.message(self.tr("Cloud-init problem"))  # about no field: "nobody can log in"
        self.marks.add(exactly("cloud_init"), [], general)
        self.form = form
        self._asked_keys = False
        self._fields: list[QWidget] = [self.hostname, self.user, self.password, self.password_again,
                                       keys_box, self.root_login, self.user_data, self.network_config]
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        self.reload()
        state.add_check(self.own_messages)
        self.enabled.toggled.connect(self.edited)
        for edit in (self.hostname, self.user, self.password, self.password_again):
            edit.textChanged.connect(self.edited)
        for box in (self.ssh_keys, self.user_data, self.network_config):
            box.textChanged.connect(self.edited)
        self.root_login.currentIndexChanged.connect(self.edited)

    # -- keys from ~/.ssh -------------------------------------------------------------------

    def initializePage(self) -> None:
        self.reload()  # the name and OS decide the placeholders
        if not self._asked_keys:
            self._asked_keys = True
            # On the thread of its mount: a home on a network mount that stopped answering
            # holds only that thread, never the shared pool's every other job.
            mountlanes.submit(str(self.ssh_dir), _keys_in, context=self, done=self._got_keys)
        super().initializePage()

    def _got_keys(self, found: list[tuple[str, str]]) -> None:
        self.key_menu.clear()
        for name, line in found:
            action = QAction(name, self.key_menu)
            action.setToolTip(line[:80])
            action.triggered.connect(lambda _c=False, key=line: self.append_key(key))
            self.key_menu.addAction(action)
        if not found:
            none = self.key_menu.addAction(fill(self.tr("No public keys in %1"), str(self.ssh_dir)))
            none.setEnabled(False)

    def append_key(self, key: str) -> None:
        lines = [ln for ln in self.ssh_keys.toPlainText().splitlines() if ln.strip()]
        if key not in lines:
            self.ssh_keys.setPlainText("\n".join([*lines, key]))

    # -- spec -------------------------------------------------------------------------------------

    def load(self) -> None:
        spec = self.state.spec
        ci = spec.cloud_init
        self.enabled.setChecked(ci.enabled)
        fill_line(self.hostname, ci.hostname)
        set_example(self.hostname, hostname_from_name(spec.name) if spec.name else "")
        fill_line(self.user, ci.user)
        self.user.setPlaceholderText(spec.os.cloud_user or self.tr("the image's default user"))
        # The password fields are left as typed: the page writes them into the spec, not back.
        _set_text(self.ssh_keys, "\n".join(ci.ssh_keys), _key_lines)
        self.root_login.setCurrentIndex(max(self.root_login.findData(ci.root_login), 0))
        _set_text(self.user_data, ci.extra_user_data)
        _set_text(self.network_config, ci.network_config)
        self._sync_enabled()

    def store(self) -> None:
        spec = self.state.spec
        ci = spec.cloud_init
        # The box is hidden for a cloud image (which always uses cloud-init): the choice
        # stays for an ISO chosen again (uses_cloud_init reads the method).
        ci.enabled = self.enabled.isChecked()
        ci.hostname = self.hostname.text().strip()
        ci.user = self.user.text().strip()
        password = self.password.text()
        # Hashed by the Finish job in its worker: 15-50 ms, too slow for the GUI thread.
        ci.password_hash = ""
        ci.password = "" if password != self.password_again.text() or _too_long(password) else password
        ci.ssh_keys = [ln.strip() for ln in self.ssh_keys.toPlainText().splitlines() if ln.strip()]
        ci.root_login = RootLogin(self.root_login.currentData())
        ci.extra_user_data = self.user_data.toPlainText()
        ci.network_config = self.network_config.toPlainText()
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        """A cloud image always uses cloud-init: no check box then (the install method is
        chosen on the first page, so this follows every validation)."""
        cloud = self.state.spec.install.method is InstallMethod.CLOUD_IMAGE
        self.form.set_visible(self.enabled, not cloud)
        on = cloud or self.enabled.isChecked()
        for widget in self._fields:
            widget.setEnabled(on)

    def _on_validated(self, messages: list[Message]) -> None:
        self._sync_enabled()
        super()._on_validated(messages)

    def own_messages(self) -> list[Message]:
        if not self.state.spec.uses_cloud_init:
            return []
        if self.password.text() != self.password_again.text():
            return [Message("cloud_init.password_again", self.tr("The two passwords differ."),
                            Level.ERROR, "password-mismatch")]
        if _too_long(self.password.text()):
            return [Message("cloud_init.password", fill(self.tr(
                "The password is too long: most Linux guests refuse one of more than %1 bytes "
                "(a character outside ASCII takes 2 to 4)."), PASSWORD_MAX_BYTES),
                Level.ERROR, "password-too-long")]
        return []
