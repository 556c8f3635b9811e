"""Local press from Latin America, North Africa, Iran and Iraqi Kurdistan (read wrong on the
twenty-eighth and twenty-ninth blind sets of articles)."""

from __future__ import annotations

import datetime as dt

from sitrep.actors import find_actors

from .news import news_events


def test_a_dateline_under_a_title_and_a_long_deck_gives_the_storys_country():
    text = (
        "Massacre in Chamelecon: five dead after armed men burst into a house\n\n"
        "In Tegucigalpa, a bus driver is killed on the Villa Nueva route; police blame the "
        "gangs\n\n"
        "SAN PEDRO SULA. Five people were killed early on Sunday when armed men burst into a "
        "house in the Chamelecon sector, south of this city.\n\n"
        "Meanwhile in the capital, a bus driver was shot dead on Saturday afternoon at the last "
        "stop of the Villa Nueva route."
    )
    events = news_events(text, dt.date(2024, 7, 15))
    assert [e["country"] for e in events] == ["Honduras", "Honduras"]


def test_a_partys_name_seeded_for_one_country_names_no_party_elsewhere():
    found = find_actors(
        "The patrol was ambushed by remnants of the Communist Party in the valley.",
        country="Peru",
    )
    assert not any("Sudan" in (a.actor or "") for a in found)


def test_perus_militarized_communist_party_is_a_rebel_group():
    found = find_actors(
        "A patrol was attacked with firearms by remnants of the so-called Militarized Communist "
        "Party of Peru (MPCP) near Vizcatan del Ene.",
        country="Peru",
    )
    assert [a.actor for a in found if a.actor_type == "rebels"] == [
        "MPCP: Militarized Communist Party of Peru",
        "MPCP: Militarized Communist Party of Peru",
    ]


def test_officers_of_a_named_force_are_that_forces():
    found = find_actors(
        "Officers of the Bolivarian National Guard (GNB) fired tear gas at the protesters.",
        country="Venezuela",
    )
    assert [a.actor for a in found][0] == "Military Forces of Venezuela National Guard"
    assert found[0].text.startswith("Officers")


def test_the_gara_region_of_northern_iraq_is_the_mountain_in_duhok():
    text = (
        "ANKARA - The Ministry of National Defence said on Thursday that three PKK terrorists "
        "had been neutralised in an air-supported operation in the Gara region of northern Iraq."
    )
    events = news_events(text, dt.date(2024, 8, 8))
    assert (events[0]["country"], events[0]["admin1"], events[0]["location"]) == (
        "Iraq",
        "Duhok",
        "Gara Mountain",
    )


def test_a_rio_favela_is_in_its_zone_spelled_as_acled_did_that_year():
    text = "Police killed two suspects in an operation in Complexo do Alemao, Rio, on Monday."
    later = news_events(text, dt.date(2024, 10, 22))
    earlier = news_events(text, dt.date(2020, 4, 28))
    assert later[0]["location"] == "Rio de Janeiro - North Zone"
    assert earlier[0]["location"] == "Rio de Janeiro-North Zone"


def test_the_town_of_a_named_hospital_victims_were_taken_to_is_no_scene():
    text = (
        "Police killed seven suspects in an operation in Complexo do Alemao early on Monday. "
        "A resident hit by a stray bullet was taken to the Getulio Vargas State Hospital, in "
        "Penha, but died in the evening, bringing the number of dead to eight."
    )
    events = news_events(text, dt.date(2024, 10, 22))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Rio de Janeiro - North Zone", 8)
    ]


def test_a_news_agency_named_for_a_province_is_no_place():
    text = (
        "A statement carried by the Fars news agency said the Revolutionary Guards arrested "
        "seven teachers in Sanandaj on Saturday."
    )
    events = news_events(text, dt.date(2023, 5, 1))
    assert [(e["admin1"], e["location"]) for e in events] == [("Kurdistan", "Sanandaj")]


def test_a_raid_south_of_sheikh_zuweid_near_gaza_is_in_north_sinai():
    text = (
        "CAIRO - The army said troops had killed seven militants in an exchange of fire on "
        "Friday during a raid on hideouts south of Sheikh Zuweid, near the border with Gaza."
    )
    events = news_events(text, dt.date(2023, 3, 26))
    assert (events[0]["country"], events[0]["location"]) == ("Egypt", "Sheikh Zuweid")


