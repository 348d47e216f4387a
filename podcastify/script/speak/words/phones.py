"""Phone numbers and numbers read digit by digit: the words that announce them.

Plain data for :mod:`podcastify.script.speak.phones`.
"""

from __future__ import annotations

#: Short numbers read digit by digit wherever they stand ("Call 911").
EMERGENCY_NUMBERS: frozenset[str] = frozenset({"911", "999", "112"})

#: Words before a short service number that is dialled ("call 311", "text 988").
DIAL_WORDS: frozenset[str] = frozenset(
    {"call", "calling", "called", "dial", "dialing", "dialling", "dialed", "dialled", "text"}
    | {"texting", "phone", "ring", "hotline", "line", "tel", "telephone", "fax", "at"}
)

#: Words before a number that is a code, an account or a card ending, read digit by digit
#: in groups ("ending in 4321", "PIN 1234", "order number 123456789").
CODE_CUES: frozenset[str] = frozenset(
    {"ending", "pin", "passcode", "password", "code", "otp", "ref", "reference", "confirmation"}
    | {"tracking", "account", "routing", "serial", "invoice", "policy", "member", "membership"}
    | {"ticket", "voucher", "coupon", "booking", "reservation", "order", "case", "claim", "id"}
    | {"iban", "sort", "parcel", "shipment", "customer", "transaction", "receipt", "badge"}
)

#: Words that may stand between a code cue and its digits ("order number 12", "ending in").
CODE_LINKS: frozenset[str] = frozenset({"number", "no", "in", "is", "was", "digits", "four"})
