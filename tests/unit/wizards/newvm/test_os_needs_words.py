"""The OS page's "It needs …" in Chinese: a space before a list that starts with a name
(UEFI), none before one that starts with Chinese words (至少 …)."""

from kvmgui.xml.newvm_spec import OsFamily, OsSpec
from tests.unit.wizards.newvm.drive import open_wizard


def test_needs_read_with_the_space_chinese_writes(qtbot, connected, traditional_chinese):
    page = open_wizard(qtbot, connected).os_page
    uefi = OsSpec("w", "w", OsFamily.WINDOWS, needs_uefi=True, needs_tpm=True)
    memory = OsSpec("l", "l", OsFamily.LINUX, min_memory_mib=128)
    assert page.needs_text(uefi) == "它需要 UEFI 韌體、TPM 2.0。"
    assert page.needs_text(memory) == "它需要至少 128 MiB 的記憶體。"
