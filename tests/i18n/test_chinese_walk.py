"""The pseudo walk's windows in each Chinese catalogue: no space between two Chinese words
(a placeholder that holds Chinese words is written without one, docs/glossary.md).
KVMGUI_SHOTS=folder also saves a picture of each window there, to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kvmgui.utils.resources import resource
from tests.helpers import han_gaps
from tests.i18n.test_pseudo_walk import walk_windows
from tests.i18n.walk import texts


@pytest.fixture(params=["zh_Hant", "zh_Hans"])
def chinese(qapp, request, monkeypatch):
    from kvmgui.models import words

    monkeypatch.setattr(words, "_state_words", {})
    translator = QTranslator()
    assert translator.load(str(resource("translations", f"kvmgui_{request.param}.qm")))
    QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)
    words._state_words.clear()


@pytest.fixture
def main_window(chinese, registry, settings, qtbot):
    from kvmgui.window.mainwindow import MainWindow

    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    return window


def test_no_space_between_chinese_words(chinese, qtbot, connected, main_window, settings,
                                        monkeypatch):
    windows = walk_windows(qtbot, connected, main_window, settings, monkeypatch)
    shots = os.environ.get("KVMGUI_SHOTS")
    found = []
    for name, widgets in windows.items():
        for i, w in enumerate(widgets):
            if shots and w.isWindow():
                w.grab().save(str(Path(shots) / f"{chinese}-{name}-{i}.png"))
            found += [f"{name}: {t!r}" for t in set(texts(w)) if t and han_gaps(t)]
    assert found == [], "\n".join(sorted(set(found)))
