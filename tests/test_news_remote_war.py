"""What the forty-sixth blind set (wars fought from a distance: regional governors' daily
summaries, live pages, ministries' tolls from Ukraine, Gaza, Lebanon and Syria) read wrong:
ages read as counts, a death told as "fatal wounds", a campaign's running toll."""

from __future__ import annotations

import datetime as dt

from sitrep.dates import find_dates
from sitrep.event_types import find_cues
from sitrep.extraction import extract_document
from sitrep.places import find_places

from .news import news_events

MONDAY = dt.date(2024, 9, 3)


def test_the_ages_of_the_wounded_are_no_count_of_them():
    for told in (
        "Two workers, aged 38 and 52, were wounded and taken to hospital.",
        "Two passengers, a man of 48 and a woman of 63, were wounded and taken to hospital.",
    ):
        text = f"A Russian drone struck a minibus in Beryslav on Monday. {told}"
        events = news_events(text, MONDAY)
        assert [(e["location"], e["fatalities"], e["actor2"]) for e in events] == [
            ("Beryslav", 0, "Civilians (Ukraine)")
        ], told


def test_a_man_who_suffered_fatal_wounds_was_killed():
    text = (
        "In Bilozerka, the occupiers shelled the centre of the village on Monday morning. A "
        "41-year-old man who was working in his garden suffered fatal shrapnel wounds."
    )
    events = news_events(text, MONDAY)
    assert [(e["location"], e["fatalities"], e["actor2"]) for e in events] == [
        ("Bilozerka", 1, "Civilians (Ukraine)")
    ]


def test_an_offensives_running_toll_is_not_the_strikes_dead():
    text = (
        "In southern Gaza, an Israeli drone strike hit a group of people near a water "
        "distribution point in Khan Younis on Saturday morning, killing two men, medics said.\n\n"
        "Israel's ensuing offensive has killed more than 39,400 Palestinians, according to the "
        "Gaza health ministry."
    )
    events = news_events(text, dt.date(2024, 8, 3))
    assert [e["fatalities"] for e in events] == [2]


def test_a_man_told_before_a_toll_of_protesters_is_one_it_counts():
    text = (
        "One protester was killed when riot police opened fire on demonstrators in Nasiriyah "
        "on Monday, officials said.\n\n"
        "The Dhi Qar health directorate said one man, aged 23, was killed by a bullet to the "
        "chest. Activists said a second protester had died, but officials did not confirm it."
    )
    events = news_events(text, dt.date(2025, 7, 15))
    assert [e["fatalities"] for e in events] == [2]


def test_the_people_a_toll_counts_are_the_strikes_victims_not_its_side():
    text = (
        "The number of people killed in a Russian missile strike on a residential area of Sumy "
        "on Saturday has risen to six, the city military administration said on Tuesday."
    )
    events = news_events(text, dt.date(2024, 10, 8))
    assert [(e["actor1"], e["actor2"], e["fatalities"]) for e in events] == [
        ("Military Forces of Russia", "Civilians (Ukraine)", 6)
    ]


def test_people_injured_in_the_strike_were_hurt_by_the_missile_not_at_a_walkout():
    told = "Nineteen people were injured in the strike, the deadliest in the city since summer."
    assert "protest" not in find_cues(told, [])
    assert "protest" in find_cues("Nineteen teachers took part in the strike.", [])


def test_the_dead_named_as_a_groups_members_are_the_side_that_was_hit():
    text = (
        "Last Thursday, soldiers clashed with cartel gunmen near the town of Tepalcatepec, "
        "killing four suspected CJNG members and seizing assault rifles, the ministry said."
    )
    events = news_events(text, dt.date(2025, 5, 19))
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Military Forces of Mexico", "CJNG: Jalisco New Generation Cartel")
    ]


def test_a_ministrys_count_over_the_past_week_adds_nothing_to_the_days_shelling():
    text = (
        "Separately, Turkish artillery shelled the outskirts of Tal Tamr on Wednesday evening, "
        "wounding a woman, the local administration said.\n\n"
        'Turkey\'s defence ministry said on Wednesday that its forces had "neutralised" 11 '
        '"PKK/YPG terrorists" in northern Iraq and Syria over the past week.'
    )
    events = news_events(text, dt.date(2024, 9, 12))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Tal Tamr", 0)]


