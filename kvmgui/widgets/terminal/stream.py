"""The bytes from the guest to pyte's parser, with what pyte's stream lacks or mistakes.

pyte 0.8's stream ignores the DEC line-drawing set in UTF-8, takes CSI > …, CSI < … and
CSI = … for other sequences (or draws them), and draws colon sub-parameters (38:2::r:g:b) as
text. ``TermStream`` mends those in front of pyte's own parser; what it recognises goes to
``TermScreen`` by the names in ``csi`` and ``escape``. For speed, plain CSI sequences and
control characters go straight to the screen, without pyte's parser (docs/performance.md).

Bytes that are no UTF-8 character are decoded as xterm decodes them (``_as_xterm``).
"""

from __future__ import annotations

import codecs
import inspect
import re
from collections.abc import Callable
from typing import Any

import pyte

# CSI ? … sequences the screen takes (DECSET and DECRST, selective erases, CSI ? c and
# those it knows to pass over). pyte called any other's handler with private=True, which
# most do not take: vim 9's query CSI ? 4 m (XTQMODKEYS) raised a TypeError out of the
# parse, and the rest of that piece of output was lost. The others now go unheard.
PRIVATE_FINALS = frozenset("hlJKcSTsu")
# The CSI sequences most output is made of (colours, cursor moves, erasing): ESC [, "?" or
# nothing, decimal parameters, a final. None of them is one the mends above change.
_PLAIN_CSI = re.compile(r"\x1b\[(\?)?([0-9;]*)([@-~])")
# Intermediate characters, before a CSI sequence's final; "!" (DECSTR's) goes to the
# screen and "$" is pyte's to pass over with its final
_INTERMEDIATES = frozenset(" \"#%&'()*+,-./")
# Those of ESC sequences that pyte's parser knows not (it has ESC #, ESC %, ESC ( and ESC ))
_ESC_INTERMEDIATES = frozenset(" !\"$&'*+,-./")
# The final that CSI > c (secondary device attributes) reaches pyte's parser with: one no
# other sequence ends with, since pyte would take "c" for the primary one.
_SECONDARY_DA = "\ue000"
# The 8-bit C1 controls besides CSI and OSC (which pyte's parser takes): pyte drew them, and
# a character of no width draws nothing. xterm's ground state takes each as its 7-bit form,
# ESC and a letter (IND, NEL, HTS, RI, DCS, ST…); those it ignores are ignored so too.
_C1 = frozenset(map(chr, range(0x80, 0xA0))) - {"\x9b", "\x9d"}


