"""Line kinds of page chrome, one test per kind, on lines written for the test: each
kind fires on the chrome line and never on the article sentence that resembles it."""

from __future__ import annotations

import pytest

from sahna.clean import classify_line


@pytest.mark.parametrize("line", [
    "Nov. 19, 2019 8:03 am ET",
    "Published 7:07 PM EST Nov 19, 2019",
    "Updated 10:35 AM ET, Tue November 19, 2019",
    "March 3, 2024 at 5:00 p.m. PST",
    "Last Modified: November 19, 2019",
    "Пятница, 14:20, 5 сентября 2025",
])
def test_date_lines_with_zones_and_parts_in_any_order(line: str) -> None:
    assert classify_line(line) == "date"


@pytest.mark.parametrize("line", [
    "By", "By:", "Author:", "Автор:",
    "By Sandee LaMotte, CNN", "By ANNA SMITH, Associated Press",
    "By John O'Brien and Mary McDonald", "Текст: Дана Аменова и Ксения Ребик",
])
def test_bylines_cue_alone_inner_capitals_caps_and_several_authors(line: str) -> None:
    assert classify_line(line) == "byline"


@pytest.mark.parametrize("line", [
    "By Friday, the museum opened its new wing.",
    "By the end of the year",
    "Авторы - Ұжымдық жұмыс.",  # "the authors: a collective work": a sentence
    "Автор спектакля – Иван Петров.",
])
def test_sentences_opening_with_a_byline_word_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["@aigerim_writes", "dana.amenova@example.kz",
                                  "Email: d.amenova@example.kz"])
def test_an_authors_handle_or_email_alone(line: str) -> None:
    assert classify_line(line) == "url"


def test_a_labelled_handle_is_the_articles_list_of_accounts() -> None:
    assert classify_line("Аккаунт: @steppe_kitchen") is None
    assert classify_line("Write to her at dana.amenova@example.kz for tickets.") is None


@pytest.mark.parametrize("line", ["|", "/", ",", "›‹", "×", "• •"])
def test_separator_lines(line: str) -> None:
    assert classify_line(line) == "separator"


@pytest.mark.parametrize("line", ["***", "* * *", "⁂", "___", "———"])
def test_scene_breaks_and_rules_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["Reuters", "Associated Press", "Getty Images",
                                  "AFP/Getty Images", "(AP Photo/Aigerim Seitkali)", "ТАСС",
                                  "РИА Новости"])
def test_agency_credit_lines(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", ["Reuters reported that the festival was postponed.",
                                  "Trend of the season", "AP Stylebook changes"])
def test_sentences_naming_an_agency_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["Share to LinkedIn", "Share via Email",
                                  "Поделиться в Telegram", "Facebook-та бөлісу"])
def test_share_buttons(line: str) -> None:
    assert classify_line(line) == "share"


def test_a_sentence_about_sharing_stays() -> None:
    assert classify_line("Share the festival programme with your friends.") is None


@pytest.mark.parametrize("line", [
    "Follow The Daily Steppe online:", "Follow @steppe_daily",
    "Sign up for Steppe Daily newsletters", "Get our weekly culture newsletter",
    "Подпишитесь на рассылку", "Жаңалықтарға жазылыңыз",
])
def test_newsletter_and_follow_adverts(line: str) -> None:
    assert classify_line(line) == "subscription"


def test_sign_up_for_a_service_in_an_article_stays() -> None:
    assert classify_line("Sign up for a season ticket at the box office for $40 a month") is None


@pytest.mark.parametrize("line", ["Obituaries", "Real Estate", "Show Caption", "Погода",
                                  "Ауа райы", "Cars Jobs Weather", "Авторы"])
def test_site_sections_and_widget_labels(line: str) -> None:
    assert classify_line(line) == "menu"


@pytest.mark.parametrize("line", ["• 2 min read", "Most popular articles", "Сейчас читают",
                                  "Ең көп қаралған"])
