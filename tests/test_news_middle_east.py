"""Middle East and North Africa news (read wrong on the eighteenth blind set): tolls first
put one way and corrected, running totals of 'such attacks', ..."""

from __future__ import annotations

import datetime as dt

from .news import news_events


def test_a_monitors_first_toll_corrected_by_a_fourth_fighter_adds_the_attacker_once():
    events = news_events(
        "QAMISHLI, Syria, June 14 (Reuters) - Islamic State militants attacked a checkpoint of "
        "the Syrian Democratic Forces (SDF) on the outskirts of Thiban in eastern Deir ez Zor "
        "province late on Monday, killing four SDF fighters, the Kurdish-led force said.\n\n"
        "One of the gunmen was killed when fighters at the checkpoint returned fire, the "
        "statement added.\n\n"
        "The Syrian Observatory for Human Rights initially put the SDF death toll at three, but "
        "later said a fourth fighter had died of his wounds at a hospital in al-Busayrah on "
        "Tuesday.\n\n"
        "The Observatory says dozens of SDF members have been killed in such attacks since the "
        "start of the year.",
        dt.date(2023, 6, 14),
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Thiban", 5)]


def test_a_features_missile_strike_is_where_it_fell_by_whom_it_was_fired_and_its_later_toll():
    [event] = news_events(
        "MARIB, Yemen - In al-Jufainah camp on the southern edge of Marib city, families say "
        "they have learnt to tell the sound of an outgoing shell from an incoming one.\n\n"
        "Umm Ahmed, 41, fled the fighting in Sirwah district four years ago with her six "
        "children. Her tent stands a few hundred metres from where a missile came down on "
        "Sunday afternoon.\n\n"
        "The projectile, which government officials said was fired by the Houthis from "
        "positions in neighbouring al-Bayda province, struck an open plot beside a row of "
        "shelters, killing a 12-year-old boy and a woman. A local health official said later "
        "that a girl among the wounded had died in hospital overnight, bringing the toll to "
        'three.\n\n"We ran from Sirwah so the children would be safe," Umm Ahmed said.',
        dt.date(2025, 7, 8),
    )
    assert (
        event["date_start"],
        event["location"],
        event["actor1"],
        event["fatalities"],
    ) == (dt.date(2025, 7, 6), "Marib", "Military Forces of Yemen Supreme Political Council", 3)


def test_a_tripoli_clashs_corrected_toll_stays_and_the_next_days_ceasefire_is_an_agreement():
    events = news_events(
        "TRIPOLI, Sept 19 (AFP) - Heavy clashes broke out late Wednesday in the Libyan "
        "capital's Souq al-Juma district between the Radaa Special Deterrence Force and units "
        "loyal to the Government of National Unity, killing at least four people including a "
        "civilian, the emergency medicine centre said.\n\n"
        "The centre first reported two deaths overnight, before raising the toll on Thursday to "
        "four: three fighters and a 19-year-old motorist caught in the crossfire.\n\n"
        "On Thursday afternoon, elders from Tajoura and Souq al-Juma announced that both sides "
        "had agreed to a ceasefire and to pull their vehicles back to their barracks.",
        dt.date(2025, 9, 19),
    )
    assert [
        (e["sub_event_type"], e["date_start"], e["location"], e["actor1"], e["fatalities"])
        for e in events
    ] == [
        ("Armed clash", dt.date(2025, 9, 17), "Tripoli", "Radaa Special Deterrence Force", 4),
        ("Agreement", dt.date(2025, 9, 18), "Tripoli", "Radaa Special Deterrence Force", 0),
    ]


def test_a_man_pronounced_dead_on_arrival_is_the_protester_shot_dead_not_a_second():
    [event] = news_events(
        "NAIROBI - One protester was shot dead on Wednesday as police broke up demonstrations "
        "in the capital's central business district.\n\n"
        "A 24-year-old man was taken to Kenyatta National Hospital with a gunshot wound to the "
        "chest and was pronounced dead on arrival, his family said.",
        dt.date(2025, 2, 27),
    )
    assert event["fatalities"] == 1


def test_a_ministrys_own_warplanes_and_its_claim_against_a_local_officials_count():
    [event] = news_events(
        "ANKARA, Aug 30 - Turkey's Defence Ministry said on Wednesday its warplanes had "
        '"neutralised" nine militants of the outlawed Kurdistan Workers\' Party (PKK) in air '
        "strikes on Tuesday in the Gara region of northern Iraq.\n\n"
        '"Nine PKK terrorists detected in the Gara region were neutralised in an air operation. '
        'Our fight will continue until the last terrorist is eliminated," the ministry said.\n\n'
        "An official in the Amadiya district of Iraq's Duhok province said the jets struck a "
        "cave a few kilometres south of the town of Amadiya. Two PKK fighters were killed, the "
        "official said.",
        dt.date(2023, 8, 30),
    )
    assert (event["actor1"], event["actor2"], event["fatalities"]) == (
        "Military Forces of Turkey Air Force",
        "PKK: Kurdistan Workers Party",
        2,
    )


def test_a_protest_in_another_town_is_its_own_and_a_crackdown_last_autumn_is_history():
    events = news_events(
        "DUBAI, Feb 18 (Reuters) - Iranian security forces fired tear gas and live ammunition "
        "at protesters in the south-eastern city of Zahedan on Friday, killing one person, a "
        'rights group said. The state news agency IRNA said "a few rioters" had thrown stones '
        "at police and that nobody had been killed.\n\n"
        "Demonstrators also took to the streets of Khash, about 150 km (95 miles) south of "
        "Zahedan, after prayers on Friday, Haalvsh said.\n\n"
        "Late on Thursday, gunmen attacked a police post in Saravan, killing two police "
        "officers. The Sunni militant group Jaish al-Adl claimed responsibility. Rights groups "
        "say scores of people were killed in a crackdown in Zahedan last autumn.",
        dt.date(2023, 2, 18),
    )
    assert [(e["location"], e["sub_event_type"], e["actor1"], e["fatalities"]) for e in events] == [
        ("Zahedan", "Excessive force against protesters", "Protesters (Iran)", 1),
        ("Khash", "Peaceful protest", "Protesters (Iran)", 0),
        ("Saravan", "Armed clash", "Jaish al Adl", 2),
    ]


def test_a_country_before_a_described_region_qualifies_it_and_koya_is_in_erbil():
    [event] = news_events(
        "ERBIL, Iraq, Sept 27 (AFP) - Iranian drones struck a base of an exiled Iranian Kurdish "
        "opposition party near Koya in Iraq's autonomous Kurdistan region on Tuesday, killing "
        "one of its members, the party said.",
        dt.date(2023, 9, 27),
    )
    assert (event["country"], event["admin1"], event["location"]) == ("Iraq", "Erbil", "Koya")


def test_factions_who_said_they_captured_a_village_took_it_on_the_day_they_entered():
    [event] = news_events(
        "ISTANBUL/BEIRUT, Jan 9 (Reuters) - Turkish-backed Syrian factions said on Thursday they "
        "had captured the village of Abu Qalqal, south-east of Manbij, from the Kurdish-led "
        "Syrian Democratic Forces (SDF) after a day of fighting.\n\n"
        "The Syrian National Army (SNA), an umbrella of factions supported by Ankara, said its "
        "fighters entered the village on Wednesday afternoon after SDF units withdrew.\n\n"
        "The Syrian Observatory for Human Rights said at least 16 fighters were killed in the "
        "fighting on Wednesday, 11 of them from SNA factions and five from the SDF.\n\n"
        "Fighting between the two sides has intensified since the overthrow of Bashar al-Assad "
        "on Dec. 8, with the SNA seizing Manbij in the following weeks.",
        dt.date(2025, 1, 9),
    )
    assert (event["date_start"], event["location"], event["actor1"], event["fatalities"]) == (
        dt.date(2025, 1, 8),
        "Abu Qalqal",
        "JWS: Syrian National Army",
        16,
    )


def test_a_release_headers_date_and_the_title_after_it_date_nothing():
    events = news_events(
        "SYRIA CIVIL DEFENCE - PRESS RELEASE, 21 OCTOBER 2023. Three civilians, including a "
        "child, killed as regime artillery hits market in Ariha\n\n"
        "Idlib - Three civilians were killed on Friday morning, 20 October, when artillery "
        "shells fired by Syrian regime forces struck the vegetable market in the city of Ariha."
        "\n\nOn the same day, a suicide drone launched from regime-controlled areas hit a "
        "civilian car on the eastern outskirts of Sarmin, killing the driver.",
        dt.date(2023, 10, 21),
    )
    assert [(e["date_start"], e["location"], e["sub_event_type"]) for e in events] == [
        (dt.date(2023, 10, 20), "Ariha", "Shelling/artillery/missile attack"),
        (dt.date(2023, 10, 20), "Sarmin", "Air/drone strike"),
    ]


def test_a_live_blogs_title_recap_and_a_raid_on_a_towns_old_city():
    events = news_events(
        "LIVE: Israel-Hamas war, Thursday 16 November. All times are local (GMT+2).\n\n"
        "10:40 - The Palestinian Prisoners' Society says Israeli troops arrested 14 people in a "
        "pre-dawn raid on Hebron's old city this morning.\n\n"
        "15:05 - The Israeli military announces the death of a soldier killed in fighting with "
        "Hamas gunmen in Gaza City's Sheikh Radwan neighbourhood on Wednesday.\n\n"
        "16:20 - Recap: the health ministry in Hamas-run Gaza says more than 11,000 people have "
        "been killed in the territory since October 7.",
        dt.date(2023, 11, 16),
    )
    assert [(e["date_start"], e["location"], e["actor1"], e["fatalities"]) for e in events] == [
        (dt.date(2023, 11, 16), "Hebron", "Military Forces of Israel", 0),
        (dt.date(2023, 11, 15), "Gaza City", "Military Forces of Israel", 1),
    ]


def test_a_party_leaders_arrest_at_home_in_dhakas_uttara_is_an_arrest_in_dhaka():
    events = news_events(
        "DHAKA - Blockade supporters set fire to two buses at the Mirpur-10 roundabout in the "
        "capital on Wednesday evening and hurled brickbats at police who tried to disperse "
        "them.\n\n"
        "Early on Thursday, plainclothes police detained BNP joint secretary general Kamrul "
        "Hasan from his home in Dhaka's Uttara, the party said.",
        dt.date(2023, 11, 9),
    )
    assert [(e["sub_event_type"], e["date_start"], e["location"]) for e in events] == [
        ("Violent demonstration", dt.date(2023, 11, 8), "Dhaka"),
        ("Arrests", dt.date(2023, 11, 9), "Dhaka"),
    ]


def test_a_protest_outside_congress_is_in_the_dateline_city_not_a_town_called_congress():
    [event] = news_events(
        "BUENOS AIRES, May 15 (AFP) - Argentine police used pepper spray and shields to push "
        "back retirees and their supporters protesting outside Congress on Wednesday, detaining "
        "seven people.",
        dt.date(2025, 5, 15),
    )
    assert (event["country"], event["location"]) == ("Argentina", "Buenos Aires")


def test_a_roundups_context_paragraph_tells_no_news_and_a_fourth_soldiers_pronoun_adds_none():
    events = news_events(
        "YEMEN SECURITY ROUNDUP - WEEK ENDING 19 JULY 2024\n\n"
        "ABYAN: Four soldiers of the Southern Transitional Council (STC)-affiliated forces were "
        "killed on Sunday when a roadside bomb struck their patrol vehicle in Mudiyah district. "
        "Local sources initially reported three dead; a fourth soldier died of his wounds at a "
        "hospital in Aden on Monday.\n\n"
        "CONTEXT: Although the broad truce negotiated in 2022 has largely held, local monitors "
        "recorded several dozen conflict-related deaths across Yemen in June. Houthi leader "
        "Abdulmalik al-Houthi this week threatened to escalate attacks on Saudi interests.",
        dt.date(2024, 7, 19),
    )
    assert [(e["date_start"], e["admin1"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 7, 14), "Abyan", 4)
    ]


def test_a_conscript_killed_by_a_device_is_the_armys_loss_told_on_the_day_it_happened():
    events = news_events(
        "YEREVAN, Aug 21 (AFP) - An Armenian soldier was killed by Azerbaijani fire on the "
        "border, Armenia's defence ministry said on Monday.\n\n"
        "The ministry said a conscript was shot dead by an Azerbaijani sniper on Sunday "
        "afternoon while on duty at a position near the village of Sotk, in the Gegharkunik "
        "province.",
        dt.date(2023, 8, 21),
    )
    assert [(e["date_start"], e["location"], e["fatalities"]) for e in events] == [
        (dt.date(2023, 8, 20), "Sotk", 1)
    ]


def test_a_gathering_that_dispersed_hours_later_without_incident_met_no_intervention():
    [event] = news_events(
        "CAIRO - Hundreds of students rallied on the campus of al-Azhar University in Cairo on "
        "Sunday, waving Palestinian flags. The gathering dispersed after about two hours "
        "without incident.",
        dt.date(2023, 11, 6),
    )
    assert event["sub_event_type"] == "Peaceful protest"
