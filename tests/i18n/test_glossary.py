"""The catalogues name each thing as docs/glossary.md does: words a review replaced by the
glossary's word stay out, so one thing is not called two names on two pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.i18n.catalogue import read_ts

CATALOGUES = Path(__file__).parents[2] / "resources" / "translations"

# Per catalogue: a word that is not the glossary's, and the glossary's word for that thing.
REPLACED = {
    "zh_Hant": {"網路介面": "網卡", "網路卡": "網卡",  # a VM's NIC; a host's interface is 介面
                "CD-ROM": "光碟機"},
    "zh_Hans": {"网络接口": "网卡", "CD-ROM": "光驱"},
}


@pytest.mark.parametrize("language", sorted(REPLACED))
def test_catalogue_uses_the_glossarys_words(language: str) -> None:
    found = [f"[{m.context}] {m.source!r}: {wrong} (the glossary says {right})"
             for m in read_ts(CATALOGUES / f"kvmgui_{language}.ts")
             for wrong, right in REPLACED[language].items()
             if any(wrong in t for t in m.translations)]
    assert found == [], "\n".join(found)


GLUED = re.compile(r"[\u3400-\u9fff]%\d|%\d[\u3400-\u9fff]")


@pytest.mark.parametrize("language", sorted(REPLACED))
def test_a_placeholder_is_written_with_its_space(language: str) -> None:
    """「移除%1」 read 「移除USB 控制器」 and 「%1頁面」 「磁碟 vda頁面」: a placeholder may hold
    Chinese words or a name, so the space is written and fill() drops it between Chinese."""
    found = [f"[{m.context}] {m.source!r}: {t!r}"
             for m in read_ts(CATALOGUES / f"kvmgui_{language}.ts")
             for t in m.translations if GLUED.search(t)]
    assert found == [], "\n".join(found)
