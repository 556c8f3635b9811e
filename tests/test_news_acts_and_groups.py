"""How news prose names the act and the group: weapons seized are no attack, a bomb is told by
what carried it, and the group behind an attack is often named a sentence later."""

from __future__ import annotations

import datetime as dt

from sitrep.event_types import find_cues
from sitrep.extraction import extract_document

from .news import news_events

PUBLISHED = dt.date(2025, 3, 11)


def _news(text: str) -> list[dict]:
    return news_events(text, PUBLISHED)


def test_weapons_seized_in_an_arrest_are_not_fired():
    text = (
        "On Monday, soldiers arrested a rebel commander near Argelia, the army said, seizing "
        "two rifles and a grenade launcher."
    )
    assert "shelling" not in find_cues(text)
    assert [(e["event_type"], e["sub_event_type"]) for e in _news(text)] == [
        ("Strategic developments", "Arrests")
    ]


def test_a_launcher_fired_is_still_shelling():
    assert "shelling" in find_cues("Rebels fired a grenade launcher at the army post.")


def test_a_vehicle_packed_with_explosives_is_an_ied():
    text = "A motorcycle packed with explosives blew up near a police station in Suarez on Sunday."
    assert [e["sub_event_type"] for e in _news(text)] == ["Remote explosive/landmine/IED"]


def test_a_jet_that_had_bombed_a_village_made_an_air_strike():
    text = "Rebels said a military jet had bombed a fishing village in Rakhine state on Saturday."
    assert [e["sub_event_type"] for e in _news(text)] == ["Air/drone strike"]


def test_a_gang_that_stormed_a_town_and_drove_out_the_police_took_it():
    text = (
        "Gang members stormed the town of Mirebalais in Haiti's Centre department on Sunday, "
        "burning the police station and forcing officers to flee."
    )
    assert [e["sub_event_type"] for e in _news(text)] == ["Non-state actor overtakes territory"]


def test_the_group_the_attackers_belonged_to_is_the_attacker():
    text = (
        "Gang members stormed the town of Mirebalais in Haiti's Centre department on Sunday, "
        "killing three people. Police said the attackers belonged to Viv Ansanm."
    )
    assert [e["actor1"] for e in _news(text)] == ["Viv Ansanm"]


def test_the_group_an_official_blamed_is_the_attacker():
    text = (
        "Gunmen attacked an army post near Bocaranga in Ouham-Pende on Sunday, killing two "
        "soldiers. The prefect blamed 3R for the attack."
    )
    assert [e["actor1"] for e in _news(text)] == ["3R: Return, Reclamation, Rehabilitation"]


def test_militants_armed_with_heavy_weapons_fight_no_artillery_duel():
    text = (
        "Militants armed with heavy weapons attacked a police station in Dera Ismail Khan "
        "district late on Monday, killing four policemen, officials said."
    )
    assert [(e["event_type"], e["sub_event_type"]) for e in _news(text)] == [
        ("Battles", "Armed clash")
    ]


def test_houses_blown_up_in_another_village_are_an_event_there():
    text = (
        "An Israeli drone strike on a car in the town of Bint Jbeil killed one man on Monday, "
        "the health ministry said.\n\nLater on Monday, Israeli troops blew up several houses on "
        "the edge of the border village of Kfar Kila, the state news agency reported."
    )
    events = _news(text)
    assert [(e["location"], e["sub_event_type"]) for e in events] == [
        ("Bint Jbeil", "Air/drone strike"),
        ("Kfar Kila", "Looting/property destruction"),
    ]


def test_one_death_told_by_two_sources_under_two_names_is_one_death():
    text = (
        "An Israeli drone strike on a car in the town of Bint Jbeil killed one man on Monday, "
        "the health ministry said. The Israeli military said it had killed a Hezbollah "
        "operative in the strike."
    )
    assert [e["fatalities"] for e in _news(text)] == [1]


def test_two_deaths_from_one_source_are_two():
    text = (
        "A drone strike on a car in the town of Bint Jbeil killed one man and one woman on "
        "Monday, the health ministry said."
    )
    assert [e["fatalities"] for e in _news(text)] == [2]


