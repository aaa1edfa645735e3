"""Secrets kept out of the log: passwords in URIs and ``password=…``-like settings.

Credentials never reach a log call (the answers of the credentials dialog go straight to
libvirt); as a second line of defence every line of the log (``logs.setup``) is passed
through ``redact``. ``without_password`` and ``hide_password`` are the exact readings, by
``split_uri``, that what is saved and what ssh says back need.
"""

from __future__ import annotations

import logging
import re
import threading
from urllib.parse import unquote

from kvmgui.utils.uris import split_uri

# user:password@ in a URI (the user may be empty), to the @ before the host (a password
# may hold an @, or a / typed as is), but not host:port/path, [IPv6] or host?query,
# whose query holds an @ (a port is digits, then a path, then a query before any @);
# key=value (or key: value) settings that name a secret.
_URI_PASSWORD = re.compile(
    r"(?P<head>\b[a-zA-Z][\w+.-]*://[^\s/:@?#\[\]]*):(?!\d*/[^\s@?#]*[?#])"
    r"\S+?@(?=[^\s/?#@]*(?:[/?#\s]|$))")
# The value may be quoted: XML attributes (passwd='…'), Python and JSON mappings.
_SECRET_SETTING = re.compile(
    r"(?P<key>\b(?:password|passwd|passphrase|secret|pass)\b['\"]?\s*[=:]\s*)"
    r"(?:(?P<quote>['\"])(?:(?!(?P=quote)).)*(?:(?P=quote)|$)|[^\s&;,'\"]+)",
    re.IGNORECASE | re.MULTILINE)  # a value cut off by the line's end: to there


def _hide_setting(match: re.Match[str]) -> str:
    quote = match["quote"] or ""
    return f"{match['key']}{quote}***{quote}"


# URIs kvmgui was given with a password (``remember_password``): hidden exactly wherever
# they or their user:password appear, where the pattern above guesses (it stops at a space).
_given: tuple[str, ...] = ()
_given_lock = threading.Lock()


def remember_password(uri: str) -> None:
    """Have ``redact`` hide ``uri``'s password from now on, as ``hide_password`` does,
    wherever it is written: a connection's URI is named in each of its log lines, and a
    password with a space in it ("open sesame"), or a user name with one, was not hidden."""
    global _given
    if without_password(uri) == uri:
        return
    with _given_lock:
        if uri not in _given:
            _given = (*_given, uri)


def redact(text: str) -> str:
    """``text`` with passwords in URIs and ``password=…``-like settings replaced by ***."""
    for uri in _given:
        text = hide_password(text, uri)
    text = _URI_PASSWORD.sub(r"\g<head>:***@", text)
    return _SECRET_SETTING.sub(_hide_setting, text)


def without_password(uri: str) -> str:
    """``uri`` with its password left out (user@host): for what is saved, where *** would
    be taken for the password. Exact, not ``redact``'s guess: an '@' after the authority
    (host:16509/sys@tem) is the path's (``split_uri``). A URI libvirt cannot read
    (user:pa/ss@host, "pa" no port) loses what ``redact`` hides."""
    parts = split_uri(uri)
    if parts is None or parts.userinfo is None or ":" not in parts.userinfo:
        return uri
    return parts.without_password().text()


def hide_password(text: str, uri: str) -> str:
    """``text`` with ``uri``'s user:password replaced by user:***, also where no URI is
    around it: libvirt hands ssh the user:password (decoded) as its user name, and ssh
    says it back ("alice:s3cret@host: Permission denied"), which ``redact`` cannot tell;
    and libvirt's "Unable to parse URI" repeats a URI whose password holds a '?', '#' or
    '/' (its authority ends there), which ``split_uri`` reads as typed."""
    parts = split_uri(uri)
    userinfo = parts.userinfo if parts is not None else None
    if not userinfo or ":" not in userinfo:
        return text
    for seen in sorted({userinfo, unquote(userinfo)}, key=len, reverse=True):
        user, _colon, password = seen.partition(":")
        if password:
            text = text.replace(seen, f"{user}:***")
    return text


class RedactingFormatter(logging.Formatter):
    """Formats as usual (tracebacks included), then removes what looks like a secret."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
