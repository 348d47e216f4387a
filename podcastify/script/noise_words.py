"""Names, phrases and patterns that mark text a listener should never hear.

Kept as plain data so the lists can grow without touching the cleaning logic in
:mod:`podcastify.script.html` and :mod:`podcastify.script.cleanup`. Regular expression
sources here are compiled by those modules, case-insensitively unless noted.
"""

from __future__ import annotations

# --- Structural cleaning (HTML) -------------------------------------------------------

DROP_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "canvas",
        "map",
        "form",
        "input",
        "select",
        "textarea",
        "label",
        "button",
        "nav",
        "aside",
        "footer",
        "figure",
        "figcaption",
        "img",
        "picture",
        "source",
        "track",
        "video",
        "audio",
        "svg",
        "math",
        "pre",
        "table",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "dialog",
    }
)
"""Tags removed with everything inside them: code, media, chrome, widgets, captions."""

NOISE_CLASS_TOKENS: frozenset[str] = frozenset(
    {
        "share",
        "shares",
        "sharing",
        "sharer",
        "sharebar",
        "social",
        "socials",
        "related",
        "newsletter",
        "subscribe",
        "signup",
        "comment",
        "comments",
        "respond",
        "disqus",
        "byline",
        "meta",
        "metadata",
        "dateline",
        "caption",
        "credit",
        "credits",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adsbygoogle",
        "sponsor",
        "sponsored",
        "promo",
        "breadcrumb",
        "breadcrumbs",
        "footnote",
        "footnotes",
        "endnote",
        "endnotes",
        "cookie",
        "cookies",
        "popup",
        "modal",
        "toc",
        "pagination",
        "pager",
        "widget",
        "tags",
        "tagcloud",
    }
)
"""Single words in a class or id (split on ``-``, ``_``) that mark a noise container."""

NOISE_CLASS_NAMES: frozenset[str] = frozenset(
    {
        "sharedaddy",
        "addtoany",
        "a2a-kit",
        "shareaholic",
        "jp-relatedposts",
        "relatedposts",
        "yarpp",
        "yarpp-related",
        "author-bio",
        "authorbio",
        "author-box",
        "authorbox",
        "author-info",
        "author-card",
        "author-details",
        "author-description",
        "author-profile",
        "about-author",
        "about-the-author",
        "saboxplugin-wrap",
        "post-author",
        "entry-author",
        "article-author",
        "wp-caption-text",
        "more-link",
        "read-more",
        "readmore",
        "screen-reader-text",
        "visually-hidden",
        "visuallyhidden",
        "jetpack-likes",
        "wpcnt",
        "entry-footer",
        "post-footer",
        "article-footer",
        "postmeta",
        "entrymeta",
        "sharebuttons",
        "socialshare",
        "mc4wp-form",
        "wp-block-buttons",
        "skip-link",
        "print-only",
        "posted-on",
        "post-date",
        "entry-date",
        "reading-time",
        "read-time",
        "you-may-also-like",
        "more-stories",
        "hidden",
        "d-none",
        "sr-only",
        "invisible",
        "sidebar",
        "site-sidebar",
        "twitter-tweet",
        "instagram-media",
        "tiktok-embed",
        "wp-block-embed",
    }
)
"""Whole class or id names, or two-word runs inside one, that mark a noise container."""

IGNORED_CLASS_PREFIXES: tuple[str, ...] = (
    "tag-",
    "category-",
    "has-",
    "no-",
    "is-",
    "status-",
    "format-",
    "type-",
    "post-type-",
    "postid-",
    "page-",
    "path-",
    "node--type-",
    "single-",
    "wp-embed-",
)
"""Class names that describe a page's taxonomy, not a block (``tag-sharing`` is a tag)."""

CONTENT_CLASS_NAMES: frozenset[str] = frozenset(
    {
        "entry-content",
        "post-content",
        "post-body",
        "article-body",
        "article-content",
        "articlebody",
        "story-body",
        "story-content",
        "field--name-body",
        "main-content",
        "content-body",
        "the-content",
    }
)
"""Class/id names of the main article container, which a noise name never removes."""

