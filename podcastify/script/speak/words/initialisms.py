"""Initialisms and acronyms espeak-ng misreads, and their respellings.

Plain data for :mod:`podcastify.script.speak`: written forms and what a US narrator
says for them, checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``).
"""

from __future__ import annotations

#: Initialisms a narrator spells out but espeak reads as a word: WHO, ACLU and NCAA anywhere,
#: the others when they stand alone in a clause ("the fund (IMF) said" becomes "the fund, IMF,
#: said", and espeak reads a clause that is all capitals with its word rules: "imf", "eppa").
#: The spoken form uses inner full stops with no final one ("W.H.O"): espeak then spells it with
#: initialism stress and does not end the sentence. Initialisms espeak always spells (FBI, UN,
#: US, UK, EU, CEO, CIA, ...) are left alone.
SPELLED_INITIALISMS: dict[str, str] = {
    "WHO": "W.H.O",  # the World Health Organization; espeak says "who"
    "ACLU": "A.C.L.U",  # espeak says "a-clue"
    "NCAA": "N.C.A.A",  # espeak says "nk-ah"; "N C double A" makes espeak say "double uh"
    "IQ": "I.Q",
    "NYC": "N.Y.C",
    "GOP": "G.O.P",
    "FAQ": "F.A.Q",
    "AMA": "A.M.A",
    "DOD": "D.O.D",
    "NIH": "N.I.H",
    "EPA": "E.P.A",
    "SEC": "S.E.C",
    "IPO": "I.P.O",
    "ETF": "E.T.F",
    "NGO": "N.G.O",
    "UAE": "U.A.E",
    "UPS": "U.P.S",
    "ER": "E.R",
    "ICU": "I.C.U",
    "IMF": "I.M.F",
    "ECB": "E.C.B",
    "EV": "E.V",
    "AWS": "A.W.S",
    "ANC": "A.N.C",
    "PLO": "P.L.O",
    "IDF": "I.D.F",
    "COO": "C.O.O",
    "ET": "E.T",  # Eastern Time
    "AP": "A.P",  # the Associated Press, as in "WASHINGTON (AP) -"
    "AARP": "A.A.R.P",
    "USMCA": "U.S.M.C.A",
    "USPS": "U.S.P.S",
    "EEOC": "E.E.O.C",
    "FDIC": "F.D.I.C",
    "FOMC": "F.O.M.C",
    "PBOC": "P.B.O.C",
    "IAEA": "I.A.E.A",
    "SEIU": "S.E.I.U",
    "ICBM": "I.C.B.M",
}

#: Acronyms said as a word that espeak would spell letter by letter in running text. Written
#: in title case, espeak reads them as words. (NASA, NATO, UNESCO, FEMA, SWAT, AIDS and many
#: more are already read as words by espeak and need no entry.)
WORD_ACRONYMS: dict[str, str] = {
    "HUD": "Hud",
    "ICE": "Ice",
    "ARM": "Arm",
    "TED": "Ted",
    "PIN": "pin",
    "SIM": "sim",
    "RAM": "ram",
    "ROM": "rom",
    "LAN": "lan",
    "WAN": "wan",
    "MAX": "Max",  # the Boeing 737 MAX
}

#: Dotted abbreviations that are not plain initialisms.
DOTTED_FORMS: dict[str, str] = {
    "Ph.D.": "PhD",
    "Ph.D": "PhD",
}

#: Editorial insertions a narrator does not read.
SILENT_INSERTIONS: frozenset[str] = frozenset({"[sic]", "(sic)", "[ sic ]"})

#: Spoken form of a lone capital letter whose natural spelling espeak misreads: "A" before a
#: word is read as the article "uh", so "M&A deals" would sound like "M and uh deals". Piper's
#: inline phoneme syntax gives the letter name.
LETTER_NAMES: dict[str, str] = {"A": "[[ ˈeɪ ]]"}
