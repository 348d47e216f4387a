"""E-mail newsletters: one article per message, read like a page once the mail chrome is gone.

Every ``tests/fixtures/mail/*.eml`` with its ``.expect.toml`` is a case; mailboxes (mbox,
Maildir, a folder of ``.eml``) are made here from the same messages plus malformed ones.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.script.speak import normalize_for_speech
from podcastify.sources import FetchLimits, read_source
from podcastify.sources.mail import clean_newsletter_html, clean_newsletter_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
CASES = sorted(FIXTURES.glob("*.expect.toml"))

NO_HEADERS = b"Just some words in a file.\nNo headers here at all.\n"
NO_BOUNDARY = (
    b"From: Broken Sender <b@example.org>\r\nSubject: Lost parts\r\n"
    b"Date: Mon, 03 Mar 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: multipart/alternative\r\n\r\nThere is no boundary, so no part.\r\n"
)
UNKNOWN_CHARSET = (
    b"From: Odd Sender <o@example.org>\r\nSubject: Strange letters\r\n"
    b"Date: Mon, 03 Mar 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=x-unheard-of\r\n\r\nHello there.\r\n"
)
EMPTY_BODY = (
    b"From: Quiet Sender <q@example.org>\r\nSubject: Nothing\r\n"
    b"Date: Mon, 03 Mar 2025 10:00:00 +0000\r\n\r\n   \r\n"
)
MALFORMED = {
    "no-headers": (NO_HEADERS, "not an e-mail message"),
    "no-boundary": (NO_BOUNDARY, "MIME"),
    "unknown-charset": (UNKNOWN_CHARSET, "character set"),
    "empty-body": (EMPTY_BODY, "no text"),
}


def _expect(case: Path) -> dict:
    return tomllib.loads(case.read_text(encoding="utf-8"))


def _eml(case: Path) -> Path:
    return case.with_name(case.name.removesuffix(".expect.toml") + ".eml")


def _squash(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _body(script: str) -> str:
    """The letter's narration, without the intro and outro podcastify adds."""
    return script.split("[Introduction]", 1)[1].split("\n\n", 1)[1].rsplit("[Credits]", 1)[0]


@pytest.fixture(params=CASES, ids=lambda case: _eml(case).name)
def case(request):
    return request.param


def test_headers_give_title_author_date_and_guid(case):
    expect = _expect(case)
    (article,) = read_source(str(_eml(case)), FetchLimits(), print)
    assert article.title == expect["title"]
    assert article.author == expect["author"]
    assert "@" not in article.author
    assert article.source_title == expect["source"]
    assert article.published == datetime.fromisoformat(expect["date"])
    assert article.guid == expect["guid"]


