"""Chrome round 3 (issue 13): classes of chrome that pages of unseen outlets print around
the article, each with lines written for these tests, and beside each class the article
lines that look close to it and must stay."""

from __future__ import annotations

import pytest

from sahna.clean import clean_text
from sahna.clean.lines import classify_line
from sahna.clean.page import classify_lines

LEAD_RU = ("БИШКЕК, 24 ноя — АКИpress. В столице стартовал фестиваль национального кино, "
           "в программе которого тридцать фильмов из пяти стран.")
LEAD_EN = ("The Central Asian Media Forum opened in Tashkent on Thursday with journalists "
           "and editors from five countries taking part.")


def _kept(lines: list[str]) -> list[str]:
    return [line for line, label in zip(lines, classify_lines(lines), strict=True)
            if label is None and line.strip()]


# ---------------------------------------------------------------- a strip of headlines above

def test_headline_under_a_strip_of_other_headlines_stays_when_a_lone_word_is_above() -> None:
    """A weather widget's city (one word) above the news strip is no headline: the strip
    is still above the article, and its last kept line is the article's headline."""
    lines = ["Бишкек", "+12°C", "Лента новостей",
             "В Оше прошла встреча министров культуры", "10:15",
             "В Караколе подписали меморандум о туризме", "09:40",
             "В Бишкеке открылся фестиваль национального кино",
             "24.11.2025 | 14:05", "Просмотров: 1342", LEAD_RU]
    kept = _kept(lines)
    assert "В Бишкеке открылся фестиваль национального кино" in kept
    assert "В Оше прошла встреча министров культуры" not in kept
    assert clean_text("\n".join(lines)).published == "2025-11-24"


def test_a_list_under_the_headline_is_still_the_sidebar() -> None:
    """With the article's headline above it (three words and more), a list under a
    heading is the page's sidebar and goes whole."""
    lines = ["Фестиваль национального кино открылся в Бишкеке", "24.11.2025", LEAD_RU,
             "Фестиваль продлится до 30 ноября.", "Читайте также",
             "В Оше прошла встреча министров культуры",
             "В Караколе подписали меморандум о туризме"]
    kept = _kept(lines)
    assert kept == lines[:1] + lines[2:4]


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize("line", [
    "TASHKENT, June 12 (UzDaily) --",
    "LONDON, Dec 3 (Reuters) -",
    "ASTANA, June 12 (Kazinform)",
])
def test_an_agency_dateline_alone_with_its_dash(line: str) -> None:
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", [
    "TASHKENT, June 12 (UzDaily) -- The forum opened with a speech by the minister",
    "Anna Smith (Reuters)",
    "Almaty, Kazakhstan (Steppe Herald)",
])
def test_a_dateline_needs_a_date_before_a_bracketed_name_unknown_as_an_agency(line: str) -> None:
    assert classify_line(line) != "date"


def test_a_standalone_dateline_does_not_cost_the_headline_under_a_news_strip() -> None:
    lines = ["Top news", "Kazakhstan and Uzbekistan sign a cultural deal",
             "Astana Ballet to tour Europe this spring",
             "Tashkent hosts Central Asian media forum",
             "TASHKENT, June 12 (UzDaily) --", "12 June 2025, 10:15", LEAD_EN]
    assert _kept(lines) == ["Tashkent hosts Central Asian media forum", LEAD_EN]
    assert clean_text("\n".join(lines)).published == "2025-06-12"


# ---------------------------------------------------------------- place glued to a date

@pytest.mark.parametrize("line", ["Уральск.03.02.25", "Астана.12.03.2025 10:15"])
def test_a_city_glued_to_the_date_by_a_full_stop(line: str) -> None:
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", ["Ст.5 закона о культуре",
                                  "Уральск. 3 февраля здесь прошёл концерт"])
def test_not_a_glued_stamp(line: str) -> None:
    assert classify_line(line) is None


# ---------------------------------------------------------------- reader prompts after the text

@pytest.mark.parametrize("line", [
    "Понравилась статья? Поделитесь с друзьями",
    "Понравился материал? Поделитесь им с друзьями!",
    "Мақала ұнады ма? Достарыңызбен бөлісіңіз",
    "Did you like this story? Share it with your friends",
    "Enjoyed this article? Share it with your colleagues",
])
def test_a_prompt_to_share_the_story(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Организаторы попросили зрителей поделиться впечатлениями с друзьями после концерта.",
    "She asked the audience to share the music with their friends after the concert.",
])
def test_sentences_about_sharing_stay(line: str) -> None:
    assert classify_line(line) is None


# ---------------------------------------------------------------- headings and buttons

@pytest.mark.parametrize("line", [
    "Watch also", "Partner news", "News from our partners", "Ұсынамыз", "Өткізіп алмаңыз",
    "Оқуды ұсынамыз", "Из сети",
])
def test_headings_of_picked_and_partner_headlines(line: str) -> None:
    assert classify_line(line) == "list_heading"


