"""Classes of chrome that other outlets print and the tune pages did not: each test
writes its own lines (in the languages the class covers) and a line of article text
that looks close to it and must stay."""

from __future__ import annotations

import pytest

from sahna.clean.lines import classify_line
from sahna.clean.page import classify_lines

LEAD_EN = ("The city orchestra opened its winter season on Friday with a programme of "
           "Kazakh and Russian music, the concert hall said.")
SECOND_EN = ("More than a thousand listeners came to the first evening, and the next "
             "concerts of the season are already sold out, organisers said.")
LEAD_RU = ("В пятницу городской оркестр открыл зимний сезон программой из казахской и "
           "русской музыки, сообщили в концертном зале.")
SECOND_RU = ("На первый вечер пришли более тысячи слушателей, а билеты на следующие "
             "концерты сезона уже распроданы, добавили организаторы.")


# ---------------------------------------------------------------- lines alone

@pytest.mark.parametrize("line", [
    "Story continues below advertisement",
    "Scroll to continue with content",
    "Материал продолжается ниже",
    "Листайте вниз",
    "Жалғасы төменде",
    "Reply",
    "Ответить",
    "Жауап беру",
    "Показать комментарии",
    "Пікірлерді көрсету",
    "Paid content",
    "Контент партнера",
    "Серіктес материалы",
    "Связаться с автором",
    "Автордың барлық мақалалары",
])
def test_advert_breaks_and_reader_buttons_are_chrome(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Reporting by Anna Smith; Editing by John Doe",
    "(Reporting by Anna Smith; Additional reporting by Mark Lee; Editing by John Doe)",
    "Редактор Анна Смирнова",
    "Әзірлеген: Айгүл Нұрланова",
    "Сұхбаттасқан Айгүл Нұрланова",
    "Researched by: Anna Smith, John Doe",
    "More articles by Anna Smith",
])
def test_credit_lines_of_the_people_who_made_the_story(line: str) -> None:
    assert classify_line(line) == "byline"


@pytest.mark.parametrize("line", [
    "Editing the score took the composer two years; the premiere is in May.",
    "Редактор журнала рассказал о планах на новый сезон.",
    "(The festival runs until Sunday; tickets are on sale at the box office.)",
])
def test_sentences_that_open_like_credits_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Сурет ашық дереккөздерден алынды",
    "Фото ашық дереккөздерден",
    "Сайт использует файлы cookie",
    "Қосымшамызды жүктеп алыңыз",
])
def test_credits_consent_and_app_prompts_in_russian_and_kazakh(line: str) -> None:
    assert classify_line(line) is not None


def test_a_kazakh_sentence_about_open_sources_stays() -> None:
    line = "Сурет көрмесі ашық аспан астында өтеді."
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "FacebookTwitterPinterestEmail",
    "Share on FacebookShare on TwitterShare via Email",
    "ГлавнаяНовостиКультура",
    "Click to share on Facebook (Opens in new window)",
    "Нажмите, чтобы поделиться на Telegram (Открывается в новом окне)",
])
def test_share_and_menu_bars_printed_without_spaces(line: str) -> None:
    assert classify_line(line) in ("menu", "share")


@pytest.mark.parametrize("line", [
    "The new iPhone goes on sale in Almaty",
    "McDonald opened a café on Abay Avenue",
    "YouTube",  # a menu label, but one word: no glued bar
])
def test_camel_case_words_make_no_glued_bar(line: str) -> None:
    assert classify_line(line) != "menu" or line == "YouTube"


# ---------------------------------------------------------------- runs above the article

OTHER_HEADLINES_EN = [
    "Mayor unveils plan for new bus lanes downtown",
    "Storm knocks out power to thousands of homes",
    "Local bakery wins national bread award",
    "School board delays vote on new calendar",
    "Police search for driver after hit-and-run crash",
    "Museum reopens after two years of repairs",
    "City council approves budget for next year",
    "Farmers worry as dry summer hurts harvest",
]


