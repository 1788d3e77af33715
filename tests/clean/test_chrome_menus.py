"""Menus written one item per line: where the article is, and which runs are menus."""

from __future__ import annotations

from sahna.clean import clean_text
from sahna.clean.page import article_span, classify_lines

LEAD = ("The city orchestra opened its winter season on Friday with a programme of "
        "Russian and Kazakh music in the newly restored concert hall.")
SECOND = ("The conductor said the season would include twelve concerts, two of them "
          "devoted to young composers from the region and their first symphonies.")
BLURB = ("Our group is a family of newspapers, radio stations and websites serving "
         "readers across the whole region since the year of its founding.")
SITE_SECTIONS = ["Weekend outings", "Dining out", "Open houses", "Puzzles and games",
                 "High school scores", "Metro desk", "Weekend picks", "Letters page"]


def test_the_article_span_is_the_largest_block_of_paragraphs() -> None:
    lines = [BLURB, *SITE_SECTIONS, *SITE_SECTIONS, "Orchestra opens its season", LEAD, SECOND]
    labels: list[str | None] = [None] * len(lines)
    assert article_span(lines, labels) == (len(lines) - 2, len(lines) - 1)
    assert article_span(["Short", "lines only"], [None, None]) == (2, -1)


def test_menu_after_a_publishers_blurb_is_still_above_the_article() -> None:
    # the blurb is a paragraph, but far from the article: the menu is not inside it
    page = "\n".join([BLURB, "Home", "World", *SITE_SECTIONS, *SITE_SECTIONS,
                      "Orchestra opens its season", LEAD, SECOND])
    cleaned = clean_text(page)
    assert "Metro desk" in cleaned.removed_lines and "World" in cleaned.removed_lines
    assert "Orchestra opens its season" in cleaned.text
    assert LEAD in cleaned.text and SECOND in cleaned.text


def test_a_long_run_of_unknown_labels_above_the_article_is_a_menu() -> None:
    page = "\n".join([*SITE_SECTIONS, "Orchestra opens its season", LEAD, SECOND])
    labels = classify_lines(page.split("\n"))
    assert all(label == "menu" for label in labels[:len(SITE_SECTIONS)])
    assert labels[-3:] == [None, None, None]


def test_a_short_unknown_run_or_one_below_the_article_stays() -> None:
    pieces = ["Adagio for Strings", "Bolero", "Kui Adai", "Steppe Suite", "Night Song",
              "Kui Saryarka", "Spring Waltz", "Dream of Winter"]
    # the programme closing the article, without known menu words, is kept
    page = "\n".join(["Orchestra opens its season", LEAD, SECOND, *pieces])
    assert all(label is None for label in classify_lines(page.split("\n")))
    # five unknown labels above the article are too few to tell from a header
    page = "\n".join([*SITE_SECTIONS[:5], "Orchestra opens its season", LEAD, SECOND])
    assert all(label is None for label in classify_lines(page.split("\n")))


def test_the_rubric_above_a_long_headline_goes_and_a_short_headline_stays() -> None:
    headline = "Orchestra opens its winter season with Russian and Kazakh music tonight"
    page = ["Home", "World", "Business", "Culture", "Sport", "Music", headline, LEAD]
    labels = classify_lines(page)
    assert labels[5] == "menu"  # "Music": the rubric, the headline follows it
    assert labels[6:] == [None, None]
    page = ["Home", "World", "Business", "Culture", "Sport", "Light Festival opens", LEAD]
    assert classify_lines(page)[5] is None  # the page's short headline above the lead


OTHER_STORIES = ["Museum of steppe art reopens after two years of repairs",
                 "City theatre names its new artistic director",
                 "Young pianists compete for the grand prix in the capital",
                 "Film festival announces the jury of its main competition",
                 "Folk ensemble returns from a tour of twelve cities"]


def test_dated_headlines_above_the_article_are_a_list_of_other_stories() -> None:
    page = []
    for n, story in enumerate(OTHER_STORIES):
        page += [story, f"1{n}.03.2025"]
    page += ["Orchestra opens its winter season", "Photo: Aigerim Seitkali", LEAD, SECOND]
    labels = classify_lines(page)
    assert [labels[page.index(s)] for s in OTHER_STORIES[:4]] == ["list_item"] * 4
    # the two kept lines above the lead may be the headline and its deck: they stay
    assert labels[page.index(OTHER_STORIES[4])] is None
    assert labels[-4] is None and labels[-2:] == [None, None]


def test_headline_like_subheads_without_chrome_between_them_stay() -> None:
    # five headline-shaped lines in a row, nothing between them: the article's own list
    page = [*OTHER_STORIES, "Orchestra opens its winter season", LEAD, SECOND]
    assert all(label is None for label in classify_lines(page))
    # dated, but introduced by a colon: the article's own list
    page = ["The season's programme:"]
    for n, story in enumerate(OTHER_STORIES):
        page += [story, f"1{n}.03.2025"]
    page += ["Orchestra opens its winter season", LEAD, SECOND]
    labels = classify_lines(page)
    assert all(labels[page.index(s)] is None for s in OTHER_STORIES)


def test_camel_case_brands_are_menu_items() -> None:
    page = ["iPhone 16", "iPad Air", "macOS Sequoia", "eNewspaper", "Apple Watch", "iMac",
            "AirPods Pro", "watchOS 11", "Orchestra opens its season", LEAD, SECOND]
    labels = classify_lines(page)
    assert labels[:8] == ["menu"] * 8 and labels[-2:] == [None, None]
