"""Hostile input: entity bombs and XXE, HTML and script in text, file names from titles,
URL schemes other than http(s), and broken settings files."""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from podcastify.text import slugify
from tests.faults.conftest import (
    EPISODE_FILE,
    Project,
    assert_feed_healthy,
    assert_no_podcast,
    day,
    error_lines,
    no_traceback,
)
from tests.helpers.feeds import Item, rss
from tests.helpers.web import Site

pytestmark = pytest.mark.faults

SECRET = "TOP-SECRET-7f3a9c"
LOLS = '<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
    for n in range(1, 10)
)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A private file outside the podcast folder that no input may smuggle out."""
    path = tmp_path / "private" / "secret.txt"
    path.parent.mkdir()
    path.write_text(SECRET + "\n")
    return path


def _feed(
    doctype: str, title: str = "Hello", body: str = "Plain words.", prolog: bool = True
) -> str:
    return (
        ('<?xml version="1.0"?>' if prolog else "")
        + f'{doctype}<rss version="2.0"><channel><title>T</title>'
        f"<language>en</language><item><title>{title}</title><guid>evil-1</guid>"
        f"<description>{body}</description></item></channel></rss>"
    )


def _leaks(proj: Project, result, needle: str) -> list[str]:
    """Every place ``needle`` shows up: output, published files, private state."""
    found = [name for name in ("stdout", "stderr") if needle in getattr(result, name)]
    for path in proj.root.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            found.append(str(path.relative_to(proj.root)))
    return found


def _hostile_feeds(secret: Path, site: Site) -> dict[str, tuple[str, str]]:
    """name → (feed text, what must never show up)."""
    dtd = site.add("/evil.dtd", f'<!ENTITY x "{SECRET}">', "application/xml-dtd")
    return {
        "billion laughs": (
            _feed(f"<!DOCTYPE rss [{LOLS}]>", "Lol &lol9;", "&lol9;"),
            "lollollollollollollollollollol",
        ),
        "XXE to a private file": (
            _feed(f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{secret.as_uri()}">]>', "A &x;", "B &x;"),
            SECRET,
        ),
        "XXE to /etc/passwd": (
            _feed('<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "A &x;", "&x;"),
            "root:",
        ),
        "parameter entity from a URL": (
            _feed(f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{dtd}"> %p;]>', "A &x;", "&x;"),
            SECRET,
        ),
    }


@pytest.mark.parametrize("how", ["served", "local file"])
@pytest.mark.parametrize(
    "name",
    [
        "billion laughs",
        "XXE to a private file",
        "XXE to /etc/passwd",
        "parameter entity from a URL",
    ],
)
def test_entity_attacks_are_refused(
    project: Project, site: Site, secret: Path, name: str, how: str, fault
):
    fault(f"security: {name} ({how})")
    text, needle = _hostile_feeds(secret, site)[name]
    if how == "served":
        source = site.add("/feed.xml", text, "application/rss+xml")
    else:
        source = str(project.root / "feed.xml")
        Path(source).write_text(text)
    result = project.run("build", source, timeout=30)
    assert result.elapsed < 15
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert "refusing a feed with XML entity declarations" in line, line
    assert not _leaks(project, result, needle)
    assert site.hits.get("/evil.dtd", 0) == 0
    assert_no_podcast(project.out)


@pytest.mark.parametrize(
    "doctype",
    [
        'junk, then <!DOCTYPE rss [<!ENTITY x SYSTEM "{uri}">]>',
        '<!DOCTYPE rss SYSTEM "{dtd}">',
    ],
    ids=["malformed XML with an XXE", "external DTD that defines the entity"],
)
def test_entities_in_feeds_that_get_past_the_check_are_never_expanded(
    project: Project, site: Site, secret: Path, doctype: str, fault, request
):
    fault(f"security: {request.node.callspec.id}")
    dtd = site.add("/evil.dtd", f'<!ENTITY x "{SECRET}">', "application/xml-dtd")
    doctype = doctype.format(uri=secret.as_uri(), dtd=dtd)
    text = _feed(doctype, "A &x; b", "Words &x; here.", prolog="junk" not in doctype)
    source = site.add("/feed.xml", text, "application/rss+xml")
    result = project.run("build", source, timeout=60)
    no_traceback(result)
    assert result.returncode in (0, 1, 3)
    assert not _leaks(project, result, SECRET)
    assert site.hits.get("/evil.dtd", 0) == 0
    assert_feed_healthy(project.out)


HOSTILE_ITEMS = [
    Item("<script>alert(1)</script>Raw Script Title", "x-1", "<p>One.</p>", published=day(1)),
    Item(
        "&lt;script&gt;alert(2)&lt;/script&gt;Escaped Script Title",
        "x-2",
        "<p>Two.</p>",
        published=day(2),
    ),
    Item(
        "&amp;lt;script&amp;gt;alert(3)&amp;lt;/script&amp;gt;Double Escaped",
        "x-3",
        "<p>Three.</p>",
        published=day(3),
    ),
    Item(
        'Quote " and <img src=x onerror=alert(4)> tag',
        "x-4",
        '<script>alert(5)</script><p onclick="alert(6)">Four.</p><iframe src="javascript:1">'
        "</iframe>",
        author="<b onmouseover=alert(7)>Mallory</b>",
        link="javascript:alert(8)",
        published=day(4),
    ),
    Item(
        "Data Link",
        "x-5",
        "<p>Five.</p>",
        link="data:text/html,<script>1</script>",
        published=day(5),
    ),
]


def _assert_inert_html(markup: str, where: str) -> None:
    doc = lxml.html.fromstring(markup)
    for tag in ("script", "iframe", "object", "embed", "frame", "svg", "form"):
        assert not doc.xpath(f"//{tag}"), f"{where}: <{tag}> in {markup[:300]}"
    images = [img.get("src") for img in doc.xpath("//img")]
    assert images in ([], ["cover.png"]), f"{where}: images {images}"
    handlers = [
        (el.tag, name, value)
        for el in doc.iter()
        for name, value in el.attrib.items()
        if name.lower().startswith("on") and value != "this.select()"  # the page's own
    ]
    assert not handlers, f"{where}: event handlers {handlers}"
    for el in doc.iter():
        for name in ("href", "src", "action"):
            value = (el.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (where, value)


def test_html_in_titles_and_text_is_never_live(project: Project, site: Site, fault):
    fault(*(f"security: hostile HTML in item {item.guid}" for item in HOSTILE_ITEMS))
    url = site.add("/feed.xml", rss(HOSTILE_ITEMS), "application/rss+xml")
    result = project.run("build", url, timeout=90)
    assert result.returncode == 0, result.stderr
    episodes = assert_feed_healthy(project.out)
    assert len(episodes) == len(HOSTILE_ITEMS)

    index = (project.out / "index.html").read_text()
    _assert_inert_html(index, "index.html")
    for item in HOSTILE_ITEMS[:3]:
        assert item.title.rsplit(">", 1)[-1] in index  # the titles are there, as text

    tree = etree.fromstring((project.out / "feed.xml").read_bytes())
    for item in tree.iter("item"):
        _assert_inert_html(f"<div>{item.findtext('description')}</div>", "show notes")
        link = (item.findtext("link") or "").strip().lower()
        assert not link.startswith(("javascript:", "data:")), link
    # Script bodies are not read aloud.
    spoken = " ".join(p.read_text() for p in project.out.glob("*.vtt"))
    assert "alert" not in spoken


# -- file names from titles -----------------------------------------------------------

NASTY_TITLES = [
    "../../etc/passwd",
    "CON",
    "😀" * 300,
    "",
    "Line one\nLine two\r\nLine three",
    'a:b*c?"d<e>f|g\\h',
    "x" * 500,
    "Same Title",
    "same-title",
]


def test_file_names_from_nasty_titles_are_safe(project: Project, site: Site, fault):
    fault(*(f"security: title {title[:20]!r}" for title in NASTY_TITLES))
    fault("security: title with NUL and control characters (text file)")
    items = [
        Item(title, f"t-{n}", f"<p>Words {n}.</p>", published=day(7))
        for n, title in enumerate(NASTY_TITLES)
    ]
    url = site.add("/feed.xml", rss(items), "application/rss+xml")
    nul = project.root / "nul-title.txt"
    nul.write_bytes(b"Hello\x00World\x07 \x1b[31mred\x0b\n\nA short body.\n")
    outside_before = sorted(p.name for p in project.root.parent.iterdir())

    result = project.run("build", url, str(nul), timeout=120)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    episodes = assert_feed_healthy(project.out)
    assert len(episodes) == len(NASTY_TITLES) + 1
    names = [p.name for p in project.out.iterdir()]
    assert all(p.is_file() for p in project.out.iterdir()), "a folder was created"
    for name in names:
        if name in ("feed.xml", "index.html", "cover.png"):
            continue
        assert EPISODE_FILE.match(name), name
        assert len(name) <= 100, name
    stems = [e.filename for e in episodes]
    assert len(set(stems)) == len(stems)
    assert sorted(p.name for p in project.root.parent.iterdir()) == outside_before
    by_guid = {e.guid: e.filename for e in episodes}
    assert by_guid["t-0"] == "2024-01-07-etc-passwd.mp3"
    assert by_guid["t-1"] == "2024-01-07-episode-con.mp3"
    assert by_guid["t-2"] == "2024-01-07-episode.mp3"
    assert by_guid["t-3"] == "2024-01-07-untitled.mp3"
    assert {by_guid["t-7"], by_guid["t-8"]} == {
        "2024-01-07-same-title.mp3",
        "2024-01-07-same-title-2.mp3",
    }
    local = next(e for e in episodes if e.guid.startswith("urn:podcastify:local:"))
    assert "hello" in local.filename and str(project.root) not in local.guid


NASTY_FOR_SLUG = [
    *NASTY_TITLES,
    "..\\..\\windows\\system32",
    "nul",
    "LPT1",
    "   ",
    ".hidden",
    "\x00\x01\x02",
    "\ud800 lone surrogate",
    "COM1.txt",
    "ﬁle ligature",
    "Ünïcödé Çafé",
    "日本語のタイトル",
    "-" * 100,
    "a-" * 100,
    "\u202egnp.exe",
]


def test_slugify_is_safe_for_any_text(fault):
    fault(*(f"security: slug of {text[:20]!r}" for text in NASTY_FOR_SLUG))
    rng = random.Random(99)
    alphabet = string.printable + "éßøЖж中文😀\u0000\u200b\u202e/\\:.-"
    fuzz = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(500)]
    fault("security: slugify random strings (500)")
    for text in NASTY_FOR_SLUG + fuzz:
        slug = slugify(text)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), (text, slug)
        assert len(slug) <= 60 + len("episode-"), (text, slug)
        assert slug not in ("con", "prn", "aux", "nul", "com1", "lpt1"), (text, slug)


# -- only http and https --------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "says"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("ftp://example.org/feed.xml", "only http and https"),
        ("gopher://example.org/", "only http and https"),
        # Without "//" these are file names, and no such files exist.
        ("javascript:alert(1)", "no such file"),
        ("data:text/xml,<rss/>", "no such file"),
    ],
)
def test_sources_other_than_http_are_refused(project: Project, source: str, says: str, fault):
    fault(f"security: source {source.split(':')[0]}:")
    result = project.run("build", source, timeout=30)
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert source in line and says in line, line
    assert "root:" not in result.stderr + result.stdout


def test_redirect_to_a_local_file_is_refused(project: Project, site: Site, secret: Path, fault):
    fault("security: redirect to file://")
    url = site.add("/feed.xml", b"", status=302, headers={"Location": secret.as_uri()})
    result = project.run("build", url, timeout=30)
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert "only http and https" in line
    assert not _leaks(project, result, SECRET)


def test_teaser_linking_to_a_local_file_does_not_read_it(
    project: Project, site: Site, secret: Path, fault
):
    fault("security: teaser item linking to file://", "security: teaser redirecting to file://")
    bounce = site.add("/bounce", b"", status=302, headers={"Location": secret.as_uri()})
    teaser = "<p>A short teaser about kites. Read more…</p>"
    items = [
        Item("Local Link", "file-link", teaser, link=secret.as_uri(), published=day(1)),
        Item("Bouncing Link", "bounce-link", teaser, link=bounce, published=day(2)),
    ]
    url = site.add("/feed.xml", rss(items), "application/rss+xml")
    result = project.run("build", url, timeout=60)
    no_traceback(result)
    assert result.returncode in (0, 3), result.stderr
    assert not _leaks(project, result, SECRET)
    assert_feed_healthy(project.out)
    assert "file:" not in (project.out / "index.html").read_text()


# -- settings files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "says"),
    [
        ('[build]\nout = "out"\nlimit = "five"\n', ("'limit'", ":3:", "whole number")),
        ('[podcast]\ntitle = "Mine"\n\ntitel = "typo"\n', ("'titel'", ":4:", "unknown key")),
        ('[build]\nsources = ["a.txt", 7]\n', ("'sources'", ":2:", "list of strings")),
        ("[bild]\nout = 'x'\n", ("[bild]", "unknown section")),
        ('[build]\nout = "unterminated\n', ("not valid TOML", "line 2")),
    ],
    ids=["wrong type", "unknown key", "wrong item type", "unknown section", "not TOML"],
)
def test_bad_settings_name_the_key_and_line(project: Project, toml: str, says, fault, request):
    fault(f"security: config with {request.node.callspec.id}")
    project.config.write_text(toml)
    (project.root / "a.txt").write_text("Title\n\nWords.\n")
    result = project.run("build", "a.txt", timeout=30)
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    for fragment in says:
        assert fragment in line, line
    assert not (project.root / "out").exists()
