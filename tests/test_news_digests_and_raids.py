"""Weekly digests, raids that march captives away, and police accounts of a later fight:
news forms first read wrong on the eighth blind set of articles."""

from __future__ import annotations

import datetime as dt

from sitrep.event_types import find_cues
from sitrep.places import find_places

from .news import news_events

DIGEST = (
    "SAHEL WEEKLY: Ambush near Gao, abductions in the Far North\n\n"
    "Our weekly summary of security news from the region, covering Sep 1-7.\n\n"
    "MALI — Gunmen ambushed a convoy of traders near Gao on Tuesday, killing nine drivers, "
    "a local official said.\n\n"
    "CAMEROON — Separatist fighters abducted four teachers near Mozogo in the Far North "
    "region on Thursday, a school inspector said."
)


def test_a_digest_line_that_only_gives_the_week_covered_opens_no_event():
    events = news_events(DIGEST, dt.date(2024, 9, 7))
    assert [(e["country"], e["date_start"]) for e in events] == [
        ("Mali", dt.date(2024, 9, 3)),
        ("Cameroon", dt.date(2024, 9, 5)),
    ]


def test_a_lead_that_dates_a_span_of_days_still_opens_its_event():
    text = "Between 3 and 5 May 2024, gunmen raided farms around Gao in Mali."
    events = news_events(text, dt.date(2024, 5, 6))
    assert [e["date_start"] for e in events] == [dt.date(2024, 5, 3)]


def test_a_town_known_in_no_division_is_put_in_the_region_named_after_it():
    places = find_places("Fighters abducted four teachers near Mozogo in the Far North region.", 0)
    assert [(p.location, p.admin1) for p in places][0] == ("Mozogo", "Extreme-Nord")


def test_an_area_in_a_county_is_not_moved_into_it():
    places = find_places("Raiders struck Malual and Nyideng areas in Bul county, Unity state.", 0)
    assert ("Nyideng", "Unity") not in [(p.location, p.admin1) for p in places][:1]


def test_captives_marched_into_the_bush_are_abducted_not_marchers():
    cues = find_cues("Armed men stormed a church and marched 14 worshippers into the bush.")
    assert "abduct" in cues and "protest" not in cues


def test_vigilantes_working_with_the_police_are_no_mob():
    cues = find_cues(
        "A police team working with local vigilantes engaged the bandits in a gun battle."
    )
    assert "mob" not in cues and "clash" in cues


def test_a_police_account_of_a_later_gun_battle_is_an_event_of_its_own():
    text = (
        "Gunmen abducted 12 passengers from a bus near Kajuru in Kaduna State on Saturday, "
        "residents said.\n\n"
        "A police spokesman said a tactical team had on Sunday tracked the kidnappers to a "
        "forest and engaged them in a gun battle. Three of the kidnappers were killed."
    )
    events = news_events(text, dt.date(2024, 6, 10))
    assert [(e["date_start"], e["event_type"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 6, 8), "Violence against civilians", 0),
        (dt.date(2024, 6, 9), "Battles", 3),
    ]


FEATURE = (
    "KIPAKA, Democratic Republic of Congo — Neema Kavira sweeps ash from the floor of what was "
    "her shop.\n\n"
    '"They came from the forest," she said on Sunday. "We heard them before we saw them."\n\n'
    "Her brother was among at least 11 people killed when fighters of the Allied Democratic "
    "Forces swept into this farming village in Beni territory late on Thursday, local leaders "
    "said."
)


def test_a_feature_dates_its_event_by_the_attack_not_by_a_quote_of_later_days():
    events = news_events(FEATURE, dt.date(2025, 6, 10))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 6, 5), 11)]


def test_one_of_the_dead_named_first_is_no_attacker_and_the_group_that_swept_in_is():
    events = news_events(FEATURE, dt.date(2025, 6, 10))
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)")
    ]


def test_this_village_of_a_reporter_on_the_scene_is_the_town_of_the_dateline():
    events = news_events(FEATURE, dt.date(2025, 6, 10))
    assert [(e["location"], e["admin1"]) for e in events] == [("Kipaka", "Nord-Kivu")]


def test_generic_actors_take_the_country_the_story_was_filed_from():
    text = (
        "GAO, Mali (AP) — Gunmen on motorbikes swept into this market town on Friday, killing "
        "nine traders, residents said."
    )
    events = news_events(text, dt.date(2025, 6, 10))
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    ]


NEWEST_FIRST = (
    "Sudan war live: shelling kills civilians in El Fasher\n\n"
    "16:40 — Medics say the death toll from this morning's shelling of the Abu Shouk camp in "
    "El Fasher has risen to 14 after more of the wounded died.\n\n"
    "11:20 — At least nine civilians were killed when shells struck the Abu Shouk camp in El "
    "Fasher this morning, according to medics.\n\n"
    "08:00 — Welcome to our live coverage. The conflict between the army and the RSF has "
    "killed tens of thousands of people."
)


