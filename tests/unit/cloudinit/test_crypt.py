"""SHA-512 crypt against the specification's vectors, glibc's crypt(3) and OpenSSL."""

from __future__ import annotations

import ctypes
import ctypes.util
import shutil
import subprocess
import tracemalloc

import pytest

from kvmgui.cloudinit.crypt import hash_password, sha512_crypt, verify_password
from kvmgui.xml.newvm_checks import password_hash_ok

# From Ulrich Drepper's "Unix crypt using SHA-256 and SHA-512" (the SHA-512 test vectors).
SPEC_VECTORS = [
    ("$6$saltstring", "Hello world!",
     "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"),
    ("$6$rounds=10000$saltstringsaltstring", "Hello world!",
     "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/"
     "YTBmSK6H9qs/y3RnOaw5v."),
    ("$6$rounds=5000$toolongsaltstring", "This is just a test",
     "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/"
     "e1JSbq3y6JMxxl8audkUEm0"),
    ("$6$rounds=1400$anotherlongsaltstring",
     "a very much longer text to encrypt.  This one even stretches over morethan one line.",
     "$6$rounds=1400$anotherlongsalts$POfYwTEok97VWcjxIiSOjiykti.o/pQs.wPvMxQ6Fm7I6IoYN3CmLs66x9t0oSwbtEW7o7UmJEiD"
     "wGqd8p4ur1"),
    ("$6$rounds=77777$short", "we have a short salt string but not a short password",
     "$6$rounds=77777$short$WuQyW2YR.hBNpjjRhpYD/ifIw05xdfeEyQoMxIXbkvr0gge1a1x3yRULJ5CCaUeOxFmtlcGZelFl5CxtgfiAc0"),
    ("$6$rounds=123456$asaltof16chars..", "a short string",
     "$6$rounds=123456$asaltof16chars..$BtCwjqMJGx5hrJhZywWvt0RLE8uZ4oPwcelCjmw2kSYu.Ec6ycULevoBK25fs2xXgMNrCzIMVc"
     "gEJAstJeonj1"),
    ("$6$rounds=10$roundstoolow", "the minimum number is still observed",
     "$6$rounds=1000$roundstoolow$kUMsbe306n21p9R.FRkW3IGn.S9NPN0x50YhH1xhLsPuWGsUSklZt58jaTfF4ZEQpyUNGc0dqbpBYYB"
     "aHHrsX."),
]  # fmt: skip


@pytest.mark.parametrize(("setting", "password", "expected"), SPEC_VECTORS)
def test_specification_vectors(setting, password, expected):
    assert sha512_crypt(password, setting) == expected


def _glibc_crypt():
    """libcrypt's crypt(3) through ctypes (the stdlib's crypt module is gone in 3.13)."""
    name = ctypes.util.find_library("crypt")
    if name is None:
        return None
    libcrypt = ctypes.CDLL(name)
    libcrypt.crypt.restype = ctypes.c_char_p
    libcrypt.crypt.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    return lambda password, setting: libcrypt.crypt(password.encode(), setting.encode()).decode()


PASSWORDS = ["", "a", "pässwörd", "x" * 64, "y" * 65, "z" * 200, "tab\tand space ", "日本語のパスワード"]


@pytest.mark.parametrize("password", PASSWORDS)
def test_agrees_with_glibc(password):
    crypt = _glibc_crypt()
    if crypt is None:
        pytest.skip("no libcrypt here")
    for setting in ("$6$abcdefgh", "$6$rounds=1234$0123456789abcdef", "$6$./"):
        assert sha512_crypt(password, setting) == crypt(password, setting)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_agrees_with_openssl():
    for password in ("hunter2", "pässwörd"):
        out = subprocess.run(["openssl", "passwd", "-6", "-salt", "Zq9.Yx/1", password],
                             capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
        assert sha512_crypt(password, "$6$Zq9.Yx/1") == out


def test_hash_password_makes_a_fresh_salt_and_verifies():
    first, second = hash_password("secret"), hash_password("secret")
    assert first != second
    assert password_hash_ok(first) and first.startswith("$6$") and len(first.split("$")[2]) == 16
    assert verify_password("secret", first) and not verify_password("Secret", first)
    assert verify_password("secret", hash_password("secret", rounds=2000))
    assert "rounds=2000" in hash_password("x", rounds=2000)


def test_bad_settings():
    with pytest.raises(ValueError):
        sha512_crypt("x", "$5$sha256")
    assert not verify_password("x", "plain text")


def test_memory_stays_small_for_a_long_password():
    # The P sequence hashes the password len(password) times over: fed piece by piece, not
    # built as one len² string (a 4,000-byte password made 16 MB, a 100,000-byte one 10 GB).
    tracemalloc.start()
    try:
        sha512_crypt("p" * 4000, "$6$rounds=1000$salt")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000
