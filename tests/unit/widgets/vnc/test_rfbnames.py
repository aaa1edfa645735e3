"""The VNC security types a server offers, in words (widgets/vnc/rfbnames.py)."""

from __future__ import annotations

from kvmgui.widgets.vnc import wording
from kvmgui.widgets.vnc.session import Failure


def test_security_types_we_do_not_speak_are_named():
    """The server's offer was said as numbers ('19, 30'), which tell a user nothing."""
    text = wording.failure_text(Failure.AUTH_UNSUPPORTED, "19, 30, 18, 20, 2, 99")
    for name in ("VeNCrypt", "Apple Remote Desktop", "TLS", "SASL", "VNC password", "99"):
        assert name in text
    assert "19" not in text and "30" not in text
    # Not a list of numbers: said as it came.
    assert "something else" in wording.failure_text(Failure.AUTH_UNSUPPORTED, "something else")


def test_a_user_name_asked_for_is_said_in_words():
    """A server that wants a user name (VeNCrypt plain, SASL) was said with the session's
    code for it, 'username', untranslated."""
    from kvmgui.widgets.vnc.session import USER_NAME_WANTED

    text = wording.failure_text(Failure.AUTH_UNSUPPORTED, USER_NAME_WANTED)
    assert "user name" in text and "username" not in text
