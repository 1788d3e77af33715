"""Page parts recognised from their place: the site's header above its menu, and a
list of contents that links to the article's own subheadings."""

from __future__ import annotations

from sahna.clean import clean_text
from sahna.clean.page import classify_lines

HEADLINE = "Облыстық театр Моңғолияда гастрольдік сапармен болды"
LEAD = ("Облыстық драма театрының ұжымы Моңғолияның үш қаласында гастрольдік сапармен "
        "болып, көрермендерге екі спектакль ұсынды.")
SECOND = ("Сапар аясында театр әртістері жергілікті өнер ұжымдарымен кездесіп, "
          "шеберлік сабақтарын өткізді деп хабарлады театрдың баспасөз қызметі.")


def test_the_outlets_name_broken_over_lines_above_the_menu() -> None:
    page = ["Жамбыл атындағы", "облыстық қазақ", "драма театры", "Басты бет",
            "Мекеме жаңалықтары", HEADLINE, LEAD, SECOND]
    labels = classify_lines(page)
    assert labels[:3] == ["site_name"] * 3
    assert labels[5:] == [None, None, None]
    assert clean_text("\n".join(page)).title == HEADLINE


def test_the_header_rule_needs_a_headline_right_below_the_menu() -> None:
    # the headline above the share button: nothing above the menu is a site header
    page = ["Театр", "гастрольге", HEADLINE, "Бөлісу", LEAD, SECOND]
    assert classify_lines(page)[2] is None
    # two short lines only: too little to be sure they are not the headline's parts
    page = ["Облыстық театр", "Моңғолияда", "Басты бет", HEADLINE, LEAD, SECOND]
    assert classify_lines(page)[:2] == [None, None]
    # a sentence above the menu keeps the block
    page = ["Жамбыл атындағы", "облыстық қазақ", "Театр жаңа маусымды ашты.", "Басты бет",
            HEADLINE, LEAD, SECOND]
    assert classify_lines(page)[:3] == [None, None, None]


def test_a_list_of_contents_linking_to_the_articles_subheadings() -> None:
    page = ["На фоне степи", LEAD,
            "* Возвращение на родину", "* Портрет без позирования", "* Искусство для всех",
            "Возвращение на родину", SECOND, "Портрет без позирования", SECOND + " Ещё."]
    labels = classify_lines(page)
    assert labels[2:5] == ["contents"] * 3
    assert labels[5] is None and labels[7] is None  # the subheadings themselves stay


def test_a_bulleted_list_that_no_subheading_repeats_stays() -> None:
    page = ["На фоне степи", LEAD, "* Возвращение на родину", "* Портрет без позирования",
            "Возвращение на родину", SECOND]
    labels = classify_lines(page)
    assert labels[2:4] == [None, None]  # one item repeated is not a list of contents


_LEAD_EN = ("Three days of concerts will take place in the central park of Almaty, "
            "the city's akimat said on Monday.")


def test_rubric_and_kicker_labels_above_the_headline_go() -> None:
    lines = ["SOCIETY", "Arts & Culture",
             "Almaty hosts a festival of street music this weekend", _LEAD_EN]
    labels = classify_lines(lines)
    assert labels[:2] == ["menu", "menu"]
    assert labels[2:] == [None, None]
    kk = ["Мәдениет", "Алматыда көше музыкасының фестивалі өтеді",
          "Үш күн бойы орталық саябақта концерттер өтетінін қала әкімдігі дүйсенбі күні хабарлады."]
    assert classify_lines(kk)[0] == "menu"


def test_a_short_headline_over_its_deck_stays() -> None:
    for deck in ("Thousands gathered in the capital square", "Thousands gathered in the capital."):
        lines = ["Nauryz Celebrations", deck, _LEAD_EN]
        assert classify_lines(lines) == [None, None, None]
    kk = ["Ержеңістің жеңісі", "630",
          "Қазалыда айтыс өтті, оған облыстың он екі ақыны қатысып, бас жүлдені ақын жеңіп алды."]
    assert classify_lines(kk)[0] is None


def test_a_list_heading_inside_wrapped_article_text_does_not_swallow_it() -> None:
    """Text pages wrap long paragraphs; the continuation lines open in lowercase and
    no headline of a list does, so the list ends there."""
    lines = ["Almaty hosts a festival of street music this weekend", _LEAD_EN,
             "Read also", "Jazz week opens in Astana",
             "The organisers said that the programme of the festival would",
             "include bands from six countries, and that entry to all the",
             "concerts in the park would be free of charge for everyone."]
    labels = classify_lines(lines)
    assert labels[2:4] == ["list_heading", "list_item"]
    assert labels[4:] == [None, None, None]


