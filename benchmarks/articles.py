"""Articles for the benchmarks, written for them: varied paragraphs, headings, numbers.

Any number of articles of any length are made from the same paragraphs in different
orders, so a 60-minute article reads like a long essay rather than one sentence repeated,
and synthesis sees the mix of sentence lengths real articles have.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

PARAGRAPHS = (
    "The first lighthouses were nothing more than fires on hilltops, tended by whoever "
    "lived closest to the harbour. By the third century before our era, the Pharos of "
    "Alexandria rose more than a hundred metres above the sea, and sailors claimed they "
    "could see its glow from fifty kilometres away.",
    "Bread dough is a living thing. Yeast eats the sugars in the flour and breathes out "
    "carbon dioxide, which the stretchy gluten network traps in millions of tiny "
    "pockets. Knead too little and the bubbles escape; knead too much and the crumb "
    "turns tight and chewy.",
    "When the city council voted to close the old tram line in 1957, nobody expected "
    "that sixty years later the same route would be rebuilt at a cost of four hundred "
    "million euros. The rails had been buried under asphalt, not removed, and workers "
    "found them almost untouched.",
    "Why do cats purr? The short answer is that nobody is entirely sure. Purring happens "
    "when a cat is content, but also when it is injured or giving birth, which suggests "
    "the sound may help calm the animal, or even encourage its bones to heal.",
    "A good spreadsheet is like a well-organised kitchen: everything has a place, and "
    "you can find the salt without thinking. Label your columns, keep raw data on one "
    "sheet and calculations on another, and never type a number into a formula when a "
    "cell reference will do.",
    "The glaciers of the Alps have lost roughly half their volume since 1850. In the "
    "summer of 2022 alone, Swiss glaciers shrank by six percent, a figure that "
    "glaciologists had expected to see only in the most extreme years of the next "
    "decade.",
    "Marathon runners talk about hitting the wall at around the thirtieth kilometre. "
    "The body has burned through its stored glycogen and must switch to fat, which "
    "releases energy more slowly. Legs feel heavy, thoughts turn foggy, and every step "
    "becomes a negotiation.",
    "In the archive, the letters were tied with faded ribbon and sorted by year. The "
    "earliest, dated March 1911, described a journey by cart across the mountains; "
    "the last, written in a shaky hand in 1968, asked only whether the apple trees had "
    "flowered that spring.",
    "Composting at home needs four things: green material such as vegetable peelings, "
    "brown material such as dry leaves or cardboard, air, and a little water. Turn the "
    "heap every couple of weeks and it will reach sixty degrees in the middle, hot "
    "enough to kill most weed seeds.",
    "The violin maker held the thin spruce plate up to the window and tapped it with a "
    "fingernail. Each tap rang a slightly different note, and she shaved the wood, a "
    "fraction of a millimetre at a time, until the plate sang the pitch she wanted.",
    "Interest compounds quietly. A sum that grows by seven percent a year doubles in "
    "about ten years, quadruples in twenty, and is worth nearly eight times as much "
    "after thirty. The same arithmetic works against anyone who carries a balance on a "
    "credit card.",
    "On clear nights far from city lights, the Milky Way looks like a band of thin "
    "cloud stretching from one horizon to the other. Through binoculars the cloud "
    "breaks into countless stars, each one a sun, many with planets of their own that "
    "we will never visit.",
    "Honeybees decide where to build a new nest by a kind of vote. Scouts fly out, "
    "return, and dance for the sites they prefer; the better the site, the longer the "
    "dance. Within a day or two, one location wins, and the whole swarm lifts off "
    "together.",
    "The museum's newest exhibit is a single room, painted white, with one chair in the "
    "middle. Visitors are asked to sit for five minutes without their phones. Most say "
    "afterwards that it was the longest five minutes of the week, and several have come "
    "back to do it again.",
    "Learning a second language as an adult is slower than it is for children, but "
    "adults have one great advantage: they can study deliberately. Twenty minutes a "
    "day of focused practice, spread over a year, beats a single intensive month "
    "followed by nothing.",
    "Tides are the ocean's answer to the pull of the moon and, to a lesser degree, the "
    "sun. When the two line up, at new and full moon, the tides run highest; when they "
    "pull at right angles, the difference between high and low water is smallest.",
)
HEADINGS = (
    "Where it began",
    "A closer look",
    "What changed",
    "The numbers",
    "Looking ahead",
    "A note on method",
    "What we still do not know",
    "In practice",
)
WORDS_PER_PARAGRAPH = sum(len(p.split()) for p in PARAGRAPHS) / len(PARAGRAPHS)


def article_text(number: int, paragraphs: int, per_section: int = 4) -> str:
    """Markdown for article ``number``: a title, a date, and ``paragraphs`` paragraphs."""
    rng = random.Random(number)
    order: list[str] = []
    while len(order) < paragraphs:
        batch = list(PARAGRAPHS)
        rng.shuffle(batch)
        order.extend(batch)
    published = date(2024, 1, 1) + timedelta(days=number)
    lines = [
        "---",
        f"title: Benchmark article {number}: {HEADINGS[number % len(HEADINGS)].lower()}",
        f"date: {published.isoformat()}",
        "---",
        "",
    ]
    for index, paragraph in enumerate(order[:paragraphs]):
        if index and index % per_section == 0:
            lines += [f"## {HEADINGS[(index // per_section + number) % len(HEADINGS)]}", ""]
        lines += [unique(paragraph, number * 1000 + index), ""]
    return "\n".join(lines)


def unique(paragraph: str, mark: int) -> str:
    """The paragraph with every sentence made its own ("In part 3002.1, The first ..."), so
    no sentence repeats within or across articles: real articles do not repeat sentences,
    and the build's sentence cache must not answer what raw Piper has to speak."""
    sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", paragraph)
    return " ".join(f"In part {mark}.{n}, {s}" for n, s in enumerate(sentences, start=1))


def write_articles(folder: Path, count: int, paragraphs: int, first: int = 1) -> list[Path]:
    """``count`` Markdown articles in ``folder``; their paths, oldest first."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(first, first + count):
        path = folder / f"article-{number:03d}.md"
        path.write_text(article_text(number, paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


def paragraphs_for_minutes(minutes: float, words_per_minute: float = 160) -> int:
    """How many paragraphs make about ``minutes`` of narration."""
    return max(1, round(minutes * words_per_minute / WORDS_PER_PARAGRAPH))
