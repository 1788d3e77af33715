"""English events, round 3 (issue 14): hosting places over auxiliaries, names of
several capitalised words, the tense of a participle inside a noun phrase, an event
over on the day of the report, fairs. Every sentence here is written for this test;
2025-06-11 (the publication date) is a Wednesday."""

from __future__ import annotations

from sahna.contract import Event
from sahna.document import Document
from sahna.pipeline import process

PUBLISHED = "2025-06-11"


def extract(text: str) -> list[Event]:
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    assert doc.lang == "en"
    return doc.events


def rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """``(type, start, city, status)`` of each event of ``text``."""
    return [(e.type, e.start, e.city, e.status) for e in extract(text)]


# -- 1. a place that hosts, over the auxiliaries of tense and plan ------------------------


def test_a_city_set_to_host_is_where_the_event_is() -> None:
    text = "Culture\n\nShymkent is set to host the jubilee gala concert on 28 June."
    assert rows(text) == [("concert", "2025-06-28", "Shymkent", "planned")]


def test_a_capital_named_by_its_country_hosts() -> None:
    text = "Diplomacy\n\nThe Tajik capital hosted the regional summit on Friday."
    assert [(e.type, e.city, e.country) for e in extract(text)] == [("forum", "Dushanbe", "TJ")]


def test_a_host_country_or_city_anchors_a_named_multi_sport_event() -> None:
    found = rows("Sport\n\nAlmaty will host the Asian Winter Games in 2029.")
    assert found == [("competition", "2029", "Almaty", "planned")]
    found = rows("Sport\n\nTurkmenistan will host the Asian Indoor Games.")
    assert [(t, s) for t, _, _, s in found] == [("competition", "planned")]


# -- 2. the tense of a participle inside a noun phrase -----------------------------------


def test_parts_listed_in_a_programme_share_its_coming_status() -> None:
    text = ("Culture\n\nThe ministry will hold the Days of Uzbek Culture in Aktobe from "
            "Oct. 14-16.\n\nThe programme includes a gala concert at the drama theatre, an "
            "exhibition of Uzbek applied art and a film screening.")
    events = extract(text)
    assert {e.type: e.status for e in events} == {
        "culture_days": "planned", "concert": "planned", "exhibition": "planned",
        "screening": "planned"}


def test_a_past_verb_of_the_clause_still_tells_the_past() -> None:
    text = "Culture\n\nKaragandy hosted folk concerts on Republic Square on 1 June."
    assert [e.status for e in extract(text)] == ["held"]


# -- 3. over on the day of the report ----------------------------------------------------


def test_an_event_that_took_place_until_the_day_of_the_report_is_held() -> None:
    text = "Culture\n\nThe Days of Tajik Culture took place in Almaty on 10-11 June."
    assert rows(text) == [("culture_days", "2025-06-10", "Almaty", "held")]


def test_an_event_still_running_on_the_day_of_the_report_is_ongoing() -> None:
    text = "Culture\n\nThe Days of Tajik Culture are taking place in Almaty on 10-11 June."
    assert [e.status for e in extract(text)] == ["ongoing"]


# -- 4. a fair -----------------------------------------------------------------------------


def test_a_fair_that_opens_is_an_exhibition() -> None:
    text = "City\n\nA Nauryz fair opened on the central square of Taraz on Wednesday."
    assert [(e.type, e.city) for e in extract(text)] == [("exhibition", "Taraz")]


def test_fair_as_an_adjective_or_a_share_is_no_event() -> None:
    assert extract("Politics\n\nObservers in Astana called the vote free and fair.") == []
    assert extract("Economy\n\nFarmers want a fair share of the water of the Syr Darya.") == []


# -- 5. a bare opening, a run's last day, a country after the event's own name -----------


def test_a_bare_opening_a_few_sentences_on_is_the_opening_of_the_run() -> None:
    text = ("Cinema\n\nThe Week of Turkish Cinema opened at the Chaplin cinema in Almaty on "
            "Monday. Six feature films by Turkish directors will be shown until June 14.\n\n"
            "The opening was attended by the Turkish consul general.")
    assert [(e.type, e.start, e.end, e.status) for e in extract(text)] == [
        ("screening", "2025-06-09", "2025-06-14", "ongoing")]


