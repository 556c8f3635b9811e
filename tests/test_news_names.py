"""News prose: groups named after their descriptor, movements that became the state, killings
told with 'them', arrests and mine clearance that are no bombing, gulfs, nights named by day."""

from __future__ import annotations

import datetime as dt

from sitrep.dates import find_dates
from sitrep.places import find_places

from .news import news_events


def _events(text, published=dt.date(2023, 9, 14)):
    return news_events(text, published)


def test_taliban_after_their_takeover_are_the_state_and_arrest():
    (event,) = _events(
        "Taliban police detained a women's rights activist at a cafe in Mazar-i-Sharif "
        "on Tuesday, her relatives said."
    )
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert event["actor1"] == "Police Forces of Afghanistan (2021-)"


def test_taliban_before_their_takeover_stay_rebels():
    (event,) = _events(
        "On 4 March 2019, Taliban fighters attacked an army outpost in Ghazni, killing two "
        "soldiers.",
        None,
    )
    assert event["actor1"] == "Taliban"


def test_a_name_after_its_descriptor_wins():
    (event,) = _events(
        "Militants of the jihadist group Hayat Tahrir al-Sham shelled a government checkpoint "
        "near Maarat al-Numan on Monday, killing three soldiers."
    )
    assert event["actor1"] == "HTS: Hayat Tahrir al Sham"
    (event,) = _events(
        "Gunmen from the National Liberation Army killed a community leader in Tame, Arauca, "
        "on Sunday, police said."
    )
    assert event["actor1"] == "ELN: National Liberation Army"


def test_people_pulled_aside_and_shot_them_dead_are_counted():
    (event,) = _events(
        "Armed men dragged four truck drivers out of their cabs near Bunia on Sunday and "
        "shot them dead, a local official said."
    )
    assert event["fatalities"] == 4


def test_arresting_bomb_makers_is_an_arrest():
    (event,) = _events(
        "Kenyan police arrested three suspected bomb makers in Garissa on Wednesday, "
        "a police commander said."
    )
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")


def test_an_agreement_to_clear_landmines_is_no_bombing():
    (event,) = _events(
        "The army and a rebel faction signed a deal in Bogota on Friday to start clearing "
        "land mines around the villages of Cauca."
    )
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Agreement")


def test_the_gulf_of_aden_is_the_sea_not_the_city():
    places = find_places("A missile struck a tanker sailing through the Gulf of Aden on Monday.")
    assert [p.location for p in places] == []


def test_an_overnight_raid_on_a_named_day_is_dated_that_day():
    dates = find_dates(
        "Rebels killed two guards in an overnight attack on a prison on Friday, the "
        "governor said on Saturday.",
        0,
        dt.date(2024, 4, 15),
    )
    assert dates[0].date_start == dt.date(2024, 4, 12)