def test_reading_time_and_list_headings(line: str) -> None:
    assert classify_line(line) in {"counter", "list_heading"}


@pytest.mark.parametrize("line", [
    "By Aigerim Seitkali in Culture on 10 June 2023", "June 12, 2023 by Aigerim Seitkali",
    "Posted by admin", "By Reuters", "Written by Aigerim Seitkali",
])
def test_blog_bylines_with_rubric_date_or_user_name(line: str) -> None:
    assert classify_line(line) == "byline"


@pytest.mark.parametrize("line", ["By Aigerim Seitkali - 24.11.2025 06:56",
                                  "By Aigerim Seitkali - Nov 24, 2025",
                                  "Aigerim Seitkali - Nov 24, 2025, 10:31 pm"])
def test_author_a_dash_and_the_date(line: str) -> None:
    assert classify_line(line) in {"byline", "date"}


@pytest.mark.parametrize("line", [
    "By Friday, the museum opened on the river bank",
    "By noon on 12 June 2023 the hall was full",
    "Posted by the ministry on its website, the decree took effect.",
    "By Friday",
    "By Aigerim Seitkali - the story of a singer",
])
def test_sentences_with_by_and_a_date_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["A+ A-", "Font size", "Print version", "Қаріп өлшемі"])
def test_page_tools(line: str) -> None:
    assert classify_line(line) == "menu"


@pytest.mark.parametrize("line", [
    "Courtesy of Aigerim Seitkali", "Фото из личного архива Дины Ахметовой",
    "Image caption: The orchestra in the hall", "Canadian Press",
])
def test_picture_credits_and_captions(line: str) -> None:
    assert classify_line(line) == "credit"


def test_a_sentence_opening_with_courtesy_stays() -> None:
    assert classify_line("Courtesy of the museum, the exhibition will travel to Almaty.") is None


@pytest.mark.parametrize("line", [
    "На правах рекламы", "Жарнама құқығында",
    "The Steppe Daily is supported by its audience. When you buy through links on our "
    "site, we may earn an affiliate commission.",
])
def test_sponsorship_and_affiliate_notes(line: str) -> None:
    assert classify_line(line) == "copyright"


@pytest.mark.parametrize("line", ["KAZ RUS ENG", "Қаз Рус Eng"])
def test_language_switches(line: str) -> None:
    assert classify_line(line) == "menu"


def test_share_and_like_counts() -> None:
    assert classify_line("15 shares") == "counter"
    assert classify_line("Report an error") == "comment"


@pytest.mark.parametrize("line", [
    "Cashier works: 10.00 - 17.30",
    "Режим работы: 10:00–18:00",
    "Касса работает с 10:00 до 19:00",
    "Жұмыс уақыты: 09:00-18:00",
    "Opening hours: Mon-Fri 9:00-18:00, Sat 10:00-15:00",
    "Box office: 10 am - 7 pm",
])
def test_opening_hours_of_a_venue_or_office(line: str) -> None:
    assert classify_line(line) == "hours"


@pytest.mark.parametrize("line", [
    "Касса театра откроется в 10:00 в субботу.",
    "Opening hours of the museum will be extended to 22:00.",
    "Box office sales start at 10:00 on Monday",
    "Hours later, the festival ended at 23:00.",
    "Open air concert at 19:00 in the park",
])
def test_sentences_about_the_hours_of_an_event_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "#culture #festival", "#Астана, #Наурыз", "Posted in Culture, Events",
    "Filed under: Festivals", "Опубликовано в рубрике Культура",
])
def test_hashtag_lines_and_the_rubrics_a_post_is_filed_under(line: str) -> None:
    assert classify_line(line) == "tags"