def test_a_day_until_which_something_lasts_does_not_end_a_one_day_event() -> None:
    text = ("Music\n\nThe Kurmangazy orchestra gave a concert in Almaty on Monday. Tickets "
            "for its next season are on sale until June 14.")
    assert [(e.type, e.end) for e in extract(text)] == [("concert", None)]


def test_countries_taking_part_are_no_event_named_by_them() -> None:
    text = ("Theatre\n\nThe theatre festival will be held in Osh on June 20-27. Kazakhstan "
            "and Tajikistan will take part in it.")
    assert [e.type for e in extract(text)] == ["festival"]


def test_a_name_that_will_be_held_is_still_an_event() -> None:
    text = "Tech\n\nSilk Code Demo Day will be held in Astana on 25 June."
    assert rows(text) == [("other", "2025-06-25", "Astana", "planned")]


def test_the_country_after_the_events_name_wins_over_a_city_of_another_clause() -> None:
    text = ("Diplomacy\n\nThe culture ministers met in Osh on Monday and agreed to hold the "
            "Days of Kyrgyz Culture in Kazakhstan in 2026.")
    days = next(e for e in extract(text) if e.type == "culture_days")
    assert (days.city, days.country, days.status) == (None, "KZ", "planned")


# -- 6. a holiday celebrated with events; the final of a contest ---------------------------


def test_a_holiday_celebrated_with_concerts_is_a_celebration_as_well() -> None:
    text = ("City\n\nResidents of Taraz celebrated City Day on 7 June with open-air "
            "concerts and a fair of crafts.")
    kinds = {e.type for e in extract(text)}
    assert "ceremony" in kinds and "concert" in kinds


def test_a_tour_celebrating_an_anniversary_is_no_celebration_of_its_own() -> None:
    text = ("Music\n\nThe Dos-Mukasan band will go on a tour with its former singer in "
            "September, celebrating the band's 55th anniversary.")
    assert "ceremony" not in {e.type for e in extract(text)}


def test_the_final_of_a_contest_that_took_place_is_a_competition() -> None:
    text = "Culture\n\nThe final of the national dombra contest was held in Turkistan on Sunday."
    assert rows(text) == [("competition", "2025-06-08", "Turkestan", "held")]


def test_final_qualifying_a_noun_is_no_event() -> None:
    assert extract("Politics\n\nThe final decision on the canal was taken in Astana on "
                   "Monday.") == []


# -- 7. a page's time stamp is no event date ---------------------------------------------


def test_a_headline_stamped_with_a_date_and_time_is_the_event_of_the_lead() -> None:
    text = ("News\n\nKazakh violinist wins contest in Prague 10 June 2025, 09:12\n\n"
            "Kazakh violinist Aruzhan Sadykova won the International Kocian Violin "
            "Competition held in Prague on June 8.")
    assert [(e.type, e.start) for e in extract(text)] == [("competition", "2025-06-08")]


def test_a_posters_day_and_hour_still_dates_the_event() -> None:
    text = ("Poster\n\nA gala concert of the Otrar Sazy orchestra will take place in "
            "Turkistan on 14 June, 19:00\n")
    assert [(e.type, e.start) for e in extract(text)] == [("concert", "2025-06-14")]


# -- 8. a headline in the present ---------------------------------------------------------


def test_a_run_a_city_hosts_in_the_headline_is_under_way() -> None:
    text = ("Shymkent hosts international puppet theatre festival\n\nThe festival features "
            "troupes from ten countries.")
    assert [(e.type, e.city, e.status) for e in extract(text)] == [
        ("festival", "Shymkent", "ongoing")]


def test_a_run_hosted_on_stated_past_days_is_held_whatever_the_headline() -> None:
    text = ("Shymkent hosts international puppet theatre festival\n\nThe festival was held "
            "on 2-4 June.")
    assert [e.status for e in extract(text)] == ["held"]


def test_a_headline_verb_taken_for_a_noun_ends_the_events_title() -> None:
    text = ("Festival of Uzbek cuisine wraps up in Samarkand\n\nThe festival attracted "
            "20,000 visitors.")
    assert [e.title for e in extract(text)] == ["Festival of Uzbek cuisine"]