def test_a_killing_some_time_in_the_last_two_weeks_of_a_month_is_still_one_killing():
    text = "Gunmen shot dead a woman at her house in Wau during the last two weeks of May."
    events = news_events(text, dt.date(2024, 6, 3))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Wau", 1)]


def test_a_third_victim_described_in_an_aside_raises_the_toll_to_three():
    text = (
        "A Russian guided bomb slammed into a residential street in Kostiantynivka on "
        "Thursday, killing three people and wounding nine, regional officials said.\n\n"
        "Police initially reported two dead; a third victim, a 59-year-old woman, died in an "
        "ambulance on the way to hospital, the governor said in a later update."
    )
    events = news_events(text, dt.date(2024, 11, 14))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Kostiantynivka", 3)]


def test_colonists_in_a_palestinian_agencys_copy_are_israeli_settlers():
    text = (
        "RAMALLAH, 17 March - Colonists uprooted around 60 olive saplings on land belonging to "
        "citizens in Susya, south of Hebron in the occupied West Bank, on Sunday morning, a "
        "local activist said."
    )
    events = news_events(text, dt.date(2025, 3, 17))
    assert [e["actor1"] for e in events] == ["Settlers (Israel)"]


def test_a_death_told_later_at_a_part_of_the_first_town_updates_that_towns_toll():
    text = (
        "NAIROBI, June 26 - Police shot dead a protester in Nairobi on Wednesday as thousands "
        "marched against the finance bill, witnesses said.\n\n"
        "In Mombasa, several hundred people marched peacefully to the county offices.\n\n"
        "On Thursday morning, Kenyatta National Hospital said a second protester, a 19-year-old "
        "student who had been shot in the chest in the Nairobi CBD, had died overnight. The "
        "Kenya National Commission on Human Rights said it had documented three deaths and more "
        "than 100 injuries across the country."
    )
    events = news_events(text, dt.date(2025, 6, 26))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Nairobi", 2),
        ("Mombasa", 0),
    ]


def test_a_live_pages_toll_update_for_another_town_is_not_the_entry_above():
    text = (
        "Russia-Ukraine war live: drone attacks hit border towns\n\n"
        "17:40\nKursk region governor Alexei Smirnov says two men were wounded when a Ukrainian "
        "FPV drone struck their car on the outskirts of Rylsk this afternoon.\n\n"
        "12:20\nBelgorod governor Vyacheslav Gladkov has updated the toll from this morning's "
        "attack on Shebekino: a second person, a 58-year-old man, has died in hospital."
    )
    events = news_events(text, dt.date(2024, 8, 3))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Rylsk", 0), ("Shebekino", 2)]


def test_the_dead_counted_since_a_war_began_are_not_the_days_strike():
    text = (
        "Israeli jets struck a house in the south Lebanese village of Aitaroun on Tuesday, "
        "killing three people, the state news agency said.\n\n"
        "Hezbollah and Israel have traded fire almost daily since the day after the Oct. 7 "
        "Hamas attack on Israel. More than 200 people have been killed in Lebanon, most of "
        "them Hezbollah fighters."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 3, 6))
    assert [(e["is_background"], e["location"], e["fatalities"]) for e in events] == [
        (False, "Aitaroun", 3),
        (True, None, 200),  # kept, with its quote, as the war's count
    ]


def test_a_paragraph_of_deaths_across_the_border_is_an_event_there():
    text = (
        "Hezbollah fired rockets into northern Israel on Tuesday, and Israeli jets struck a "
        "house in a south Lebanese border village in response.\n\n"
        "About 15 projectiles crossed from Lebanon towards Kiryat Shmona on Tuesday afternoon, "
        "lightly wounding a man, the Israeli military said.\n\n"
        "Hours later, Israeli warplanes struck a two-storey house in Aitaroun, killing three "
        "people."
    )
    events = news_events(text, dt.date(2024, 3, 6))
    assert [(e["country"], e["location"], e["fatalities"]) for e in events] == [
        ("Israel", "Kiryat Shmona", 0),
        ("Lebanon", "Aitaroun", 3),
    ]