def test_a_long_strip_of_other_headlines_above_the_article_goes() -> None:
    page = ["News", *OTHER_HEADLINES_EN, "Orchestra opens winter season with Kazakh music",
            LEAD_EN, SECOND_EN]
    labels = classify_lines(page)
    assert labels[1:8] == ["list_item"] * 7
    # the last two kept lines above the lead may be the headline and its deck: they stay
    assert labels[8:] == [None, None, None, None]


def test_a_short_strip_without_chrome_among_it_stays() -> None:
    page = [*OTHER_HEADLINES_EN[:5], "Orchestra opens winter season with Kazakh music",
            LEAD_EN, SECOND_EN]
    assert classify_lines(page)[:5] == [None] * 5


def test_a_schedule_above_the_article_is_no_strip_of_headlines() -> None:
    stages = [f"Stage {n}: {day} of the festival in the old town" for n, day in
              enumerate(["Opening", "Second day", "Third day", "Fourth day", "Fifth day",
                         "Sixth day", "Seventh day", "Closing"], start=1)]
    page = ["Festival programme announced", *stages, LEAD_EN, SECOND_EN]
    assert classify_lines(page)[1:9] == [None] * 8
    dated = [f"{day} May – {what} in the concert hall" for day, what in
             zip(range(1, 9), ["Opening gala", "Chamber evening", "Jazz night", "Organ music",
                               "Folk songs", "Film music", "Choir evening", "Closing gala"],
                 strict=True)]
    page = ["Festival programme announced", *dated, LEAD_EN, SECOND_EN]
    assert classify_lines(page)[1:9] == [None] * 8


def test_a_strip_below_a_paragraph_is_the_articles_own_list() -> None:
    page = ["Orchestra opens winter season with Kazakh music", LEAD_EN,
            *OTHER_HEADLINES_EN, SECOND_EN, LEAD_EN + " Again."]
    assert classify_lines(page)[2:10] == [None] * 8


def test_six_unknown_section_labels_above_the_headline_are_a_menu() -> None:
    menu = ["Огород", "Сад", "Дача", "Питомцы", "Ремонт", "Своими руками"]
    page = [*menu, "Оркестр открыл зимний сезон казахской музыкой", LEAD_RU, SECOND_RU]
    labels = classify_lines(page)
    assert labels[:6] == ["menu"] * 6
    assert labels[6:] == [None, None, None]
    # five are not enough without a known label among them
    assert classify_lines(page[1:])[:5] == [None] * 5


# ---------------------------------------------------------------- labels between chrome

def test_an_odd_label_between_menu_items_above_the_article_goes() -> None:
    page = ["Главная", "Новости", "Спецпроект «Тыл фронта» | при поддержке фонда",
            "Культура", "Спорт", "Оркестр открыл зимний сезон казахской музыкой",
            "Первый вечер собрал полный зал", "12 марта 2025", LEAD_RU, SECOND_RU]
    labels = classify_lines(page)
    assert labels[2] == "menu"
    assert labels[5:7] == [None, None]  # the headline and its deck stay


def test_the_headline_between_chrome_lines_stays() -> None:
    # rubric above, date and byline below: the headline is sandwiched, but the lead
    # follows it past chrome only
    page = ["Мәдениет", "Оркестр жаңа маусымды қазақ музыкасымен ашты", "12.03.2025",
            "Автор: Айгүл Нұрланова",
            "Қалалық оркестр жұма күні қысқы маусымды қазақ және орыс музыкасынан "
            "құралған бағдарламамен ашты, деп хабарлады концерт залы."]
    assert classify_lines(page)[1] is None


def test_a_sentence_between_chrome_lines_stays() -> None:
    page = ["Home", "News", "The festival opens on Friday.", "Culture", "Sport",
            "Orchestra opens winter season with Kazakh music", "Share", LEAD_EN, SECOND_EN]
    assert classify_lines(page)[2] is None


# ---------------------------------------------------------------- notes and captions

@pytest.mark.parametrize("line", [
    "Anna Smith is a culture reporter for The Daily Star.",
    "John Doe is a senior correspondent at Steppe News, covering Central Asia.",
    "Mark Lee covers arts and theatre for the Evening Post.",
    "Иван Петров — обозреватель газеты «Степной край».",
    "Айгүл Нұрланова – «Дала» газетінің тілшісі.",
])
def test_an_authors_note_is_chrome(line: str) -> None:
    assert classify_line(line) == "byline"


