"""strip_emoji: pictographs are not read out by their Unicode names."""

from __future__ import annotations

import pytest

from podcastify.script.cleanup import clean_text, strip_emoji


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Next year 🌧️", "Next year"),
        ("Ship 🚢 ahoy", "Ship ahoy"),
        ("Thumbs 👍🏽 up", "Thumbs up"),
        ("Family 👨‍👩‍👧 day", "Family day"),
        ("Flag 🇬🇧 waves", "Flag waves"),
        ("Sun ☀ and star ⭐", "Sun and star"),
        ("Check ✅ done ✔", "Check done"),
        ("Keycap 1️⃣ one", "Keycap 1 one"),
        ("Heart ❤️ love", "Heart love"),
        # kept unchanged
        ("Price £5 or €6 or $7.", "Price £5 or €6 or $7."),
        ("Copyright © and registered ® stay.", "Copyright © and registered ® stay."),
        ("Quotes “like” ‘these’ stay.", "Quotes “like” ‘these’ stay."),
        ("Maths: 3 × 4 ≥ 10 and ½.", "Maths: 3 × 4 ≥ 10 and ½."),
        ("Greek αβγ and Chinese 中文 stay.", "Greek αβγ and Chinese 中文 stay."),
    ],
)
def test_strip_emoji(text: str, expected: str) -> None:
    assert clean_text(strip_emoji(text)) == expected
