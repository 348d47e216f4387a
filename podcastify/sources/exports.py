"""Blog exports (WordPress WXR, Blogger) read as their published posts only.

An export is a backup, not a feed: beside the posts it holds drafts, pages, attachments,
menus, theme settings, comments and, in Blogger's case, the blog's secret mail-to-post
address. feedparser reads it like any feed, so the entries are sorted here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import feedparser


__all__ = ["export_name", "published_posts"]

_WXR_NAMESPACE = "wordpress.org/export/"
_BLOGGER_KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
_BLOGGER_NAMESPACE = "schemas.google.com/blogger/"


def export_name(parsed: feedparser.FeedParserDict) -> str:
    """``WordPress`` or ``Blogger`` for an export (or a feed carrying their markers), else ''."""
    namespaces = " ".join((parsed.get("namespaces") or {}).values())
    if _WXR_NAMESPACE in namespaces:
        return "WordPress"
    if _BLOGGER_NAMESPACE in namespaces or any(_blogger_kind(e) for e in parsed.entries):
        return "Blogger"
    return ""


def _blogger_kind(entry: feedparser.FeedParserDict) -> str:
    """The Blogger kind of an entry ('post', 'comment', 'settings', 'template', 'page')."""
    kind = str(entry.get("blogger_type") or "").lower()
    if kind:
        return kind
    for tag in entry.get("tags") or []:
        if tag.get("scheme") == _BLOGGER_KIND_SCHEME:
            return str(tag.get("term") or "").rsplit("#", 1)[-1].lower()
    return ""


def _wordpress_post(entry: feedparser.FeedParserDict) -> bool:
    return (
        str(entry.get("wp_post_type") or "post").strip().lower() == "post"
        and str(entry.get("wp_status") or "").strip().lower() == "publish"
        and not str(entry.get("wp_post_password") or "").strip()
    )


def _blogger_post(entry: feedparser.FeedParserDict) -> bool:
    status = str(entry.get("blogger_status") or "live").strip().lower()
    draft = str(entry.get("app_draft") or "no").strip().lower()
    return _blogger_kind(entry) in ("", "post") and status == "live" and draft != "yes"


def published_posts(parsed: feedparser.FeedParserDict, export: str) -> list:
    """The entries of an export that are published posts (never drafts, pages or settings)."""
    keep = _wordpress_post if export == "WordPress" else _blogger_post
    if export == "Blogger" and not any(_blogger_kind(e) for e in parsed.entries):
        return list(parsed.entries)
    return [entry for entry in parsed.entries if keep(entry)]