def test_a_venue_named_under_the_headline_is_no_byline() -> None:
    lines = ["Almaty hosts a festival of street music this weekend", "Abai Square",
             _LEAD_EN]
    assert classify_lines(lines)[1] is None
    lines[1] = "Aigerim Seitkali"
    assert classify_lines(lines)[1] == "byline"


def test_copies_of_the_headline_after_a_name_and_of_the_lead_without_its_dateline() -> None:
    headline = "Kazakh orchestra to tour Europe next spring"
    teaser = "The Kazakh National Orchestra of Folk Instruments will tour six European cities"
    lead = (f"ASTANA. KAZINFORM – {teaser} next spring, the orchestra's press service "
            "told a correspondent.")
    lines = [headline, teaser, lead, "Kazinform | " + headline, "Culture: " + headline]
    labels = classify_lines(lines)
    assert labels == [None, "repeat", None, "repeat", "repeat"]


def test_a_headline_the_lead_repeats_and_goes_on_from_stays() -> None:
    headline = "The Kazakh National Orchestra of Folk Instruments will tour Europe"
    lead = f"{headline} next spring, opening in Vienna on March 12, its press service said."
    assert classify_lines([headline, lead]) == [None, None]


_LEAD_RU = ("Фестиваль уличного театра открылся в Алматы в субботу, на площади Республики "
            "выступили двенадцать трупп из пяти стран.")


def test_author_and_outlet_after_a_comma_under_the_headline_is_a_byline() -> None:
    for signed, lead in [("Aigerim Seitkali, Associated Press", _LEAD_EN),
                         ("Aigerim Seitkali, AP Culture Writer", _LEAD_EN),
                         ("Aigerim Seitkali and Dana Amenova, Reuters", _LEAD_EN),
                         ("Aigerim Seitkali, Almatynews.kz", _LEAD_EN),
                         ("Дана Аменова, «Вечерний Алматы»", _LEAD_RU)]:
        lines = ["Almaty hosts a festival of street music this weekend", signed, lead]
        assert classify_lines(lines)[1] in {"byline", "site_name"}, signed


def test_people_listed_under_the_headline_are_no_signature() -> None:
    # a list of names (the laureates) or a sentence signed with a full stop stays
    for line in ["Aigerim Seitkali, Dana Amenova", "Aigerim Seitkali and Dana Amenova",
                 "Дана Аменова, Ирина Смирнова, Анна Ким",
                 "Дана Аменова, Ирина Смирнова, «Вечерние новости»."]:
        lines = ["Almaty hosts a festival of street music this weekend", line, _LEAD_EN]
        assert classify_lines(lines)[1] is None, line


def test_a_subheading_under_an_opening_lead_is_no_byline() -> None:
    # the page opens with its lead paragraph (no headline): the title-case subheading
    # under it (a section on one performer) has a name's shape, but there is no header
    # block for a byline to be in
    lines = ["Below, the organisers describe the programme of the street music festival "
             "that opens in the central park of Almaty this weekend.",
             "Dana Amenova", _LEAD_EN]
    assert classify_lines(lines)[1] is None


def test_names_listed_under_a_short_first_paragraph_are_article() -> None:
    # one sentence a paragraph: the body starts at the first short sentence with its
    # full stop, so a list of performers under it is no byline block
    lines = ["Абай театры желтоқсанда премьера көрсетеді",
             "Абай театры 12 желтоқсанда спектакльдің премьерасын көрсетеді.",
             "Қатысушылар", "Айгүл Серікқызы", "Дана Аменова",
             "Билет бағасы үш мың теңгеден басталады."]
    assert classify_lines(lines)[3:5] == [None, None]
    # with no sentence before it, the name under the headline is the byline
    assert classify_lines([lines[0], "Айгүл Серікқызы", lines[1]])[1] == "byline"


def test_the_headline_with_the_site_name_right_under_it_is_a_copy() -> None:
    headline = "Astana Opera opens its new season with Abai"
    lines = [headline, headline + " - The Astana Times", _LEAD_EN]
    assert classify_lines(lines) == [None, "repeat", None]
    lines = ["Астана Опера ашылды", "Kazinform | Астана Опера ашылды", _LEAD_EN]
    assert classify_lines(lines)[1] == "repeat"


def test_a_headline_list_above_the_article_ends_before_the_headline() -> None:
    # a "latest news" strip printed above the article: the last short line before the
    # first paragraph (past the stamp and the byline) is the article's headline
    lines = ["Последние новости", "14:20 В Астане открылся новый каток",
             "13:05 Курс доллара вырос на бирже", "В Алматы открылся фестиваль уличного театра",
             "1 декабря 2025, 10:15", "Автор: Ирина Смирнова", _LEAD_RU]
    labels = classify_lines(lines)
    assert labels[:3] == ["list_heading", "list_item", "list_item"]
    assert labels[3] is None
    assert labels[4:6] == ["date", "byline"]
    cleaned = clean_text("\n".join(lines))
    assert cleaned.title == lines[3]
    assert cleaned.published == "2025-12-01"