@pytest.mark.parametrize("line", [
    "Posted in the square, the festival opened.",
    "Категории участников объявили в субботу.",
    "#MeToo changed the way festivals pick their juries.",
])
def test_sentences_opening_with_a_tag_word_or_a_hashtag_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Continue reading", "Get it on Google Play", "Leave a Reply Cancel reply",
    "Version for the visually impaired", "Поиск по сайту", "Курсы валют",
    "Комментариев нет", "Зағип жандарға арналған нұсқа", "Жаңалықтар таспасы",
    "Толық оқу", "1245 рет қаралды",
])
def test_page_tools_search_boxes_and_forms_in_three_languages(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Photo exhibition", "Фото выставка", "Video of the gala concert",
])
def test_subheadings_opening_with_a_credit_word_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Фото Kazinform", "Photo Reuters", "Фото akorda.kz", "Photos by the author",
    "Фото из архива редакции", "Photo via Reuters", "Сурет автордікі",
])
def test_short_credits_without_a_separator_name_their_source(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", ["Search for:", "Like this:", "Copied!", "Read Later",
                                  "Ссылка скопирована", "Date of publication: 24 November 2025",
                                  "Updated on 24 November 2025 at 14:05"])
def test_labels_listed_with_a_colon_and_more_date_labels(line: str) -> None:
    assert classify_line(line) is not None


def test_a_sentence_made_of_menu_words_and_others_stays() -> None:
    assert classify_line("The report was published on Monday.") is None


@pytest.mark.parametrize("line", [
    "Home » Culture » Festival opens in Almaty",
    "Главная › Культура › В Алматы открылся фестиваль",
    "24.11.2025 - Update : 24.11.2025",
    "Tengrinews.kz English", "«Elordainfo.kz»",
    "Follow The Astana Times on Telegram",
    "Reproduction is allowed only with reference to the source",
    "The opinion of the author may not coincide with the position of the editorial office",
    "Chief editor: Aibek Nurlanov", "By Staff Reporter",
    "Only registered users can comment",
])
def test_breadcrumbs_ending_in_the_headline_domains_imprints_and_notices(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Prices rose > 5 percent » said the minister in Almaty today.",
    "Home / Festival opens in Almaty today",
    "Visit Zakon.kz for more.",
    "The festival was held on 24.11.2025 - the first day of the week.",
])
def test_sentences_with_separators_domains_or_dates_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Читайте новости Zakon.kz в Telegram", "Присоединяйтесь к нам в Telegram",
    "Полное или частичное копирование материалов запрещено", "Erid: 2VtzqwTLQ4P",
    "Войдите, чтобы комментировать", "Поделиться новостью", "Жаңалықпен бөлісу",
])
def test_russian_and_kazakh_calls_notices_and_buttons(line: str) -> None:
    assert classify_line(line) is not None