@pytest.mark.parametrize("line", [
    "Anna Smith is a documentary photographer whose exhibition opens on Friday.",
    "John Doe is a writer from Astana, and his new novel opens the book fair.",
    "Анна Смирнова — режиссёр спектакля и автор либретто.",
    "Insurance covers the costs for families of the victims.",
])
def test_sentences_presenting_an_artist_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Minister of Culture Anna Smith, left, and the mayor open the exhibition in Almaty.",
    "From left: Anna Smith, John Doe and Mark Lee at the premiere",
    "Иван Петров (слева) и Анна Смирнова на открытии выставки",
    "Слева направо: Иван Петров, Анна Смирнова, Олег Ким",
    "Айгүл Нұрланова (оң жақта) көрменің ашылуында",
    "Солдан оңға қарай: Айгүл Нұрланова, Асқар Бекұлы",
])
def test_a_caption_that_points_into_the_picture_is_chrome(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", [
    "The orchestra turned left, then right, and played on.",
    "Yes, right, the concert starts at seven.",
    "Senator Anna Smith (R) said the festival would get state money.",
    "Зрители слева от сцены аплодировали стоя.",
])
def test_left_and_right_in_a_sentence_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Навигация по записям", "Предыдущая запись", "Комментарии закрыты.",
    "Proudly powered by WordPress", "Post navigation", "Comments are closed.",
    "Жазбалар навигациясы", "Келесі жазба", "Мұрағаттар",
    "Подробнее →", "Continue reading →",
])
def test_a_blog_templates_widgets_are_chrome(line: str) -> None:
    assert classify_line(line) is not None


def test_a_blog_sidebars_recent_posts_go_with_their_heading() -> None:
    page = ["Оркестр открыл зимний сезон", LEAD_RU, SECOND_RU, "Свежие записи",
            "В Алматы прошёл фестиваль уличной музыки", "Театр оперы показал премьеру"]
    labels = classify_lines(page)
    assert labels[:3] == [None, None, None]
    assert labels[3:] == ["list_heading", "list_item", "list_item"]


# ---------------------------------------------------------------- clouds, feeds, stamps

def test_a_cloud_of_lowercase_tags_outside_the_article_goes() -> None:
    page = ["Оркестр открыл зимний сезон", LEAD_RU, SECOND_RU,
            "оркестр", "зимний сезон", "казахская музыка", "концерты"]
    labels = classify_lines(page)
    assert labels[3:] == ["tags"] * 4
    assert labels[:3] == [None, None, None]


def test_a_lowercase_list_after_a_colon_or_inside_the_article_stays() -> None:
    page = ["Оркестр открыл зимний сезон", LEAD_RU, "В программе вечера:",
            "увертюра", "две сюиты", "вальс"]
    assert classify_lines(page)[3:] == [None, None, None]
    page = ["Оркестр открыл зимний сезон", LEAD_RU, "увертюра", "две сюиты", "вальс",
            SECOND_RU]
    assert classify_lines(page)[2:5] == [None, None, None]


@pytest.mark.parametrize("line", ["32m ago", "1H ago", "2 days ago at 7:47 am", "165 голосов",
                                  "31 голос", "12 дауыс"])
def test_compact_feed_stamps_and_vote_counts(line: str) -> None:
    assert classify_line(line) in ("date", "counter")


def test_a_sentence_with_days_ago_stays() -> None:
    assert classify_line("The festival closed two days ago at the city park.") is None


def test_a_feed_of_headlines_with_teasers_and_stamps_after_the_article_goes() -> None:
    feed = []
    for n, (headline, teaser) in enumerate([
            ("Museum reopens after two years of repairs",
             "The collection returns to the halls on Monday."),
            ("Storm knocks out power to thousands of homes",
             "Crews worked through the night to restore it."),
            ("Local bakery wins national bread award", "Its rye loaf took the top prize."),
            ("School board delays vote on new calendar", "Parents asked for more time.")],
            start=1):
        feed += [headline, teaser, f"{n}h ago"]
    page = ["Orchestra opens winter season with Kazakh music", LEAD_EN, SECOND_EN, *feed]
    labels = classify_lines(page)
    assert all(label is not None for label in labels[3:])
    assert labels[:3] == [None, None, None]


