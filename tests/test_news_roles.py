"""News prose: descriptions seeded for one country read elsewhere, militants storming a camp,
named branches after a descriptor, the Arakan Army, and the event's day told after the day of
the report."""

from __future__ import annotations

import datetime as dt

from sitrep.actors import find_actors

from .news import news_events


def _events(text, published=dt.date(2024, 6, 14)):
    return news_events(text, published)


def test_a_description_seeded_for_one_country_is_read_in_the_event_country():
    # "Islamist militants" is seeded for Mozambique; in Burkina Faso it is no Mozambican group
    (mention,) = [
        m for m in find_actors("Islamist militants ambushed a convoy.", 0, "Burkina Faso")
    ]
    assert mention.actor == "Islamist Militia (Burkina Faso)"
    # the seeded country's reading still stands there, and where no country is known
    for country in ("Mozambique", None):
        (mention,) = find_actors("Islamist militants ambushed a convoy.", 0, country)
        assert mention.actor == "Islamist Militia (Mozambique)"


def test_a_description_from_another_country_keeps_its_home_reading():
    mentions = find_actors(
        "Islamist militants from Mozambique burned a market in Mtwara.", 0, "Tanzania"
    )
    assert mentions[0].actor == "Islamist Militia (Mozambique)"


def test_militants_storming_an_army_base_fight_a_battle():
    (event,) = _events(
        "Islamist militants stormed an army base near Djibo in northern Burkina Faso on "
        "Thursday, killing at least 12 soldiers, security sources said.\n\n"
        "The army said it had repelled the assault."
    )
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")
    assert event["actor1"] == "Islamist Militia (Burkina Faso)"


def test_gunmen_from_a_named_branch_are_that_branch():
    mentions = find_actors(
        "Gunmen from the Islamic State West Africa Province raided a village near Diffa.",
        0,
        "Niger",
    )
    assert mentions[0].actor == "Islamic State (West Africa)"


def test_the_arakan_army_takes_acled_current_name():
    (mention, *_rest) = find_actors("Arakan Army fighters overran a police post.", 0, "Myanmar")
    assert mention.actor == "ULA/AA: United League of Arakan/Arakan Army"


def test_the_event_day_told_after_the_day_of_the_report():
    (event,) = _events(
        "The death toll from a rebel raid on the village of Oicha in eastern Congo has "
        "risen to 14, local officials said on Thursday.\n\n"
        "The attackers came on Monday night while villagers slept, a resident said.",
        dt.date(2024, 6, 14),
    )
    assert event["date_start"] == dt.date(2024, 6, 10)
    assert event["fatalities"] == 14


def test_the_owner_of_a_weapon_in_a_toll_is_the_attacker():
    (event,) = _events(
        "The death toll from a Russian missile strike on a school in Sumy on Tuesday has "
        "risen to seven, the regional administration said."
    )
    assert event["actor1"] == "Military Forces of Russia"
    assert event["actor2"] != "Military Forces of Russia"


def test_a_denial_that_tells_of_fighting_makes_no_battle():
    (event,) = _events(
        "Militiamen killed 11 villagers in a raid on Tawila in North Darfur on Tuesday, "
        "a local monitoring group said.\n\n"
        "The militia denied harming civilians and said it had fought rebel fighters there."
    )
    assert (event["event_type"], event["sub_event_type"]) == (
        "Violence against civilians",
        "Attack",
    )


def test_troops_supported_by_a_group_named_well_after_supported_are_not_its_targets():
    # "supported" lies before the 30 characters read in front of the group's name: the check
    # that "by" follows no "supported" must still see it
    (event,) = _events(
        "Malian soldiers supported by suspected members of the Wagner Group attacked the "
        "village of Boni in central Mali on Thursday, killing four civilians, residents said."
    )
    assert event["actor1"] == "Military Forces of Mali"
    assert event["actor2"] != "Military Forces of Mali"
    assert event["event_type"] == "Violence against civilians"
