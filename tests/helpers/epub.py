"""Write EPUB files with the real structure: stored ``mimetype`` first, container, OPF
package (metadata, manifest, spine, guide), EPUB 3 navigation or EPUB 2 NCX, XHTML chapters.
"""

from __future__ import annotations

import html
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>"""


@dataclass(frozen=True)
class Page:
    """One XHTML document of the book."""

    name: str
    body: str
    """The inner XHTML of ``<body>``."""
    title: str = ""
    properties: str = ""
    """Manifest properties (``nav`` for the EPUB 3 navigation document)."""
    linear: bool = True
    in_spine: bool = True
    body_type: str = ""
    """epub:type on ``<body>`` (``cover``, ``titlepage``, ``endnotes``)."""


@dataclass
class Book:
    title: str = "Letters from the Lighthouse"
    creators: tuple[str, ...] = ("Ada Brennan",)
    identifier: str = "urn:uuid:3f1c2a9e-52b4-4d3b-9a77-1f2e3d4c5b6a"
    date: str = "2022-09-14"
    language: str = "en"
    version: str = "3.0"
    pages: list[Page] = field(default_factory=list)
    spine_order: list[str] | None = None
    """File names in reading order, when it differs from ``pages``."""
    ncx: list[tuple[str, str]] = field(default_factory=list)
    """(label, file name) entries of an EPUB 2 table of contents."""
    guide: list[tuple[str, str]] = field(default_factory=list)
    """(type, file name) references of the OPF guide."""
    extra: dict[str, bytes] = field(default_factory=dict)
    """More zip entries by name (``META-INF/encryption.xml``, fonts)."""

    def write(self, path: Path) -> Path:
        with zipfile.ZipFile(path, "w") as book:
            book.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
            book.writestr("META-INF/container.xml", CONTAINER, zipfile.ZIP_DEFLATED)
            book.writestr("OEBPS/content.opf", self._opf(), zipfile.ZIP_DEFLATED)
            for page in self.pages:
                book.writestr(f"OEBPS/text/{page.name}", _xhtml(page), zipfile.ZIP_DEFLATED)
            if self.ncx:
                book.writestr("OEBPS/toc.ncx", self._ncx(), zipfile.ZIP_DEFLATED)
            for name, data in self.extra.items():
                book.writestr(name, data, zipfile.ZIP_DEFLATED)
        return path

    def _opf(self) -> str:
        creators = "".join(f"<dc:creator>{html.escape(c)}</dc:creator>" for c in self.creators)
        identifier = (
            f'<dc:identifier id="bookid">{html.escape(self.identifier)}</dc:identifier>'
            if self.identifier
            else ""
        )
        items = "".join(
            f'<item id="{p.name}" href="text/{p.name}" media-type="application/xhtml+xml"'
            + (f' properties="{p.properties}"' if p.properties else "")
            + "/>"
            for p in self.pages
        )
        if self.ncx:
            items += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        by_name = {p.name: p for p in self.pages}
        order = self.spine_order or [p.name for p in self.pages]
        spine = "".join(
            f'<itemref idref="{name}"' + ("" if by_name[name].linear else ' linear="no"') + "/>"
            for name in order
            if by_name[name].in_spine
        )
        toc = ' toc="ncx"' if self.ncx else ""
        guide = "".join(
            f'<reference type="{kind}" href="text/{name}" title="{kind}"/>'
            for kind, name in self.guide
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<package xmlns="http://www.idpf.org/2007/opf" version="{self.version}" '
            'unique-identifier="bookid">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{html.escape(self.title)}</dc:title>{creators}{identifier}"
            f"<dc:language>{self.language}</dc:language><dc:date>{self.date}</dc:date>"
            f"</metadata><manifest>{items}</manifest><spine{toc}>{spine}</spine>"
            + (f"<guide>{guide}</guide>" if guide else "")
            + "</package>"
        )

    def _ncx(self) -> str:
        points = "".join(
            f'<navPoint id="p{n}" playOrder="{n}"><navLabel><text>{html.escape(label)}</text>'
            f'</navLabel><content src="text/{name}"/></navPoint>'
            for n, (label, name) in enumerate(self.ncx, start=1)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
            f"<head/><docTitle><text>{html.escape(self.title)}</text></docTitle>"
            f"<navMap>{points}</navMap></ncx>"
        )


def _xhtml(page: Page) -> str:
    body_type = f' epub:type="{page.body_type}"' if page.body_type else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        f"<head><title>{html.escape(page.title)}</title></head>"
        f"<body{body_type}>{page.body}</body></html>"
    )
