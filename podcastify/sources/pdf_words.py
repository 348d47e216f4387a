"""Word lists for reading PDFs: list bullets, and the apparatus sections nobody reads aloud."""

from __future__ import annotations

BULLETS = "•◦▪‣∙●○■□➢►▸–"
"""Glyphs that open a list item when a line starts with one and a space."""

SKIPPED_SECTIONS = frozenset(
    {
        "contents",
        "table of contents",
        "references",
        "bibliography",
        "works cited",
        "index",
        "inhalt",
        "inhaltsverzeichnis",
        "literatur",
        "literaturverzeichnis",
        "table des matières",
        "sommaire",
        "bibliographie",
        "índice",
        "referencias",
        "bibliografía",
    }
)
"""Headings (lower case, numbering aside) of sections left out: a table of contents (its
page numbers are no text) and the citation lists at the end of papers."""
