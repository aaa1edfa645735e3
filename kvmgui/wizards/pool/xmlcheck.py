"""Checks on pool XML typed by hand in the wizard, before libvirt sees it (key ``xml``)."""

from __future__ import annotations

from collections.abc import Callable

from kvmgui.wizards.common.schema_check import Shown
from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.pool import PoolDoc
from kvmgui.xml.pool_types import PoolType
from kvmgui.xml.pool_validate import PoolContext
from kvmgui.xml.storage_check import Problem, error, warning
from kvmgui.xml.words import QT_TRANSLATE_NOOP

MAX_SCHEMA_MESSAGES = 3


def check_pool_xml(text: str, context: PoolContext, schema: Callable[[str], Shown]) -> list[Problem]:
    """Syntax, libvirt's schema (``schema``'s answer, from a worker), a name, a known type
    this host runs, no name clash."""
    try:
        root = parse_xml(text)
    except XMLParseError as err:
        return [error("xml", QT_TRANSLATE_NOOP("PoolWizard", "The XML does not parse: %1."), str(err))]
    if root.tag != "pool":
        return [error("xml", QT_TRANSLATE_NOOP(
            "PoolWizard", "The root element must be <pool>, not <%1>."), str(root.tag))]
    doc = PoolDoc(root)
    # The schema's words for a bad name ("Error validating datatype string", and more lines
    # on the elements around it) say nothing of the name and crowd out the rest: the name's
    # own message comes alone, the schema's once the name is right.
    problems = _name_problems(doc.name or "")
    if not problems:
        shown = schema(text)
        problems = [error("xml", QT_TRANSLATE_NOOP("PoolWizard", "Line %1: %2."), line,
                          message.rstrip("."))
                    for line, message in shown.problems[:MAX_SCHEMA_MESSAGES]]
        if shown.failure:  # libvirt checks it again at the define
            problems.append(warning("xml", QT_TRANSLATE_NOOP(
                "PoolWizard", "Could not check the XML against libvirt's schema: %1."),
                shown.failure.rstrip(".")))
    if doc.name in context.names:
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


def _name_problems(name: str) -> list[Problem]:
    """What libvirt refuses in a name ('/'; line breaks, by its schema), and blanks at
    either end, which it keeps: " home " would be a pool apart from "home"."""
    if not name.strip():
        return [error("xml", QT_TRANSLATE_NOOP("PoolWizard", "The pool needs a <name>."))]
    if "/" in name or "\n" in name or "\r" in name:
        return [error("xml", QT_TRANSLATE_NOOP(
            "PoolWizard", "The pool's name cannot contain '/' or line breaks."))]
    if name != name.strip():
        return [error("xml", QT_TRANSLATE_NOOP(
            "PoolWizard", "The pool's name begins or ends with a blank, which libvirt would "
            "keep as part of it; remove it."))]
    return []