def test_an_invitation_to_the_event_itself_stays() -> None:
    line = "Присоединяйтесь к нам на концерте в субботу — вход свободный, начало в 19:00."
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Участники фестиваля на площади. Фото Ивана Петрова",
    "Участники фестиваля на площади (фото Ивана Петрова)",
    "Фестиваль уличной музыки. Фото пресс-службы акимата",
    "Festival participants on the square. Photo by John Smith",
    "Суретті түсірген Айгүл Серікова", "Скриншот видео",
])
def test_captions_closing_with_a_credit_without_a_colon(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", [
    "The exhibition closes on Sunday. Photo Almaty is its sponsor.",
    "В зале открылась выставка. Фото Ивана Петрова заняли два зала.",
])
def test_sentences_with_a_credit_word_inside_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Айгүл Серікова, Kazinform тілшісі", "Иван Петров, фото автора",
    "Материал подготовил Иван Петров", "Мәтінді дайындаған: Айгүл Серікова",
])
def test_signatures_with_the_outlet_before_the_title_or_the_picture_credit(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Құрманғазы Сағырбайұлы, «Сарыарқа»",  # a composer and a work in a programme
    "Абай Кунанбаев, «Слова назидания»",
])
def test_a_composer_and_a_work_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("📌 Read also", "list_heading"), ("💬 0", "counter"), ("➡️ Telegram", "menu"),
    ("%%title%%", "placeholder"),
])
def test_labels_behind_an_icon_and_double_percent_placeholders(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_a_sentence_behind_an_icon_stays() -> None:
    assert classify_line("🔹Фестиваль қатысушылары Анталия қаласында өнер көрсетеді.") is None


@pytest.mark.parametrize("line", ["| by Aigerim Seitkali", "By Aigerim Seitkali -",
                                  "By ANNA SMITH, MARY CLARE JONES and JOHN DOE"])
def test_bylines_with_a_bar_or_dash_left_and_three_long_names(line: str) -> None:
    assert classify_line(line) == "byline"


def test_a_long_line_after_by_is_a_sentence() -> None:
    assert classify_line("By the end of the week the festival had drawn ten thousand "
                         "visitors") is None


def test_an_event_period_of_two_bare_dates_stays() -> None:
    # two different dates without a label or a time: an exhibition's period, content
    assert classify_line("29 November 2025 | 20 January 2026") is None
    assert classify_line("29.11.2025 | 20.01.2026") is None
    # labelled or timed, they are the page's stamps
    assert classify_line("Published: 29.11.2025 | Updated: 30.11.2025") == "date"
    assert classify_line("29.11.2025 10:15 | 30.11.2025 09:00") == "date"


@pytest.mark.parametrize(("line", "kind"), [
    ("Категория: Культура", "tags"), ("Раздел: Культура", "tags"), ("Rubric: Culture", "tags"),
    ("Join us on Telegram", "subscription"), ("Бізді Telegram-нан оқыңыз", "subscription"),
    ("Қатені хабарлау", "comment"), ("Partner content", "menu"),
    ("Main news", "list_heading"), ("Күннің видеосы", "list_heading"),
])
def test_rubric_labels_channel_promos_and_widget_headings(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Айдар Бекенов", "Айдар: Біз алты ай дайындалдық.",  # a first name, not «айдар» (rubric)
    "Раздел культуры открылся в музее.", "Partner content of the festival was shown.",
])
def test_rubric_words_in_names_and_sentences_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Комментариев: 0", "counter"), ("12 комментариев", "counter"), ("Пікірлер: 3", "counter"),
    ("Comments: 4", "counter"), ("Читать 3 минуты", "counter"), ("Read 3 min", "counter"),
    ("1 / 12", "counter"), ("3 из 12", "counter"), ("1 of 6", "counter"),
    ("Фото и текст: Иван Петров", "credit"), ("Мәтін және фото: Айгүл Серікқызы", "credit"),
    ("Главная страница", "menu"),
])
def test_comment_counts_reading_times_gallery_positions_and_joint_credits(line: str,
                                                                           kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", [
    "Комментариев 5 тысяч было оставлено под видео.",
    "Фото и видео с фестиваля разошлись по соцсетям за один вечер, сообщили организаторы.",
    "1 of 6 finalists will represent Kazakhstan at the contest.",
])
def test_counter_and_credit_words_in_sentences_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Жүктелуде...", "menu"), ("Мақаланы бағалаңыз", "menu"), ("Таңдаулыларға қосу", "menu"),
    ("Қазақстан жаңалықтары", "menu"), ("WhatsApp арқылы жіберу", "menu"),
    ("Download our app on App Store and Google Play", "subscription"),
    ("Скачайте мобильное приложение в App Store", "subscription"),
    ("Tengrinews қосымшасын жүктеп алыңыз", "subscription"),
])
def test_kazakh_page_tools_and_app_promos(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_an_app_named_inside_a_report_stays() -> None:
    assert classify_line("Visitors could download our app, the museum director said, and "
                         "listen to the audio guide in three languages during the tour.") is None


@pytest.mark.parametrize("line", [
    "Dancers perform at the opening of the festival in Almaty. (AP Photo/John Doe)",
    "Dancers perform at the opening (REUTERS/Aida Nurlan)",
    "FILE PHOTO: Dancers perform at the opening of the festival in Almaty.",
    "Фото пресс-службы акимата", "Фото организаторов",
    "Суреттер облыс әкімдігінен алынды",
])
def test_agency_photo_credits_and_press_office_credits(line: str) -> None:
    assert classify_line(line) == "credit"


@pytest.mark.parametrize("line", [
    "The concert was organised with the national news agency (Kazinform).",
    "The orchestra performed works by Bach (1685/1750).",
    "Фото пресс-службы акимата Алматы показывают, что площадь была переполнена, а "
    "зрители стояли даже на соседних улицах.",
])
def test_an_agency_or_press_office_in_a_sentence_stays(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Новости театра", "menu"), ("Мекеме жаңалықтары", "menu"), ("Theatre news", "menu"),
    ("Билеты", "menu"), ("Buy tickets", "menu"), ("Continue reading below", "menu"),
    ("Продолжение ниже", "menu"), ("Жалғасы төменде", "menu"),
])
def test_whose_news_rubrics_and_ticket_links(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_a_news_word_in_a_headline_stays() -> None:
    assert classify_line("Good news for the theatre fans of Almaty") is None
    assert classify_line("Новости театра обсудили на встрече с журналистами.") is None


@pytest.mark.parametrize("line", ["USD 473.29 ▲", "EUR/KZT 512.81",
                                  "USD: 473.29 | EUR: 512.81 | RUB: 5.47",
                                  "Нефть Brent 75.3"])
def test_rate_tickers(line: str) -> None:
    assert classify_line(line) == "quote"


@pytest.mark.parametrize("line", ["The USD rose 0.5% to 473.29 tenge", "C 12 15",
                                  "USD and EUR rose"])
def test_rates_in_sentences_and_table_rows_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["Translated by Aigerim Seitkali", "Prepared by Aigerim Seitkali",
                                  "Переводчик: Ирина Смирнова", "Аударған: Айгүл Серікқызы"])
