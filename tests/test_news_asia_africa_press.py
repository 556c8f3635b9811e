"""Local-press and wire prose from South and Southeast Asia, Nigeria and Central and Eastern
Africa (read wrong on the twenty-fifth and twenty-sixth blind sets of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

ENCOUNTER = (
    "Three Maoists, DRG jawan killed in encounter in Chhattisgarh's Dantewada\n\n"
    "Raipur, Oct 5 (PTI) Three Maoists were killed in an encounter with security forces near "
    "Aranpur village in Chhattisgarh's Dantewada district on Wednesday, police said. A District "
    "Reserve Guard (DRG) jawan also lost his life in the exchange of fire."
)


def test_an_indian_wires_dateline_under_a_title_names_no_party_and_no_day():
    events = news_events(ENCOUNTER, dt.date(2023, 10, 5))
    assert events[0]["date_start"] == dt.date(2023, 10, 4)
    assert "Pakistan" not in (events[0]["actor1"] or "") + (events[0]["actor2"] or "")


def test_a_jawan_named_with_his_units_acronym_who_also_lost_his_life_is_counted():
    events = news_events(ENCOUNTER, dt.date(2023, 10, 5))
    assert events[0]["fatalities"] == 4


def test_the_number_of_people_killed_in_an_attack_that_has_risen_is_a_toll():
    text = (
        "The number of people killed when gunmen attacked Tse-Akaa village in Guma Local "
        "Government Area of Benue State on Sunday evening has risen to nine, according to the "
        "council chairman."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 4, 10))] == [9]


def test_gunmen_suspected_to_be_herdsmen_in_nigeria_are_the_fulani_militia():
    text = (
        "MAKURDI, Nigeria - Gunmen suspected to be herdsmen attacked Tse-Akaa village in Guma "
        "Local Government Area of Benue State on Sunday, killing six farmers, police said."
    )
    events = news_events(text, dt.date(2024, 4, 10))
    assert (events[0]["event_type"], events[0]["actor1"]) == (
        "Violence against civilians",
        "Fulani Ethnic Militia (Nigeria)",
    )
