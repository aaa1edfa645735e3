"""Checks on pool XML typed by hand in the wizard, before libvirt sees it (key ``xml``)."""

from __future__ import annotations

from kvmgui.xml.base import XMLParseError, parse_xml, validate_rng
from kvmgui.xml.pool import PoolDoc
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.pool_validate import PoolContext
from kvmgui.xml.storage_check import Problem, error
from kvmgui.xml.words import QT_TRANSLATE_NOOP

MAX_SCHEMA_MESSAGES = 3


def check_pool_xml(text: str, context: PoolContext) -> list[Problem]:
    """Syntax, libvirt's schema, a name, a known type this host runs, no name clash."""
    try:
        root = parse_xml(text)
    except XMLParseError as err:
        return [error("xml", QT_TRANSLATE_NOOP("PoolWizard", "The XML does not parse: %1."), str(err))]
    if root.tag != "pool":
        return [error("xml", QT_TRANSLATE_NOOP(
            "PoolWizard", "The root element must be <pool>, not <%1>."), str(root.tag))]
    problems = [error("xml", QT_TRANSLATE_NOOP("PoolWizard", "Line %1: %2."), line, message.rstrip("."))
                for line, message in validate_rng(text, "storagepool")[:MAX_SCHEMA_MESSAGES]]
    doc = PoolDoc(root)
    if not doc.name:
        problems.append(error("xml", QT_TRANSLATE_NOOP("PoolWizard", "The pool needs a <name>.")))
    elif doc.name in context.names:
        problems.append(error("xml", QT_TRANSLATE_NOOP(
            "PoolWizard", "This host already has a storage pool named %1."), doc.name))
    try:
        pool_type = PoolType(doc.type or "")
    except ValueError:
        problems.append(error("xml", QT_TRANSLATE_NOOP(
            "PoolWizard", "kvmgui cannot create pools of type %1."), doc.type or ""))
    else:
        if context.caps is not None and not context.caps.supports(pool_type):
            problems.append(error("xml", QT_TRANSLATE_NOOP(
                "PoolWizard", "This host cannot run pools of type %1."), pool_type.value))
    return problems