def test_a_police_raid_that_hurts_no_one_and_arrests_men_is_an_arrest():
    text = (
        "On Monday, agents of the National Police raided two houses in Capitan Bado and "
        "arrested four men who, according to the authorities, belong to a criminal faction."
    )
    events = news_events(text, dt.date(2024, 5, 21))
    assert (events[0]["event_type"], events[0]["sub_event_type"]) == (
        "Strategic developments",
        "Arrests",
    )
    deadly = news_events(
        "Police raided a house in Capitan Bado on Monday, killing two suspects and arresting four.",
        dt.date(2024, 5, 21),
    )
    assert deadly[0]["sub_event_type"] != "Arrests"


def test_sistan_baluchestan_hyphenated_is_the_province():
    text = (
        "TEHRAN, June 12 (AFP) - Five Iranian police officers were killed in an attack on a "
        "police post in the restive southeastern province of Sistan-Baluchestan, state media "
        "reported Wednesday."
    )
    events = news_events(text, dt.date(2024, 6, 12))
    assert events[0]["admin1"] == "Sistan and Baluchestan"


def test_tripolis_armed_groups_are_both_sides_of_their_fight():
    text = (
        "Tripoli - At least five people, among them a taxi driver, were killed on Monday when "
        "heavy fighting broke out between the Radaa Special Deterrence Force and the 444 Brigade "
        "in the Souq al-Jumaa district of the capital."
    )
    events = news_events(text, dt.date(2024, 7, 16))
    assert (events[0]["actor1"], events[0]["actor2"]) == (
        "Radaa Special Deterrence Force",
        "444 Brigade",
    )


def test_chiles_arauco_malleco_coordinator_is_a_group_not_a_place():
    found = find_actors(
        "Pamphlets alluding to the Coordinadora Arauco-Malleco (CAM) were found.", country="Chile"
    )
    assert {a.actor for a in found} == {"CAM: Arauco-Malleco Coordinator"}


def test_a_village_in_a_neighbouring_district_is_placed_in_that_district():
    text = (
        "A DRG jawan was killed near Jagargunda in neighbouring Sukma district on Sunday when "
        "he stepped on a pressure IED planted by Maoists, police said."
    )
    events = news_events(text, dt.date(2024, 5, 21))
    assert (events[0]["admin1"], events[0]["location"]) == ("Chhattisgarh", "Jagargunda")


DIGEST = (
    "Weekly rights digest: 8 - 14 July 2023\n\n"
    "1. Warraq Island (Giza): tear gas fired at residents. On Monday 10 July, police fired tear "
    "gas at several hundred residents of Al-Warraq island who gathered to stop bulldozers from "
    "demolishing homes.\n\n"
    "2. Cairo: cartoonist arrested. On Wednesday 12 July, plain-clothes officers arrested a "
    "cartoonist at his home in Nasr City and confiscated his laptop and phone, his wife said."
)


def test_a_numbered_items_title_is_told_again_by_the_story_after_it():
    events = news_events(DIGEST, dt.date(2023, 7, 14))
    assert [(e["sub_event_type"], e["date_start"]) for e in events] == [
        ("Protest with intervention", dt.date(2023, 7, 10)),
        ("Arrests", dt.date(2023, 7, 12)),
    ]


def test_a_decks_running_total_adds_no_deaths_to_the_protest():
    text = (
        "Thousands march in Sao Paulo against police operation\n\n"
        "Protesters demand the end of Operacao Escudo, which has left dozens dead since late "
        "July\n\n"
        "Thousands of people marched on Avenida Paulista, in Sao Paulo, on Tuesday evening to "
        "demand the end of the police operation."
    )
    events = news_events(text, dt.date(2023, 8, 23))
    assert [e["fatalities"] for e in events if not e["is_background"]] == [0]


def test_the_georgia_state_capitol_is_in_the_united_states():
    text = (
        "ATLANTA - Several hundred teachers rallied outside the Georgia State Capitol on Tuesday "
        "as lawmakers debated a school voucher bill."
    )
    events = news_events(text, dt.date(2025, 2, 26))
    assert (events[0]["country"], events[0]["admin1"], events[0]["location"]) == (
        "United States",
        "Georgia",
        "Atlanta",
    )


def test_a_town_qualified_by_niger_state_is_in_nigeria():
    for text in (
        "Gunmen killed five villagers in Rafi, Niger State, on Tuesday.",
        "Gunmen killed five villagers in Rafi LGA of Niger State on Tuesday.",
    ):
        events = news_events(text, dt.date(2025, 2, 26))
        assert (events[0]["country"], events[0]["admin1"]) == ("Nigeria", "Niger"), text


