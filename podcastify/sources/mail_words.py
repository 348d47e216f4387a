"""Word lists for newsletters: the mail client's chrome around the letter itself.

Matched in lower case inside short blocks (see :data:`MAX_NOISE_WORDS`), so a paragraph
of the letter that merely mentions one of these words is kept.
"""

from __future__ import annotations

MAX_NOISE_WORDS = 30
"""A block longer than this is the letter's own text, whatever it mentions."""

VIEW_ONLINE = (
    "view in browser",
    "view in your browser",
    "view this email in your browser",
    "view it in your browser",
    "view this email online",
    "view it online",
    "view online",
    "view the online version",
    "view as a web page",
    "view as webpage",
    "view the web version",
    "web version",
    "open in browser",
    "open in your browser",
    "read online",
    "read in browser",
    "read it online",
    "view this post on the web",
    "having trouble viewing",
    "trouble viewing this email",
    "can't see this email",
    "cannot see this email",
    "not displaying correctly",
    "not displaying properly",
)
"""Links to the web copy of the letter."""

FORWARD = (
    "forward to a friend",
    "forward this email",
    "forward this newsletter",
    "forwarded this email",
    "was this forwarded to you",
    "was this email forwarded to you",
    "did someone forward you this",
    "share this email",
    "share this newsletter",
    "share this post",
    "tell a friend",
    "refer a friend",
    "sign up here",
    "subscribe here",
    "get it in your inbox",
)
"""Invitations to pass the letter on or to subscribe."""

FOOTER = (
    "unsubscribe",
    "opt out",
    "opt-out",
    "update your preferences",
    "update preferences",
    "update subscription preferences",
    "manage your subscription",
    "manage subscription",
    "manage preferences",
    "manage your preferences",
    "email preferences",
    "change how you receive these emails",
    "you are receiving this",
    "you're receiving this",
    "you’re receiving this",
    "you received this",
    "this email was sent to",
    "this email was sent by",
    "sent to you because",
    "no longer wish to receive",
    "no longer want to receive",
    "stop receiving",
    "our mailing address is",
    "add us to your address book",
    "why did i get this",
    "all rights reserved",
    "copyright ©",
    "privacy policy",
)
"""What only a newsletter's footer says: from the first of these on, nothing is the letter."""

OTHER_CHROME = (
    "follow us on",
    "find us on",
    "connect with us",
    "©",
)
"""Short lines of chrome that may stand anywhere."""

NOISE = VIEW_ONLINE + FORWARD + FOOTER + OTHER_CHROME

HIDDEN_STYLES = (
    "display:none",
    "visibility:hidden",
    "max-height:0",
    "mso-hide:all",
    "opacity:0",
    "font-size:0",
    "font-size:1px",
)
"""Inline styles (spaces removed) of text a reader never sees: the inbox preview line."""
