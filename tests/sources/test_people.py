"""person_name: authors are people, never e-mail addresses."""

from __future__ import annotations

import pytest

from podcastify.sources import FetchLimits, read_source
from podcastify.sources.people import join_names, person_name


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("dave@userland.com (Dave Winer)", "Dave Winer"),
        ("Dave Winer <dave@userland.com>", "Dave Winer"),
        ("Dave Winer (dave@userland.com)", "Dave Winer"),
        ("noreply@blogger.com (Anthony)", "Anthony"),
        ("Anthony (noreply@blogger.com)", "Anthony"),
        ("noreply@blogger.com (Unknown)", ""),
        ("dave@userland.com", ""),
        ("mailto:dave@userland.com", ""),
        ("<dave@userland.com>", ""),
        ("Jane Smith", "Jane Smith"),
        ("  Jane   Smith ", "Jane Smith"),
        ("John (Johnny) Smith", "John (Johnny) Smith"),
        ("Jane Smith &amp; John Doe", "Jane Smith & John Doe"),
        ("<b>Jane Smith</b>", "Jane Smith"),
        ("admin", ""),
        ("Unknown", ""),
        ("", ""),
    ],
)
def test_person_name(raw: str, name: str) -> None:
    assert person_name(raw) == name


@pytest.mark.parametrize(
    ("names", "joined"),
    [
        ([], ""),
        (["A"], "A"),
        (["A", "B"], "A and B"),
        (["A", "B", "C"], "A, B and C"),
        (["A", "", "A"], "A"),
    ],
)
def test_join_names(names: list[str], joined: str) -> None:
    assert join_names(names) == joined


def test_feed_authors_are_names(tmp_path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Scripting News</title>'
        "<managingEditor>dave@userland.com (Dave Winer)</managingEditor>"
        "<item><title>One</title><guid>1</guid><author>dave@userland.com (Dave Winer)</author>"
        "<description>Hello.</description></item>"
        "<item><title>Two</title><guid>2</guid><author>dave@userland.com</author>"
        "<description>Hello.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    one, two = read_source(str(feed), FetchLimits(), print)
    assert one.author == "Dave Winer"
    assert two.author == "Dave Winer"  # the channel's editor, by name


def test_blogger_author_is_the_name_only(tmp_path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<id>tag:blogger.com,1999:blog-1</id><title>B</title>"
        "<entry><id>tag:blogger.com,1999:blog-1.post-2</id><title>P</title>"
        "<content type='html'>Words.</content>"
        "<author><name>Anthony</name><email>noreply@blogger.com</email></author></entry>"
        "<entry><id>tag:blogger.com,1999:blog-1.post-3</id><title>Q</title>"
        "<content type='html'>Words.</content>"
        "<author><name>Unknown</name><email>noreply@blogger.com</email></author></entry>"
        "</feed>",
        encoding="utf-8",
    )
    first, second = read_source(str(feed), FetchLimits(), print)
    assert first.author == "Anthony"
    assert second.author == ""
