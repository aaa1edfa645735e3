"""The pseudo catalogue for the walk, the switch that rewrites its allow-list, and an
application that forgets the languages a test installed."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-allowlist", action="store_true", default=False,
                     help="rewrite tests/i18n/unmarked_allowlist.txt with today's unmarked strings")


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory):
    from tests.i18n.walk import build_pseudo_catalogue

    return build_pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp, pseudo_qm, monkeypatch):
    """The pseudo catalogue installed for one test, and every cached translation dropped
    before and after (the VM list keeps its state words once translated)."""
    from PySide6.QtCore import QTranslator

    from kvmgui.models import words

    monkeypatch.setattr(words, "_state_words", {})
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
    words._state_words.clear()


@pytest.fixture
def app(qapp):
    """(qapp, done): a test appends what ``i18n.install`` returned to ``done``; its
    translators are removed afterwards, and the locale and direction restored."""
    from PySide6.QtCore import QLocale, Qt

    from kvmgui.utils import i18n

    before = QLocale()
    done: list[i18n.Installed] = []
    yield qapp, done
    for installed in done:
        for t in installed.translators:
            qapp.removeTranslator(t)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
