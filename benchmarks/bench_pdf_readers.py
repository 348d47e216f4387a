"""Which PDF library reads real layouts best: pypdf, pdfminer.six, pdfplumber, and ours.

For every committed fixture in ``tests/fixtures/pdf`` that has an expectation (what a reader
reads: headings and paragraphs in order), each library's plain text is compared with it,
word by word, after the same clean-up for all (lower case, line-end hyphens joined):

- ``in order``: share of the expected words found in the expected order (longest matching
  subsequences, difflib), so a two-column page read across the columns scores low;
- ``extra``: words read that the reader would not read (headers, footers, page numbers,
  footnotes, the by-line), as a share of the expected words;
- ``ms``: milliseconds to read the file (best of ``--repeat`` runs).

``podcastify`` is :func:`podcastify.sources.pdf.read_pdf` (pdfminer.six layout analysis
plus its own furniture, footnote and hyphen handling), for comparison. pypdf and pdfplumber
are needed only here: ``pip install pypdf pdfplumber`` (a missing one is skipped).

    python benchmarks/bench_pdf_readers.py [--repeat N]
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "pdf"
sys.path.insert(0, str(REPO))

_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad\u2010]\s*\n\s*(\w)")
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = text.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("’", "'")
    return _WORD.findall(text.lower().replace("'", ""))


def pypdf_plain(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def pypdf_layout(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages)


def pdfminer_default(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(path)


def pdfplumber_plain(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pdfplumber_layout(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text(layout=True) or "" for page in pdf.pages)


def podcastify_reader(path: Path) -> str:
    from podcastify.script.html import html_to_blocks
    from podcastify.sources.pdf import read_pdf

    (article,) = read_pdf(path.read_bytes(), path.name)
    return "\n".join(block.text for block in html_to_blocks(article.html))


READERS: dict[str, Callable[[Path], str]] = {
    "pypdf": pypdf_plain,
    "pypdf layout": pypdf_layout,
    "pdfminer.six": pdfminer_default,
    "pdfplumber": pdfplumber_plain,
    "pdfplumber layout": pdfplumber_layout,
    "podcastify": podcastify_reader,
}


def score(expected: list[str], got: list[str]) -> tuple[float, float]:
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(expected), (len(got) - matched) / len(expected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cases = sorted(FIXTURES.glob("*.expect.toml"))
    print(f"{'library':<18} {'fixture':<22} {'in order':>8} {'extra':>6} {'ms':>7}")
    totals: dict[str, list[float]] = {}
    for name, read in READERS.items():
        for case in cases:
            expect = tomllib.loads(case.read_text(encoding="utf-8"))
            pdf = case.with_name(case.name.removesuffix(".expect.toml") + ".pdf")
            expected = words(
                " ".join(" ".join([s["heading"], *s["paragraphs"]]) for s in expect["sections"])
            )
            try:
                best = float("inf")
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    text = read(pdf)
                    best = min(best, time.perf_counter() - started)
            except ImportError as exc:
                print(f"{name:<18} skipped: {exc}")
                break
            except Exception as exc:  # a library failing on a fixture is a result too
                print(f"{name:<18} {pdf.stem:<22} failed: {type(exc).__name__}: {exc}")
                totals.setdefault(name, []).extend([0.0, 1.0, 0.0])
                continue
            in_order, extra = score(expected, words(text))
            totals.setdefault(name, []).extend([in_order, extra, best * 1000])
            print(f"{name:<18} {pdf.stem:<22} {in_order:>8.1%} {extra:>6.1%} {best * 1000:>7.0f}")
    print()
    print(f"{'library':<18} {'mean in order':>14} {'mean extra':>11} {'mean ms':>8}")
    for name, values in totals.items():
        n = len(values) // 3
        in_order = sum(values[0::3]) / n
        extra = sum(values[1::3]) / n
        ms = sum(values[2::3]) / n
        print(f"{name:<18} {in_order:>14.1%} {extra:>11.1%} {ms:>8.0f}")


if __name__ == "__main__":
    main()