NOISE_ROLES: frozenset[str] = frozenset(
    {
        "navigation",
        "complementary",
        "contentinfo",
        "banner",
        "search",
        "dialog",
        "alert",
        "doc-endnotes",
        "doc-footnote",
        "doc-noteref",
        "doc-backlink",
    }
)
"""ARIA roles of page chrome and footnote apparatus."""

FOOTNOTE_CLASS_WORDS: frozenset[str] = frozenset(
    {"footnote", "footnotes", "fn", "fnref", "noteref", "reference", "ref", "cite", "citation"}
)
"""Class/id words of a footnote reference (``<sup class="footnote-ref">``)."""

SUPERSCRIPT_UNITS: frozenset[str] = frozenset({"m", "cm", "mm", "km", "ft", "in", "mi", "yd"})
"""Units whose superscript number is a power (square metres), not a footnote."""

BLOCK_HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4"})
"""Tags read as section headings; ``h5``/``h6`` are usually labels and read as text."""

# --- Inline cleaning --------------------------------------------------------------------

INVISIBLE_CHARS = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
"""Character-class body: soft hyphen, zero-width and bidirectional control characters."""

EMOJI_CHARS = (
    "\U0001f000-\U0001faff"
    "\U00002600-\U000027bf"
    "\U00002b00-\U00002bff"
    "\U00002300-\U000023ff"
    "\U0001f1e6-\U0001f1ff"
    "\U000e0020-\U000e007f"
    "\ufe0e\ufe0f\u20e3\u2122\u2139\u24c2\u3030\u303d\u3297\u3299"
)
"""Character-class body: emoji, pictographs, dingbats, flags, keycaps and selectors."""

FOOTNOTE_BRACKET = (
    r"\[(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[a-z](?=\](?![a-z]))|(?i:note\s+\d+|fn\s*\d+)|\^\d+"
    r"|(?i:citation needed|clarification needed|according to whom\?|who\?|when\?|by whom\?))\]"
)
"""A bracketed footnote or editor marker: ``[3]``, ``[1, 2]``, ``[a]``, ``[citation needed]``.
A bracketed capital, or a letter glued to the word it starts (``[I]f``, ``[w]e``), is the
editor's change of case, not a footnote."""

EDITED_LETTER = r"\[([A-Za-z])\](?=[a-z])"
"""A quotation's first letter changed by the editor: ``[I]f you`` is read ``If you``."""

GLUED_NUMBER_WORDS: frozenset[str] = frozenset(
    {
        "python",
        "covid",
        "ipv",
        "windows",
        "xbox",
        "playstation",
        "sha",
        "utf",
        "dota",
        "level",
        "version",
        "gen",
        "web",
        "mpeg",
        "ecma",
        "html",
        "css",
        "log",
        "wave",
        "type",
        "class",
        "hdmi",
        "usb",
        "wifi",
        "bluetooth",
        "tier",
        "phase",
        "stage",
        "series",
        "model",
        "mark",
    }
)
"""Words that a number is written onto ("python3", "covid19", "web3"): not a footnote."""

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾"
"""Unicode superscript digits, used as footnote markers (``claim.¹``)."""

FOOTNOTE_BACKREFS = "↩⤴"
"""Arrows that link a footnote back to its reference."""

NO_FOOTNOTE_BEFORE: tuple[str, ...] = (
    "No",
    "no",
    "Nos",
    "Fig",
    "fig",
    "p",
    "pp",
    "vol",
    "Vol",
    "ch",
    "Ch",
    "art",
    "Art",
    "op",
    "ed",
    "Ed",
    "St",
    "vs",
)
"""Abbreviations after which a number is a number (``No.3``, ``Fig.2``), not a footnote."""

