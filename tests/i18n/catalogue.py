"""Reading .ts catalogues, and the checks lrelease's ``-fail-on-invalid`` is meant to make.

The lrelease bundled with PySide6 6.11 accepts ``-fail-on-invalid`` but lets a missing
``%2``, a lost ``&`` accelerator or a dropped full stop through (tried: exit 0), so
``problems`` checks each translation itself: place markers, accelerators, surrounding
whitespace and ending punctuation (a Chinese full stop, colon, question or exclamation
mark counts as its ASCII twin).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

PLACE_MARKER = re.compile(r"%(?:L?\d+|n)")
ACCELERATOR = re.compile(r"&(?!&)[^\s&]")
ENDINGS = {".": ".", "。": ".", ":": ":", "：": ":", "?": "?", "？": "?", "!": "!", "！": "!",
           "…": "…"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in etree.parse(str(path)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            if tr is None:
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes" \
                else [tr.text or ""]
            messages.append(Message(name, m.findtext("source") or "", m.findtext("comment") or "",
                                    m.get("numerus") == "yes", tuple(forms),
                                    tr.get("type") in ("unfinished", "vanished", "obsolete")))
    return messages


# Full-width marks that end a separator without a space after them (", " → "、", "; " → "；").
FULL_WIDTH_GAP = frozenset("、，；：。")


def _ending(text: str) -> str:
    return ENDINGS.get(text.rstrip()[-1:], "") if text.strip() else ""


def problems(msg: Message) -> list[str]:
    """What is wrong with a message's translation; [] when it is fine."""
    if msg.unfinished or not all(msg.translations):
        return ["not translated"]
    found = []
    for text in msg.translations:
        if sorted(PLACE_MARKER.findall(msg.source)) != sorted(PLACE_MARKER.findall(text)):
            found.append(f"place markers differ: {text!r}")
        if bool(ACCELERATOR.search(msg.source)) != bool(ACCELERATOR.search(text)):
            found.append(f"accelerator differs: {text!r}")
        for strip, side in ((str.lstrip, "leading"), (str.rstrip, "trailing")):
            if side == "trailing" and text[-1:] in FULL_WIDTH_GAP:
                continue  # ", " → "、": the full-width mark carries its own space
            if len(msg.source) - len(strip(msg.source)) != len(text) - len(strip(text)):
                found.append(f"{side} whitespace differs: {text!r}")
        if _ending(msg.source) != _ending(text):
            found.append(f"ending punctuation differs: {text!r}")
    return found
