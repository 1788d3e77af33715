"""English participant names and kinds (``sahna.events.participants``,
``sahna.langs.en``) on sentences written for these tests: a Kyrgyz patronymic is part of
the name, a prize is no performer, a name beside a body's word is an organisation, the
source of a figure and the person a memorial stands to take no part."""

from __future__ import annotations

import pipeline_people


def people(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of an English ``text``."""
    return pipeline_people.people(text, "en")


def names(text: str) -> list[str]:
    return pipeline_people.names(text, "en")


def test_a_patronymic_closes_the_name_and_a_prize_is_no_performer():
    found = people("The Altyn Ordo aitysh festival was held in Osh on 5 May. Akmatbek Sultan "
                   "uulu won the Grand Prix, and Aigerim Nurlan kyzy took second place.")
    assert ("Akmatbek Sultan uulu", "person", "performer") in found
    assert ("Aigerim Nurlan kyzy", "person", "performer") in found
    assert not any("Prix" in name for name, _k, _r in found)


def test_a_name_beside_a_body_word_is_an_organisation():
    found = people("The Altyn Ordo aitysh festival was held in Osh on 5 May, with the support "
                   "of the Bolot Sydykov foundation.")
    assert ("Bolot Sydykov", "org", "organizer") in found


def test_the_source_of_a_figure_takes_no_part():
    found = names("A referendum was held in Kazakhstan on 6 October. According to the Kazakh "
                  "Central Election Commission, turnout stood at 63 percent.")
    assert not any("Commission" in name for name in found)


def test_the_person_a_memorial_stands_to_takes_no_part():
    found = names("UNESCO Director-General Amina Seitova met President Nurlan Abenov in "
                  "Turkistan on 5 May and visited the mausoleum of Khoja Ahmed Yasawi.")
    assert "Khoja Ahmed Yasawi" not in found


def test_a_name_after_a_calling_is_a_person():
    found = people("The regional aitys of young poets was held in Semey on 5 May. The first "
                   "place was won by Oskemen citizen Daulet Serikbay.")
    assert found == [("Daulet Serikbay", "person", "performer")]


def test_a_ministry_keeps_its_whole_list_of_portfolios():
    found = people("The aitys festival was held in Osh on 5 May with the support of the "
                   "Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz "
                   "Republic.")
    assert ("Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz Republic",
            "org", "organizer") in found


def test_every_body_of_a_list_of_organisers_organises():
    found = people("The Steppe Voices festival was held in Taraz on 5 May. The festival was "
                   "organized with the support of the Ministry of Culture, the international "
                   "organization TURKSOY, and the Zhambyl Regional Philharmonic.")
    assert ("TURKSOY", "org", "organizer") in found
    assert ("Ministry of Culture", "org", "organizer") in found


def test_a_body_whose_officer_is_named_is_no_side_of_a_meeting():
    found = names("President Kassym-Jomart Tokayev met with UNESCO Director-General Audrey "
                  "Azoulay in Astana on 7 June.")
    assert "Audrey Azoulay" in found
    assert "UNESCO" not in found


def test_an_event_name_a_topic_and_a_word_of_address_are_no_participants():
    found = names("The Almaty Light Festival opened on 5 May with speakers on ‘Urban Studies’, "
                  "and singer Dana Seitkali performed.")
    assert "Dana Seitkali" in found
    assert not any("Festival" in name or "Urban" in name for name in found)


def test_a_surname_after_mr_is_the_person_named_in_full():
    found = people("A gala concert was held in Atyrau on 8 May. Deputy akim Serik Nurlanuly "
                   "opened the concert. Mr Nurlanuly congratulated the audience at the concert.")
    assert [n for n, _k, _r in found if "Nurlanuly" in n] == ["Serik Nurlanuly"]


def test_a_possessive_is_no_part_of_a_name():
    found = names("A concert was held in Almaty on 5 May, featuring Aigerim Nurlanova's "
                  "band Dala and singer Yerlan Bekov.")
    assert not any(name.endswith(("'s", "’s")) for name in found)


def test_those_awarded_prizes_compete_and_a_prize_named_after_someone_does_not():
    found = names("The international aitysh competition of young poets was held in the city "
                  "of Osh on 5 May. Special prizes of the jury were awarded to Berdibek "
                  "Zholdoshbek uulu, Aktilek Kulpeishov and Mukhtar Konorbaev. The young akyn "
                  "Nurlan Sadykov was awarded the special prize of Toktogul Satylganov.")
    assert {"Aktilek Kulpeishov", "Mukhtar Konorbaev", "Nurlan Sadykov"} <= set(found)
    assert "Toktogul Satylganov" not in found


def test_both_sides_of_a_meeting_are_named_in_full():
    found = people("Kazakh Foreign Minister Murat Nurtleu met with Turkish Ambassador Mehmet "
                   "Saglam in Astana on 4 March to discuss cultural cooperation.")
    assert ("Murat Nurtleu", "person", "official") in found
    assert ("Mehmet Saglam", "person", "official") in found


def test_a_soloist_who_sang_takes_part_and_the_grand_prix_is_no_one():
    found = names("A concert of the Kurmangazy Orchestra was held in Almaty on 12 March. "
                  "Soloist Aigul Seitova sang several songs from Kazakh operas with the "
                  "orchestra. At the contest of young singers held the same day, the Grand "
                  "Prix went to Aibek Kalmyrzaev, while Rinat Zaitov won the first prize.")
    assert "Aigul Seitova" in found
    assert not any("Prix" in name for name in found)


def test_a_body_named_as_the_place_is_no_organiser():
    found = names("An exhibition of paintings by Semyon Chuikov opened at the National Museum "
                  "of Fine Arts in Bishkek on 2 June.")
    assert "Semyon Chuikov" in found
    assert not any("Museum" in name for name in found)


def test_a_list_after_among_the_performers_were_performs():
    found = people("A gala concert dedicated to Independence Day was held in Astana on 15 "
                   "December. Among the performers were the Kazakh State Kurmangazy Orchestra "
                   "and singer Dimash Kudaibergen.")
    assert ("Dimash Kudaibergen", "person", "performer") in found
    assert any(kind == "group" and "Kurmangazy Orchestra" in name for name, kind, _r in found)


def test_lines_of_prize_winners_name_performers_of_the_contest():
    found = names("The international aitysh competition of young poets was held in the city "
                  "of Osh on 5 May. The jury announced the names of the winners of the "
                  "competition at the closing ceremony of the festival.\n\n1st place — "
                  "Asylbek Toktorov;\n\n2nd place — Erkebulan Sadykov;\n\n3rd place — "
                  "Nurbek Zhumaev.")
    assert {"Asylbek Toktorov", "Erkebulan Sadykov", "Nurbek Zhumaev"} <= set(found)


def test_a_portfolio_is_no_first_name_and_a_nationality_opens_the_next_title():
    found = people("The Days of Uzbek Culture opened in Almaty on 3 March. Uzbek Minister of "
                   "Culture Ozodbek Nazarbekov and Kazakh Minister Aida Balayeva attended the "
                   "opening.")
    assert ("Ozodbek Nazarbekov", "person", "official") in found
    assert ("Aida Balayeva", "person", "official") in found
    assert not any(name.startswith("Culture") for name, _k, _r in found)


def test_an_instrumentalist_before_a_name_is_a_performer():
    found = people("A jazz festival will take place in Almaty on 20 November. The festival "
                   "will feature the Kazakh saxophonist Asset Ibrayev.")
    assert ("Asset Ibrayev", "person", "performer") in found