TEASER_TAIL = (
    r"(?:\[(?:…|\.\.\.|&hellip;|&#8230;)\]"
    r"|\(more…?\)"
    r"|(?:Continue reading|Keep reading|Read more|Read More|READ MORE|Read the (?:full|rest|whole)"
    r"(?: story| article| post| entry| piece)?(?: of (?:this|the) (?:entry|post|article|story))?"
    r"|Read on|Full story|More\s*»)"
    r"(?:[^.!?\n]{0,160}?)(?:\s*(?:→|»|›|>>|\.\.\.|…))?"
    r"|To (?:read|continue reading|see) (?:this|the) (?:full )?(?:article|story|post)"
    r"(?: in full)?,? (?:please )?(?:click|tap) here\.?"
    r"|(?:Click|Tap) here to (?:read|see|continue reading) (?:more|the (?:full|whole|rest of the)"
    r" (?:article|story|post))\.?"
    r"|(?:∞|#|¶|★)\s*Permalink|Permalink\s*(?:∞|#|¶))"
)
"""A "there is more elsewhere" tail: ``[…]``, ``Continue reading →``, ``Read more``,
"To read this article in full, please click here", "∞ Permalink"."""

READ_MORE_INSIDE = (
    r"(?<=[.!?…\"”’])\s+(?:Read more|Read More|READ MORE|Continue reading|Keep reading)"
    r"\s*(?:[»›→…:]|\.\.\.)?(?=\s+[A-Z“\"])"
)
"""A "Read more" link left between two sentences of one paragraph."""

FEED_FOOTER = r"The post .{1,300}? appeared first on .{1,200}?"
"""The footer WordPress (Yoast) feeds add to every item."""

TLDS_FOR_BARE_URLS: tuple[str, ...] = (
    "com",
    "org",
    "net",
    "gov",
    "edu",
    "io",
    "co",
    "uk",
    "de",
    "fr",
    "eu",
    "info",
    "dev",
    "app",
    "ly",
    "me",
    "us",
    "ca",
    "au",
    "example",
)
"""Top-level domains for which ``site.tld/path`` (no scheme) is read as a link."""

# --- Block-level noise ------------------------------------------------------------------

SITE_NAME_END = (
    r"(?-i:(?:[Tt]he )?(?:[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|on|for|&))*"
    r"|[\w-]+(?:\.[\w-]+)+))(?:,?\s+on\s+[\w ,]{3,30})?\s*\.?$"
)
"""A site or publication name (capitalised words or a domain) ending a line."""

FEED_FOOTER_PATTERNS: tuple[str, ...] = (
    r"^The post .+ appeared first on .+$",
    r"^(?:This|The) (?:article|post|story|piece|essay|entry|interview)"
    r" (?:was |is )?(?:originally |first )?(?:published|posted|appeared|appears|ran)"
    r" (?:on|in|at) " + SITE_NAME_END,
    r"^(?:Originally|First) (?:published|posted|appeared) (?:on|in|at) " + SITE_NAME_END,
    r"^(?:This|The) (?:article|post|story|piece) (?:is|was) republished from " + SITE_NAME_END,
    r"^Source:\s*\S.*$",
    r"^.{1,300}? was originally published in .{1,120}? on Medium, where people are continuing",
)
"""Short lines saying where an article appeared first."""

COPYRIGHT_PATTERNS: tuple[str, ...] = (
    r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))",
    r"\ball rights reserved\.?$",
)
"""Copyright notices, which close pages and feed items."""

BYLINE_STRONG_PREFIX = (
    r"^(?:Posted|Written|Words|Story|Reporting|Text|Report|Article|Published|Submitted)"
    r"\s+by\b:?\s*|^(?:Authors?|Writer|Byline)\s*:\s*"
)
"""Line starts that can only open a byline (``Posted by``, ``Author:``)."""

