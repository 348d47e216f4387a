"""Street addresses: street types, compass points, and state codes that are also words.

Plain data for :mod:`podcastify.script.speak.addresses`. Street abbreviations ("St.",
"Ave.") are expanded before, by the name suffixes in :mod:`.abbreviations`.
"""

from __future__ import annotations

#: Words that end a street name, as they are said.
STREET_TYPES: frozenset[str] = frozenset(
    {
        "Street", "Avenue", "Boulevard", "Road", "Drive", "Lane", "Way", "Court", "Place",
        "Terrace", "Parkway", "Highway", "Circle", "Square", "Plaza", "Loop", "Trail", "Row",
        "Crescent", "Close", "Alley", "Freeway", "Expressway", "Pike", "Turnpike", "Walk",
    }
)  # fmt: skip

#: Compass points written in addresses ("1600 Pennsylvania Ave. NW", "500 W. Madison St.").
COMPASS_POINTS: dict[str, str] = {
    "N": "North",
    "S": "South",
    "E": "East",
    "W": "West",
    "NE": "Northeast",
    "NW": "Northwest",
    "SE": "Southeast",
    "SW": "Southwest",
}

#: Postal codes that are also English words: read as a state only before a ZIP code.
WORDLIKE_STATE_CODES: frozenset[str] = frozenset({"IN", "OR", "ME", "OK", "HI", "OH", "AL", "LA"})

#: Places with a postal code that is not a state.
OTHER_POSTAL_CODES: dict[str, str] = {"DC": "DC", "PR": "Puerto Rico", "GU": "Guam"}