def test_subheads_with_paragraphs_closing_the_article_stay() -> None:
    tail = []
    for headline, paragraph in [
            ("Museum reopens after two years of repairs", "The halls open on Monday."),
            ("Storm knocks out power to thousands of homes", "Crews worked all night."),
            ("Local bakery wins national bread award", "Its rye loaf took the top prize."),
            ("School board delays vote on new calendar", "Parents asked for more time.")]:
        tail += [headline, paragraph]
    page = ["Orchestra opens winter season with Kazakh music", LEAD_EN, SECOND_EN, *tail]
    assert classify_lines(page)[3:] == [None] * 8


# ---------------------------------------------------------------- credits of pictures

@pytest.mark.parametrize("line", [
    "Photograph by Anna Smith/AFP/Getty Images",
    "The orchestra on stage [File: Reuters]",
    "The new concert hall in AlmatyCredit: Kazinform",
    "Anna Smith Submitted photo",
    "Anna Smith / ZDNet",
    "Иван Петров / ТАСС",
    "Айгүл Нұрланова / tengrinews.kz",
])
def test_picture_credits_of_other_shapes(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", [
    "The photo by Anna Smith won the first prize.",
    "The prosecutor said the file photo had been altered.",
    "Иван Петров / Гамлет",  # a cast list: a role after the actor
])
def test_lines_near_to_credits_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Listen to the article", "Прослушать статью", "Мақаланы тыңдау",
    "Was this article helpful?", "Была ли статья полезной?", "Мақала пайдалы болды ма?",
    "Размер текста", "Мәтін өлшемі", "Вернуться назад", "Артқа",
    "При копировании ссылка на источник обязательна",
    "Сайт материалдарын пайдаланғанда гиперсілтеме міндетті",
])
def test_article_tools_and_reuse_notices(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", ["Canada (français)", "United Kingdom (English)",
                                  "Қазақстан (қазақша)", "Россия (русский)",
                                  "Norge (norsk, bokmål)"])
def test_an_edition_switchers_items_are_chrome(line: str) -> None:
    assert classify_line(line) == "menu"


@pytest.mark.parametrize("line", ["Абай (Нурлан Алимжанов)", "Bach (Germany)",
                                  "The play is staged in Kazakh (with Russian subtitles)"])
def test_brackets_that_hold_no_language_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["67° 46°", "55°F Clear", "-3°C Облачно", "+5° Бұлтты"])
def test_a_weather_widgets_temperatures(line: str) -> None:
    assert classify_line(line) == "quote"


def test_a_sentence_with_a_temperature_stays() -> None:
    assert classify_line("The temperature fell to 5° overnight.") is None


@pytest.mark.parametrize("line", [
    "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com",
    "Обновлено: 12.03.2025 | Источник: Kazinform",
    "Жаңартылды: 12.03.2025 | Дереккөз: Kazinform",
])
def test_a_stamp_with_its_source(line: str) -> None:
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", ["What are you looking for?", "Что вы ищете?", "Не іздейсіз?",
                                  "Мы в соцсетях", "Біз әлеуметтік желілерде"])
def test_search_prompts_and_the_social_block_title(line: str) -> None:
    assert classify_line(line) == "menu"


# ---------------------------------------------------------------- copies and signatures

HEADLINE_KK = "Оркестр қысқы маусымды қазақ музыкасымен ашты"
LEAD_KK = ("Қалалық оркестр жұма күні қысқы маусымды қазақ және орыс музыкасынан құралған "
           "бағдарламамен ашты, деп хабарлады концерт залы.")
SECOND_KK = ("Алғашқы кешке мыңнан астам тыңдарман келді, ал маусымның келесі концерттеріне "
             "билеттер сатылып кетті, деді ұйымдастырушылар.")