BYLINE_BY_PREFIX = r"^By\s*:?\s+"
"""A plain ``By`` that opens a byline only when a name follows (not ``By 2030, …``)."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin",
     "al", "el", "dos", "das", "ter", "ten", "y"}
)  # fmt: skip
"""Lower-case words allowed inside a personal name (``Ludwig van Beethoven``)."""

NAME_JOINERS: frozenset[str] = frozenset({"and", "&", "with"})
"""Words joining several names in a byline."""

BYLINE_SEPARATORS = "|•·—–-/,"
"""Characters separating a byline's name from its date or role."""

BYLINE_TAIL_PREPOSITIONS: frozenset[str] = frozenset({"for", "at", "of", "in", "from", "on"})
"""Words after a byline name that introduce its outlet or place (``for The Ledger``)."""

READING_TIME = r"^\d+\s*(?:-\s*)?(?:min(?:ute)?s?|hours?)\.?\s+(?:read|listen)$"
"""A reading-time stamp (``5 min read``)."""

MONTH_WORDS: frozenset[str] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip
"""Month names and abbreviations."""

WEEKDAY_WORDS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
     "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)  # fmt: skip
"""Weekday names and abbreviations."""

DATE_STAMP_KEYWORDS: frozenset[str] = frozenset(
    {"published", "updated", "posted", "modified", "edited", "created", "ago", "dated",
     "reviewed"}
)  # fmt: skip
"""Words that only appear beside a date in a date stamp."""

DATE_STAMP_FILLER: frozenset[str] = frozenset(
    {"am", "pm", "a", "p", "m", "at", "on", "the", "of", "last", "first", "date", "time",
     "today", "yesterday", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins",
     "day", "days", "week", "weeks", "month", "months", "year", "years", "read", "reading",
     "st", "nd", "rd", "th", "utc", "gmt", "bst", "cet", "cest", "est", "edt", "cst", "cdt",
     "mst", "mdt", "pst", "pdt", "ist", "aest", "aedt", "z", "t", "and", "by", "in", "an",
     "h"}
)  # fmt: skip
"""Other words a date stamp may hold; anything else means the line says something."""

