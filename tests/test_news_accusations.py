"""What the forty-first blind set (acts told second-hand: residents or rights groups accusing
soldiers, police or gangs, the accused denying) read wrong: the accusers read as a crowd, a
cause ("a reprisal for a jihadist attack") read as the other side, the army's own account of the
operation typing the killing it is accused of."""

from __future__ import annotations

import datetime as dt

from .news import news_events


def test_residents_who_accuse_soldiers_of_killing_are_no_riot():
    text = (
        "BAMAKO, March 8 (Reuters) - Residents of a village in central Mali accused soldiers "
        "of killing at least 14 men on Tuesday in what they described as a reprisal for a "
        "jihadist attack in the area, an accusation the army rejected.\n\n"
        'The army said in a statement that it had carried out "an offensive operation '
        'against terrorist groups" near Sofara and that "no civilian was targeted."'
    )
    (event,) = news_events(text, dt.date(2024, 3, 8))
    assert (event["event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Violence against civilians",
        "Military Forces of Mali",
        "Civilians (Mali)",
        14,
    )


def test_a_toll_named_with_its_attack_a_long_clause_before_its_figure_is_the_toll():
    text = (
        "PORT-AU-PRINCE - The number of people killed in an attack by gunmen on the town of "
        "Mirebalais, north-east of the capital, on Friday has risen to 11 after more bodies "
        "were found, police said on Monday, as a rights group blamed the 400 Mawozo gang."
    )
    (event,) = news_events(text, dt.date(2024, 11, 18))
    assert (event["actor1"], event["fatalities"]) == ("400 Mawozo", 11)


def test_a_months_count_of_civilians_killed_is_no_part_of_the_days_shelling():
    text = (
        "Government artillery shelling on the town of Sarmin in Syria's Idlib province killed "
        "a woman on Monday, the White Helmets said. The group says more than 60 civilians "
        "were killed in government and Russian strikes in the region during October alone."
    )
    (event,) = news_events(text, dt.date(2023, 11, 21))
    assert event["fatalities"] == 1


def test_ransom_money_gathered_by_relatives_is_no_gathering():
    text = (
        "Bandits who abducted villagers from Kufana in Kajuru Local Government Area of Kaduna "
        "State on Sunday have freed them, relatives said.\n\n"
        "The families sold farm produce and gathered N4 million and took it to them on Friday."
    )
    assert all(e["event_type"] != "Protests" for e in news_events(text, dt.date(2024, 1, 16)))


def test_the_day_a_campaign_of_strikes_began_weeks_back_is_no_strike():
    text = (
        "A U.S. air strike late on Monday on a house in Yemen's Saada province killed nine "
        "people, the Houthi-run health ministry said on Tuesday.\n\n"
        "The United States began a campaign of daily air strikes against the Houthis on March "
        "15, aiming to stop the group's attacks on shipping in the Red Sea."
    )
    events = news_events(text, dt.date(2025, 4, 23))
    assert [e["date_start"] for e in events] == [dt.date(2025, 4, 21)]


def test_a_witness_still_speaking_of_this_morning_opens_no_new_event():
    text = (
        "CELAYA, Guanajuato - Gunmen opened fire on a birthday party in the community of "
        "Rincon de Tamayo late on Sunday, killing eight people, prosecutors said on Tuesday.\n\n"
        '"They came in two trucks and fired at everyone. Seven were dead when the ambulance '
        'came, and this morning we found out my nephew did not make it either," a relative '
        "said."
    )
    events = news_events(text, dt.date(2024, 3, 5))
    assert [e["date_start"] for e in events] == [dt.date(2024, 3, 3)]


def test_armed_pro_government_civilians_are_acleds_pro_government_militia():
    text = (
        "Armed pro-government civilians shot dead a demonstrator in the Venezuelan city of "
        "Valencia on Tuesday, the rights group Foro Penal said."
    )
    (event,) = news_events(text, dt.date(2024, 8, 1))
    assert event["actor1"] == "Militia (Pro-Government)"