def test_the_headline_in_capitals_above_the_headline_is_the_copy() -> None:
    page = [HEADLINE_KK.upper(), HEADLINE_KK, LEAD_KK, SECOND_KK]
    assert classify_lines(page) == ["repeat", None, None, None]
    page = ["Orchestra opens winter season".upper(), "Orchestra opens winter season",
            LEAD_EN, SECOND_EN]
    assert classify_lines(page)[:2] == ["repeat", None]


def test_a_signature_broken_at_its_comma_with_the_place_under_it() -> None:
    page = [HEADLINE_KK, LEAD_KK, SECOND_KK, "Айгүл НҰРЛАНОВА,", "Алматы облысы"]
    assert classify_lines(page)[3:] == ["byline", "byline"]
    page = ["Оркестр открыл зимний сезон", LEAD_RU, SECOND_RU, "Дана Аменова,", "Караганда"]
    assert classify_lines(page)[3:] == ["byline", "byline"]


def test_a_name_with_a_comma_before_more_text_stays() -> None:
    page = [HEADLINE_KK, LEAD_KK, "Айгүл Нұрланова,", "Асқар Бекұлы және басқалар сахнаға шықты.",
            SECOND_KK]
    assert classify_lines(page)[2:4] == [None, None]


def test_a_switcher_under_a_colon_that_opens_with_known_labels_is_a_menu() -> None:
    page = ["Choose your edition:", "Canada (English)", "Canada (français)",
            "Features", "Opinion", "Weather", "Orchestra opens winter season",
            LEAD_EN, SECOND_EN]
    labels = classify_lines(page)
    assert labels[1:6] == ["menu"] * 5


def test_the_articles_list_under_its_colon_stays() -> None:
    page = ["Orchestra opens winter season", LEAD_EN, SECOND_EN, "The programme:",
            "Overture", "Steppe Suite", "Night Song", "Spring Waltz", "Finale"]
    assert classify_lines(page)[4:] == [None] * 5


def test_a_widgets_stray_word_between_counters_goes() -> None:
    page = ["Orchestra opens winter season", LEAD_EN, "1", "of", "5", SECOND_EN,
            LEAD_EN + " Again."]
    assert classify_lines(page)[2:5] == ["counter", "menu", "counter"]


def test_a_subheading_or_a_numbered_item_between_chrome_stays() -> None:
    page = ["Orchestra opens winter season", LEAD_EN, "Photo: Anna Smith",
            "The second evening", SECOND_EN]
    assert classify_lines(page)[3] is None  # its paragraph follows it, not chrome
    page = ["Orchestra opens winter season", LEAD_EN, "https://example.com/a",
            "15) Night Song", "https://example.com/b", SECOND_EN]
    assert classify_lines(page)[3] is None


@pytest.mark.parametrize("line", ["Astana, Kazakhstan, June 12, 2023", "12 June 2023, Astana",
                                  "Алматы, Қазақстан, 12 маусым 2023", "12 июня 2023, Алматы"])
def test_a_dateline_with_its_place_before_or_after(line: str) -> None:
    assert classify_line(line) == "date"


def test_a_sentence_that_ends_with_a_date_and_a_place_stays() -> None:
    assert classify_line("Концерт состоится 12 июня 2023, Алматы") is None
    assert classify_line("12 June 2023, Astana hosted a festival") is None


def test_an_odd_item_inside_a_known_menu_goes_with_it() -> None:
    page = ["Home", "News", "World", "Sport", "Weather", "Pants on Fire!", "Articles",
            "People", "Elections", "Subjects", "Orchestra opens its winter season in the capital",
            "Music lovers fill the hall", LEAD_EN, SECOND_EN]
    labels = classify_lines(page)
    assert labels[:10] == ["menu"] * 10
    assert labels[10:] == [None] * 4


def test_a_headline_between_a_menu_and_its_date_stays() -> None:
    page = ["Home", "News", "World", "Sport", "Weather",
            "Orchestra opens its winter season in the capital", "19 November 2019",
            "Share", "Read more about sharing.", "Close share panel", "Media player",
            LEAD_EN, SECOND_EN]
    assert classify_lines(page)[5] is None


