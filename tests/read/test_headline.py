"""The headline out of a page's <title>: the site's and the section's names cut."""

from __future__ import annotations

import pytest

from sahna.read.headline import headline
from sahna.read.html import html_document


@pytest.mark.parametrize(("title", "site", "host", "expected"), [
    ("Jazz week opens in Almaty | MoreBikes", "MoreBikes", None, "Jazz week opens in Almaty"),
    ("Столичный вестник :: Культура :: В театре оперы прошла премьера «Абая»",
     "Столичный вестник", None, "В театре оперы прошла премьера «Абая»"),
    ("Орталық хабаршы — Жаңалықтар — Астанада жаңа мұражай ашылды", "Орталық хабаршы",
     None, "Астанада жаңа мұражай ашылды"),
    # the site's name itself holds a separator; the site names itself with a colon
    ("Folk night in Turkistan - Steppe Arts - Weekly Review", "Steppe Arts - Weekly Review",
     None, "Folk night in Turkistan"),
    ("Steppe Herald | culture news: Folk night in Turkistan", "Steppe Herald | culture news",
     None, "Folk night in Turkistan"),
    # no site name in the metadata: the host's name
    ("Opera season opens – SteppeNews.com", None, "https://steppenews.com/a/1",
     "Opera season opens"),
    ("Opera season opens | Qazart", None, "www.qazart.kz", "Opera season opens"),
])
def test_site_and_section_names_are_cut(title, site, host, expected):
    assert headline(title, site=site, host=host) == expected


def test_a_headline_the_page_shows_by_itself_wins():
    # a section before the headline, the site not named in the title
    assert headline("Opinion | Why the old theatre must stay", site="City Daily",
                    candidates=["City Daily", "Why the old theatre must stay"]
                    ) == "Why the old theatre must stay"
    # quotes and dashes may differ between <title> and <h1>
    assert headline("'Light' - a festival returns | Gallery Mag",
                    candidates=["‘Light’ – a festival returns"]) == "‘Light’ – a festival returns"
    # the <h1> that is the site's logo is not the headline
    assert headline("Open thread for November - The Giving Blog", site="The Giving Blog",
                    candidates=["The Giving Blog"]) == "Open thread for November"


def test_titles_without_a_site_name_stay_whole():
    assert headline("Abai - the poet and his century", site="Steppe Herald") == (
        "Abai - the poet and his century")
    assert headline("Take C.A.R.E. - our team at the fair 2025", site="Teamwork",
                    candidates=["Take C.A.R.E. - our team at the fair 2025"]
                    ) == "Take C.A.R.E. - our team at the fair 2025"
    # what would be left is a lone rubric, not a headline
    assert headline("Astana Opera - News", site="Astana Opera") == "Astana Opera - News"
    # a hyphen inside a word is no separator
    assert headline("Ust-Kamenogorsk drama theatre turns 90", site="Ust") == (
        "Ust-Kamenogorsk drama theatre turns 90")
    assert headline(None) is None


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Kurmangazy orchestra opens the season | Steppe Herald</title>
<meta property="og:site_name" content="Steppe Herald">
<meta property="og:title" content="Kurmangazy orchestra opens the season | Steppe Herald">
</head><body><header><a href="/">Steppe Herald</a></header>
<article><h2>Kurmangazy orchestra opens the season</h2>
<p>The Kurmangazy folk orchestra opened its concert season in Astana on Friday with a
programme of kuis and new works by young composers, the orchestra said.</p>
<p>The next concert, on 14 November, will feature the dombra player Aigul Ospanova and
the choir of the national conservatory, with tickets already on sale.</p>
</article></body></html>"""


def test_page_title_text_and_site_without_the_site_name():
    doc = html_document(PAGE.encode(), "herald.html", "herald")
    assert not isinstance(doc, Exception)
    assert doc.title == "Kurmangazy orchestra opens the season"
    assert doc.site == "Steppe Herald"
    assert doc.raw.startswith("Kurmangazy orchestra opens the season\n\n")
    assert "| Steppe Herald" not in doc.raw