def test_translator_and_compiler_bylines(line: str) -> None:
    assert classify_line(line) == "byline"


@pytest.mark.parametrize("line", ["Перевод романа на казахский язык занял три года.",
                                  "Аударма ісі туралы жиын өтті.",
                                  "Prepared by the ministry, the programme includes twelve "
                                  "concerts."])
def test_translation_words_in_sentences_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Автордың пікірі редакцияның көзқарасымен сәйкес келмеуі мүмкін", "copyright"),
    ("The opinions expressed in this article are the author's own", "copyright"),
    ("При полном или частичном использовании материалов гиперссылка обязательна",
     "copyright"),
    ("Обсудить", "menu"), ("Ваш комментарий", "menu"),
])
def test_disclaimers_and_comment_form_labels(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_the_editors_view_reported_in_a_sentence_stays() -> None:
    assert classify_line("Редакцияның пікірі бойынша, фестиваль биыл ең үздік мәдени оқиға "
                         "болды, деп жазды газет тілшісі өз мақаласында.") is None


@pytest.mark.parametrize("line", ["Редактор таңдауы", "Сізге ұнауы мүмкін", "Бұл да қызық",
                                  "Соңғы қосылғандар", "Бүгінгі жаңалықтар:"])
def test_kazakh_headings_of_other_headlines(line: str) -> None:
    assert classify_line(line) == "list_heading"


@pytest.mark.parametrize(("line", "kind"), [
    ("Publish date:", "date"), ("Жарияланды:", "date"), ("Дата публикации:", "date"),
    ("Email the author", "menu"), ("Авторға жазу", "menu"), ("Up next:", "menu"),
    ("This post may contain affiliate links. Please see my disclosure page.", "copyright"),
])
def test_date_labels_alone_author_contact_and_affiliate_notes(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_a_programme_tables_column_headers_are_no_date_labels() -> None:
    for line in ["Дата", "Күні", "Уақыты"]:
        assert classify_line(line) != "date", line
