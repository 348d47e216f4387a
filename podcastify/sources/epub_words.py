"""Word lists for reading EPUB books: what is DRM, and which parts a listener skips."""

from __future__ import annotations

DRM_FILES = frozenset({"META-INF/rights.xml", "META-INF/sinf.xml"})
"""Adobe ADEPT and Apple FairPlay licence files: the book's content is encrypted."""

FONT_OBFUSCATION = frozenset(
    {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
)
"""encryption.xml algorithms that only scramble embedded fonts (not DRM)."""

FONT_SUFFIXES = (".otf", ".ttf", ".woff", ".woff2")

SKIPPED_GUIDE_TYPES = frozenset(
    {
        "cover",
        "title-page",
        "titlepage",
        "toc",
        "copyright-page",
        "loi",
        "lot",
        "index",
        "colophon",
        "notes",
        "footnotes",
        "endnotes",
        "rearnotes",
    }
)
"""OPF guide reference types and EPUB 3 landmarks that are not chapters."""

SKIPPED_DOCUMENT_TYPES = frozenset(
    {
        "cover",
        "titlepage",
        "halftitlepage",
        "toc",
        "landmarks",
        "copyright-page",
        "index",
        "footnotes",
        "endnotes",
        "rearnotes",
        "loi",
        "lot",
        "colophon",
        "doc-cover",
        "doc-toc",
        "doc-endnotes",
        "doc-index",
        "doc-colophon",
    }
)
"""epub:type or role on a document's body or top section that makes it no chapter."""

DROPPED_TAGS = frozenset(
    {
        "img",
        "svg",
        "figure",
        "picture",
        "video",
        "audio",
        "object",
        "embed",
        "iframe",
        "canvas",
        "map",
        "math",
        "table",
        "nav",
        "aside",
        "script",
        "style",
        "noscript",
    }
)
"""Elements a listener does not hear: images and media, tables, navigation, notes."""

DROPPED_TYPES = frozenset(
    {
        "footnote",
        "endnote",
        "note",
        "rearnote",
        "noteref",
        "backlink",
        "pagebreak",
        "page-list",
        "toc",
        "landmarks",
        "annotation",
        "doc-footnote",
        "doc-endnote",
        "doc-endnotes",
        "doc-noteref",
        "doc-backlink",
        "doc-pagebreak",
        "doc-pagelist",
        "doc-toc",
    }
)
"""epub:type or role values of elements inside a chapter that are not read."""