@pytest.mark.parametrize("line", [
    "Back to News", "Bookmark", "Вернуться к новостям", "В закладки", "Жаңалықтарға оралу",
    "Бетбелгілерге", "Тағы көрсету", "Пресс-релиз", "Баспасөз релизі",
])
def test_a_readers_way_back_and_bookmark_buttons(line: str) -> None:
    assert classify_line(line) == "menu"


def test_partner_headlines_after_the_text_go_with_their_heading() -> None:
    lines = [LEAD_EN, "The forum closes on Friday.", "Partner news",
             "Temirtau opens an open-air skating rink",
             "Residents complain about heating in the old town",
             "Museum entry free for city residents this weekend"]
    assert _kept(lines) == lines[:2]


# ---------------------------------------------------------------- sources and credits

@pytest.mark.parametrize("line", [
    "По материалам пресс-службы",
    "По информации пресс-службы акимата",
    "По сообщению агентства «Хабар»",
    "По данным сайта gov.kz",
    "Облыстық әкімдіктің баспасөз қызметінің ақпараты бойынша",
    "Ақпарат көзі: ҚазАқпарат",
    "Based on materials from Kazinform",
    "Фото на обложке: Depositphotos",
    "Мұқабадағы фото: Depositphotos",
])
def test_the_source_or_cover_credited_on_a_line_of_its_own(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", [
    "По информации пресс-службы, концерт пройдёт в субботу.",
    "По материалам дела суд назначил экспертизу",
    "По данным организаторов фестиваль посетили пять тысяч человек",
    "Облыс әкімдігінің ақпараты бойынша, концерт сенбіде өтеді.",
])
def test_sentences_opening_with_a_source_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["Dana Abdirova | Reporter", "Дана Абдирова | корреспондент"])
def test_a_name_and_its_job_title_parted_by_a_bar(line: str) -> None:
    assert classify_line(line) == "job_title"


def test_a_bar_before_a_sentence_is_no_job_title() -> None:
    assert classify_line("Anna Lee | Director of the festival opened the evening") is None


@pytest.mark.parametrize("line", ["Оценка: 4.5", "Rating: 5", "Рейтинг"])
def test_a_readers_rating(line: str) -> None:
    assert classify_line(line) == "counter"


def test_a_sentence_about_a_rating_stays() -> None:
    assert classify_line("Рейтинг фильма вырос до восьми баллов после премьеры.") is None


# ---------------------------------------------------------------- context: top, copies, ends

BODY_EN = ("A large street theatre festival took place in the city, bringing together "
           "around five thousand spectators and twelve companies from abroad.")
BODY_RU = ("Фестиваль уличного театра собрал на площади около пяти тысяч зрителей, "
           "а на сцене выступили двенадцать трупп из четырёх стран.")


def test_a_strip_of_dated_headlines_without_a_heading_above_the_article() -> None:
    lines = ["Astana opera opens its season", "20.11.2025 10:00",
             "Shymkent book fair opens on Friday", "21.11.2025 11:00",
             "Almaty hosts street theatre festival", "24.11.2025 14:05", BODY_EN]
    assert _kept(lines) == ["Almaty hosts street theatre festival", BODY_EN]
    assert clean_text("\n".join(lines)).published == "2025-11-24"


def test_a_standfirst_above_the_lead_leaves_dated_lines_alone() -> None:
    """Not every kept line above the lead is a dated headline: no strip is taken."""
    lines = ["Almaty hosts street theatre festival", "24.11.2025 14:05",
             "Twelve companies came to the city.", "Opening night", "25.11.2025", BODY_EN]
    assert "Almaty hosts street theatre festival" in _kept(lines)
    assert "Opening night" in _kept(lines)


def test_the_title_bars_copy_with_the_site_name_first() -> None:
    lines = ["Новости Казахстана: Фестиваль уличного театра прошёл в Алматы",
             "Фестиваль уличного театра прошёл в Алматы", "12.03.2025", BODY_RU]
    assert _kept(lines) == [lines[1], BODY_RU]


def test_a_signature_broken_before_the_papers_name_in_quotes() -> None:
    body = ("Фестиваль алаңға бес мыңға жуық көрерменді жинады, ал сахнада төрт "
            "елден келген он екі труппа өнер көрсетті.")
    lines = ["Алматыда көше театрларының фестивалі өтті", body,
             "Айгерім СЕЙТҚАЛИ,", "«Egemen Qazaqstan»"]
    assert _kept(lines) == lines[:2]


def test_a_menu_word_in_a_list_the_article_introduces_stays() -> None:
    lines = ["В Самарканде пройдёт фестиваль «Шарк тароналари»", BODY_RU, "Участники:",
             "Узбекистан", "Казахстан", "Кыргызстан", "Фестиваль проводится раз в два года."]
    assert "Казахстан" in _kept(lines)


def test_a_menu_after_the_article_without_an_introduction_still_goes() -> None:
    lines = ["В Самарканде пройдёт фестиваль «Шарк тароналари»", BODY_RU,
             "Главная", "Казахстан", "Экономика", "Культура"]
    assert _kept(lines) == lines[:2]


