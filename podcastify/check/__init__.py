"""``podcastify check``: a doctor for any podcast feed, ours or not.

It reads the feed the way podcast apps do (strict XML as Apple, feedparser,
podcastparser as gPodder), applies Apple's and Podcasting 2.0's rules, and opens every
episode the way Apple's player does (HEAD, ``Range: bytes=0-1``), reading only the bytes
it needs: two for the range test, the ID3 tag for the cover and chapters, an image's
header for its size. When the feed is public, a URL on a host subscribers cannot reach
(loopback, private, link-local, ``localhost``) is reported and never contacted.

* :func:`check_feed` — any feed, by URL or file.
* :func:`check_output` — a build's output folder, as it will look once published.
"""

from podcastify.check.doctor import check_feed, check_output
from podcastify.check.problems import Problem, Severity, has_errors

__all__ = ["Problem", "Severity", "check_feed", "check_output", "has_errors"]