def test_air_defences_shooting_down_drones_elsewhere_is_an_event_there():
    text = (
        "A drone launched by the RSF struck a hospital in El Fasher on Thursday, killing nine "
        "people, a local group said.\n\nLate on Thursday, the army's air defences shot down "
        "several drones over the city of Kosti in White Nile state, a military source said."
    )
    assert [(e["location"], e["sub_event_type"]) for e in _news(text)] == [
        ("El Fasher", "Air/drone strike"),
        ("Kosti", "Disrupted weapons use"),
    ]


def test_a_drone_shot_down_with_its_maker_named_is_disrupted():
    text = "The Houthis said they shot down a U.S. MQ-9 Reaper drone over Marib on Monday."
    assert "disrupted" in find_cues(text)


def test_a_drone_launched_by_a_named_group_is_the_groups_strike():
    text = (
        "A drone launched by Sudan's paramilitary Rapid Support Forces struck a hospital in "
        "El Fasher on Thursday, killing nine people."
    )
    assert [(e["sub_event_type"], e["actor1"]) for e in _news(text)] == [
        ("Air/drone strike", "RSF: Rapid Support Forces")
    ]


def test_a_party_telling_its_own_act_on_another_day_reports_an_event():
    text = (
        "A drone struck a hospital in El Fasher on Thursday, killing nine people.\n\n"
        "In West Kordofan, the army said it had repelled an RSF attack on its garrison in the "
        "town of Babanusa on Wednesday."
    )
    assert [e["location"] for e in _news(text)] == ["El Fasher", "Babanusa"]


def test_arrests_made_in_raids_are_arrests():
    text = (
        "Security forces arrested 12 men during raids in the town of Jableh on Wednesday, the "
        "state news agency reported."
    )
    assert [e["sub_event_type"] for e in _news(text)] == ["Arrests"]


def test_overnight_arrests_elsewhere_are_their_own_event():
    text = (
        "Three Palestinians were killed on Wednesday when an Israeli drone struck a group of "
        "men in the town of Tammun in the West Bank, the health ministry said.\n\n"
        "Settlers attacked the village of Sinjil late on Tuesday, wounding four residents.\n\n"
        "Israeli forces also arrested at least 25 Palestinians in raids in and around Hebron "
        "overnight, a prisoners' group said."
    )
    assert [e["location"] for e in _news(text)] == ["Tammun", "Sinjil", "Hebron"]


def test_a_communique_neutralising_seven_07_terrorists_reports_seven_deaths():
    text = (
        "On Monday 18 December 2023, FAMa units took control of the locality of Tarkint, in "
        "the Bourem circle (Gao region), after neutralising seven (07) terrorists."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2023, 12, 19))
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [
        ("Government regains territory", 7)
    ]


def test_foreign_forces_taking_a_town_overtake_territory():
    text = "On Monday, Russian forces took control of the village of Novoselivka in Donetsk."
    assert [e["sub_event_type"] for e in _news(text)] == ["Non-state actor overtakes territory"]


def test_air_vectors_of_a_communique_are_aircraft():
    text = (
        "On Sunday, FAMa air vectors carried out precision strikes on a gathering of armed "
        "terrorist groups near Anefis, in the Kidal region, neutralising about fifteen "
        "terrorists."
    )
    assert [(e["sub_event_type"], e["fatalities"]) for e in _news(text)] == [
        ("Air/drone strike", 15)
    ]


def test_the_rebels_are_the_one_group_the_story_named():
    text = (
        "M23 rebels are moving south along Lake Kivu. On Monday the rebels took the mining "
        "town of Nyabibwe in South Kivu province after Congolese troops pulled back."
    )
    assert [(e["actor1"], e["sub_event_type"]) for e in _news(text)] == [
        ("M23: March 23 Movement", "Non-state actor overtakes territory")
    ]


