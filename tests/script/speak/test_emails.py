"""E-mail addresses, read as their parts, as they appear in news tips, shops and notices.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

EMAILS = [
    ("Send tips to tips@nytimes.com.", "Send tips to tips at nytimes dot com."),
    ("Write to jane.doe@example.com today.", "Write to jane dot doe at example dot com today."),
    (
        "Contact press@whitehouse.gov for comment.",
        "Contact press at whitehouse dot gov for comment.",
    ),
    ("Email first_last@company.co.uk", "Email first underscore last at company dot co dot uk"),
    ("Reach john-smith@mail.org anytime.", "Reach john dash smith at mail dot org anytime."),
    ("Subscribe with user+news@gmail.com", "Subscribe with user plus news at gmail dot com"),
    ("Questions go to info@acme-corp.com", "Questions go to info at acme dash corp dot com"),
    ("Email support@apple.com.", "Email support at apple dot com."),
    ("Letters go to letters@theatlantic.com.", "Letters go to letters at theatlantic dot com."),
    ("Write J.Smith@uni.edu with questions.", "Write J dot Smith at uni dot E D U with questions."),
    ("Orders: sales2024@shop.com", "Orders: sales two zero two four at shop dot com"),
    ("Replies to noreply@github.com bounce.", "Replies to noreply at github dot com bounce."),
    ("The CEO, ceo@startup.io, did not reply.", "The CEO, ceo at startup dot io, did not reply."),
    ("Email hr@bigcompany.com to apply.", "Email hr at bigcompany dot com to apply."),
    (
        "Returns: returns@store.example.com (include your order number).",
        "Returns: returns at store dot example dot com, include your order number.",
    ),
    ("Contact us at hello@studio.design", "Contact us at hello at studio dot design"),
    (
        "Send your CV to careers@firm.com by Friday.",
        "Send your CV to careers at firm dot com by Friday.",
    ),
    (
        "For accessibility help, email ada@city.gov.",
        "For accessibility help, email ada at city dot gov.",
    ),
    (
        "Complaints may be sent to complaints@council.gov.uk.",
        "Complaints may be sent to complaints at council dot gov dot uk.",
    ),
    (
        "Email editor@localnews.net with corrections.",
        "Email editor at localnews dot net with corrections.",
    ),
    (
        "Student questions: registrar@state.edu",
        "Student questions: registrar at state dot E D U",
    ),
    ("Write to m.garcia@ox.ac.uk.", "Write to m dot garcia at ox dot A C dot uk."),
    ("Signal or email: 24hours@paper.com", "Signal or email: two four hours at paper dot com"),
    ("Billing is billing@isp.net.", "Billing is billing at isp dot net."),
    (
        "Email privacy@bank.com or call us.",
        "Email privacy at bank dot com or call us.",
    ),
    ("The account was a.b.c@mail.com.", "The account was a dot b dot c at mail dot com."),
    ("Email Team.Lead@Company.com now.", "Email Team dot Lead at Company dot com now."),
    (
        "Email tips@theverge.com or tips@vox.com.",
        "Email tips at theverge dot com or tips at vox dot com.",
    ),
    ("Email: desk@paper.org.", "Email: desk at paper dot org."),
    (
        '"Write to me at alice99@mail.com," she said.',
        '"Write to me at alice nine nine at mail dot com," she said.',
    ),
    ("Report bugs to bugs@project-x.dev.", "Report bugs to bugs at project dash x dot dev."),
    ("Email the desk (news@paper.com).", "Email the desk, news at paper dot com."),
    (
        "Email us: hello+press@news-site.org.",
        "Email us: hello plus press at news dash site dot org.",
    ),
]


@pytest.mark.parametrize(("written", "spoken"), EMAILS)
def test_expand_email_addresses(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