CREDIT_PATTERNS: tuple[str, ...] = (
    # "Photo: Jane Doe/Reuters", "Image credit: …", "(Photograph by Jane Doe)" anywhere in a
    # short caption, after the start, a sentence end or an opening bracket.
    r"(?:^|[.!?]\s+|[(\[]\s*)(?:Top |Header |Lead |Featured |Cover |Main |Hero )?"
    r"(?:Photo|Photos|Photograph|Photographs|Photography|Picture|Pictures|Image|Images|Pic"
    r"|Illustration|Illustrations|Graphic|Graphics|Artwork|Video|Footage|Map|Chart)"
    r"(?:\s+credits?)?\s*(?::|©|by\s+[A-Z@]|courtesy\b|via\s+[A-Z])",
    r"(?:^|[.!?]\s+|[(\[]\s*)(?:(?:Credits?|Image source|Photo source)\s*:|Courtesy(?: of)?[:\s])"
    r"\s*(?:the\s+)?[A-Z@]",
    r"\bvia (?:Flickr|Wikimedia(?: Commons)?|Unsplash|Pexels|Pixabay|Getty Images"
    r"|Shutterstock|iStock(?:photo)?|Creative Commons|Alamy)\b[^.!?]{0,40}$",
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*(?:AP|AFP|Reuters|Getty(?: Images)?|EPA"
    r"|Shutterstock|Alamy|Bloomberg|PA|NurPhoto|Sipa|Zuma|Xinhua|Anadolu|dpa)\b[^.!?]{0,30}\.?$",
    r"\(?\bCC[ -](?:BY|0)(?:-[A-Z]{2})*(?:\s+\d\.\d)?\)?\.?$",
    r"^(?:Getty Images|Shutterstock|iStock(?:photo)?|Alamy|Unsplash|Pexels)\.?$",
)
"""Photo and image credits, alone or closing a caption (case-sensitive)."""

SUBSCRIBE_PATTERNS: tuple[str, ...] = (
    r"^(?:Subscribe|Sign up|Signup|Sign-up|Register|Opt in)\s+(?:now|today|here|below|(?:to|for)\s+"
    r"(?:our|the|this|my|a|an|free|get|receive|(?-i:[A-Z])))"
    r"(?=.*\b(?:newsletter|newsletters|feed|rss|podcast|inbox|updates|email|e-mail"
    r"|mailing list|channel|blog|digest|alerts|notifications|bulletin|briefing)\b)",
    r"^Subscribe(?: now| today| here| for free)?[.!:]?$",
    r"^Subscribe to (?:our|this|my)\b",
    r"^Get\b.{0,60}\b(?:delivered )?(?:straight |directly )?(?:to|in|into) your inbox\b",
    r"^(?:Follow|Like|Find|Join) (?:us|me|him|her|them|the author)\s+(?:on|at)\s+(?:@|Twitter\b"
    r"|X\b|Facebook|Instagram|LinkedIn|Mastodon|Bluesky|Threads|TikTok|YouTube|Substack|Medium)",
    r"^(?:Please )?(?:support|help fund|donate to) (?:our|independent|this)"
    r" (?:journalism|work|site|blog|reporting)\b",
    r"^(?:Become|Join as) a (?:member|patron|subscriber|supporter)\b",
    r"^(?:enter )?(?:your )?e-?mail(?: address)?\s*[:*]?$",
    r"^your e-?mail (?:address )?will not be published",
    r"^Don[’']t miss (?:a|an|out|another)\b.{0,80}\b(?:story|post|issue|episode|update|newsletter)",
    r"^If you (?:enjoyed|liked|found) (?:this|that)\b.{0,80}"
    r"\b(?:share|subscribe|sign up|consider)\b",
    r"^Thanks for reading\b.{0,80}\b(?:subscribe|sign up|subscriber)",
    r"\bis a reader-supported publication\b",
    r"^(?:Want|Like) (?:more|stories like this|this (?:post|article))\b.{0,60}"
    r"\b(?:subscribe|sign up|newsletter|inbox)\b",
)
"""Prompts to subscribe, sign up or follow (case-insensitive, short lines only)."""

SHARE_PATTERNS: tuple[str, ...] = (
    r"^(?:Please )?Share (?:this|the)(?: post| article| story| page| piece| link)?"
    r"\s*(?:[:!.]|\b(?:on|with|via)\b|$)",
    r"^Click to (?:share|email|print|tweet|pin)\b",
    r"^(?:Share|Post|Tweet|Pin|Send|Email) (?:it |this )?(?:on|to|via|with) (?:Facebook|Twitter|X"
    r"|LinkedIn|Reddit|WhatsApp|Pinterest|Email|E-mail|Bluesky|Mastodon|Threads|Telegram"
    r"|Tumblr|Pocket|Flipboard|a friend)\b",
    r"^Like this:",
    r"^\(?Opens in (?:a )?new (?:window|tab)\)?\.?$",
)
"""Share prompts and share-button labels (case-insensitive, short lines only)."""

SHARE_WORDS: frozenset[str] = frozenset(
    {"share", "shares", "sharing", "tweet", "retweet", "email", "e-mail", "mail", "print",
     "pin", "pinit", "it", "save", "copy", "link", "facebook", "twitter", "x", "linkedin",
     "reddit", "whatsapp", "telegram", "pinterest", "tumblr", "pocket", "flipboard", "bluesky",
     "mastodon", "threads", "messenger", "sms", "more", "like", "this", "loading", "on",
     "via", "opens", "in", "new", "window", "tab", "click", "to", "the", "comment"}
)  # fmt: skip
"""Words of a share bar; a line made only of these is a row of buttons."""

SHARE_NETWORKS: frozenset[str] = frozenset(
    {"share", "tweet", "facebook", "twitter", "linkedin", "reddit", "whatsapp", "telegram",
     "pinterest", "tumblr", "pocket", "flipboard", "bluesky", "mastodon", "email", "print",
     "loading", "pin", "pinit"}
)  # fmt: skip
"""At least one of these must be in a share-bar line (so ``Like this`` alone also counts)."""

COMMENT_PATTERNS: tuple[str, ...] = (
    r"^(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:comments?|responses?|replies|thoughts?|reactions?)(?:\s+(?:on|to)\s+[“\"‘'].+)?:?$",
    r"^comments?(?:\s*\(\d+\))?\s*:?$",
    r"^\(\d+\)\s+comments?$",
    r"^leave a (?:reply|comment|response)\b",
    r"^(?:post|add|write|submit) (?:a |new |your |the first )?comment\s*[:.!]?$",
    r"^comments? (?:are|is) (?:closed|disabled|open|off|moderated)\b",
    r"^join the (?:discussion|conversation)\s*(?:[:.!]|below|in the comments)?\s*$",
    r"^cancel reply$",
    r"^you must be (?:logged|signed) in to (?:post a )?(?:comment|reply)\b",
    r"^(?:show|view|load|hide|see|read) (?:all |more |the |\d+ )?comments?\s*(?:\(\d+\))?$",
    r"^(?:reply|report|flag)(?: to this comment)?$",
    r"^(?:discussion|responses|reader comments|what readers say)$",
    r"^what do you think\?.{0,80}\b(?:comments?|below)\b",
    r"^have your say\s*[:.!]?$",
    r"^be the first to comment\b",
)
"""Comment counts, forms and headers (case-insensitive, short lines only)."""

RELATED_PATTERNS: tuple[str, ...] = (
    r"^(?:related|related (?:posts?|articles?|stories|story|reading|content|links|coverage|topics)"
    r"|you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in|want to read)"
    r"|more (?:stories|articles|posts|like this|on this(?: story| topic)?)|more from .{1,40}"
    r"|recommended(?: for you| reading| stories| articles)?|read next|up next|what to read next"
    r"|most (?:read|popular|viewed|shared)|popular (?:posts|articles|stories|now)|trending(?: now)?"
    r"|further reading|also on .+|latest (?:posts|news|stories|articles)|elsewhere on .+"
    r"|other (?:stories|posts|articles)|keep reading|previous (?:post|article)"
    r"|next (?:post|article))"
    r"\s*:?$",
)
"""Headers of a related-links list (case-insensitive)."""

RELATED_PREFIX = (
    r"^(?:Related|Read more|Read also|Also read|See also|Read next|Don[’']t miss|Recommended"
    r"|Related (?:posts?|articles?|stor(?:y|ies)|coverage|reading|links)|More|Next post"
    r"|Previous post)"
    r"\s*:\s*\S"
)
"""A single related link inline: ``Related: Quay lighting bid rejected``."""

META_LINE_PATTERNS: tuple[str, ...] = (
    r"^(?:Posted in|Filed under)\s*:?\s*(?:\S+\s*){1,6}$",
    r"^(?:Tags?|Tagged(?: with| as)?|Categories|Category|Topics?|Filed under|Keywords|Labels)\s*:",
    r"^(?:Estimated )?Reading time\s*:?\s*\d",
    r"^(?:Last )?(?:updated|modified|published|posted)\s*:?\s*$",
)
"""Taxonomy and reading-time lines (case-insensitive)."""

UI_PATTERNS: tuple[str, ...] = (
    r"^(?:advertisement|advert|sponsored(?: content)?|paid (?:content|post)|ad)$",
    r"^(?:story|article) continues (?:below|after)\b",
    r"^skip (?:to (?:main )?content|advert(?:isement)?|navigation)$",
    r"^scroll (?:down )?to continue\b",
    r"^(?:back to top|top of page|print this page|print|loading…?|loading\.\.\.)$",
    r"^(?:listen to (?:this|the) (?:article|story|post)|audio version)\b.{0,40}$",
    r"^(?:please )?enable javascript\b",
    r"^click here to\b.{0,80}$",
    r"^(?:image|photo|video|gallery)\s*\d*\s*(?:of\s*\d+)?$",
    r"^(?:previous|next)(?: post| article| page)?\s*[«»‹›←→]?$",
    r"^submitted by\s+/?u/\S+",
    r"^(?:dismiss|close|got it|no,? thanks|accept(?: all)?(?: cookies)?|ok(?:ay)?)[.!]?$",
    r"^(?:∞\s*)?permalink(?:\s*∞)?$",
)
"""Labels of page widgets left behind as text (case-insensitive)."""

BIO_HEADING_PATTERNS: tuple[str, ...] = (
    r"^(?:about|more about|meet) (?:the |this )?"
    r"(?:authors?|writers?|contributors?|reporters?)\s*:?$",
    r"^(?:the )?(?:authors?|contributors?|writers?)(?:[’']s?)? (?:bio|biography|information|details"
    r"|profile|note)\s*:?$",
    r"^(?:bio|biography)\s*:?$",
)
"""Headers of an author biography (case-insensitive)."""

BIO_VERBS = (
    r"(?:is|was|are|were|has been|have been|writes|wrote|covers|reports|teaches|lives|works"
    r"|edits|leads|runs|studies|researches|served|serves|joined|holds|blogs)"
)
"""Verbs that follow a name at the start of a biography (``Jane Smith is …``)."""

MINOR_TITLE_WORDS: frozenset[str] = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
     "with", "from", "vs", "vs.", "as", "into", "onto", "per", "via", "up", "off", "out", "over",
     "is", "are", "be", "it", "its", "than", "so", "yet", "&"}
)  # fmt: skip
"""Words left lower-case in Title Case, ignored when judging whether a line is a title."""

