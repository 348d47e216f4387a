"""strip_footnote_markers: "claim.[3]", "claim.3" and "claim¹" are read as "claim."."""

from __future__ import annotations

import pytest

from podcastify.script.cleanup import clean_text, strip_footnote_markers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A claim.[3] Next sentence.", "A claim. Next sentence."),
        ("A claim[3]. Next.", "A claim. Next."),
        ("Several sources.[1, 2] Next.", "Several sources. Next."),
        ("A range.[4–6] Next.", "A range. Next."),
        ("Lettered note.[a] Next.", "Lettered note. Next."),
        ("Disputed.[citation needed] Next.", "Disputed. Next."),
        ("A claim.3 Next sentence.", "A claim. Next sentence."),
        ("At the end of the paragraph.12", "At the end of the paragraph."),
        ("As “quoted.”7 Next.", "As “quoted.” Next."),
        ("Other than a web browser2.", "Other than a web browser."),
        (
            "It worked in every browser2, even old ones.",
            "It worked in every browser, even old ones.",
        ),
        ("The clause was removed12.", "The clause was removed."),
        ("A claim.¹ Next.", "A claim. Next."),
        ("A claim¹² and more.", "A claim and more."),
        ("Back to text ↩ here.", "Back to text here."),
        # kept unchanged
        ("Version 2.3 was released.", "Version 2.3 was released."),
        ("It cost £1,140 in 2012.", "It cost £1,140 in 2012."),
        ("See No.3 and Fig.2 and p.45 for details.", "See No.3 and Fig.2 and p.45 for details."),
        ("An area of 40 m² and 3 km² in all.", "An area of 40 m² and 3 km² in all."),
        ("The [sic] stays, as does [laughter].", "The [sic] stays, as does [laughter]."),
        ("The 11:40 sailing left at 6.30 pm.", "The 11:40 sailing left at 6.30 pm."),
        ("Scores were 3.5 and 4.25 on average.", "Scores were 3.5 and 4.25 on average."),
        ("Room 101. Floor 3 is closed.", "Room 101. Floor 3 is closed."),
        # never deletes real text
        (
            "[I]f you cripple a man, you cripple a nation.",
            "If you cripple a man, you cripple a nation.",
        ),
        ("She wrote that “[t]he rules are clear.”", "She wrote that “the rules are clear.”"),
        ("“[W]e will fight,” he said.", "“We will fight,” he said."),
        ("True,4 but only partly.", "True, 4 but only partly."),
        ("We bought eggs,12 apples and bread.", "We bought eggs, 12 apples and bread."),
        ("Scores of 3,4 and 5 were common.", "Scores of 3,4 and 5 were common."),
        ("Install python3. Then run it.", "Install python3. Then run it."),
        ("The covid19 wave ended.", "The covid19 wave ended."),
        ("Item [A] and item [B] were tested.", "Item [A] and item [B] were tested."),
        ("Route A1. Exit 12.", "Route A1. Exit 12."),
        ("It runs on mp3 files.", "It runs on mp3 files."),
    ],
)
def test_strip_footnote_markers(text: str, expected: str) -> None:
    assert clean_text(strip_footnote_markers(text)) == expected
