"""The commented podcastify.toml that `podcastify init` writes, generated from the settings.

Every section and key comes from :mod:`podcastify.settings` with its default and its
docstring, so the starter file can never fall behind the settings it describes.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import textwrap
from dataclasses import MISSING, fields
from functools import cache
from typing import Any

from podcastify import settings as settings_module
from podcastify.settings import STARTER_AUTHOR, STARTER_EMAIL, sections

STARTER_VALUES: dict[str, Any] = {
    "title": "My Articles",
    "description": "Articles I want to listen to, read aloud by podcastify.",
    "author": STARTER_AUTHOR,
    "owner_email": STARTER_EMAIL,
    "language": "en",
    "category": "News",
    "sources": (),
    "engine": "piper",
    "out": "audio",
    "base_url": "http://localhost:8000/",
}
"""Keys written uncommented, with the value a new user should change or confirm."""

HEADER = """\
# podcastify settings. Command-line options override what is written here.
# Paths are relative to this file. Private state is kept in .podcastify/ beside it
# (never in the published folder).
# Several podcasts: replace [podcast] by one [[podcast]] table each (with a name);
# keys at the top of the file are defaults for all of them.
"""


@cache
def field_docs() -> dict[str, str]:
    """Each setting's docstring, read from the source of :mod:`podcastify.settings`."""
    tree = ast.parse(inspect.getsource(settings_module))
    docs: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        body = node.body
        for current, following in itertools.pairwise(body):
            if (
                isinstance(current, ast.AnnAssign)
                and isinstance(current.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                text = " ".join(following.value.value.split())
                docs[current.target.id] = text.replace("``", "'")
    return docs


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _comment(text: str) -> list[str]:
    return [f"# {line}" for line in textwrap.wrap(text, width=88)]


def render_starter() -> str:
    """The whole starter file: every section, every key with its default and its meaning."""
    docs = field_docs()
    lines = [HEADER]
    for table, cls in sections().items():
        summary = " ".join((cls.__doc__ or "").split("]", 1)[-1].split())
        lines.extend(_comment(summary))
        lines.append(f"[{table}]")
        for item in fields(cls):
            if item.name == "name":
                continue  # only for [[podcast]] tables
            default = item.default if item.default is not MISSING else item.default_factory()
            shown = item.name in STARTER_VALUES
            value = STARTER_VALUES.get(item.name, default)
            if item.name == "sources":
                lines.extend(_comment(docs.get(item.name, "")))
                lines.append("sources = [")
                lines.append('    # "https://example.com/feed.xml",')
                lines.append('    # "articles/my-notes.md",')
                lines.append("]")
                continue
            prefix = "" if shown else "# "
            lines.extend(_comment(docs.get(item.name, "")))
            lines.append(f"{prefix}{item.name} = {toml_value(value)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