def test_a_tag_list_broken_one_tag_a_line() -> None:
    page = ["Orchestra opens winter season", LEAD_EN, SECOND_EN, "Tags: music,", "orchestra,",
            "winter season", "The next concert is on Friday."]
    labels = classify_lines(page)
    assert labels[3] is not None  # the tags line itself ("menu" or "tags")
    assert labels[4:] == ["tags", "tags", None]
    page = ["Оркестр открыл зимний сезон", LEAD_RU, SECOND_RU, "Теги: музыка,", "оркестр,",
            "зимний сезон"]
    assert classify_lines(page)[4:] == ["tags"] * 2


@pytest.mark.parametrize("line", [
    "Previous Post: Free music lessons for children", "Следующая запись: В Алматы прошёл фестиваль",
    "Келесі жаңалық: Астанада концерт өтті", "You have been successfully subscribed!",
    "There was an error processing your subscription.", "Вы успешно подписались на рассылку",
    "Сіз сәтті жазылдыңыз", "Word count: 717"])
def test_neighbouring_posts_newsletter_replies_and_word_counts(line: str) -> None:
    assert classify_line(line) is not None


def test_a_sentence_about_subscribers_stays() -> None:
    assert classify_line("The theatre thanked its subscribers for the sold-out season.") is None


def test_a_sidebar_of_headlines_cut_with_ellipses_goes() -> None:
    cut = ["В Алматы прошёл фестиваль уличной музыки и...",
           "Театр оперы показал премьеру спектакля о…",
           "Музей открыл выставку работ молодых худож..."]
    page = ["Оркестр открыл зимний сезон", LEAD_RU, SECOND_RU, *cut]
    assert classify_lines(page)[3:] == ["list_item"] * 3


def test_lines_trailing_off_inside_the_article_stay() -> None:
    page = ["Orchestra opens winter season", LEAD_EN, "Here is the thing …",
            "And here is the other thing …", "If you are …", SECOND_EN]
    assert classify_lines(page)[2:5] == [None] * 3


def test_a_count_in_brackets_alone_is_a_counter() -> None:
    assert classify_line("(308)") == "counter"
    assert classify_line("(308 participants took part)") is None


def test_a_switchers_short_colon_label_does_not_make_its_items_the_articles() -> None:
    page = ["Edition:", "Australia", "Europe", "India", "Canada", "Africa", "Asia",
            "Orchestra opens its winter season in the capital", LEAD_EN, SECOND_EN]
    assert classify_lines(page)[1:7] == ["menu"] * 6


def test_the_articles_own_list_after_its_lead_and_colon_stays() -> None:
    page = ["Orchestra opens its winter season", LEAD_EN, "Programme:", "Overture",
            "Steppe Suite", "Night Song", "Spring Waltz", "Finale", "Encore", SECOND_EN]
    assert classify_lines(page)[3:9] == [None] * 6


@pytest.mark.parametrize("line", ["Related coverage from The Daily Star:",
                                  "Читайте также на нашем сайте:", "Другие новости по теме:"])
def test_a_list_heading_that_says_from_where(line: str) -> None:
    assert classify_line(line) == "list_heading"


@pytest.mark.parametrize("line", ["Main news of the day were:",
                                  "Read also the interview with the conductor:"])
def test_a_sentence_opening_like_a_list_heading_stays(line: str) -> None:
    assert classify_line(line) is None


def test_a_label_alone_on_its_line_takes_what_follows() -> None:
    page = ["Оркестр открыл зимний сезон", LEAD_RU, SECOND_RU, "Фото:", "пресс-служба акимата"]
    assert classify_lines(page)[3:] == ["menu", "credit"]  # «Фото:» is a menu label too
    page = [HEADLINE_KK, LEAD_KK, SECOND_KK, "Дереккөз:", "Kazinform"]
    assert classify_lines(page)[3:] == ["credit", "credit"]
    page = ["Orchestra opens winter season", LEAD_EN, SECOND_EN, "Tags:", "Culture",
            "Concert hall", "Kazakh music"]
    assert all(label is not None for label in classify_lines(page)[3:])