# ---------------------------------------------------------------- English templates' labels

@pytest.mark.parametrize(("line", "kind"), [
    ("Photo courtesy of the Ministry of Culture", "credit"),
    ("Photo courtesy", "credit"),
    ("Read time: 3 minutes", "counter"),
    ("Estimated reading time: 3 minutes", "counter"),
    ("Tagged with: Abai, opera", "tags"),
    ("Staff Report", "job_title"),
    ("By Staff", "job_title"),
    ("Type and hit enter", "menu"),
    ("Toggle navigation", "menu"),
    ("Open menu", "menu"),
])
def test_labels_of_english_templates(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Photo courtesy of the museum shows the restored hall.",
    "The staff of the theatre prepared the hall for a week.",
    "Tagged paintings were returned to the museum after the exhibition closed.",
])
def test_sentences_near_those_labels_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "15.09.2025, 10:15 (обновлено 15.09.2025, 12:30)",
    "June 12, 2025 (updated June 13, 2025)",
])
def test_a_stamp_with_its_update_in_brackets(line: str) -> None:
    assert classify_line(line) == "date"


def test_a_bracketed_update_of_something_else_is_no_stamp() -> None:
    assert classify_line("Фестиваль прошёл 12 июня (обновлено расписание)") is None


@pytest.mark.parametrize("line", ["Была ли эта информация полезна?",
                                  "Бұл ақпарат пайдалы болды ма?", "Was this article helpful?"])
def test_the_question_of_a_feedback_widget(line: str) -> None:
    assert classify_line(line) == "menu"


# ---------------------------------------------------------------- press offices, outlets

def test_a_press_office_signs_the_release_at_its_end() -> None:
    lines = ["Университетте Абай оқулары өтті", BODY_RU,
             "Вечер подготовил студенческий клуб.", "Пресс-служба университета",
             "Поделиться"]
    assert _kept(lines) == lines[:3]


def test_a_press_office_under_the_headline() -> None:
    lines = ["Облыста халық театрларының фестивалі өтті",
             "Облыс әкімдігінің баспасөз қызметі", "15.09.2025", BODY_RU]
    assert _kept(lines) == [lines[0], BODY_RU]


@pytest.mark.parametrize("line", [
    "Пресс-служба акимата сообщила, что концерт перенесён на субботу.",
    "Баспасөз қызметі фестиваль бағдарламасын жариялады.",
])
def test_a_sentence_about_the_press_office_stays(line: str) -> None:
    lines = ["Университетте Абай оқулары өтті", BODY_RU, line]
    assert _kept(lines) == lines


def test_the_radios_name_under_the_headline() -> None:
    lines = ["Алматыда тәуелсіз театр фестивалі өтті", "Азаттық радиосы", "15 қыркүйек 2025",
             BODY_RU]
    assert _kept(lines) == [lines[0], BODY_RU]


# ---------------------------------------------------------------- papers, pictures, rubrics

@pytest.mark.parametrize(("line", "kind"), [
    ("Изображение сгенерировано нейросетью", "credit"),
    ("Сурет жасанды интеллект арқылы жасалған", "credit"),
    ("Image generated by AI", "credit"),
    ("Оқылым саны: 325", "counter"),
    ("Негізгі", "menu"),
    ("Тұлға", "menu"),
    ("Газеттің электронды нұсқасы", "menu"),
    ("Электронная версия газеты", "menu"),
    ("PDF-версия", "menu"),
    ("№37 (1234) от 12 сентября 2025", "date"),
    ("№ 37 (21234) 12 қыркүйек 2025 ж.", "date"),
    ("Подписной индекс: 65432", "impressum"),
    ("Басылым индексі: 65432", "impressum"),
    ("Главный редактор – Анна Смирнова", "job_title"),
    ("Редактор отдела: Анна Смирнова", "job_title"),
])
def test_a_papers_and_a_pictures_labels(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Главный редактор – Анна Смирнова выступила на форуме",
    "Изображение сгенерировано нейросетью для выставки, где показали работы художников.",
    "№ 5 приказ о проведении фестиваля",
    "Ансамбль – Анна Смирнова",
])
def test_sentences_like_those_labels_stay(line: str) -> None:
    assert classify_line(line) is None


def test_the_headline_with_a_media_marker_in_brackets_is_a_copy() -> None:
    lines = ["Фестиваль уличного театра прошёл в Алматы",
             "Фестиваль уличного театра прошёл в Алматы (ВИДЕО)", BODY_RU]
    assert _kept(lines) == [lines[0], BODY_RU]


@pytest.mark.parametrize("line", [
    "Print Friendly, PDF & Email", "Spread the love", "No Comments", "About the author",
    "Terms & Conditions", "Support our journalism", "by admin", "admin",
])
def test_what_a_blog_engine_prints_under_a_post(line: str) -> None:
    assert classify_line(line) is not None


def test_a_sentence_with_a_blog_engines_words_stays() -> None:
    assert classify_line("The admin of the festival site said tickets sold out in a day.") is None