def test_a_live_blog_told_newest_first_reports_an_updated_toll_once():
    events = news_events(NEWEST_FIRST, dt.date(2025, 5, 15))
    assert [e["fatalities"] for e in events] == [14]


def test_the_toll_of_a_conflict_between_two_sides_is_a_running_total():
    text = "The conflict between the army and the RSF has killed 20,000 people since April 2023."
    assert news_events(text, dt.date(2025, 5, 15)) == []


def test_troops_that_repelled_an_attack_and_destroyed_vehicles_fought_no_riot():
    text = (
        "The army said its troops repelled an attack on Babanusa on Wednesday, killing 26 "
        "fighters and destroying eight combat vehicles."
    )
    events = news_events(text, dt.date(2025, 5, 15))
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [("Battles", "Armed clash")]


UPDATED = (
    "UPDATE 2-Houthi shelling of homes in Yemen's Taiz kills eight, officials say\n\n"
    "(Updates death toll to eight from four, adds quote from health official, background on "
    "the siege of the city; corrects spelling of official name in paragraph 3)\n\n"
    "ADEN, March 27 (Reuters) - Shelling by Yemen's Houthi movement on a residential district "
    "of Taiz has killed eight civilians, local officials said on Wednesday, raising an earlier "
    "toll of four as more of the wounded died.\n\n"
    "The shells struck houses in the east of the city on Monday evening, officials said."
)


def test_a_wire_editors_note_is_no_event_and_an_earlier_toll_is_replaced():
    events = news_events(UPDATED, dt.date(2024, 3, 27))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 3, 25), 8)]


def test_the_citys_own_district_is_part_of_the_town_already_told():
    text = (
        "KYIV, Nov 5 (Reuters) - Russian artillery fire killed two civilians in the southern "
        "Ukrainian city of Kherson on Tuesday, the regional governor said.\n\n"
        "Three other people were wounded in the shelling of the city's Dniprovskyi district, "
        "the governor said."
    )
    events = news_events(text, dt.date(2024, 11, 5))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Kherson", 2)]


BORDER_CLASH = (
    "PESHAWAR, Pakistan (AP) — Pakistani and Afghan border forces exchanged fire at a border "
    "post in Kurram on Sunday, killing a Pakistani soldier and two Afghan border guards, "
    "officials on both sides said.\n\n"
    "A Pakistani security official said that three soldiers were wounded in addition to the "
    "one killed. A spokesman for the police in Afghanistan's Paktia province said two guards "
    "were killed."
)


def test_dead_told_again_by_each_side_are_counted_once():
    events = news_events(BORDER_CLASH, dt.date(2024, 9, 30))
    assert [e["fatalities"] for e in events] == [3]


def test_a_tally_of_attacks_over_the_year_is_no_event():
    text = (
        "Armed groups have turned to drones. The defence ministry has recorded more than 100 "
        "such attacks nationwide this year.\n\n"
        "On Wednesday, a drone dropped explosives on an army base in Tibu, killing one soldier, "
        "the army said."
    )
    events = news_events(text, dt.date(2025, 10, 9))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Tibu", 1)]


def test_an_indian_wire_dateline_without_a_dash_dates_nothing():
    text = (
        "Imphal, Apr 24 (PTI) Nine people were injured after a mob pelted stones at police in "
        "Manipur's Kangpokpi district on Wednesday, police said."
    )
    events = news_events(text, dt.date(2025, 4, 24))
    assert [e["date_start"] for e in events] == [dt.date(2025, 4, 23)]


def test_the_day_of_an_arrest_the_protesters_speak_of_opens_no_event():
    text = (
        "Hundreds of women blocked the highway near Kangpokpi town in Manipur on Wednesday. "
        "The protesters were demanding the release of a man arrested last week."
    )
    events = news_events(text, dt.date(2025, 4, 24))
    assert [e["date_start"] for e in events] == [dt.date(2025, 4, 23)]


def test_a_valley_named_for_a_town_is_not_the_town():
    text = (
        "A mob burned two trucks on the highway in Manipur's Kangpokpi district on Wednesday. "
        "Traffic on the road, a lifeline for the Imphal valley, resumed late in the evening."
    )
    events = news_events(text, dt.date(2025, 4, 24))
    assert [e["location"] for e in events] == ["Kangpokpi"]


def test_an_ambush_told_after_the_day_of_the_statement_is_dated_by_its_own_day():
    text = (
        "CULIACAN, Mexico (AP) — Mexican soldiers killed five suspected cartel gunmen in a "
        "shootout on the outskirts of Culiacan, Sinaloa, the Defense Department said Thursday.\n\n"
        "Troops patrolling a road near the community of Tepuche came under fire Wednesday from "
        "men in pickup trucks. Soldiers returned fire, killing five of the attackers."
    )
    events = news_events(text, dt.date(2024, 12, 19))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 12, 18), 5)]
