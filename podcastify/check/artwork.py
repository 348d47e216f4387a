"""Artwork as Apple asks for it: reachable, JPEG or PNG, square, 1400–3000 px, RGB.

Only the image's first bytes are fetched: the format, size and colour mode are in its
header, so a 3000 px cover is never downloaded whole.
"""

from __future__ import annotations

import io

from podcastify.check.enclosures import fetch_problem, private_problem, url_extension
from podcastify.check.fetch import Fetcher
from podcastify.check.media_types import ARTWORK_FORMATS, ARTWORK_TYPES
from podcastify.check.parse import base_type
from podcastify.check.problems import Problem
from podcastify.check.rules import problem
from podcastify.errors import FetchError
from podcastify.publish.cover import MAX_SIDE, MIN_SIDE

HEADER_BYTES = 256 * 1024
"""Enough of any JPEG or PNG to read its header (JPEG's may follow a large EXIF block)."""


def artwork_problems(url: str, where: str, fetcher: Fetcher) -> list[Problem]:
    from PIL import Image, UnidentifiedImageError

    what = "artwork"
    private = private_problem(url, fetcher, where, what)
    if private is not None:
        return [private]
    try:
        reply = fetcher.get(url, first=0, last=HEADER_BYTES - 1, max_body=HEADER_BYTES)
    except FetchError as exc:
        return [fetch_problem(exc, where, f"{what} {url}", "artwork-unreachable")]
    if reply.status >= 400:
        message = f"{url} answers HTTP {reply.status} {reply.reason}".rstrip()
        return [problem("artwork-unreachable", where, message)]
    try:
        with Image.open(io.BytesIO(reply.body)) as image:
            kind, (width, height), mode = image.format or "", image.size, image.mode
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return [problem("artwork-format", where, f"{url} is not an image")]
    if kind not in ARTWORK_FORMATS:
        return [problem("artwork-format", where, f"{url} is {kind}")]
    problems = []
    size = f"{width}×{height}"
    if width != height:
        problems.append(problem("artwork-not-square", where, f"{url} is {size}"))
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        problems.append(problem("artwork-size", where, f"{url} is {size}"))
    if mode == "CMYK":
        problems.append(problem("artwork-colors", where, f"{url} is in CMYK"))
    if url_extension(url) not in ARTWORK_FORMATS[kind]:
        message = f"{url} is a {kind} image, its name ends {url_extension(url) or 'without one'}"
        problems.append(problem("artwork-extension", where, message))
    served = base_type(reply.header("Content-Type"))
    if served != ARTWORK_TYPES[kind]:
        message = f"{url} is served as {served or 'no type'}, not {ARTWORK_TYPES[kind]}"
        problems.append(problem("artwork-served-type", where, message))
    return problems