#: Elements that only hold other blocks; loose text inside them is read as a paragraph.
CONTAINER_TAGS = frozenset(
    {
        "html",
        "body",
        "div",
        "section",
        "article",
        "main",
        "header",
        "hgroup",
        "address",
        "center",
        "details",
        "summary",
        "dl",
        "dt",
        "dd",
        "ul",
        "ol",
        "menu",
        "dir",
        "p",
        "hr",
        "fieldset",
        "footer",
        "figure",
        "form",
        "caption",
        "h5",
        "h6",
    }
)

SITE_FOOTER_WORDS: frozenset[str] = frozenset(
    {
        "about",
        "press",
        "copyright",
        "contact",
        "us",
        "creators",
        "advertise",
        "advertising",
        "developers",
        "terms",
        "privacy",
        "policy",
        "policies",
        "safety",
        "how",
        "works",
        "test",
        "new",
        "features",
        "cookies",
        "cookie",
        "careers",
        "jobs",
        "help",
        "sitemap",
        "site",
        "map",
        "accessibility",
        "legal",
        "imprint",
        "impressum",
        "faq",
        "support",
        "store",
        "shop",
        "newsletter",
        "rss",
        "home",
        "and",
        "of",
        "use",
        "service",
        "services",
        "settings",
        "preferences",
        "ad",
        "ads",
        "choices",
        "do",
        "not",
        "sell",
        "share",
        "my",
        "personal",
        "information",
        "info",
        "llc",
        "inc",
        "ltd",
        "rights",
        "reserved",
        "all",
        "the",
        "conditions",
        "community",
        "guidelines",
        "partners",
        "affiliates",
        "investors",
        "media",
        "kit",
        "team",
        "company",
        "youtube",
        "google",
        "status",
        "security",
        "report",
        "feedback",
        "app",
        "apps",
        "download",
        "language",
    }
)
"""Words of a site's footer of links ("About Press Copyright Contact us Creators …")."""

# --- Intro and outro ----------------------------------------------------------------------

UNTITLED_TITLES: frozenset[str] = frozenset(
    {"untitled", "untitled post", "untitled article", "no title", "(no title)", "(untitled)"}
)
"""Titles that say there is no title (case-insensitive); the intro leaves them out."""