def test_the_toll_of_a_whole_battle_is_a_running_total():
    text = (
        "On Monday the rebels took the town of Nyabibwe in South Kivu, killing seven people. "
        "The battle for Goma alone killed nearly 3,000 people, according to the United Nations."
    )
    assert [e["fatalities"] for e in _news(text)] == [7]


def test_forces_opening_fire_on_protesters_use_excessive_force():
    text = (
        "Two people were killed when Taliban forces opened fire on villagers protesting against "
        "the destruction of their poppy fields in Badakhshan province on Friday."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 5, 25))
    assert [e["sub_event_type"] for e in events] == ["Excessive force against protesters"]


def test_police_dispersing_workers_demanding_higher_wages_intervene_in_a_protest():
    text = (
        "Police fired tear gas to disperse thousands of garment workers demanding higher wages "
        "in Gazipur on Thursday."
    )
    assert [e["sub_event_type"] for e in _news(text)] == ["Protest with intervention"]


def test_the_charge_of_an_arrest_is_no_act_of_its_own():
    text = (
        "Police arrested 11 workers in Ashulia on Wednesday on charges of vandalising factories "
        "during earlier protests."
    )
    assert [e["sub_event_type"] for e in _news(text)] == ["Arrests"]


def test_a_war_that_goes_on_is_no_battle_where_leaders_met():
    text = (
        "On Monday the rebels took the town of Nyabibwe in South Kivu, killing seven people. "
        "Regional leaders meeting in Dar es Salaam called at the weekend for a ceasefire, but "
        "fighting has continued."
    )
    assert [e["location"] for e in _news(text)] == ["Nyabibwe"]


def test_a_strike_attributed_to_the_army_is_the_armys():
    text = (
        "On Sunday, a drone strike attributed to the Congolese army hit a rebel position near "
        "Kavumu airport in South Kivu, killing three rebels."
    )
    assert [e["actor1"] for e in _news(text)] == [
        "Military Forces of the Democratic Republic of Congo"
    ]


def test_information_gathered_by_monitors_is_no_gathering():
    text = (
        "According to information gathered by our monitors, on 30 June 2024 members of the "
        "Oromo Liberation Army stopped a bus near Gindeberet and abducted 17 passengers."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 7, 9))
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Abduction/forced disappearance", "OLF: Oromo Liberation Front (Shane Splinter Faction)")
    ]


def test_a_statement_about_continuing_attacks_reports_no_attack():
    text = (
        "The council is deeply alarmed by continuing attacks on civilians in the Oromia region. "
        "On 3 July 2024, soldiers executed six young men in Shambu town."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 7, 9))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 7, 3), 6)]


def test_a_base_seized_on_monday_told_in_wednesdays_statement_is_mondays():
    text = (
        "The Arakan Army said on Wednesday it had captured a battalion headquarters of the army "
        "in Taungup township in Rakhine state. The group said its fighters seized the base on "
        "Monday after weeks of fighting, killing dozens of junta soldiers."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 11, 6))
    assert [(e["sub_event_type"], e["date_start"]) for e in events] == [
        ("Non-state actor overtakes territory", dt.date(2024, 11, 4))
    ]


def test_an_agreement_signed_to_destroy_weapons_is_an_agreement():
    text = (
        "In Putumayo, the government and an armed coalition signed an agreement on Monday in "
        "Puerto Asis to begin destroying part of the group's weapons."
    )
    assert [e["sub_event_type"] for e in _news(text)] == ["Agreement"]


def test_drones_destroyed_by_air_defences_are_disrupted_weapons():
    assert "disrupted" in find_cues("Air defences destroyed 21 Ukrainian drones overnight.")


def test_a_russian_ballistic_missile_is_russias():
    text = "A Russian ballistic missile hit an industrial area of Kharkiv on Monday evening."
    assert [e["actor1"] for e in _news(text)] == ["Military Forces of Russia"]


def test_a_headline_figure_repeats_the_storys():
    text = (
        "Troops clash with militants in Maguindanao; three terrorists killed\n\n"
        "Troops engaged about ten militants in a firefight in Datu Hoffer Ampatuan on 21 April "
        "2024. The encounter resulted in the death of three enemy personalities."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 4, 23))
    assert [e["fatalities"] for e in events] == [3]