def test_police_barricades_make_no_riot_of_a_march_they_stop():
    text = (
        "Patiala - A group of 101 farmers trying to march on foot towards Delhi was stopped by "
        "Haryana Police on Sunday, with personnel firing tear gas shells and using water cannon "
        "to push the marchers back from the multi-layered barricades on the highway near Ambala."
    )
    events = news_events(text, dt.date(2024, 12, 9))
    assert events[0]["sub_event_type"] == "Protest with intervention"


def test_a_protest_marking_a_year_since_a_riot_is_no_riot():
    text = (
        "NAIROBI - Kenyan police fired live rounds and tear gas at protesters in Nairobi on "
        "Wednesday as thousands of young people took to the streets to mark one year since "
        "demonstrators stormed parliament. A police spokesperson said one man had died of "
        "gunshot wounds in the city centre."
    )
    events = news_events(text, dt.date(2025, 6, 26))
    assert events[0]["sub_event_type"] == "Excessive force against protesters"


def test_people_who_walk_behind_a_banner_are_protesting():
    text = (
        "ROME - Tens of thousands of people marched through Rome on Saturday against the "
        "government's security bill.\n\n"
        'In Bologna some 3,000 people walked to Piazza Maggiore behind a banner reading "Dissent '
        'is not a crime".'
    )
    events = news_events(text, dt.date(2025, 5, 31))
    assert [(e["location"], e["sub_event_type"]) for e in events] == [
        ("Rome", "Peaceful protest"),
        ("Bologna", "Peaceful protest"),
    ]
    flag = news_events(
        "Jihadists who seized Arbinda on Monday hoisted their black banner above the town hall.",
        dt.date(2021, 3, 9),
    )
    assert flag[0]["event_type"] != "Protests"


def test_a_city_named_for_its_state_keeps_its_whole_name():
    for city, state in (("Iowa City", "Iowa"), ("Oklahoma City", "Oklahoma")):
        events = news_events(
            f"Police arrested 12 protesters in {city} on Monday.", dt.date(2024, 5, 1)
        )
        assert (events[0]["admin1"], events[0]["location"]) == (state, city)


def test_a_lead_placed_only_by_its_state_is_in_the_dateline_town():
    text = (
        "IOWA CITY, Iowa - Eighteen people were arrested Wednesday afternoon when state troopers "
        "and University of Iowa police took down a pro-Palestinian encampment on campus."
    )
    events = news_events(text, dt.date(2024, 5, 2))
    assert (events[0]["admin1"], events[0]["location"]) == ("Iowa", "Iowa City")


def test_the_special_region_of_yogyakarta_is_acleds_yogyakarta():
    text = "Students rallied peacefully in Sleman, Daerah Istimewa Yogyakarta, on Thursday."
    events = news_events(text, dt.date(2024, 8, 23))
    assert events[0]["admin1"] == "Yogyakarta"


def test_last_weeks_protests_compared_with_others_are_background():
    text = (
        "PARIS - Police fired tear gas at protesters in Paris on Tuesday as hundreds of "
        "thousands of people marched against the pension reform.\n\n"
        "Last Thursday's protests were the most violent since the movement began in January, "
        "with hundreds of arrests nationwide."
    )
    events = news_events(text, dt.date(2023, 3, 28))
    assert [e["date_start"] for e in events if not e["is_background"]] == [dt.date(2023, 3, 28)]


def test_arrests_after_disorder_outside_a_hotel_tell_a_riot():
    text = (
        "Fourteen people have been arrested after disorder outside a hotel in Kirkby last "
        "night. A number of people began throwing bricks and fireworks at officers."
    )
    events = news_events(text, dt.date(2025, 3, 15))
    assert (events[0]["event_type"], events[0]["actor1"]) == ("Riots", "Rioters (United Kingdom)")
    charge = news_events(
        "Hundreds rallied peacefully in Tarragona on Friday for two students charged with public "
        "disorder after a sit-in at the port.",
        dt.date(2024, 5, 11),
    )
    assert charge[0]["event_type"] == "Protests"


def test_a_buses_destination_is_not_the_scene_where_the_scene_shares_its_provinces_name():
    [event] = news_events(
        "On 9 March 2023, dozens of workers protested in Gabes after they were refused seats "
        "on buses heading to El Hamma for a job fair.",
        dt.date(2023, 3, 10),
    )
    assert (event["location"], event["admin1"]) == ("Gabes", "Gabes")