def test_the_dead_over_the_same_period_are_the_periods_count():
    text = (
        "Israeli troops shot dead a man in Tulkarm on Tuesday, the health ministry said. More "
        "than 200 Palestinians have been killed in the West Bank since the start of the year, "
        "while at least 30 Israelis have been killed in Palestinian attacks over the same period."
    )
    events = news_events(text, dt.date(2023, 8, 23))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Tulkarm", 1)]


def test_a_rally_for_a_deal_to_free_the_hostages_abducts_no_one():
    assert "abduct" not in find_cues(
        "Thousands blocked the highway, demanding a deal to free the hostages held in Gaza.", []
    )
    assert "abduct" not in find_cues(
        "The jihadists often demand ransom from the families of hostages.", []
    )
    assert "abduct" in find_cues("Gunmen took 30 villagers hostage on Monday.", [])


def test_armed_men_who_seized_fishermen_abducted_them():
    assert "abduct" in find_cues(
        "On Thursday, armed men in canoes seized nine fishermen on the water near Baga Sola.", []
    )
    assert "abduct" not in find_cues("Police seized nine fishermen's boats.", [])


def test_southern_gaza_is_the_strip_not_gaza_city():
    places = find_places(
        "In southern Gaza, an Israeli drone strike hit a group of people near a water "
        "distribution point in Khan Younis on Saturday morning."
    )
    assert [(p.location, p.admin1) for p in places] == [
        (None, "Gaza Strip"),
        ("Khan Yunis", "Gaza Strip"),
    ]
    lima = find_places("Thousands marched through central Lima on Monday.")
    assert [p.location for p in lima] == ["Lima"]


def test_how_a_side_has_been_waging_the_war_is_no_strike_of_the_day():
    text = (
        "A Russian guided bomb slammed into a residential street in Kostiantynivka on "
        "Thursday, killing three people, regional officials said.\n\n"
        "Russia has been using heavy glide bombs - Soviet-era free-fall munitions fitted with "
        "wings - to pound front-line towns in Donetsk region, releasing them from aircraft "
        "beyond the reach of most Ukrainian air defences."
    )
    events = news_events(text, dt.date(2024, 11, 14))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Kostiantynivka", 3)]


def test_pokrovsk_is_the_donetsk_town_and_its_axis_no_place():
    [town] = find_places("Russian artillery fire killed a woman in Pokrovsk on Wednesday.")
    assert (town.location, town.admin1, town.country) == ("Pokrovsk", "Donetsk", "Ukraine")
    axis = find_places("Ukrainian units repelled 58 assaults on the Pokrovsk axis on Wednesday.")
    assert axis == []
    [road] = find_places("A landmine hit a truck on the Gao-Gossi axis.")
    assert road.location == "Gao"


def test_this_afternoon_is_the_day_of_the_page():
    [day] = find_dates("A drone struck a car on the outskirts of Rylsk this afternoon.", 0, MONDAY)
    assert (day.text, day.date_start) == ("this afternoon", MONDAY)
    [evening] = find_dates("Shells hit the market this evening.", 0, MONDAY)
    assert evening.date_start == MONDAY


def test_a_border_named_by_two_peoples_is_no_place():
    places = find_places(
        "The handover took place at the Ukrainian-Belarusian border in Chernihiv region."
    )
    assert [p.location for p in places] == ["Chernihiv"]


def test_a_group_that_tells_it_fought_back_is_the_battles_other_side():
    text = (
        "FORTUL, Colombia - Soldiers clashed with gunmen in a rural area of Fortul, Arauca, on "
        "Monday, killing three of them, the army said.\n\n"
        "The ELN said in a statement that its fighters had repelled an army incursion."
    )
    events = news_events(text, dt.date(2025, 4, 8))
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Military Forces of Colombia", "ELN: National Liberation Army")
    ]


