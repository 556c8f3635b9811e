"""A news story that tells several incidents at several places on one day holds one event per
place: crowds at other towns, two towns in one sentence, an overview by divisions broken down
into towns inside them, and arrests that the police announce on a later day."""

from __future__ import annotations

import datetime as dt

from .news import news_events

PUBLISHED = dt.date(2024, 3, 18)


def _news(text, fields=("location", "fatalities")):
    return [tuple(e[f] for f in fields) for e in news_events(text, PUBLISHED)]


def test_a_crowd_at_another_town_the_same_day_is_an_event_there():
    news = _news(
        "Police used water cannon on students marching in Karachi on Saturday, witnesses "
        "said. In Quetta, hundreds of demonstrators blocked the main highway for hours."
    )
    assert [n[0] for n in news] == ["Karachi", "Quetta"]


def test_another_act_in_a_paragraph_of_its_own_at_another_town_is_an_event():
    news = _news(
        "Army troops fought Fano militiamen near Bahir Dar on Thursday, killing six fighters, "
        "a local official said.\n\n"
        "Further east, the militiamen also clashed with police in Dessie on Thursday, "
        "residents said."
    )
    assert news == [("Bahir Dar", 6), ("Dessie", 0)]


def test_two_towns_in_one_news_sentence_are_two_events():
    news = _news(
        "Riot police fired tear gas at a rally of teachers in Lahore on Sunday, the union "
        "said.\n\n"
        "Protests were also held in Peshawar and Quetta, where crowds chanted outside "
        "government offices."
    )
    assert [n[0] for n in news] == ["Lahore", "Peshawar", "Quetta"]


def test_deaths_split_between_two_towns_in_one_sentence():
    news = _news(
        "Police shot dead four demonstrators in Nigeria's Plateau state on Friday during "
        "a protest over land, a rights group said.\n\n"
        "Three died in Bokkos and a fourth in Mangu, the group said."
    )
    assert news == [("Bokkos", 3), ("Mangu", 1)]


def test_an_overview_naming_regions_breaks_down_into_its_towns():
    news = _news(
        "Junta warplanes bombed villages across Sagaing and Mandalay regions on Saturday, "
        "killing nine civilians, rescue workers said.\n\n"
        "In Monywa, a bomb struck a school and killed five pupils. Four people died in "
        "Myingyan, a resident said.",
        ("location", "fatalities", "event_type"),
    )
    blasts = "Explosions/Remote violence"
    assert news == [("Monywa", 5, blasts), ("Myingyan", 4, blasts)]


def test_a_rally_across_provinces_is_the_rallies_of_its_towns():
    news = _news(
        "Farmers rallied in several cities across Punjab and Sindh provinces on Monday over "
        "wheat prices, organisers said.\n\n"
        "In Lahore, police baton-charged protesters near the assembly.\n\n"
        "Rallies in Multan and Karachi ended peacefully."
    )
    assert [n[0] for n in news] == ["Lahore", "Multan", "Karachi"]


def test_arrests_the_police_announce_on_a_later_day_are_news():
    news = _news(
        "Youths set fire to tyres and a bus in Kano on Friday after a disputed local election, "
        "residents said.\n\n"
        "Police said on Saturday they had arrested 25 people in Kano.",
        ("location", "sub_event_type", "actor1"),
    )
    assert news[-1] == ("Kano", "Arrests", "Police Forces of Nigeria")
    assert len(news) == 2


def test_a_note_naming_two_towns_in_one_paragraph_stays_one_event():
    news = _news(
        "On 3 March, soldiers opened fire on a crowd, killing four people. Three were shot in "
        "Bokkos and the other was killed in Mangu, according to residents."
    )
    assert len(news) == 1