def test_a_gathering_that_took_place_is_an_event_and_gathering_as_a_verb_noun_none() -> None:
    text = "Diaspora\n\nA gathering of the Kazakh diaspora took place in Bonn on June 5."
    assert [(e.type, e.city, e.status) for e in extract(text)] == [("other", "Bonn", "held")]
    assert extract("Politics\n\nData gathering is a priority, the minister said in Astana "
                   "on Monday.") == []


# -- 9. titles of talks held ---------------------------------------------------------------


def test_talks_held_are_titled_by_the_talks_not_where_they_were() -> None:
    text = "Diplomacy\n\nThe Kyrgyz and Tajik foreign ministers held talks in Osh on June 5."
    assert [(e.type, e.title, e.city) for e in extract(text)] == [("meeting", "talks", "Osh")]


# -- 10. a city by its by-name -------------------------------------------------------------


def test_kazakhstans_largest_city_is_almaty_in_any_article() -> None:
    text = ("Cinema\n\nThe Eurasian Film Festival is expected to open in Kazakhstan's "
            "largest city in August.")
    assert [(e.type, e.city, e.country) for e in extract(text)] == [
        ("festival", "Almaty", "KZ")]


def test_another_countrys_largest_city_is_not_almaty() -> None:
    text = "Cinema\n\nThe film festival will open in Kyrgyzstan's largest city in August."
    assert [e.city for e in extract(text)] == [None]


def test_a_city_closing_a_venues_name_places_the_event() -> None:
    text = ("Ballet\n\nThe Astana Ballet troupe performed Giselle at the Royal Opera House "
            "Muscat on June 6.")
    assert [(e.type, e.city, e.country) for e in extract(text)] == [("stage", "Muscat", "OM")]


# -- 11. other articles' headlines above this one ------------------------------------------


TEASED = ("Home › Culture\nAlmaty hosts international jazz festival\n"
          "Shymkent theatre to tour Turkey in autumn\n"
          "Kazakh crafts exhibition opens in Baku\n10.06.2025 | 14:20\nBy Staff Reporter\n"
          "BAKU – An exhibition of Kazakh crafts opened at the Carpet Museum in Baku on "
          "Tuesday.\n\nThe exhibition presents felt carpets and jewellery.\n")


def test_headlines_of_other_articles_above_the_article_name_no_events_of_it() -> None:
    # (the first line stands as the page's headline: which line is, the cleaner says)
    kinds = [e.type for e in extract(TEASED)]
    assert "tour" not in kinds and kinds.count("exhibition") == 1


def test_lines_of_a_programme_under_the_lead_stay_events() -> None:
    text = ("Programme of the City Day\n\nThe City Day of Taraz will be celebrated on "
            "5 October. The programme:\n- At 11am a kokpar tournament at the hippodrome\n"
            "- At 7pm a gala concert on the central square\n")
    kinds = {e.type for e in extract(text)}
    assert {"competition", "concert"} <= kinds


def test_an_unquoted_title_after_a_genre_word_is_no_performer() -> None:
    text = "Opera\n\nThe Abai Theatre will stage the opera Kyz Zhibek in Semey on June 20."
    names = [p.name for e in extract(text) for p in e.participants]
    assert "Kyz Zhibek" not in names


def test_a_gathering_that_opens_in_the_headline_is_under_way() -> None:
    text = ("International forum on ecotourism opens in Kokshetau\n\nThe forum was opened "
            "by the akim of the region.")
    assert [(e.type, e.status) for e in extract(text)] == [("forum", "ongoing")]


def test_a_holiday_to_be_celebrated_in_the_headline_is_a_coming_celebration() -> None:
    text = ("Nauryz to be celebrated with concerts across Taraz\n\nThe main concert will "
            "take place on the central square.")
    assert ("ceremony", "planned") in [(e.type, e.status) for e in extract(text)]


def test_evenings_of_a_culture_and_festive_evenings_are_events() -> None:
    text = ("Diaspora\n\nOn June 5, Kazakh students in Prague organized a cultural evening "
            "for their Czech friends.")
    assert [(e.type, e.start) for e in extract(text)] == [("other", "2025-06-05")]
    text = ("Embassy\n\nA festive evening dedicated to Republic Day was held at the embassy "
            "in Riga on October 25.")
    assert [e.type for e in extract(text)] == ["ceremony"]