def test_a_label_takes_no_sentence_after_it() -> None:
    page = ["Orchestra opens winter season", LEAD_EN, "Source:",
            "The city's akimat said the hall would reopen next week.", SECOND_EN]
    assert classify_lines(page)[3] is None


@pytest.mark.parametrize("line", ["ASTANA, June 12 (Kazinform)", "Astana, Kazakhstan (Kazinform)",
                                  "АЛМАТЫ, 12 июня. КАЗИНФОРМ", "Бишкек, 12 июня — Sputnik.",
                                  "Astana (tengrinews.kz)"])
def test_an_agencys_dateline_alone_on_its_line(line: str) -> None:
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", ["Abai Kunanbayev (UNESCO)", "Alma-Ata, USSR",
                                  "Концерт в Алматы — ТАСС",
                                  "ASTANA. KAZINFORM – The festival opens today."])
def test_lines_ending_with_an_organisation_that_are_no_dateline(line: str) -> None:
    assert classify_line(line) is None


def test_an_author_and_agency_is_no_dateline() -> None:
    assert classify_line("Anna Smith, Associated Press") != "date"


def test_two_other_headlines_each_with_its_dated_stamp_close_the_page() -> None:
    page = ["Оркестр открыл зимний сезон", LEAD_RU, SECOND_RU,
            "В Астане прошёл фестиваль джаза", "12.03.2025",
            "Театр оперы показал премьеру балета", "11 марта 2025, 14:05"]
    assert classify_lines(page)[3:] == ["list_item", "date", "list_item", "date"]


def test_a_programme_closing_the_article_with_its_days_and_hours_stays() -> None:
    page = ["Оркестр открыл зимний сезон", LEAD_RU, SECOND_RU,
            "Открытие фестиваля на центральной площади", "19:00",
            "Гала-концерт мастеров искусств в филармонии", "12 марта"]
    assert classify_lines(page)[3] is None and classify_lines(page)[5] is None


def test_the_headline_with_its_counter_glued_on_is_a_copy() -> None:
    headline = "Оркестр открыл зимний сезон казахской музыкой"
    assert classify_lines([headline, LEAD_RU, SECOND_RU, headline + " 1234"])[3] == "repeat"
    assert classify_lines([headline + " (12)", headline, LEAD_RU, SECOND_RU])[:2] == [
        "repeat", None]


def test_a_headline_that_differs_by_its_year_is_another_story() -> None:
    page = ["Top ten concerts of 2024", LEAD_EN, SECOND_EN, "Top ten concerts of 2025"]
    assert classify_lines(page)[3] is None


@pytest.mark.parametrize("line", [
    "Есть новость? Пишите нам в WhatsApp", "Присылайте новости на наш номер в Telegram",
    "Сообщить новость", "Жаңалықтарыңызды WhatsApp арқылы жіберіңіз", "Have a news tip? Contact us",
    "Новость дополняется", "Жаңалық толықтырылуда", "This is a developing story",
    "Read full article", "Жаңалықтың толық нұсқасын оқыңыз", "Партнерский проект"])
def test_news_tip_prompts_developing_notes_and_links_to_the_full_text(line: str) -> None:
    assert classify_line(line) is not None


def test_a_sentence_about_sending_photos_stays() -> None:
    assert classify_line("Организаторы просили зрителей присылать фото с концерта.") is None


@pytest.mark.parametrize("line", ["Posted on October 2, 2019 by admin", "June 12, 2023 by editor",
                                  "Added: 05.09.2025", "Published date: 05.09.2025"])
def test_a_blogs_stamp_with_its_poster_and_more_date_labels(line: str) -> None:
    assert classify_line(line) in ("byline", "date")


def test_a_sentence_with_a_date_and_by_stays() -> None:
    assert classify_line("He was added to the list on June 12, 2023 by the board.") is None


def test_a_headline_closing_with_a_date_is_no_counted_copy() -> None:
    page = ["Opening Bell", "News", "Opening Bell 11.18.19", LEAD_EN, SECOND_EN]
    assert classify_lines(page)[2] is None
