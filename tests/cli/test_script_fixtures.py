"""`podcastify script` on realistic articles: every content paragraph, none of the noise.

The expectations (``*.expect.toml`` beside each fixture) list written phrases; the script
is spoken text, so a phrase counts as present in its written or its normalised form.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from podcastify.script.speak import normalize_for_speech

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def _expect(name: str) -> dict:
    return tomllib.loads((FIXTURES / f"{name}.expect.toml").read_text())


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _present(phrase: str, script: str) -> bool:
    body = _squash(script)
    return _squash(phrase) in body or _squash(normalize_for_speech(phrase)) in body


def _sections(script: str) -> list[str]:
    return re.findall(r"^\[(.+)\]$", script, flags=re.M)


def _script_of(cli, tmp_path, source: str) -> str:
    result = cli("script", source, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def _body(script: str) -> str:
    """The article's own narration: without our intro and outro (which name the author)."""
    kept, section = [], ""
    for line in script.splitlines():
        if re.fullmatch(r"\[.*\]", line):
            section = line
        elif section not in ("", "[Introduction]", "[Credits]"):
            kept.append(line)
    return "\n".join(kept)


def _leaks(phrase: str, body: str) -> bool:
    """Noise leaks if it is spoken verbatim, or (for phrases of words) in any spelling."""
    if phrase.lower() in body.lower():
        return True
    squashed, spoken = _squash(phrase), _squash(normalize_for_speech(phrase))
    words = _squash(body)
    return any(len(p.split()) >= 2 and f" {p} " in f" {words} " for p in (squashed, spoken))


def _check(script: str, expect: dict) -> None:
    missing = [p for p in expect["content"] if not _present(p, script)]
    assert not missing, f"content lost: {missing}"
    body = _body(script)
    leaked = [p for p in expect["noise"] if _leaks(p, body)]
    assert not leaked, f"noise spoken: {leaked}"
    sections = _sections(script)
    assert sections[0] == "Introduction" and sections[-1] == "Credits"
    for heading in expect["headings"]:
        assert heading.rstrip(".") in sections, (heading, sections)


def _fixture_source(expect_file: Path) -> Path:
    """The article beside an ``<name>.expect.toml``: ``<name>.<anything else>``."""
    stem = expect_file.name.removesuffix(".expect.toml")
    (source,) = [p for p in FIXTURES.glob(f"{stem}.*") if not p.name.endswith(".toml")]
    return source


CASES = sorted(FIXTURES.glob("*.expect.toml"))


@pytest.mark.parametrize("expect_file", CASES, ids=[p.name.split(".")[0] for p in CASES])
def test_each_fixture_article_is_narrated_whole_and_clean(cli, site, tmp_path, expect_file):
    """A new case is two new files: the article and its expectations (served over HTTP at
    its ``url`` when the expectations give one, else read as a local file)."""
    expect = tomllib.loads(expect_file.read_text(encoding="utf-8"))
    source = _fixture_source(expect_file)
    if url := expect.get("url"):
        kind = "text/html; charset=utf-8" if source.suffix == ".html" else "application/rss+xml"
        target = site.add(urlsplit(url).path, source.read_bytes(), kind)
    else:
        target = str(source)
    script = _script_of(cli, tmp_path, target)
    _check(script, expect)
    assert script.startswith(f"=== {expect['title']} ===")


def test_the_intro_says_the_date_as_words(cli, site, tmp_path):
    expect = _expect("full_page")
    page = site.add("/features/village-bakery", (FIXTURES / "full_page.html").read_bytes())
    intro = _script_of(cli, tmp_path, page).split("[Introduction]")[1].split("[")[0]
    assert "April first, twenty twenty" in intro and not re.search(r"\d", intro)
    assert expect["published"].startswith("2020-04-01")


@pytest.fixture
def served_page(site):
    html = (FIXTURES / "full_page.html").read_bytes()
    return site.add("/features/village-bakery", html, "text/html; charset=utf-8")


def test_teaser_item_is_completed_from_its_link(cli, site, tmp_path, served_page):
    from tests.helpers.feeds import Item, rss

    teaser = Item(
        title="The Quiet Return of the Village Bakery",
        guid="bakery",
        link=served_page,
        html="<p>When Helen Marsh took the keys to the old forge, people laughed [&hellip;]</p>",
    )
    feed = site.add("/feed.xml", rss([teaser]), "application/rss+xml")
    script = _script_of(cli, tmp_path, feed)
    assert site.hits.get("/features/village-bakery") == 1
    _check(script, _expect("full_page"))


def test_pronunciation_lexicon_is_applied(cli, tmp_path):
    (tmp_path / "pronunciations.toml").write_text('[words]\nKettlebeck = "Kettle Beck"\n')
    (tmp_path / "podcastify.toml").write_text('[script]\npronunciations = "pronunciations.toml"\n')
    (tmp_path / "a.txt").write_text("A Visit\n\nWe drove to Kettlebeck on Sunday.\n")
    script = _script_of(cli, tmp_path, "a.txt")
    assert "We drove to Kettle Beck on Sunday." in script
    assert "Kettlebeck" not in script


def test_intro_and_outro_follow_the_users_templates(cli, tmp_path):
    (tmp_path / "podcastify.toml").write_text(
        '[podcast]\ntitle = "Evening Papers"\n'
        '[script]\nintro_template = "Welcome to {podcast}. Today: {title}."\n'
        'outro_template = "That was {title}, on {source}."\n'
    )
    (tmp_path / "a.txt").write_text("Rain Again\n\nIt rained all day.\n")
    script = _script_of(cli, tmp_path, "a.txt")
    assert "Welcome to Evening Papers. Today: Rain Again." in script
    assert "That was Rain Again, on Evening Papers." in script
    # A file has no author: the default intro drops "By" rather than say nothing after it.
    (tmp_path / "podcastify.toml").unlink()
    default = _script_of(cli, tmp_path, "a.txt")
    assert "By ." not in default and " By " not in default.split("[Rain Again]")[0]
