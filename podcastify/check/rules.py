"""Every rule the feed doctor applies: how bad breaking it is, and what to fix.

Data, not logic: the checks name a rule and say what they found; the severity and the
advice live here, once. Errors are what breaks in an app or makes Apple refuse the feed;
warnings are what apps survive but listeners notice.
"""

from __future__ import annotations

from dataclasses import dataclass

from podcastify.check.problems import Problem, Severity


@dataclass(frozen=True)
class Rule:
    severity: Severity
    fix: str
    """What to change, said once for every feed that breaks the rule."""


E, W = Severity.ERROR, Severity.WARNING

RULES: dict[str, Rule] = {
    # -- the document ----------------------------------------------------------------
    "feed-type": Rule(W, "serve the feed as application/rss+xml (or application/xml)"),
    "xml-malformed": Rule(E, "make the feed well-formed XML; Apple Podcasts refuses any other"),
    "xml-dangerous": Rule(
        E, "remove the DOCTYPE's entity declarations; apps refuse or ignore such feeds"
    ),
    "feed-not-rss": Rule(E, "publish an RSS 2.0 feed: Apple Podcasts reads no other format"),
    "feedparser": Rule(W, "fix what feedparser reports; apps built on it may misread the feed"),
    "podcastparser": Rule(
        E, "fix what podcastparser reports; gPodder and apps built on it cannot read the feed"
    ),
    "podcastparser-drops": Rule(
        E, "give every episode a <guid>, a <title> and one enclosure; gPodder drops the others"
    ),
    "self-link-private": Rule(
        E, 'set the public address of the feed as its atom:link rel="self" (base_url)'
    ),
    # -- Apple's channel tags --------------------------------------------------------
    "apple-required": Rule(E, "add the tag: Apple Podcasts refuses a feed without it"),
    "apple-recommended": Rule(W, "add the tag: Apple Podcasts asks for it"),
    "apple-category": Rule(E, "use a category (and subcategory) from Apple's list"),
    "apple-explicit": Rule(E, 'write itunes:explicit as "true" or "false"'),
    "apple-explicit-old": Rule(
        W, 'write itunes:explicit as "true" or "false" (Apple\'s current form)'
    ),
    "apple-type": Rule(W, 'write itunes:type as "episodic" or "serial"'),
    "language": Rule(W, "write <language> as an ISO 639 code, e.g. en or en-US"),
    "owner-email": Rule(W, "give itunes:owner a real itunes:email; Apple verifies ownership by it"),
    # -- episodes --------------------------------------------------------------------
    "item-no-title": Rule(E, "give every episode a <title>"),
    "item-no-guid": Rule(
        W, "give every episode a stable <guid>; without one, moving its file duplicates it"
    ),
    "guid-duplicate": Rule(
        E, "give each episode its own <guid>; apps show only one episode per GUID"
    ),
    "item-no-date": Rule(W, "give every episode a <pubDate>; apps sort and date episodes by it"),
    "date-invalid": Rule(E, 'write dates as RFC 2822, e.g. "Thu, 02 May 2024 08:00:00 +0000"'),
    "date-no-zone": Rule(W, 'end the date with its time zone, e.g. "+0000"'),
    "date-weekday": Rule(W, "make the day of the week match the date"),
    "date-future": Rule(W, "date the episode when it is published; apps hide or misorder it"),
    "item-duration": Rule(W, "write itunes:duration as seconds or HH:MM:SS"),
    "item-episode-type": Rule(W, 'write itunes:episodeType as "full", "trailer" or "bonus"'),
    "description-long": Rule(W, "keep the episode description under 4000 bytes; Apple cuts it"),
    "podcast-tag": Rule(W, "write the podcast: tag as the Podcasting 2.0 specification says"),
    "podcast-namespace": Rule(
        W, 'declare podcast: as "https://podcastindex.org/namespace/1.0"; apps match it exactly'
    ),
    # -- enclosures ------------------------------------------------------------------
    "item-no-enclosure": Rule(E, "give the episode an <enclosure> with its audio file"),
    "item-enclosures": Rule(W, "give each episode one enclosure; apps play only one"),
    "enclosure-url": Rule(E, "give the enclosure an absolute http(s) URL"),
    "enclosure-url-plain": Rule(
        E, "percent-encode the URL (spaces and non-ASCII characters break Apple's validator)"
    ),
    "enclosure-extension": Rule(
        E, "end the enclosure URL in the file's extension (.mp3, .m4a…); Apple refuses others"
    ),
    "enclosure-not-apple": Rule(
        W, "offer MP3 or M4A as well; Apple Podcasts plays only MP3, M4A, MP4, MOV and M4V"
    ),
    "enclosure-duplicate": Rule(W, "give each episode its own audio file URL"),
    "enclosure-length-missing": Rule(E, "set length to the file's size in bytes"),
    "enclosure-type": Rule(E, "set type to the file's MIME type (audio/mpeg for .mp3)"),
    "enclosure-type-odd": Rule(W, "set type to the registered MIME type (audio/mpeg for .mp3)"),
    "enclosure-unreachable": Rule(E, "publish the file at this URL"),
    "enclosure-head": Rule(
        E, "let the server answer HEAD requests; apps and directories check files with HEAD"
    ),
    "enclosure-no-range": Rule(
        E, "serve byte ranges (206 Partial Content); Apple Podcasts refuses files without them"
    ),
    "enclosure-range": Rule(E, "answer Range: bytes=0-1 with 206 and those two bytes"),
    "enclosure-length": Rule(E, "set length to the file's size in bytes, as the server sends it"),
    "enclosure-served-type": Rule(
        E, "serve the file as audio (audio/mpeg for .mp3), not as a web page"
    ),
    "enclosure-served-type-odd": Rule(
        W, "serve the file with the type the feed declares (audio/mpeg for .mp3)"
    ),
    "private-address": Rule(
        E, "publish the file at a public address (set base_url to where listeners reach it)"
    ),
    # -- the MP3 itself --------------------------------------------------------------
    "mp3-no-tag": Rule(W, "tag the MP3 with ID3v2 (title, cover, chapters)"),
    "mp3-tag-broken": Rule(W, "rewrite the MP3's ID3 tag; this one cannot be read"),
    "mp3-tag-large": Rule(W, "shrink the embedded cover; players read the whole tag first"),
    "mp3-no-cover": Rule(
        W, "embed the cover in the MP3 (APIC); Pocket Casts shows only the embedded one"
    ),
    "mp3-cover-broken": Rule(W, "embed the cover as a JPEG or PNG image"),
    "mp3-no-ctoc": Rule(
        W, "add a CTOC frame listing the CHAP frames; many players ignore chapters without it"
    ),
    "mp3-ctoc-broken": Rule(W, "make the top-level CTOC list every CHAP frame by its ID"),
    "mp3-not-audio": Rule(E, "publish an MP3 file; no MPEG audio follows the tag"),
    # -- artwork ---------------------------------------------------------------------
    "artwork-unreachable": Rule(E, "publish the artwork at this URL"),
    "artwork-format": Rule(E, "use a JPEG or PNG image"),
    "artwork-not-square": Rule(E, "use a square image"),
    "artwork-size": Rule(E, "use an image from 1400×1400 to 3000×3000 pixels"),
    "artwork-colors": Rule(W, "save the image in RGB; Apple refuses CMYK artwork"),
    "artwork-extension": Rule(W, "name the image file .jpg or .png, matching its format"),
    "artwork-served-type": Rule(W, "serve the image as image/jpeg or image/png"),
    # -- transcripts and chapters ----------------------------------------------------
    "link-unreachable": Rule(W, "publish the file at this URL"),
    "link-type": Rule(W, "serve the file with the type the feed declares"),
    "link-content": Rule(W, "publish a file in the format the feed declares"),
}


def problem(rule: str, where: str, message: str) -> Problem:
    """A problem under ``rule``, with the rule's severity and advice."""
    found = RULES[rule]
    return Problem(found.severity, rule, where, message, found.fix)


def as_warning(found: Problem) -> Problem:
    """The same problem, where it only degrades (episode artwork the app can replace)."""
    return Problem(Severity.WARNING, found.rule, found.where, found.message, found.fix)