def test_a_live_page_told_newest_first_keeps_one_strike_per_town():
    text = (
        "Russia-Ukraine war live: death toll from Zaporizhzhia missile strike rises to "
        "seven\n\nTuesday 11 March 2025. Live updates, newest first.\n\n19:52 - Zaporizhzhia "
        "toll climbs to seven\nRescuers have pulled two more bodies from the rubble of the "
        "five-storey apartment block hit this morning, bringing the number of dead to "
        "seven, regional governor Ivan Fedorov said on Telegram. Thirty-one people were "
        "injured, three of them children. The State Emergency Service says the search "
        "operation at the site is now over.\n\n16:24 - Drone hits minibus in Nikopol\nA "
        "Russian drone struck a minibus in Nikopol, the town across the Dnipro from the "
        "occupied Zaporizhzhia nuclear plant, at about 15:10, the head of the "
        "Dnipropetrovsk regional administration said. Two passengers, a man of 48 and a "
        "woman of 63, were wounded and taken to hospital. Nikopol is shelled almost daily "
        "from the Russian-held left bank of the river.\n\n13:08 - Five dead in "
        "Zaporizhzhia, says governor\nFedorov has updated the toll from the morning strike "
        "to five dead and 24 injured. A woman who was pulled alive from the debris "
        "earlier died in hospital, he said. Emergency crews are still dismantling "
        "collapsed floors by hand because cranes cannot reach the inner courtyard.\n\n08:17 "
        "- Missile strike on Zaporizhzhia\nA Russian missile hit a residential "
        "neighbourhood in Zaporizhzhia's Shevchenkivskyi district at about 07:40, "
        "partially destroying an apartment block and setting parked cars on fire. Initial "
        "reports speak of two dead. The air force said the city was struck by a ballistic "
        "missile and that the alert had sounded only minutes before the impact."
    )
    events = news_events(text, dt.date(2025, 3, 11))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Zaporizhia", 7),
        ("Nikopol", 0),
    ]


def test_police_who_tell_their_own_operation_are_its_side():
    for told in (
        "Haitian police said on Sunday they had killed eight gang members in Cite Soleil.",
        'The Haitian National Police said on Sunday that its specialised units "neutralised" '
        "eight gang members during an operation in Cite Soleil.",
    ):
        events = news_events(told, dt.date(2025, 3, 10))
        assert [(e["actor1"], e["fatalities"]) for e in events] == [
            ("Police Forces of Haiti", 8)
        ], told
    # (police who tell another party's act are its source, not its side)
    events = news_events("Police said gunmen had killed five people in Cite Soleil, Haiti.", None)
    assert [e["actor1"] for e in events] == ["Unidentified Armed Group (Haiti)"]


def test_a_toll_that_names_no_weapon_is_of_the_strike_told_beside_it():
    text = (
        "Rescuers have pulled two more bodies from the rubble of the apartment block hit this "
        "morning, bringing the number of dead to seven, governor Ivan Fedorov said.\n\n"
        "A Russian missile hit a residential neighbourhood in Zaporizhzhia at about 07:40, "
        "partially destroying an apartment block."
    )
    events = news_events(text, dt.date(2025, 3, 11))
    assert [(e["location"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        ("Zaporizhia", "Shelling/artillery/missile attack", 7)
    ]


def test_a_paragraph_that_leads_in_to_a_strike_elsewhere_tells_an_event_of_its_own():
    text = (
        "Kyiv - Ukraine and Russia exchanged 84 prisoners of war each on Thursday, in a swap "
        "mediated by the United Arab Emirates, officials on both sides said.\n\n"
        "The swap came on a day of heavy fighting in the east. In Kupiansk, Russian shelling "
        "killed a 61-year-old man on Thursday afternoon, the regional governor said."
    )
    events = news_events(text, dt.date(2024, 11, 21))
    assert [(e["location"], e["fatalities"]) for e in events][-1] == ("Kupiansk", 1)
    assert len(events) == 2