def test_a_read_also_item_under_the_headline_stays_a_list_item() -> None:
    # the headline is already above the heading: the item is another article's
    lines = ["Выставка портретов открылась в Павлодаре", "Читайте также",
             "Готовь шубу летом", _LEAD_RU]
    assert classify_lines(lines)[1:3] == ["list_heading", "list_item"]


def test_the_headline_under_a_menu_keeps_its_stamp_between() -> None:
    lines = ["Басты бет", "Жаңалықтар", "Мәдениет", "Қоғам", "Саясат", "Спорт",
             "Шымкентте халықаралық айтыс өтті", "12 қараша 2025 ж.",
             "Шымкент қаласында сенбі күні халықаралық айтыс өтті, оған бес елден жиырма "
             "ақын қатысты."]
    labels = classify_lines(lines)
    assert labels[:6] == ["menu"] * 6
    assert labels[6] is None
    cleaned = clean_text("\n".join(lines))
    assert cleaned.title == lines[6]
    assert cleaned.published == "2025-11-12"


def test_an_institution_name_over_the_menu_is_the_site_name() -> None:
    lines = ["Министерство культуры и информации Республики Казахстан", "Главная",
             "Пресс-центр", "Новости", "В Астане прошел фестиваль народного творчества",
             _LEAD_RU]
    labels = classify_lines(lines)
    assert labels[0] == "site_name"
    assert labels[4] is None
    assert clean_text("\n".join(lines)).title == lines[4]
    # a theatre's name, its own news rubric and the tickets link
    lines = ["Государственный театр оперы и балета имени Абая", "Афиша", "Новости театра",
             "Билеты", "В театре Абая прошла премьера оперы «Кыз Жибек»", _LEAD_RU]
    assert classify_lines(lines)[:4] == ["site_name", "menu", "menu", "menu"]


def test_a_headline_over_a_share_button_and_its_standfirst_stays() -> None:
    # one label between is a share button, not a site's menu
    lines = ["Театр имени Абая открыл новый сезон", "Поделиться",
             "Главная премьера сезона покажет оперу Кыз Жибек", _LEAD_RU]
    assert classify_lines(lines)[0] is None


def test_headline_copies_that_differ_in_dashes_or_media_markers() -> None:
    headline = "В Алматы открылся фестиваль уличного театра – фото"
    for copy in ["В Алматы открылся фестиваль уличного театра - фото",
                 "В Алматы открылся фестиваль уличного театра (ФОТО)"]:
        assert classify_lines([headline, copy, _LEAD_RU]) == [None, "repeat", None]


def test_a_copy_cut_with_an_ellipsis_is_short_yet_a_copy() -> None:
    headline = "В Алматы открылся фестиваль уличного театра"
    assert classify_lines(["В Алматы открылся фестиваль уличного...", headline, _LEAD_RU]) \
        == ["repeat", None, None]
    # without the ellipsis a short line is a line of its own
    assert classify_lines(["В Алматы открылся фестиваль", headline, _LEAD_RU])[0] is None


def test_the_teaser_goes_and_the_fuller_paragraph_stays() -> None:
    teaser = _LEAD_RU.rstrip(".")
    labels = classify_lines(["В Алматы открылся фестиваль уличного театра", teaser, _LEAD_RU])
    assert labels == [None, "repeat", None]


def test_a_long_list_above_the_headline_ends_before_it_under_a_kept_line() -> None:
    # a kept line (the site's slogan) above the list heading; the list has three
    # headlines of its own before the article's headline, which stays
    lines = ["Всё о культуре Казахстана", "Последние новости",
             "В Астане открылся новый каток", "Курс доллара вырос на бирже",
             "Акимат объявил конкурс музыкантов",
             "В Алматы открылся фестиваль уличного театра", "1 декабря 2025, 10:15", _LEAD_RU]
    labels = classify_lines(lines)
    assert labels[1:5] == ["list_heading"] + ["list_item"] * 3
    assert labels[5] is None


def test_the_same_bullets_under_two_products_are_no_list_of_contents() -> None:
    # two items of a deals article share their features: a bulleted line repeated by
    # another bulleted line is no link to a subheading
    block = ["- Active noise cancellation", "- Sweat and water resistant", "- See it now: Amazon"]
    lines = ["Best headphones deals this week", _LEAD_EN, "Wireless earbuds", *block,
             "Over-ear headphones", *block]
    assert all(label is None for label in classify_lines(lines))
