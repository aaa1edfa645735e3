"""SHA-512 crypt (``$6$…``), the password hash cloud-init and /etc/shadow take.

Python's ``crypt`` module is deprecated (and gone in 3.13), so this follows
Ulrich Drepper's "Unix crypt using SHA-256 and SHA-512" specification with
``hashlib``; the tests check it against the specification's vectors and glibc.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

ROUNDS_DEFAULT = 5000
ROUNDS_MIN = 1000
ROUNDS_MAX = 999_999_999
SALT_MAX = 16
# libxcrypt's crypt() (most distributions') refuses a longer passphrase: its
# CRYPT_MAX_PASSPHRASE_SIZE is 512 bytes, the NUL included.
PASSWORD_MAX_BYTES = 511
_ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SETTING = re.compile(r"\$6\$(?:rounds=(\d+)\$)?([^$]*)")
# Which bytes of the final digest make each group of four characters.
_ORDER = (
    (0, 21, 42), (22, 43, 1), (44, 2, 23), (3, 24, 45), (25, 46, 4), (47, 5, 26), (6, 27, 48),
    (28, 49, 7), (50, 8, 29), (9, 30, 51), (31, 52, 10), (53, 11, 32), (12, 33, 54),
    (34, 55, 13), (56, 14, 35), (15, 36, 57), (37, 58, 16), (59, 17, 38), (18, 39, 60),
    (40, 61, 19), (62, 20, 41),
)  # fmt: skip


def _b64(b2: int, b1: int, b0: int, count: int) -> str:
    word = (b2 << 16) | (b1 << 8) | b0
    out = []
    for _ in range(count):
        out.append(_ITOA64[word & 0x3F])
        word >>= 6
    return "".join(out)


def _repeat(digest: bytes, length: int) -> bytes:
    return (digest * (length // len(digest) + 1))[:length]


def sha512_crypt(password: str, setting: str) -> str:
    """Hash ``password`` with the salt and rounds of ``setting`` (``$6$[rounds=N$]salt[$…]``)."""
    match = _SETTING.match(setting)
    if match is None:
        raise ValueError("not a SHA-512 crypt setting")
    custom_rounds = match[1] is not None
    rounds = min(max(int(match[1]), ROUNDS_MIN), ROUNDS_MAX) if custom_rounds else ROUNDS_DEFAULT
    salt = match[2][:SALT_MAX].encode()
    key = password.encode()

    alternate = hashlib.sha512(key + salt + key).digest()
    a = hashlib.sha512(key + salt)
    a.update(_repeat(alternate, len(key)))
    n = len(key)
    while n:
        a.update(alternate if n & 1 else key)
        n >>= 1
    current = a.digest()

    p_hash = hashlib.sha512()
    for _ in range(len(key)):  # key * len(key) at once takes memory quadratic in its length
        p_hash.update(key)
    p_bytes = _repeat(p_hash.digest(), len(key))
    s_bytes = _repeat(hashlib.sha512(salt * (16 + current[0])).digest(), len(salt))

    for i in range(rounds):
        h = hashlib.sha512(p_bytes if i & 1 else current)
        if i % 3:
            h.update(s_bytes)
        if i % 7:
            h.update(p_bytes)
        h.update(current if i & 1 else p_bytes)
        current = h.digest()

    encoded = "".join(_b64(current[x], current[y], current[z], 4) for x, y, z in _ORDER)
    encoded += _b64(0, 0, current[63], 2)
    head = f"$6$rounds={rounds}$" if custom_rounds else "$6$"
    return f"{head}{salt.decode()}${encoded}"


def hash_password(password: str, rounds: int | None = None) -> str:
    """A new ``$6$`` hash of ``password`` with a random 16-character salt."""
    salt = "".join(secrets.choice(_ITOA64) for _ in range(SALT_MAX))
    setting = f"$6$rounds={rounds}${salt}" if rounds is not None else f"$6${salt}"
    return sha512_crypt(password, setting)


def verify_password(password: str, hashed: str) -> bool:
    try:
        return hmac.compare_digest(sha512_crypt(password, hashed), hashed)
    except ValueError:
        return False
