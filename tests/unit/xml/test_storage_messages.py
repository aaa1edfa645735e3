"""Every storage message can be translated: lupdate finds each QT_TRANSLATE_NOOP phrase of the
storage modules, every message the validators produce for bad input is one of them, and each
message's placeholders match its arguments."""

from __future__ import annotations

import ast
import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from kvmgui.xml.pool_caps import parse_pool_caps
from kvmgui.xml.pool_spec import AdapterKind, AdapterSpec, AuthSpec, HostSpec
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.pool_validate import PoolContext, validate_pool
from kvmgui.xml.volume_spec import Size, SizeUnit, VolumeSpec
from kvmgui.xml.volume_validate import VolumeContext, validate_volume
from tests.unit.xml.golden import DATA
from tests.unit.xml.storage_cases import POOLS

REPO = Path(__file__).resolve().parents[3]
MODULES = [REPO / "kvmgui" / p for p in (
    "xml/pool.py", "xml/pool_types.py", "xml/storage_check.py", "xml/pool_validate.py",
    "xml/volume_validate.py", "libvirt/diskusers.py", "libvirt/poolops.py", "libvirt/volops.py")]
LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")


def marked_in_source() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call, read with the AST."""
    found = set()
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                ctx, text = node.args
                assert isinstance(ctx, ast.Constant) and isinstance(text, ast.Constant), (
                    f"{path.name}:{node.lineno}: lupdate needs literal strings")
                found.add((ctx.value, text.value))
    return found


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> set[tuple[str, str]]:
    if not Path(LUPDATE).exists():
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path_factory.mktemp("ts") / "storage.ts"
    done = subprocess.run([LUPDATE, *map(str, MODULES), "-ts", str(ts)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    root = etree.parse(str(ts)).getroot()
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def bad_pool_specs():
    for make in POOLS.values():
        base = make()
        yield dataclasses.replace(
            base, name="", target_path="relative", hosts=[HostSpec("bad host", 0), HostSpec("x")],
            source_dir="", devices=["rel", "rel"], adapter=AdapterSpec(name="?", wwnn="1"),
            iqn="nope", initiator="nope", auth=AuthSpec(True, "", "bad"), source_name="",
            source_format="nope", mount_options=["a,b"], build=True, overwrite=True)
        yield dataclasses.replace(base, build=True, overwrite=True, devices=[], source_dir="/x",
                                  auth=AuthSpec(True, "u"), iqn="", initiator="", source_name="-")
        yield dataclasses.replace(base, name="a" * 200)
        yield dataclasses.replace(base, name="a b")
        yield dataclasses.replace(base, name="taken", hosts=[], target_path="")
        yield dataclasses.replace(base, target_path="/x", devices=["/dev/a", "/dev/a"],
                                  hosts=[HostSpec("")], adapter=AdapterSpec(AdapterKind.FC_HOST))
        yield dataclasses.replace(base, target_path="/x\ny")
        if base.type is PoolType.NETFS:
            for fmt in ("nfs", "cifs", "glusterfs"):
                yield dataclasses.replace(base, source_format=fmt, source_dir="")
            yield dataclasses.replace(base, source_format="cifs", source_dir="/share")


def bad_volume_specs():
    gib = SizeUnit.GIB
    yield VolumeSpec("", "", None)
    yield VolumeSpec("a/b", "iso", Size(-1, gib), Size(-1, gib))
    yield VolumeSpec(".", "qcow2", Size(float("nan"), gib), Size(float("inf"), gib))
    yield VolumeSpec("x\n", "qcow2", Size(0, gib))
    yield VolumeSpec("é" * 200, "qcow2", Size(500, gib))
    yield VolumeSpec("taken", "raw", Size(500, gib), Size(500, gib), "rel", "iso")
    yield VolumeSpec("-lv", "raw", Size(500, gib), Size(600, gib), "/b", "")
    yield VolumeSpec("v", "qcow2", Size(1, gib), None, "/b", "dir")


def all_messages():
    caps = parse_pool_caps((DATA / "pool-capabilities-libvirt9.xml").read_text())
    contexts = [PoolContext(caps=caps),
                PoolContext(frozenset({"taken"}), {"/x": "other"}, lambda _p: False)]
    for spec in bad_pool_specs():
        for ctx in contexts:
            yield from (p.words for p in validate_pool(spec, ctx))
    for pool_type in PoolType:
        for ctx in (VolumeContext(pool_type, frozenset({"taken"}), 1024**3), VolumeContext(pool_type)):
            for spec in bad_volume_specs():
                yield from (p.words for p in validate_volume(spec, ctx))


def test_lupdate_collects_every_marked_phrase(catalogue):
    assert marked_in_source() <= catalogue


def test_every_validation_message_is_in_the_catalogue(catalogue):
    messages = list(all_messages())
    phrases = {(m.context, m.text) for m in messages}
    assert len(phrases) >= 60  # the bad input reaches (almost) every rule
    assert phrases <= catalogue


def test_placeholders_match_arguments():
    for msg in all_messages():
        used = {int(n) for n in re.findall(r"%(\d+)", msg.text)}
        assert used == set(range(1, len(msg.args) + 1)), msg.text
        assert msg.text.endswith((".", "?")), msg.text  # a full sentence
