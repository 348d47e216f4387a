"""OPML, the subscription list every feed reader exports: each outline with an ``xmlUrl``
is a feed, at any depth of folders.

Lenient as readers' exports need: ``type="rss"`` or no type, missing titles, folders nested
in folders, entities in text (sometimes escaped twice). The XML is untrusted: no entity
declarations, no network.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from podcastify.errors import SourceError

_ACCEPTED_TYPES = ("", "rss", "atom", "feed", "xml", "json")


@dataclass(frozen=True)
class Subscription:
    """One feed of an OPML list."""

    url: str
    title: str
    folder: str
    """The outline folder it sits in ("News / Tech"), or ""."""


def looks_like_opml(body: bytes) -> bool:
    """Sniff the first bytes: an ``<opml`` root."""
    return b"<opml" in body[:2048].lower()


def _text(value: str | None) -> str:
    once = html.unescape(value or "")
    return " ".join(html.unescape(once).split()) if "&" in once else " ".join(once.split())


def read_opml(body: bytes, where: str) -> list[Subscription]:
    """Every feed listed, in document order, each URL once; SourceError if not OPML."""
    import lxml.etree

    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        root = lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError:
        root = None
    if root is None or lxml.etree.QName(root).localname.lower() != "opml":
        raise SourceError(f"{where}: not an OPML subscription list")
    if root.getroottree().docinfo.internalDTD is not None:
        raise SourceError(f"{where}: refusing an OPML file with a document type declaration")
    found: list[Subscription] = []
    seen: set[str] = set()

    def visit(element, folders: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
        for outline in element:
            if not isinstance(outline.tag, str) or lxml.etree.QName(outline).localname != "outline":
                continue
            attributes = {k.lower(): v for k, v in outline.attrib.items()}
            title = _text(attributes.get("title") or attributes.get("text"))
            url = _text(attributes.get("xmlurl")).strip()
            kind = attributes.get("type", "").strip().lower()
            if url and kind in _ACCEPTED_TYPES and url not in seen:
                seen.add(url)
                found.append(Subscription(url, title, " / ".join(folders)))
            visit(outline, (*folders, title) if not url and title else folders)

    body_element = next(
        (c for c in root if isinstance(c.tag, str) and c.tag.lower() == "body"), None
    )
    visit(body_element if body_element is not None else root, ())
    if not found:
        raise SourceError(f"{where}: the OPML list names no feed (no outline with an xmlUrl)")
    return found