def test_the_letter_is_read_and_the_chrome_is_not(case, cli, tmp_path):
    expect = _expect(case)
    result = cli("script", str(_eml(case)), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    body = _body(result.stdout)
    spoken = _squash(body)
    positions = []
    for phrase in expect["content"]:
        wanted = _squash(normalize_for_speech(phrase))
        assert wanted in spoken, phrase
        positions.append(spoken.index(wanted))
    assert positions == sorted(positions)
    sections = re.findall(r"^\[(.+)\]$", result.stdout, flags=re.M)
    assert [s for s in sections if s in expect["headings"]] == expect["headings"]
    for noise in expect["noise"]:
        assert noise.lower() not in body.lower(), noise


def test_tracking_pixels_and_links_do_not_survive(case):
    (article,) = read_source(str(_eml(case)), FetchLimits(), print)
    assert "<img" not in article.html and "http" not in article.html
    assert "display" not in article.html  # no hidden preview line, no inline styles


def _mbox(messages: list[bytes]) -> bytes:
    out = b""
    for number, raw in enumerate(messages, 1):
        raw = raw.replace(b"\r\n", b"\n")
        raw = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        out += f"From sender{number}@example.org Mon Mar  3 10:00:00 2025\n".encode()
        out += raw.rstrip(b"\n") + b"\n\n"
    return out


def _letters() -> list[bytes]:
    return [_eml(case).read_bytes() for case in CASES]


def test_mbox_gives_one_article_per_message_and_skips_a_malformed_one(tmp_path):
    letters = _letters()
    path = tmp_path / "export.mbox"
    path.write_bytes(_mbox([letters[0], NO_BOUNDARY, *letters[1:]]))
    warnings: list[str] = []
    articles = read_source(str(path), FetchLimits(), warnings.append)
    assert sorted(a.title for a in articles) == sorted(_expect(c)["title"] for c in CASES)
    assert len(warnings) == 1 and "message 2" in warnings[0] and "\n" not in warnings[0]


def test_mbox_from_lines_in_a_body_are_unquoted(tmp_path):
    message = EmailMessage()
    message["From"] = "Archivist <a@example.org>"
    message["Subject"] = "Found in the archive"
    message["Date"] = "Mon, 03 Mar 2025 10:00:00 +0000"
    message["Message-ID"] = "<archive-1@example.org>"
    message.set_content(
        "A letter about old papers.\n\n"
        "From the archive we learned that the mill once had two wheels.\n"
    )
    path = tmp_path / "archive.mbox"
    path.write_bytes(_mbox([message.as_bytes(policy=SMTP)]))
    (article,) = read_source(str(path), FetchLimits(), print)
    assert "From the archive we learned" in article.text
    assert ">From" not in article.text


def test_maildir_reads_new_and_cur_and_skips_a_malformed_message(tmp_path):
    maildir = tmp_path / "Newsletters"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    letters = _letters()
    (maildir / "cur" / "1740990000.M1P1.host:2,S").write_bytes(letters[0])
    (maildir / "new" / "1740990001.M2P1.host").write_bytes(letters[1])
    (maildir / "cur" / "1740990002.M3P1.host:2,S").write_bytes(letters[2])
    (maildir / "cur" / "1740990003.M4P1.host:2,").write_bytes(UNKNOWN_CHARSET)
    (maildir / "tmp" / "1740990004.M5P1.host").write_bytes(letters[0])  # not delivered yet
    warnings: list[str] = []
    articles = read_source(str(maildir), FetchLimits(), warnings.append)
    assert len(articles) == 3
    assert len(warnings) == 1 and "1740990003" in warnings[0] and "character set" in warnings[0]


def test_folder_of_eml_files_through_the_cli(cli, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    for number, raw in enumerate(_letters()):
        (folder / f"letter-{number}.eml").write_bytes(raw)
    (folder / "broken.eml").write_bytes(NO_HEADERS)
    result = cli("script", "saved", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("[Introduction]") == len(CASES)
    warnings = [line for line in result.stderr.splitlines() if "broken.eml" in line]
    assert len(warnings) == 1 and warnings[0].startswith("warning:")


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_message_is_one_line_and_others_still_read(cli, tmp_path, name):
    raw, says = MALFORMED[name]
    (tmp_path / "bad.eml").write_bytes(raw)
    result = cli("script", "bad.eml", str(_eml(CASES[0])), cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "bad.eml" in line]
    assert len(errors) == 1 and says in errors[0], errors
    assert _expect(CASES[0])["title"] in result.stdout


def test_a_folder_that_is_no_mailbox_is_one_line(tmp_path):
    (tmp_path / "photos").mkdir()
    with pytest.raises(SourceError, match=r"neither a Maildir nor a folder of \.eml"):
        read_source(str(tmp_path / "photos"), FetchLimits(), print)


def test_without_message_id_the_guid_is_a_hash_and_a_bare_address_is_no_author(tmp_path):
    message = EmailMessage()
    message["From"] = "news@plain.example"
    message["Subject"] = "No names here"
    message["Date"] = "Mon, 03 Mar 2025 10:00:00 +0000"
    message.set_content("A short letter with enough words to be read aloud by the narrator.\n")
    path = tmp_path / "plain.txt"  # a message saved under another name is still a message
    path.write_bytes(message.as_bytes(policy=SMTP))
    (article,) = read_source(str(path), FetchLimits(), print)
    assert article.title == "No names here"
    assert article.author == "" and "plain.example" not in article.source_title
    assert article.guid.startswith("mail:sha256:") and str(tmp_path) not in article.guid
    (again,) = read_source(str(path), FetchLimits(), print)
    assert again.guid == article.guid


def _text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


LETTER = (
    "<p>The letter itself has a first paragraph with plenty of words in it, written for "
    "the reader and nobody else, about the weather and the sea and the boats.</p>"
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            f'<p><a href="https://x.example/web">View this email in your browser</a></p>{LETTER}',
            _text_of(LETTER),
        ),
        (
            f'<div style="display: none">Preview line</div>{LETTER}<img src="https://t.example'
            '/o.gif" width="1" height="1">',
            _text_of(LETTER),
        ),
        (
            f"{LETTER}<p>Forward to a friend</p><table><tr><td>You are receiving this because you "
            "signed up.</td></tr><tr><td>Harbour Row 4</td></tr></table>",
            _text_of(LETTER),
        ),
        (
            f"{LETTER}<p>Sent with care.<br>Copyright © 2025 Us<br>Somewhere Street 9</p>",
            _text_of(LETTER) + " Sent with care.",
        ),
        (
            "<p>Our readers asked why so many newsletters make it hard to unsubscribe, so this "
            "week we look at the tricks they use, from grey text on grey to links hidden in "
            "long legal paragraphs that nobody ever reads to the end.</p>",
            "Our readers asked why so many newsletters make it hard to unsubscribe, so this week "
            "we look at the tricks they use, from grey text on grey to links hidden in long "
            "legal paragraphs that nobody ever reads to the end.",
        ),
        (
            f'<p><a href="https://t.example/u/1">Unsubscribe</a></p>{LETTER}',
            _text_of(LETTER),
        ),
    ],
    ids=[
        "view-online",
        "preview-and-pixel",
        "footer-cut",
        "footer-after-br",
        "long-kept",
        "unsubscribe-at-top",
    ],
)
def test_clean_newsletter_html(html, expected):
    assert _text_of(clean_newsletter_html(html, {"https://t.example/u/1"})) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "View this post on the web at https://x.example/p/1\n\nHello there, reader.",
            "Hello there, reader.",
        ),
        (
            "Hello there, reader, this is the letter.\n\n--\nSam\nUnsubscribe: https://x.example",
            "Hello there, reader, this is the letter.",
        ),
        (
            "A long first paragraph of the letter, with words.\n\nSecond paragraph.\n\n"
            "You received this because you asked.\n\nOld Road 1",
            "A long first paragraph of the letter, with words.\n\nSecond paragraph.",
        ),
        ("Forward this email to anyone.\n\nThe letter.", "The letter."),
    ],
)
def test_clean_newsletter_text(text, expected):
    assert clean_newsletter_text(text) == expected
