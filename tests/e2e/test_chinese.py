"""The real application in Chinese, read through AT-SPI as a screen reader would."""

import re

import pytest

from tests.e2e.desktop import find_all, table_rows
from tests.e2e.test_app_accessibility import unnamed_controls

pytestmark = pytest.mark.e2e

# (--lang, the VM table's name, "Running", the Run button, the Connections list)
LANGUAGES = [("zh_TW", "虛擬機器", "執行中", "執行", "連線"),
             ("zh_CN", "虚拟机", "运行中", "运行", "连接")]
MNEMONIC_LEFT = re.compile(r"\(&?[A-Z0-9]\)")  # "執行(R)": a mnemonic a name should not read


def _names(tree):
    return [f"{n.get('role')}: {n.get('name')}" for n in find_all(tree) if n.get("name")]


@pytest.mark.parametrize(("lang", "table", "running", "run", "connections"), LANGUAGES)
def test_the_main_window_speaks_chinese(desktop, tmp_path, lang, table, running, run, connections):
    desktop.launch("-c", "test:///default", "--lang", lang, home=tmp_path)

    def rows(tree):
        tables = find_all(tree, "table", table)
        return table_rows(tables[0]) if tables else []

    tree = desktop.wait_for(lambda t: any(r[:1] == ["test"] for r in rows(t)))
    assert next(r for r in rows(tree) if r[0] == "test")[2] == running
    assert find_all(tree, "list", connections)
    toolbar = find_all(tree, "tool bar")
    assert toolbar and any(b.get("name") == run for b in find_all(toolbar[0])), \
        [b.get("name") for b in find_all(toolbar[0])] if toolbar else "no tool bar"
    assert unnamed_controls(tree) == []
    shown_as_is = ("label:", "menu item:", "menu:")  # Qt names these by their visible text
    leftovers = [n for n in _names(tree) if MNEMONIC_LEFT.search(n) and not n.startswith(shown_as_is)]
    assert leftovers == [], leftovers
    desktop.screenshot(tmp_path / f"main-{lang}.png")
