"""Tests of the page-chrome cleaner (sahna.clean).

The small pages below are written for these tests (Russian, Kazakh, English); each
test checks both what goes and what stays. The last tests run the cleaner over the
shared development pages, read at run time (their text is not copied here), and
score it the way ``shared/spec/score.py`` scores "Chrome F1".
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from sahna.clean import Cleaned, clean_text
from sahna.clean.lines import classify_line, is_date_line, is_headline_like, months, parse_date
from sahna.dates.lexicon import month_index
from sahna.langs import CODES

LEAD_RU = (
    "В Алматы в субботу прошёл гала-концерт молодых исполнителей, на который собрались "
    "более двух тысяч зрителей из разных районов города."
)
BODY_RU = (
    "Организаторы отметили, что концерт станет ежегодным, а следующий пройдёт весной "
    "на главной площади города при поддержке акимата."
)
LEAD_KK = (
    "Астанада өткен халықаралық фестивальге он елден келген ұжымдар қатысып, "
    "көрермендерге ұлттық өнерін паш етті."
)
LEAD_EN = (
    "A folk music festival opened in Shymkent on Friday, bringing together ensembles "
    "from twelve countries for three days of concerts."
)


def page(*lines: str) -> str:
    return "\n".join(lines)


def kept_lines(cleaned: Cleaned) -> list[str]:
    return [line for line in cleaned.text.split("\n") if line]


# ---------------------------------------------------------------- what the reader knows


def test_a_title_and_date_the_reader_knows_are_kept_and_the_text_cleaned_the_same() -> None:
    text = page("Гала-концерт в столице", "", "Опубликовано: 12.03.2025 10:15", "", LEAD_RU,
                "", BODY_RU)
    found = clean_text(text)
    assert found.title == "Гала-концерт в столице" and found.published == "2025-03-12"
    known = clean_text(text, title="Гала-концерт", published="2025-03-11")
    assert known.title == "Гала-концерт" and known.published == "2025-03-11"
    assert (known.text, known.removed_lines) == (found.text, found.removed_lines)
    # a known headline alone: the date is still read from the text
    assert clean_text(text, title="Гала-концерт").published == "2025-03-12"


# ---------------------------------------------------------------- one rule each


def test_counter_removed_but_number_in_sentence_kept() -> None:
    sentence = "На концерт пришли 6585 человек."
    cleaned = clean_text(page("Гала-концерт в столице", "", "6585", "", sentence, "", BODY_RU))
    assert cleaned.removed_lines == ["6585"]
    assert sentence in kept_lines(cleaned)
    assert classify_line("Просмотров: 1 234") == "counter"
    assert classify_line("Views: 57") == "counter"
    assert classify_line("👁 120") == "counter"


def test_byline_name_and_job_title_near_the_headline() -> None:
    cleaned = clean_text(page(
        "Министры обсудили культурное сотрудничество", "", "4163", "Ерлан Сапаров",
        "специальный корреспондент", "", LEAD_RU,
    ))
    assert cleaned.removed_lines == ["4163", "Ерлан Сапаров", "специальный корреспондент"]
    assert cleaned.title == "Министры обсудили культурное сотрудничество"
    assert LEAD_RU in kept_lines(cleaned)


def test_kazakh_and_english_bylines() -> None:
    assert classify_line("Айгүл Сейітова, тілшісі") == "job_title"
    assert classify_line("Staff writer") == "job_title"
    assert classify_line("Автор: Дана Аменова") == "byline"
    assert classify_line("By Aigerim Seitkali") == "byline"
    # sentences that merely start like a byline stay
    assert classify_line("Автор спектакля – Иван Петров.") is None
    assert classify_line("By 2030 the theatre will have a second stage") is None


def test_name_closing_a_quote_is_not_a_byline() -> None:
    quote = "«Культура объединяет народы, и мы будем проводить такие вечера чаще», — сказал он."
    cleaned = clean_text(page(LEAD_RU, "", quote, "", "Асхат Оралов", "", BODY_RU))
    assert cleaned.removed_lines == []
    assert "Асхат Оралов" in kept_lines(cleaned)


def test_photo_credits_removed_but_sentences_about_photos_kept() -> None:
    sentence = "Фото и видео с концерта появятся на сайте театра на следующей неделе."
    cleaned = clean_text(page(
        LEAD_RU, "", "Фото: пресс-служба акимата", "", sentence, "", "Photo: Akorda", "",
        "Сурет: ашық дереккөздерден", "", "Фотовыставка откроется 5 мая.",
    ))
    assert cleaned.removed_lines == [
        "Фото: пресс-служба акимата", "Photo: Akorda", "Сурет: ашық дереккөздерден",
    ]
    assert sentence in kept_lines(cleaned)
    assert "Фотовыставка откроется 5 мая." in kept_lines(cleaned)


def test_whos_online_widget() -> None:
    cleaned = clean_text(page(LEAD_EN, "", "Who’s Online", "", "We have 7\u00a0guests online"))
    assert cleaned.removed_lines == ["Who’s Online", "We have 7\u00a0guests online"]
    assert kept_lines(cleaned) == [LEAD_EN]


def test_copyright_registration_and_subscription() -> None:
    advert = "Наш Telegram-канал «Культура сегодня». Бесплатная подписка."
    registration = (
        "Сетевое издание зарегистрировано в Министерстве информации и общественного "
        "развития Республики Казахстан. Свидетельство о постановке на учет № 12345-ИА."
    )
    footer = ["© 2024 Сахна-Медиа", "Все права защищены.", "Барлық құқықтар қорғалған",
              "Подписывайтесь на наш канал в Telegram", "Follow us on Instagram"]
    cleaned = clean_text(page(LEAD_RU, "", BODY_RU, "", advert, "", registration, "", *footer))
    assert cleaned.removed_lines == [advert, registration, *footer]
    assert kept_lines(cleaned) == [LEAD_RU, BODY_RU]


def test_copyright_cue_inside_a_long_paragraph_is_kept() -> None:
    long_para = (
        "Закон об авторском праве, напомнил эксперт, защищает исполнителей не хуже, чем "
        "композиторов. Все права защищены не только знаком ©, но и договором, который "
        "театр подписывает с каждым артистом перед премьерой. Поэтому спор о записи "
        "концерта решился быстро: запись принадлежит театру, а артисты получают отчисления "
        "с каждой трансляции."
    )
    assert len(long_para) > 300
    assert clean_text(page(LEAD_RU, "", long_para)).removed_lines == []


def test_template_placeholders_and_menu_labels() -> None:
    cleaned = clean_text(page(
        LEAD_RU, "", BODY_RU, "", "Тема", "Обновление", "Архив", "  • [[year]]",
        "  • [[month.label]]", "{{ article.author }}", "Facebook Twitter Telegram",
        "Главная | Новости | Культура",
    ))
    assert cleaned.removed_lines == [
        "Тема", "Обновление", "Архив", "• [[year]]", "• [[month.label]]",
        "{{ article.author }}", "Facebook Twitter Telegram", "Главная | Новости | Культура",
    ]
    assert kept_lines(cleaned) == [LEAD_RU, BODY_RU]


def test_close_button_and_standalone_dates_kazakh() -> None:
    title = "Облыс әкімі «Қазақконцерт» әртістерін қабылдады."
    cleaned = clean_text(page("X", "", title, "", "12.03.2024", "", LEAD_KK))
    assert cleaned.removed_lines == ["X", "12.03.2024"]
    assert cleaned.title == title
    assert cleaned.published == "2024-03-12"


def test_date_lines_of_many_shapes() -> None:
    for line in ["06.04.2023", "Пятница, 05.09.2025", "04:04 05.09.2025", "12 қыркүйек",
                 "5 сентября 2025 г.", "September 5, 2025", "Опубликовано: 12.03.2024 14:35",
                 "2023 жылғы 6 сәуір", "2025-09-04"]:
        assert is_date_line(line), line
    for line in ["15 марта концерт пройдёт в филармонии.", "Концерт начнётся в 19:00.",
                 "On September 5, 2025 the festival opened."]:
        assert not is_date_line(line), line
    assert parse_date("Пятница, 05.09.2025") == "2025-09-05"
    assert parse_date("2023 жылғы 6 сәуір") == "2023-04-06"
    assert parse_date("September 5, 2025") == "2025-09-05"
    assert parse_date("12 қыркүйек") is None  # no year: not a publication date



def test_month_names_and_relative_words_come_from_the_date_lexicons() -> None:
    lexicon = {form.lower(): month for code in CODES
               for form, month in month_index(code).items()}
    for word, month in months().items():
        assert lexicon.get(word, lexicon.get(word + ".")) == month, word
    # the forms each language dates its pages with, in every language at once
    assert {months()[w] for w in ("сентября", "сентябрь", "сент", "қыркүйек", "sept")} == {9}
    assert "қыркүйектің" not in months()  # other case forms only through a short ending
    for line in ("Сегодня, 12:30", "Кеше", "yesterday at 10:15"):
        assert is_date_line(line), line
    assert not is_date_line("Завтра, 12:30")  # a page is never dated tomorrow


# ---------------------------------------------------------------- the date prefix


def test_date_prefix_alone_with_menu_words_is_removed() -> None:
    cleaned = clean_text(page(
        " date 2024-05-16  RED YELLOW GREEN BLUE", "Фестиваль этнической музыки прошёл в Таразе",
        "", LEAD_RU,
    ))
    assert cleaned.removed_lines == ["date 2024-05-16  RED YELLOW GREEN BLUE"]
    assert cleaned.published == "2024-05-16"
    assert cleaned.title == "Фестиваль этнической музыки прошёл в Таразе"


def test_date_prefix_before_a_headline_is_stripped_not_removed() -> None:
    cleaned = clean_text(page(" date 2022-03-01 Folk festival opens in Shymkent", "", LEAD_EN))
    assert cleaned.removed_lines == []
    assert cleaned.published == "2022-03-01"
    assert cleaned.title == "Folk festival opens in Shymkent"
    assert kept_lines(cleaned) == ["Folk festival opens in Shymkent", LEAD_EN]


def test_date_prefix_before_a_dateline_lead_gives_no_title() -> None:
    lead = "SHYMKENT. KAZINFORM " + LEAD_EN
    cleaned = clean_text(page(f" date 2022-03-01 {lead}", "", "The festival ends on Sunday."))
    assert cleaned.removed_lines == []
    assert cleaned.title is None
    assert kept_lines(cleaned)[0] == lead


# ---------------------------------------------------------------- titles


def test_title_is_none_when_the_page_opens_with_its_lead() -> None:
    assert clean_text(page(LEAD_EN, "", "Who's Online")).title is None
    dated = "On March 3, the Abai Opera House hosted a gala concert of young singers."
    assert clean_text(page(dated, "", LEAD_EN)).title is None
    assert not is_headline_like("ALMATY. KAZINFORM – The festival opened on Friday.")
    assert not is_headline_like("Концерт прошёл успешно. Зрители аплодировали стоя.")
    assert is_headline_like("Спектакль «Абай» покажут в Москве")
    assert is_headline_like("Открыли 91-й сезон")


def test_doubled_headline_and_clean_headline() -> None:
    headline = "Фильм о степи показали в Астане"
    cleaned = clean_text(page(
        "Среда, 03.07.2024", headline + headline, "10:15 03.07.2024", "", headline + "!",
        "", LEAD_RU,
    ))
    assert cleaned.removed_lines == ["Среда, 03.07.2024", headline + headline, "10:15 03.07.2024"]
    assert cleaned.title == headline + "!"
    assert cleaned.published == "2024-07-03"


def test_headline_with_site_suffix_and_repeated_lead() -> None:
    headline = "«Дауыс» қойылымының премьерасы өтті"
    cleaned = clean_text(page(
        headline, "", LEAD_KK, "", "Спектакль екі бөлімнен тұрады.", "",
        f"{headline} - Exclusive", "", LEAD_KK,
    ))
    assert cleaned.removed_lines == [f"{headline} - Exclusive", LEAD_KK]
    assert cleaned.title == headline
    assert kept_lines(cleaned) == [headline, LEAD_KK, "Спектакль екі бөлімнен тұрады."]


# ---------------------------------------------------------------- headline lists


def test_list_under_heading_to_the_end_of_the_page() -> None:
    listed = ["Театр открыл новый сезон", "Как прошла ярмарка ремёсел?",
              "Музей получил в дар коллекцию картин", "«Барыс» вышел в плей-офф",
              "Премьера оперы собрала полный зал."]
    cleaned = clean_text(page(
        "Оркестр выступил в Баку", "", LEAD_RU, "", BODY_RU, "", "Популярное", "", "Все",
        *listed, "", "Читайте также", "", "Выставка ковров открылась в Таразе", "",
        "Архив", "• [[day]]",
    ))
    assert cleaned.removed_lines == [
        "Популярное", "Все", *listed, "Читайте также", "Выставка ковров открылась в Таразе",
        "Архив", "• [[day]]",
    ]
    assert kept_lines(cleaned) == ["Оркестр выступил в Баку", LEAD_RU, BODY_RU]


def test_kazakh_list_with_dates_and_labels() -> None:
    cleaned = clean_text(page(
        LEAD_KK, "", "Өзге жаңалықтар", "", "13 қыркүйек", "Хабарландыру",
        "Театрда жаңа маусым басталды. Алғашқы қойылым қандай?",
        "Қойылым премьерасы жаңа маусым қарсаңында болды.", "12 қыркүйек", "Хабарландыру",
        "Тарих шындығы – театр сахнасында",
    ))
    assert cleaned.removed_lines[0] == "Өзге жаңалықтар"
    assert len(cleaned.removed_lines) == 8
    assert kept_lines(cleaned) == [LEAD_KK]


def test_read_also_inside_the_article_takes_only_its_headlines() -> None:
    short = "Концерт начнётся в 19:00."
    cleaned = clean_text(page(
        LEAD_RU, "", "Read also:", "Folk ensemble tours Europe", "", short, "", BODY_RU,
        "", "Читайте также: В Алматы открылся новый театр", "", BODY_RU.replace("весной", "летом"),
    ))
    assert cleaned.removed_lines == [
        "Read also:", "Folk ensemble tours Europe", "Читайте также: В Алматы открылся новый театр",
    ]
    assert short in kept_lines(cleaned)
    assert BODY_RU in kept_lines(cleaned)


def test_read_also_before_short_closing_sentences() -> None:
    cleaned = clean_text(page(
        LEAD_RU, "", "Читайте также", "Театр открыл новый сезон", "",
        "Концерт начнётся в 19:00.", "Вход свободный.",
    ))
    assert cleaned.removed_lines == ["Читайте также", "Театр открыл новый сезон"]
    assert kept_lines(cleaned) == [LEAD_RU, "Концерт начнётся в 19:00.", "Вход свободный."]


def test_headline_run_at_the_end_without_heading() -> None:
    run = ["В Семее проходит выставка ремёсел", "Последний турнир в уходящем году",
           "Снегопад из детских желаний на площади", "Мчится поезд под названием «Жизнь»",
           "Дед Мороз пришёл и к ветерану", "Стипендии повысили студентам колледжей",
           "Гвардейцы наполнили столицу новогодним настроением",
           "Президент Ирана прибыл в Акорду"]
    cleaned = clean_text(page(LEAD_RU, "", BODY_RU, "", *run, "", "© 2025"))
    assert cleaned.removed_lines == [*run, "© 2025"]
    assert kept_lines(cleaned) == [LEAD_RU, BODY_RU]


def test_programme_at_the_end_is_not_a_headline_list() -> None:
    programme = ["Mozart Requiem with the State Choir", "Kurmangazy orchestra plays Tchaikovsky",
                 "Young soloists perform Rachmaninov concertos",
                 "Jazz evening with the Almaty Big Band", "Folk night featuring dombra virtuosos",
                 "Closing gala with a guest conductor from Vienna"]
    cleaned = clean_text(page(LEAD_EN, "Programme highlights:", *programme))
    assert cleaned.removed_lines == []
    timed = ["10:00 – открытие выставки ремёсел", "12:00 – спектакль «Степь» для детей",
             "15:00 – мастер-классы народных мастеров", "18:00 – парад артистов по Арбату",
             "20:00 – гала-концерт на площади", "21:00 – закрытие фестиваля и салют",
             "21:30 – дискотека под открытым небом", "22:00 – ночной показ кино"]
    assert clean_text(page(LEAD_RU, *timed)).removed_lines == []


def test_short_closing_lines_and_a_poem_are_not_a_list() -> None:
    poem = ["Степь моя, широкая,", "Ветер над тобой поёт,", "Песня льётся звонкая,",
            "Сердце к небу зовёт,", "Над рекой высокою", "Солнце снова встаёт."]
    closing = ["Вход свободный.", "Начало в 18:00."]
    cleaned = clean_text(page(LEAD_RU, "", *poem, "", *closing))
    assert cleaned.removed_lines == []
    assert kept_lines(cleaned) == [LEAD_RU, *poem, *closing]


def test_blank_lines_never_listed_and_paragraphs_kept() -> None:
    cleaned = clean_text(page("", LEAD_RU, "", "", "6585", "", "", BODY_RU, "  ", ""))
    assert cleaned.removed_lines == ["6585"]
    assert cleaned.text == f"{LEAD_RU}\n\n{BODY_RU}"


# ---------------------------------------------------------------- shared dev documents

SHARED = Path(__file__).resolve().parents[3] / "shared"  # beside the checkout


def _shared_pairs() -> list[tuple[Path, Path]]:
    data = SHARED / "data"
    pairs = [(t, data / "gold" / f"{t.stem}.json") for t in sorted((data / "seeds").glob("*.txt"))]
    pairs += [(t, data / "dev" / "gold" / f"{t.stem}.json")
              for t in sorted((data / "dev" / "docs").glob("*.txt"))]
    return [(t, g) for t, g in pairs if g.exists()]


def _bag(lines: list[str]) -> Counter[str]:
    """Multiset of whitespace-normalised non-empty lines, as score.py counts them."""
    return Counter(n for n in (" ".join(str(x).split()) for x in lines) if n)


def test_chrome_f1_and_published_on_shared_documents() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    pairs = _shared_pairs()
    if not pairs:
        pytest.skip("no shared documents with gold")
    tp = fp = fn = 0
    dates_checked = dates_right = 0
    for text_path, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        cleaned = clean_text(text_path.read_text(encoding="utf-8-sig"))
        expected, got = _bag(gold.get("chrome_lines") or []), _bag(cleaned.removed_lines)
        hits = sum((expected & got).values())
        tp, fp, fn = tp + hits, fp + sum(got.values()) - hits, fn + sum(expected.values()) - hits
        if gold.get("published"):
            dates_checked += 1
            dates_right += cleaned.published == gold["published"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= 0.85, f"chrome P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
    assert dates_checked == 0 or dates_right == dates_checked, (
        f"published right on {dates_right} of {dates_checked} documents"
    )


def test_table_rows_are_kept_whole_and_a_menu_bar_is_not_a_table():
    from sahna.clean import clean_text

    rows = ["| Date | Venue | Programme |",
            "| 3 May | Abai Opera | Kyz Zhibek |",
            "| 4 May | Abai Opera | Birzhan and Sara |",
            "| 5 May | Philharmonic | Kuis of Kurmangazy |",
            "| 6 May | Philharmonic | Chamber night, St. Petersburg guests |"]
    raw = "\n\n".join([
        "Opera festival programme", "| Home | News | Culture |",
        "The Almaty opera festival runs for four days in May; the programme is below.",
        *rows, "Tickets are on sale at the box office."]) + "\n"
    cleaned = clean_text(raw)
    for row in rows:  # short cells or not, every row stays
        assert row in cleaned.text
    assert "| Home | News | Culture |" in cleaned.removed_lines  # one bar: a menu


def test_rows_of_different_shapes_are_not_one_table():
    from sahna.clean.page import keep_table_rows

    lines = ["| Home | News |", "| a | b | c |", "| Home | News |"]
    labels: list[str | None] = ["navigation", None, "navigation"]
    keep_table_rows(lines, labels)
    assert labels == ["navigation", None, "navigation"]


@pytest.mark.parametrize("line", [
    "21.03.2026, 15:07 135",
    "28.04.2016 10:11 2 065",
    "28.04.2016 10:11 2065",
    "10 Қыркүйек, 20:45 353",
    "14.03.2025 72",
    "September 5, 2025 1 204",
    "5 июля 2024, 11:57 |  Культура",
    "12 қараша 2025 | Мәдениет",
    "Nov 24, 2025 | Arts & Culture",
    "Atyrau, July 27 04:39",
    "Алматы, 5 мая 2025",
    "Нұр-Сұлтан, 12 қараша 2025, 10:15",
    "Культура | 12.03.2025",
    "Мәдениет • 12 қараша 2025",
])
def test_date_stamp_with_counter_or_rubric(line: str) -> None:
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", [
    "5 июля 2024 | в Алматы прошёл концерт, собравший тысячи зрителей",
    "12 қараша 2025 | Концерт өтті. Келесі жылы тағы болады",
    "September 5, 2025 | The festival opened with a parade.",
    "В 2025 году 135",
    "Алматы, 5 мая в филармонии прошёл концерт.",
    "Астана, 12 қараша – елордада фестиваль ашылды",
    "Almaty, July 27 was the first day of the festival.",
])
def test_date_followed_by_text_is_not_a_stamp(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "USD:", "473.29", "• 0.96", "$ 474.83", "€ 515.38", "₽ 5.50", "10.5 C", "-3 °C",
    "Доллар: 474,83", "Теңге 5.47", "EUR 512.81", "Астана -10oC", "Almaty +25 °C",
    "Шымкент +3 °C",
])
def test_rate_and_weather_widget_values(line: str) -> None:
    assert classify_line(line) == "quote"


@pytest.mark.parametrize("line", [
    "Евро", "C", "2025", "Курс доллара вырос до 474.83 тенге.",
    "Теңге бағамы 5.47 болды.", "The ticket costs $ 25.", "1.", "Алматы 25",
    "Температура в Астане опустится до -10 °C.",
])
def test_quote_needs_a_number_or_a_label_with_colon(line: str) -> None:
    assert classify_line(line) != "quote"


@pytest.mark.parametrize("line", [
    "Оставить комментарий", "Нет комментариев. Вы можете быть первым!",
    "Ваш e-mail не будет опубликован. Обязательные поля помечены *",
    "Нашли ошибку? Выделите её мышью и нажмите Ctrl + Enter.",
    "Пікір қалдыру", "Қате тапсаңыз, Ctrl+Enter басыңыз",
    "Leave a comment", "Your email address will not be published.", "• Found a bug?",
])
def test_comment_form_and_typo_widget(line: str) -> None:
    assert classify_line(line) in ("comment", "menu")


def test_comment_cue_inside_a_long_sentence_is_kept() -> None:
    sentences = [
        "Зрители могли оставить комментарий в книге отзывов, и многие написали, что "
        "спектакль стал лучшим в сезоне, а режиссёр обещал вернуться в Алматы осенью.",
        "Көрермендер пікір қалдыру кітабына жазып, спектакль маусымның ең үздік "
        "қойылымы болғанын айтты, ал режиссер күзде Алматыға қайта оралуға уәде берді.",
        "Visitors were invited to leave a comment in the guest book, and many wrote that "
        "the show was the best of the season, while the director promised to return soon.",
    ]
    for sentence in sentences:
        assert classify_line(sentence) is None


@pytest.mark.parametrize("line", [
    "Количество просмотров: 865", "Қаралым саны: 1 204", "Number of views: 57",
])
def test_counter_with_a_two_word_label(line: str) -> None:
    assert classify_line(line) == "counter"


def test_counter_label_in_a_sentence_is_kept() -> None:
    assert classify_line("Количество просмотров ролика за сутки превысило 865 тысяч.") is None


@pytest.mark.parametrize("line", [
    "KZ", "ҚАЗ / РУС / ENG", "kz ru en", "Қазақша | Русский | English",
    "whatsapp button telegram button facebook button", "• Vkontakte",
    "Перейти на полную версию", "Толық нұсқа", "Skip to main content",
])
def test_language_switchers_share_buttons_and_version_links(line: str) -> None:
    assert classify_line(line) in ("menu", "navigation")


@pytest.mark.parametrize("line", [
    "Спектакль покажут на казахском и русском языках с переводом на English.",
    "Қойылым қазақ және орыс тілдерінде көрсетіледі, кнопка арқылы билет алуға болады.",
    "Press the button to share the festival programme with your friends.",
])
def test_language_names_in_sentences_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "https://news.example.kz/ru/culture/20250215/koncert",
    "Подробнее: https://news.example.tj/ru/news/society/20190215/karnaval",
    "Дереккөз: www.example.kz/kk/news/123",
    "Source: https://example.com/arts/festival-opens",
    "IMG_2041.jpg", "• /upload/iblock/3f2/photo_2025.webp",
])
def test_lines_of_links_or_image_files(line: str) -> None:
    assert classify_line(line) == "url"


@pytest.mark.parametrize("line", [
    "Билеты можно купить на сайте https://ticketon.kz до пятницы.",
    "Толық бағдарлама https://example.kz сайтында жарияланған.",
    "The full programme is at www.example.com and in the foyer.",
    "Афиша: спектакль https://example.kz идёт в субботу",
])
def test_links_inside_sentences_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["Ксения РЕБИК", "Зарина АРМАН", "John SMITH"])
def test_signature_with_surname_in_capitals_under_the_headline(line: str) -> None:
    for headline, lead in (("Гала-концерт в столице", LEAD_RU), ("Астанада концерт өтті", LEAD_KK),
                           ("Festival opens in Almaty", LEAD_EN)):
        cleaned = clean_text(page(headline, "", line, "", lead))
        assert line in cleaned.removed_lines
        assert lead in kept_lines(cleaned)


def test_capitalised_words_in_the_body_are_not_a_signature() -> None:
    cleaned = clean_text(page("Гала-концерт в столице", "", LEAD_RU, "", "Театр ГИТИС", "",
                              BODY_RU))
    assert "Театр ГИТИС" in kept_lines(cleaned)


def test_job_title_line_ending_with_a_colon() -> None:
    assert classify_line("Анастасия Сулейманова, корреспондент:") == "job_title"


@pytest.mark.parametrize(("headline", "lead", "body"), [
    ("Гала-концерт в столице", LEAD_RU, BODY_RU),
    ("Құрманғазы оркестрі Бейжіңде концерт берді", LEAD_KK,
     "Ұйымдастырушылар концерт жыл сайын өтетінін, ал келесісі көктемде болатынын айтты."),
    ("Festival opens in Almaty", LEAD_EN,
     "The organisers said the concert would become an annual event held every spring."),
])
def test_headline_printed_twice_in_a_row(headline: str, lead: str, body: str) -> None:
    cleaned = clean_text(page(headline, headline, "", lead, "", body))
    assert cleaned.removed_lines == [headline]
    assert kept_lines(cleaned)[0] == headline
    assert lead in kept_lines(cleaned)


@pytest.mark.parametrize("line", ["None", "null", "undefined", "NaN", "⠀", "⠀⠀", "…", "...",
                                  "\u200b", "• None"])
def test_empty_field_values_and_blank_looking_lines(line: str) -> None:
    assert classify_line(line) == "placeholder"


@pytest.mark.parametrize("line", [
    "None of the tickets are left.", "Ничего не осталось…", "Билеттер қалмады…", "Nan Goldin",
])
def test_placeholder_words_in_text_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "• We use cookies on our website to give you a better experience and to analyse traffic.",
    "Мы используем файлы cookie, чтобы сайт работал лучше. Принять",
    "Сайт cookie файлдарын пайдаланады. Келісемін",
])
def test_cookie_notice(line: str) -> None:
    assert classify_line(line) == "cookies"


@pytest.mark.parametrize("line", [
    "Читайте и смотрите нас в", "Бізді оқыңыз: Telegram, Instagram", "Follow us on Instagram",
])
def test_read_and_watch_us_lines(line: str) -> None:
    assert classify_line(line) in ("subscription", "menu")


@pytest.mark.parametrize("sentence", [
    "The orchestra invited listeners to subscribe to its new season of concerts, which "
    "opens in October with Mahler and continues through May.",
    "Residents can subscribe to the festival newsletter to get the full programme when it "
    "is published next week, the organisers said.",
    "Организаторы предложили зрителям подписаться на наш канал в Telegram, где будет "
    "опубликована полная программа фестиваля, включая ночные показы.",
    # a news sentence with the advert glued on: the sentence must not go with it
    "Фестиваль пройдёт с 5 по 7 мая на главной площади Астаны и соберёт более ста "
    "артистов из десяти стран мира. Подписывайтесь на наш Telegram-канал!",
])
def test_a_subscription_cue_never_removes_a_long_sentence(sentence: str) -> None:
    assert classify_line(sentence) is None
    cleaned = clean_text(page(LEAD_RU, "", sentence, "", BODY_RU))
    assert sentence in kept_lines(cleaned) and not cleaned.removed_lines


@pytest.mark.parametrize("advert", [
    "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о главных новостях "
    "Казахстана и мира, культуры и спорта каждый день!",
    "Subscribe to our newsletter to get the latest news on culture, events and more "
    "delivered straight to your inbox every week.",
    "Маңызды жаңалықтарды жіберіп алмау үшін біздің Telegram арнамызға жазылыңыз.",
    "Все главные новости — в нашем Telegram-канале. Подписывайтесь!",
])
def test_a_long_advert_that_addresses_the_reader_is_still_removed(advert: str) -> None:
    assert classify_line(advert) == "subscription"


def test_cookie_word_in_a_sentence_is_kept() -> None:
    assert classify_line("В антракте зрителей угощали печеньем cookies от местной пекарни.") is None


@pytest.mark.parametrize("line", [
    "Главная › Культура", "Басты бет › Мәдениет › Театр", "Home › Arts › Theatre",
    "Столичный вестник :: Культура :: Театр",
])
def test_breadcrumbs_with_angle_quote_and_double_colon(line: str) -> None:
    assert classify_line(line) in ("navigation", "menu")


def test_angle_quote_between_long_phrases_is_kept() -> None:
    assert classify_line("Спектакль «Абай» идёт › в субботу вечером в большом зале театра") is None


@pytest.mark.parametrize("line", [
    "Культура", "Культура,Театр", "Культура 0", "Мәдениет", "Өнер | Әдебиет", "POLITICS",
    "Arts, Theatre",
])
def test_rubric_names_alone(line: str) -> None:
    assert classify_line(line) in ("menu", "navigation")


@pytest.mark.parametrize("line", [
    "Культура и искусство в эпоху перемен", "Мәдениет – ұлттың жаны",
    "Music and dance festival", "Театр открыл сезон.",
])
def test_rubric_words_in_headlines_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Париж. (Көрнекі сурет).", "Театр. (Иллюстративное фото)", "Paris (file photo)",
    "Фото-коллаж: Elordainfo.kz", "Фотоколлаж: пресс-служба театра",
])
def test_illustrative_picture_captions_and_collage_credits(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", [
    "Выставка показывает, как менялась книжная графика за сто лет (иллюстрация).",
    "Фестивальге қатысқан суретшілер өз жұмыстарын ұсынды, оның ішінде көрнекі сурет "
    "сабақтары да болды (көрнекі сурет).",
    "Париж (Франция).",
])
def test_bracketed_notes_in_text_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Maria Novoselova / Vestnik Kavkaza", "Дана Аменова / Kazinform",
    "Айгүл Нұрланова | Egemen Qazaqstan",
])
def test_byline_with_outlet_under_the_headline(line: str) -> None:
    for headline, lead in (("Гала-концерт в столице", LEAD_RU), ("Астанада концерт өтті", LEAD_KK),
                           ("Festival opens in Almaty", LEAD_EN)):
        cleaned = clean_text(page(headline, "", line, "", lead))
        assert line in cleaned.removed_lines
        assert lead in kept_lines(cleaned)


def test_name_and_slash_in_the_body_are_kept() -> None:
    line = "Мария Новоселова / солистка театра, исполнила партию Татьяны."
    cleaned = clean_text(page("Гала-концерт в столице", "", LEAD_RU, "", line, "", BODY_RU))
    assert line in kept_lines(cleaned)


# ---------------------------------------------------------------- widgets, adverts, teasers


@pytest.mark.parametrize("line", ["оқылды", "Просмотры:", "Views", "1 204 просмотрs"])
def test_counter_words_alone_and_with_a_glued_ending(line: str) -> None:
    assert classify_line(line) == "counter"


@pytest.mark.parametrize("line", ["clearВ Атырау +25", "Бишкек +3", "Астана -10 °C"])
def test_weather_widget_with_or_without_unit(line: str) -> None:
    assert classify_line(line) == "quote"


def test_caption_with_credit_at_its_end() -> None:
    caption = "Екі мемлекет басшысы гала-концертті тамашалады Фото: akorda.kz"
    cleaned = clean_text(page("Мәдениет күндері ашылды", caption, LEAD_KK))
    assert caption in cleaned.removed_lines and LEAD_KK in cleaned.text
    long_paragraph = LEAD_RU + " " + BODY_RU + " " + LEAD_RU + " Фото: пресс-служба"
    assert classify_line(long_paragraph) is None


@pytest.mark.parametrize("line", ["Реклама +7(700) 388 81 09", "Тел.: 8 727 123 45 67",
                                  "Жарнама бөлімі: +7 701 123 4567", "8 (7172) 55-11-22"])
def test_phone_adverts(line: str) -> None:
    assert classify_line(line) == "advert"


@pytest.mark.parametrize("line", [
    "1 Kyle Busch 5040 5 1 17 27",  # a standings row
    "Билеты можно заказать по телефону +7 727 123 45 67 до начала концерта.",
    "В 2025 году 1 000 000 000 человек",
])
def test_numbers_in_content_are_no_phone_advert(line: str) -> None:
    assert classify_line(line) != "advert"


@pytest.mark.parametrize("line", ["viewings icon comments icon",
                                  "Иконка комментария блок соц сети"])
def test_icon_alt_texts(line: str) -> None:
    assert classify_line(line) == "widget"


@pytest.mark.parametrize("line", ["An icon of the season returns to the stage",
                                  "Иконка, подаренная музею, вернулась на выставку."])
def test_icon_words_in_headlines_and_sentences_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Тұрғындар осындай уәж айтып арнамызға хабарласты.",
    "You can also subscribe to the service for a month, and the first week costs nothing "
    "at all, the company said on Monday.",
    "Thousands of fans will join our city's celebration of the national day on Sunday.",
])
def test_subscription_words_inside_article_sentences_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["Subscribe to our Telegram channel",
                                  "Telegram арнамызға жазылыңыз", "Join our Telegram channel"])
def test_subscription_adverts_go(line: str) -> None:
    assert classify_line(line) == "subscription"


def test_font_size_switch_run() -> None:
    cleaned = clean_text(page("Фестиваль открылся", LEAD_RU, "XS", "SM", "MD", "LG"))
    assert {"XS", "SM", "MD", "LG"} <= set(cleaned.removed_lines)


def test_numbered_menu_above_the_article() -> None:
    menu = ["1. Main", "2. Learn", "3. Culture", "4. Cinema, Music"]
    cleaned = clean_text(page(*menu, "Folk festival opens on Friday", LEAD_EN))
    assert set(menu) <= set(cleaned.removed_lines)
    assert LEAD_EN in cleaned.text


def test_numbered_list_introduced_by_the_article_stays() -> None:
    items = ["1. Opening Gala", "2. Folk Night", "3. Closing Concert"]
    cleaned = clean_text(page("Folk festival opens on Friday", LEAD_EN,
                              "The programme of the festival:", *items))
    assert all(item in cleaned.text for item in items)


def test_numbered_list_between_paragraphs_stays() -> None:
    items = ["1. Opening Gala", "2. Folk Night", "3. Closing Concert"]
    cleaned = clean_text(page("Folk festival opens on Friday", LEAD_EN, *items, LEAD_EN[:-1]
                              + " again."))
    assert all(item in cleaned.text for item in items)


def test_signature_at_the_end_before_share_buttons() -> None:
    cleaned = clean_text(page("Мәдениет күндері ашылды", LEAD_KK, "Зарина Арман", "Бөлісу:"))
    assert "Зарина Арман" in cleaned.removed_lines


def test_name_in_the_middle_of_the_article_stays() -> None:
    cleaned = clean_text(page("Мәдениет күндері ашылды", LEAD_KK, "Зарина Арман", LEAD_KK[:-1]
                              + " тағы."))
    assert "Зарина Арман" in cleaned.text


def test_teaser_that_the_lead_goes_on_from() -> None:
    teaser = ("This Saturday at 5 pm, the ethno festival opens its second edition with "
              "thirteen bands in Almaty.")
    lead = (teaser[:-1] + ", the organisers said on Tuesday, adding that tickets are "
            "already on sale at the box office.")
    cleaned = clean_text(page("Ethno festival opens this Saturday", teaser, "• Facebook",
                              lead))
    assert teaser in cleaned.removed_lines and lead in cleaned.text


def test_headline_that_the_lead_repeats_and_goes_on_from_stays() -> None:
    headline = "Драма театры Моңғолияға гастрольдік сапармен барып келді"
    lead = headline + ", онда үш спектакль қойылып, көрермендер ұзақ қол шапалақтады."
    cleaned = clean_text(page(headline, lead))
    assert cleaned.title == headline and headline not in cleaned.removed_lines


def test_slightly_longer_variants_of_a_line_are_not_teasers() -> None:
    first = "Tomato salad with cherry tomatoes, cucumber slices, feta and balsamic vinegar"
    second = first + ", and grapes"
    cleaned = clean_text(page("Five lunches for a week", LEAD_EN, first, second))
    assert first in cleaned.text and second in cleaned.text


@pytest.mark.parametrize("line", ["Источник: Kazinform", "Source: The Astana Times",
                                  "Дереккөз: egemen.kz"])
def test_source_lines(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", ["Источник сообщил, что концерт пройдёт в мае.",
                                  "Источник: по словам организаторов, концерт пройдёт в мае "
                                  "в Алматы и соберёт тысячи зрителей."])
def test_sentences_opening_with_source_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["Время чтения: 3 минуты", "Reading time: 3 min",
                                  "3 min read", "Оқу уақыты: 2 минут", "Голосов: 12"])
def test_reading_time_and_votes(line: str) -> None:
    assert classify_line(line) == "counter"


@pytest.mark.parametrize("line", ["Следующая статья", "Келесі жаңалық", "Previous article",
                                  "Read in Kazakh", "16+", "Back to top"])
def test_page_tools_and_age_ratings(line: str) -> None:
    assert classify_line(line) == "menu"


@pytest.mark.parametrize("line", [
    "5 минут назад", "Обновлено 2 часа назад", "2 сағат бұрын", "Жаңартылды: 3 күн бұрын",
    "Updated 2 hours ago", "an hour ago", "только что", "Жаңа ғана", "Just now",
])
def test_relative_time_stamps(line: str) -> None:
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", [
    "Три часа назад в Алматы открылся фестиваль.",
    "Two days ago the festival opened in Almaty",
    "Концерт 2 сағат бұрын басталды",
])
def test_relative_times_in_sentences_are_kept(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "1 2 3 … 10 Далее", "« 1 2 3 »", "‹ Prev 1 2 Next ›", "1 | 2 | 3 | Келесі",
])
def test_pagers(line: str) -> None:
    assert classify_line(line) == "menu"


@pytest.mark.parametrize("line", ["1 2 3", "Лауреаты 1 2 3 степени", "2024 2025"])
def test_numbers_that_are_no_pager(line: str) -> None:
    # bare numbers are counters or table cells, figures with words are text: no pager
    assert classify_line(line) != "menu"


@pytest.mark.parametrize("line", [
    "Listen to this article", "Аудио нұсқасы", "Слушать статью", "Ашық деректер",
    "Мекеме жаңалықтары", "Новости учреждения", "Press centre",
])
def test_audio_players_and_institution_site_sections(line: str) -> None:
    assert classify_line(line) == "menu"


@pytest.mark.parametrize(("outlet", "headline", "lead"), [
    ("Информационное агентство «Степь»", "В Шымкенте пройдёт фестиваль народной музыки",
     LEAD_RU),
    ("Республикалық қоғамдық-саяси газет", "Шымкентте халық музыкасының фестивалі өтеді",
     LEAD_KK),
    ("Official website of the Almaty city akimat", "Folk music festival opens in Almaty",
     LEAD_EN),
])
def test_outlet_name_above_the_headline(outlet: str, headline: str, lead: str) -> None:
    cleaned = clean_text(page(outlet, headline, lead))
    assert outlet in cleaned.removed_lines
    assert cleaned.title == headline


def test_headline_that_names_an_outlet_is_kept() -> None:
    headline = "Газета «Степной вестник» отметила столетие"
    cleaned = clean_text(page(headline, LEAD_RU))
    assert cleaned.title == headline
    assert headline not in cleaned.removed_lines


def test_newest_first_feed_of_stamped_headlines() -> None:
    feed = ["14:20 Алматыда жас суретшілердің көрмесі ашылды",
            "13:05 Астанада опера театры жаңа маусымды бастады",
            "12:40 Шымкентте кітап жәрмеңкесі өтті"]
    cleaned = clean_text(page("Шымкентте халық музыкасының фестивалі өтеді", LEAD_KK, *feed))
    assert Counter(cleaned.removed_lines) >= Counter(feed)


def test_programme_in_the_order_of_the_day_is_kept() -> None:
    programme = ["10:00 Открытие выставки народных ремёсел",
                 "12:00 Концерт детских фольклорных ансамблей",
                 "18:00 Гала-концерт мастеров искусств на площади"]
    cleaned = clean_text(page("В Шымкенте пройдёт фестиваль народной музыки", LEAD_RU,
                              "Программа фестиваля:", *programme))
    assert not set(programme) & set(cleaned.removed_lines)


def test_site_menu_one_item_per_line_above_the_headline() -> None:
    menu = ["World", "Business", "Real Estate", "Obituaries", "Top Workplaces", "Podcasts"]
    headline = "Folk music festival opens in Almaty"
    cleaned = clean_text(page(*menu, headline, LEAD_EN))
    assert Counter(cleaned.removed_lines) >= Counter(menu)
    assert cleaned.title == headline


def test_site_menu_in_kazakh_below_the_article() -> None:
    menu = ["Басты бет", "Саясат", "Экономика", "Мәдениет", "Спорт", "Ғылым", "Аймақтар"]
    cleaned = clean_text(page("Шымкентте халық музыкасының фестивалі өтеді", LEAD_KK, *menu))
    assert Counter(cleaned.removed_lines) >= Counter(menu)


@pytest.mark.parametrize("names", [
    # a column of names with no menu word is the article's (a cast, the laureates)
    ["Айгерим Сейтказы", "Нурлан Алимжанов", "Дана Аменова", "Ержан Садыков",
     "Асель Нурова"],
    # an introduced list is the article's even when it holds a menu word ("Музыка")
    ["Лауреаты:", "Вокал", "Хореография", "Музыка", "Живопись", "Декоративное искусство"],
])
def test_columns_of_names_and_introduced_lists_are_kept(names: list[str]) -> None:
    closing = "Награды победителям вручат на торжественной церемонии в конце месяца."
    cleaned = clean_text(page("Гала-концерт в столице", LEAD_RU, BODY_RU, *names, closing))
    kept = set(kept_lines(cleaned))
    assert {n for n in names if n != "Музыка"} <= kept


def test_headline_copy_with_other_quotes_and_a_full_stop() -> None:
    headline = "В Шымкенте пройдёт фестиваль народной музыки «Дала сазы»"
    copy = "В Шымкенте пройдёт фестиваль народной музыки \"Дала сазы\"."
    cleaned = clean_text(page(headline, "12 марта 2025, 10:15", copy, LEAD_RU))
    assert cleaned.title == headline
    assert copy in cleaned.removed_lines and headline not in cleaned.removed_lines


@pytest.mark.parametrize("line", [
    "The main stage of the festival in 2024 (Photo courtesy of the organizers)",
    "Гала-концерт в филармонии (Фото предоставлено акиматом)",
    "Credit: Ministry of Culture and Information",
])
def test_captions_with_a_bracketed_credit_and_credit_labels(line: str) -> None:
    assert classify_line(line) == "credit"


def test_a_sentence_with_a_bracketed_remark_is_kept() -> None:
    line = ("The festival opened on Friday with a parade (photos by visitors flooded social "
            "networks within hours), and the organisers promised a larger programme next year.")
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "12:30, 5 марта 2025 | Культура | 1 245",
    "Культура | 5 марта 2025 | 12:30",
    "5 марта 2025 • 3 мин. чтения",
    "24 Nov 2025 • 3 min read",
    "Updated: 24 November 2025 14:05 | Published: 23 November 2025 10:00",
    "05.03.2025 / 12:30 / Просмотров: 245",
])
def test_stamp_lines_of_several_parts(line: str) -> None:
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", [
    "5 марта 2025 | Концерт пройдёт на главной площади города",
    "Фестиваль | Концерт | Выставка",
])
def test_parted_lines_with_a_sentence_or_no_date_are_no_stamp(line: str) -> None:
    assert classify_line(line) != "date"