def _as_xterm(error: UnicodeError) -> tuple[str, int]:
    """A byte of 0x80-0xBF that begins no character, followed by a printable ASCII one, is
    taken as itself, as xterm's decodeUtf8 does (so a raw 8-bit CSI, 0x9B, before its
    parameters is a CSI; pyte drew U+FFFD and then the parameters as text); any other
    bytes that make no character are U+FFFD, as in xterm and pyte."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    data, at = error.object, error.start
    if error.end == at + 1 and 0x80 <= data[at] < 0xC0 and at + 1 < len(data) \
            and 0x20 < data[at + 1] < 0x80:
        return chr(data[at]), at + 1
    return "\ufffd", error.end


codecs.register_error("kvmgui-terminal-xterm", _as_xterm)


class TermStream(pyte.ByteStream):
    """pyte's byte stream, with the DEC line-drawing set in UTF-8 as xterm and Linux have it.

    pyte ignores ESC ( 0, ESC ) 0 and SO/SI while it decodes UTF-8, so the frames that
    ncurses programs draw with them (dialog, whiptail, menuconfig, htop) showed as "lqqk".
    Its parser asks ``use_utf8`` before each of those; here that answer is no, while the
    bytes are decoded by the choice ``use_utf8`` was given (ESC % G / ESC % @).
    """

    _decode_utf8 = True
    _text_pattern = re.compile(pyte.Stream._text_pattern.pattern[:-2] + "\x80-\x9f]+")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.utf8_decoder = codecs.getincrementaldecoder("utf-8")("kvmgui-terminal-xterm")
    # pyte's sequences and those it lacks that ncurses sends for TERM=xterm-256color
    csi = {**pyte.Stream.csi, "b": "repeat_last", "S": "scroll_up", "T": "scroll_down",
           "!": "soft_reset_intro", "s": "save_cursor_ansi", "u": "restore_cursor_ansi",
           "I": "tab_forward", "Z": "tab_back", "`": "cursor_to_column",  # HPA: pyte has "'"
           _SECONDARY_DA: "report_secondary_attributes"}
    escape = {**pyte.Stream.escape, "P": "string_start", "_": "string_start",
              "^": "string_start", "X": "string_start", "\\": "string_end",
              "=": "keypad_application", ">": "keypad_numeric",  # DECKPAM, DECKPNM
              "E": "next_line",  # NEL: pyte's was a line feed, CR only in LNM
              "Z": "report_device_attributes"}  # DECID: answered as CSI c, as xterm does

    def attach(self, screen: Any) -> None:
        # A CSI sequence with more parameters than its handler takes (CSI 1;2 A: line noise
        # on a serial line, a program's slip) raised a TypeError out of the parse, to the
        # crash handler, and the rest of the output was lost; xterm takes the parameters
        # the sequence has and passes over the others. The screen's handlers, as both
        # parsers call them, now take any number.
        for name in set(self.csi.values()):
            handler = getattr(screen, name, None)
            if callable(handler) and (count := _positional(handler)) is not None:
                setattr(screen, name, _first(handler, count))
        super().attach(screen)

    @property
    def use_utf8(self) -> bool:
        return False

    @use_utf8.setter
    def use_utf8(self, on: bool) -> None:
        self._decode_utf8 = on

    _after_esc = False
    _in_csi = False
    _current = ""  # the CSI parameter being read
    _subparams: str | None = None  # from a colon in a CSI on, held until its final
    _gt = False  # the CSI under way is a CSI > … one (or < …, = …)
    _intro = ""  # which of the three
    _private = False  # the CSI under way has a "?"
    _esc_final = False  # an ESC sequence's final is to come, for no one (_send_to_parser)
    _designating = False  # the ESC ( or ESC ) under way waits for its set's name

    def _send_to_parser(self, data: str) -> bool | None:
        # pyte skips the ">" of CSI > … and runs the rest as the sequence without it: vim's
        # CSI > 4 ; 2 m (modifyOtherKeys) underlined everything, CSI > c (secondary device
        # attributes) got the primary answer; it took the "<" of CSI < u (kitty's keyboard
        # pop, neovim's last words) and of CSI = … for a final and drew the rest. None of
        # them is for the screen: their final character is swapped for one nothing answers
        # to, which ends the sequence unheard; CSI > c's for the one of its own answer.
        # ESC, intermediates, a final (S7C1T's ESC SP F, ESC * 0 for G2, ESC ( % 5): pyte
        # took the first intermediate alone and drew the final. The final now ends it unheard.
        if self._esc_final:
            if " " <= data <= "/":
                return None
            self._esc_final = False
            if "0" <= data <= "~":
                return True  # pyte's parser ended the sequence at its intermediate
        elif (self._after_esc and data in _ESC_INTERMEDIATES) or \
                (self._designating and data in "%\"&"):
            self._esc_final = True
            self._after_esc = self._designating = False
            super()._send_to_parser(data)
            return None
        self._designating = self._after_esc and data in "()"
        if data == "\x1b" and self._in_csi:
            # An ESC ends the sequence under way unheard and starts the next (xterm, DEC's
            # parser); pyte took it for the final and drew the next one's rest as text.
            self._subparams = None
            super()._send_to_parser("}")
            self._in_csi = self._gt = False
        if self._in_csi and self._subparams is not None:
            if data in "0123456789:;":
                self._subparams += data
                return None
            return self._send_subparams(data)
        if self._in_csi:
            if data == ":" and not self._gt:
                self._subparams = self._current + ":"  # pyte has the number before it
                return None
            self._current = self._current + data if data.isdigit() else ""
            if data in _INTERMEDIATES:
                # DECSCL (CSI 61;1 " p), DECSCA, SL (CSI 2 SP @): pyte ended the sequence at
                # the intermediate and drew the final, or took it for another (SL for ICH).
                # None is the screen's: held back, and the final ends it unheard.
                self._gt = True
                return None
            if data in "<=>":
                self._gt, self._intro = True, data
                if data != ">":
                    return None  # pyte would take "<" or "=" for the final character
            elif data == "?":
                self._private = True
            elif data == "c" and self._intro == ">" and not self._private:
                data = _SECONDARY_DA
            elif "@" <= data <= "~" and (self._gt or (self._private and data not in PRIVATE_FINALS)):
                data = "}"
        elif (data == "[" and self._after_esc) or data == "\x9b":
            self._in_csi, self._gt, self._private, self._current = True, False, False, ""
            self._intro = ""
        self._after_esc = data == "\x1b"
        done = super()._send_to_parser(data)
        if done:
            self._in_csi = self._gt = False
        return done

    def _send_subparams(self, final: str) -> bool | None:
        # ITU T.416 sub-parameters (38:2::r:g:b, 38:5:n, 4:3), which pyte knows not (it took
        # the colon for a final and drew the rest): sent as the SGR parameters they mean.
        # The first group's number is with pyte already.
        groups, self._subparams = (self._subparams or "").split(";"), None
        params: list[str] = []
        for i, group in enumerate(groups):
            meant = _sgr_params(group.split(":")) if final == "m" else []
            params += meant[1:] if i == 0 else meant
        for char in "".join(";" + p for p in params):
            super()._send_to_parser(char)
        return self._send_to_parser(final)

    def restart(self) -> None:
        """Drop a sequence, control string or character the old output left half sent."""
        self.utf8_decoder.reset()
        self._decode_utf8 = True
        self._after_esc = self._in_csi = self._gt = self._esc_final = self._designating = False
        self._current, self._subparams = "", None
        self._initialize_parser()

    def feed(self, data: bytes) -> None:  # type: ignore[override]  # as pyte.ByteStream
        text = self.utf8_decoder.decode(data) if self._decode_utf8 else data.decode("latin-1")
        self._feed_text(text)

    def _feed_text(self, text: str) -> None:
        # pyte's loop, taking a whole plain CSI sequence at once where pyte's parser takes it
        # a character at a time through its generator (and ours above): most of the parsing
        # time of coloured output went there. A sequence cut by the end of a piece, and any
        # other, goes through the parser as before.
        listener = self.listener
        if listener is None:
            raise RuntimeError("Listener is not set")
        draw = listener.draw
        send = self._send_to_parser
        text_at = self._text_pattern.match
        csi_at = _PLAIN_CSI.match
        basic, dispatch = self._handlers(listener)
        unknown: Callable[..., Any] = listener.debug  # as pyte's parser, for finals it lacks
        plain = self._taking_plain_text
        offset, length = 0, len(text)
        while offset < length:
            if plain:
                match = text_at(text, offset)
                if match:
                    draw(match.group())
                    offset = match.end()
                    continue
                match = csi_at(text, offset)
                if match:
                    private, params, final = match.groups()
                    numbers = [min(int(p or 0), 9999) for p in params.split(";")]
                    handler = dispatch.get(final, unknown)
                    if private:
                        if final in PRIVATE_FINALS:
                            handler(*numbers, private=True)
                    else:
                        handler(*numbers)
                    offset = match.end()
                    continue
                control = basic.get(text[offset])
                if control is not None:  # CR, LF, BS, HT…: pyte's parser calls just the same
                    control()
                    offset += 1
                    continue
                if text[offset] in _C1:
                    send("\x1b")
                    plain = send(chr(ord(text[offset]) - 0x40))
                    offset += 1
                    continue
                plain = False
            else:
                plain = send(text[offset])
                offset += 1
        self._taking_plain_text = plain

    _dispatch: tuple[object, dict[str, Callable[..., Any]], dict[str, Callable[..., Any]]] | None = None

    def _handlers(self, listener: object) -> tuple[dict[str, Callable[..., Any]],
                                                     dict[str, Callable[..., Any]]]:
        """The listener's handlers of control characters and of CSI finals, as pyte's parser
        calls them."""
        if self._dispatch is None or self._dispatch[0] is not listener:
            self._dispatch = (
                listener,
                {char: getattr(listener, name) for char, name in self.basic.items()},
                {final: getattr(listener, name) for final, name in self.csi.items()})
        return self._dispatch[1], self._dispatch[2]


def _sgr_params(parts: list[str]) -> list[str]:
    """The SGR parameters a group with sub-parameters means ("38", "2", "1", "2", "3" for
    38:2::1:2:3); an underline style of 0 means no underline; other groups keep their number
    (and pyte passes over those it does not know, 58 among them)."""
    head, subs = parts[0], parts[1:]
    if head in ("38", "48") and subs[:1] == ["2"] and len(subs) >= 4:
        return [head, "2", *subs[-3:]]
    if head in ("38", "48") and subs[:1] == ["5"] and len(subs) >= 2:
        return [head, "5", subs[1]]
    if head == "4" and subs[:1] == ["0"]:
        return [head, "24"]
    return [head]


def _positional(handler: Callable[..., Any]) -> int | None:
    """How many parameters a handler takes (its "private" aside); None if any number."""
    params = inspect.signature(handler).parameters.values()
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return None
    return sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
               and p.name != "private")


def _first(handler: Callable[..., Any], count: int) -> Callable[..., Any]:
    def call(*params: int, **kwargs: Any) -> Any:
        return handler(*params[:count], **kwargs)
    return call
