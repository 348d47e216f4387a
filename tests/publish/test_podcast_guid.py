"""podcast:guid follows the Podcasting 2.0 rule, checked against the spec's vectors."""

import pytest

from podcastify.publish.channel import podcast_guid


@pytest.mark.parametrize(
    ("feed_url", "guid"),
    [
        ("https://podnews.net/rss", "9b024349-ccf0-5f69-a609-6b82873eab3c"),
        ("http://podnews.net/rss/", "9b024349-ccf0-5f69-a609-6b82873eab3c"),
        ("podnews.net/rss", "9b024349-ccf0-5f69-a609-6b82873eab3c"),
        ("https://mp3s.nashownotes.com/pc20rss.xml", "917393e3-1b1e-5cef-ace4-edaa54e1f810"),
    ],
)
def test_spec_vectors(feed_url, guid):
    assert podcast_guid(feed_url) == guid