def test_a_paragraphs_arrest_on_a_day_of_its_own_is_its_own_event():
    text = (
        "Troops engaged about ten militants in a firefight in Barangay Tuayan on 21 April 2024, "
        "killing three.\n\nOn 22 April 2024, police arrested a suspected financier of the group "
        "in Cotabato City."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 4, 23))
    assert [e["sub_event_type"] for e in events] == ["Armed clash", "Arrests"]


def test_soldiers_martyred_are_killed():
    text = (
        "QUETTA: Four soldiers were martyred and seven terrorists killed when militants attacked "
        "a security forces' post in Kalat district on Sunday night, the ISPR said."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 10, 15))
    assert [e["fatalities"] for e in events] == [11]


def test_a_quadcopter_dropping_a_device_is_a_drone_strike():
    text = (
        "Two policemen were injured when a quadcopter dropped an explosive device on the Pezu "
        "police station in Lakki Marwat district late on Saturday."
    )
    assert [e["sub_event_type"] for e in _news(text)] == ["Air/drone strike"]


def test_a_drone_that_fired_a_missile_made_an_air_strike():
    text = "Two men died on Wednesday when an Israeli drone fired a missile at their motorcycle."
    assert [e["sub_event_type"] for e in _news(text)] == ["Air/drone strike"]


def test_air_defences_bringing_a_drone_down_disrupt_it():
    assert "disrupted" in find_cues("Air defences brought the drone down before it hit the post.")


def test_the_group_that_claimed_the_attack_is_its_attacker():
    text = (
        "A bomb planted near a shrine in Nahrin in Baghlan province killed four worshippers "
        "last Thursday. The militant Islamic State Khorasan group claimed the attack."
    )
    assert [e["actor1"] for e in _news(text)] == ["Islamic State (Afghanistan)"]


def test_the_group_holding_a_neighbourhood_is_no_party_to_a_strike_there():
    text = (
        "In Khartoum, an army drone struck a crowded market in the RSF-controlled Mayo "
        "neighborhood late Sunday, killing seven people, activists said."
    )
    assert [e["actor2"] for e in _news(text)] == ["Civilians (Sudan)"]


def test_forces_loyal_to_riek_machar_are_the_splm_io():
    text = (
        "Fighting between government troops and forces loyal to Riek Machar near the town of "
        "Nasir in Upper Nile state on Tuesday killed nine people."
    )
    assert [e["actor2"] for e in _news(text)] == [
        "SPLA/M-In Opposition: Sudanese Peoples Liberation Army/Movement-In Opposition"
    ]


def test_soldiers_killed_in_a_clash_with_a_group_were_fought_by_it():
    text = (
        "Two soldiers were killed in a clash with New People's Army rebels in Himamaylan City, "
        "Negros Occidental, last Thursday, the military said."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 2, 12))
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("NPA: New People's Army", "Military Forces of the Philippines")
    ]


def test_an_arrest_for_an_old_kidnapping_is_an_arrest():
    text = (
        "In Sulu, police arrested a suspected member of the Abu Sayyaf Group wanted for the "
        "2014 kidnapping of two tourists in Patikul town on Sunday."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 2, 12))
    assert [e["sub_event_type"] for e in events] == ["Arrests"]


def test_a_russian_guided_aerial_bomb_is_russias():
    text = "A Russian guided aerial bomb hit a neighbourhood of Zaporizhzhia on Tuesday evening."
    assert [e["actor1"] for e in _news(text)] == ["Military Forces of Russia"]


def test_marchers_who_dispersed_without_incident_protested_in_peace():
    text = (
        "Hundreds of displaced people staged a peaceful demonstration in Mekelle on Monday. "
        "The demonstrators marched to the regional office and dispersed without incident."
    )
    assert [e["sub_event_type"] for e in _news(text)] == ["Peaceful protest"]
