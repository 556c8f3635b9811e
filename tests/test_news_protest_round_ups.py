"""A national day of protest told city by city (read wrong on the thirty-third blind set of
articles): ACLED codes one event per place, so a list of cities is a list, not a town and
its district, and a lead that names several cities opens an event at each."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events


def test_a_list_of_cities_is_not_a_town_and_its_district():
    found = find_places("Rallies in Bordeaux, Lyon and Lille ended peacefully.")
    assert [(p.location, p.admin1) for p in found] == [
        ("Bordeaux", "Nouvelle-Aquitaine"),
        ("Lyon", "Auvergne-Rhone-Alpes"),
        ("Lille", "Hauts-de-France"),
    ]


def test_a_town_and_its_province_before_a_list_still_qualify():
    found = find_places("Fighting was reported in Djugu, Ituri and in Beni on Monday.")
    assert ("Djugu", "Ituri") in [(p.location, p.admin1) for p in found]


def test_a_bare_philadelphia_is_the_pennsylvania_city():
    found = find_places("A march in Philadelphia passed off peacefully on Saturday.")
    assert [(p.location, p.admin1) for p in found] == [("Philadelphia", "Pennsylvania")]


def test_a_lead_listing_peaceful_marches_opens_an_event_in_each_city():
    text = (
        "Marches in Boston, Denver and Seattle passed off peacefully on Saturday as crowds "
        "joined rallies against the new tariffs.\n\n"
        "In Boston, organisers said 20,000 people filled the Common. In Denver, a few thousand "
        "gathered outside the state Capitol.\n\n"
        "Organisers said more than 500 events were held nationwide."
    )
    events = news_events(text, dt.date(2025, 4, 6))
    assert [(e["location"], e["sub_event_type"]) for e in events] == [
        ("Boston", "Peaceful protest"),
        ("Denver", "Peaceful protest"),
        ("Seattle", "Peaceful protest"),
    ]


def test_a_lead_telling_a_clash_in_one_city_and_calm_marches_in_others_types_each_apart():
    text = (
        "ROME — Masked demonstrators clashed with police outside the port of Genoa on Friday, "
        "protesters blocked a motorway near Florence, and processions in Naples and Palermo "
        "passed off peacefully during the general strike for Gaza.\n\n"
        "In Genoa, masked demonstrators threw bottles and flares at police, who charged with "
        "batons. Twelve officers were hurt.\n\n"
        "In Naples, the march passed off without incident."
    )
    events = news_events(text, dt.date(2025, 10, 4))
    assert [(e["location"], e["event_type"]) for e in events] == [
        ("Genoa", "Riots"),
        ("Florence", "Protests"),
        ("Naples", "Protests"),
        ("Palermo", "Protests"),
    ]


def test_a_notes_single_paragraph_listing_towns_stays_one_event():
    text = (
        "On 12 May 2023, traders demonstrated in Bogande, Manni and Piela against the closure "
        "of the weekly markets."
    )
    events = news_events(text, None)
    assert len(events) == 1


def test_a_clause_on_a_citys_past_does_not_make_its_news_background():
    text = (
        "PARIS, March 28 — Police fired tear gas at protesters in Paris on Tuesday as marches "
        "against the pension reform went on across France.\n\n"
        "In Rennes, which has seen clashes at almost every march since January, protesters "
        "threw stones at police near the prefecture, and officers replied with tear gas."
    )
    events = news_events(text, dt.date(2023, 3, 28))
    assert [e["location"] for e in events] == ["Paris", "Rennes"]


def test_a_cities_list_in_a_paragraph_of_its_own_opens_an_event_in_each():
    text = (
        "PARIS, March 28 — Police fired tear gas at protesters in Paris on Tuesday as marches "
        "against the pension reform went on across France.\n\n"
        "Marches in Grenoble, Dijon and Strasbourg passed off without incident, officials said."
    )
    events = news_events(text, dt.date(2023, 3, 28))
    assert [e["location"] for e in events] == ["Paris", "Grenoble", "Dijon", "Strasbourg"]


def test_a_round_ups_run_in_town_headings_open_an_event_in_each_town_on_the_day_told():
    text = (
        "Strikers blocked roads across France on Wednesday. Here is how the day went.\n\n"
        "Nantes. Masked demonstrators threw stones at gendarmes near the Cours des Etats and "
        "set a car on fire.\n\n"
        "Lille. Some 3,000 people marched through the Vieux-Lille without incident."
    )
    events = news_events(text, dt.date(2025, 9, 11))
    assert [(e["location"], str(e["date_start"])) for e in events][-2:] == [
        ("Nantes", "2025-09-10"),
        ("Lille", "2025-09-10"),
    ]


def test_an_officers_title_opening_a_paragraph_is_no_heading():
    text = (
        "Two soldiers were killed in a clash with rebels near Himamaylan on Thursday, the army "
        "said.\n\n"
        "Maj. Ronaldo Cruz said troops were patrolling near Carabalan when they met about 20 "
        "rebels."
    )
    events = news_events(text, dt.date(2024, 2, 10))
    assert len(events) == 1


def test_indonesias_dpr_is_its_parliament_not_the_donetsk_republic():
    text = (
        "JAKARTA — Thousands of students rallied outside the DPR building in Jakarta on "
        "Thursday. Similar demonstrations were held in Bandung and Makassar.\n\n"
        "In Bandung, protesters burned tyres in front of the regional DPRD building."
    )
    events = news_events(text, dt.date(2024, 8, 23))
    assert [(e["country"], e["admin1"]) for e in events][:2] == [
        ("Indonesia", "Jakarta"),
        ("Indonesia", "West Java"),
    ]


def test_a_sentence_inside_a_paragraph_telling_two_cities_rallies_opens_an_event_in_each():
    text = (
        "BUENOS AIRES — Federal forces cleared a picket on a bridge into the capital on "
        "Thursday during a general strike.\n\n"
        "Several hundred people gathered peacefully outside Congress. In Mendoza, teachers "
        "marched to the provincial legislature, and in Salta the regional unions held a "
        "rally at the main square.\n\n"
        "Union leaders said adherence was above 80 percent."
    )
    events = news_events(text, dt.date(2024, 5, 10))
    assert [e["location"] for e in events][-2:] == ["Mendoza", "Salta"]


def test_a_lead_telling_a_death_in_one_city_and_tear_gas_in_another_opens_two_events():
    text = (
        "ABUJA, Aug 2 — One person was killed in the northern city of Kaduna and police "
        "fired tear gas in the capital Abuja on Thursday, as thousands joined protests "
        "against soaring living costs.\n\n"
        "In Abuja, police fired tear gas at several hundred protesters near the stadium."
    )
    events = news_events(text, dt.date(2024, 8, 2))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Kaduna", 1), ("Abuja", 0)]


def test_a_closing_clause_on_the_occasion_makes_each_citys_arrests_a_protest():
    text = (
        "LAHORE: Police detained dozens of party workers in Lahore and fired tear gas at "
        "supporters in Karachi on Saturday, as the party held countrywide protests against "
        "the election results.\n\n"
        "In Karachi, police baton-charged supporters who tried to block a main road."
    )
    events = news_events(text, dt.date(2024, 2, 18))
    assert [(e["location"], e["sub_event_type"]) for e in events] == [
        ("Lahore", "Protest with intervention"),
        ("Karachi", "Protest with intervention"),
    ]


def test_a_place_the_crowd_marches_in_support_of_is_no_scene():
    text = (
        "CAIRO - Police detained at least 15 people in Alexandria on Sunday after several "
        "hundred demonstrators marched in support of Gaza, rights lawyers said.\n\n"
        "Two of those detained were released late on Sunday."
    )
    events = news_events(text, dt.date(2023, 11, 6))
    assert [e["location"] for e in events] == ["Alexandria"]


def test_a_paragraph_set_in_a_city_the_lead_named_goes_back_to_that_citys_event():
    text = (
        "PARIS, March 7 — Hundreds of thousands marched across France on Tuesday against the "
        "pension reform, as police fired tear gas at the tail of the Paris march and masked "
        "youths burned cars in the western city of Rennes.\n\n"
        "Marches in Grenoble and Dijon passed off peacefully, local prefectures said.\n\n"
        "The scenes in Rennes were the most serious of the day. Groups of masked youths threw "
        "paving stones at police and smashed the windows of two banks."
    )
    events = news_events(text, dt.date(2023, 3, 7))
    assert [(e["location"], e["event_type"]) for e in events] == [
        ("Paris", "Protests"),
        ("Rennes", "Riots"),
        ("Grenoble", "Protests"),
        ("Dijon", "Protests"),
    ]


def test_a_day_of_marches_called_for_saturday_is_the_coming_saturday_not_news():
    text = (
        "PARIS, March 7 — Police fired tear gas at protesters in Paris on Tuesday during a "
        "strike against the pension reform.\n\n"
        "Unions have called another day of marches for Saturday."
    )
    events = news_events(text, dt.date(2023, 3, 7))
    assert [str(e["date_start"]) for e in events] == ["2023-03-07"]


def test_a_french_cours_is_an_avenue_not_a_town():
    found = find_places("Youths threw stones at police near the Cours des 50-Otages in Nantes.")
    assert [(p.location, p.admin1) for p in found if p.admin1] == [("Nantes", "Pays de la Loire")]


def test_a_lead_death_told_again_with_its_day_and_village_is_the_same_event():
    text = (
        "LA PAZ, Nov 2 — A police officer was killed in Bolivia's northern Potosi region and "
        "security forces cleared a blockade in Cochabamba, as the government moved to end "
        "road blockades.\n\n"
        "The officer died on Thursday when an explosive charge was thrown at police clearing "
        "the road near Llallagua, the Government Ministry said."
    )
    events = news_events(text, dt.date(2024, 11, 2))
    potosi = [e for e in events if e["admin1"] == "Potosi"]
    assert [(str(e["date_start"]), e["fatalities"]) for e in potosi] == [("2024-10-31", 1)]


def test_a_rally_in_a_known_town_after_a_riot_placed_only_at_unknown_streets_is_its_own():
    text = (
        "Leipzig. A march against the eviction of a squat in Connewitz ended in rioting on "
        "Saturday evening. Masked participants threw stones at officers near Connewitzer "
        "Kreuz.\n\n"
        "In Dresden, around 400 people took part in a solidarity rally on Saturday afternoon. "
        "It passed without incident, police said."
    )
    events = news_events(text, dt.date(2024, 11, 17))
    assert [e["location"] for e in events][-1:] == ["Dresden"]
    assert len(events) == 2


def test_a_procession_that_passed_off_calmly_opens_its_citys_event():
    text = (
        "ROME — Tens of thousands marched through Rome on Saturday against the security bill. "
        "Police reported no incidents.\n\n"
        "In Genoa the afternoon procession through the city centre also passed off calmly. "
        "But at the end, a group of around 200 broke away and threw bottles and stones at the "
        "officers guarding the station."
    )
    events = news_events(text, dt.date(2024, 12, 1))
    assert [(e["location"], e["event_type"]) for e in events] == [
        ("Rome", "Protests"),
        ("Genoa", "Riots"),
    ]


def test_last_weeks_strike_recalled_in_a_later_paragraph_is_no_news():
    text = (
        "ATHENS, March 5 — Riot police fired tear gas at youths throwing petrol bombs outside "
        "parliament on Wednesday evening, after a student rally.\n\n"
        "Last week, on the anniversary of the crash, a general strike brought hundreds of "
        "thousands of people onto the streets."
    )
    events = news_events(text, dt.date(2025, 3, 5))
    assert [str(e["date_start"]) for e in events] == ["2025-03-05"]


def test_a_crowd_chanting_in_spanish_and_english_names_no_town():
    found = find_places("Marchers walked through downtown chanting in Spanish and English.")
    assert found == []


def test_a_protest_named_by_its_day_weeks_before_is_background():
    text = (
        "BUENOS AIRES, April 10 — Police used pepper spray on pensioners marching outside "
        "Congress on Wednesday.\n\n"
        "The protest on March 12, when a photographer was badly hurt by a tear gas canister, "
        "drew condemnation from rights groups."
    )
    events = news_events(text, dt.date(2025, 4, 10))
    assert [str(e["date_start"]) for e in events] == ["2025-04-09"]


def test_police_firing_tear_gas_at_a_second_place_in_the_lead_is_that_places_event():
    text = (
        "CHANDIGARH: A farmer was killed at the Khanauri border point on Wednesday as farmers "
        "tried to resume their march, while Haryana Police fired volleys of tear gas shells at "
        "Shambhu, farm leaders said.\n\n"
        "At Shambhu, drones dropped tear gas shells as farmers on tractors moved towards the "
        "barricades."
    )
    events = news_events(text, dt.date(2024, 2, 22))
    assert [(e["location"], e["event_type"] == "Explosions/Remote violence") for e in events] == [
        ("Khanauri", False),
        ("Shambhu", False),
    ]


def test_a_paragraph_on_a_day_of_the_leads_week_at_another_town_is_its_own_event():
    text = (
        "Police arrested dozens of people at two universities this week as encampments "
        "spread from Columbia University in New York to campuses across the country.\n\n"
        "At the campus in Madison, Wisconsin, state troopers moved onto the main lawn on Wednesday "
        "afternoon after students tried to set up tents. Officers dragged protesters to "
        "waiting buses.\n\n"
        "Organisers said they would return."
    )
    events = news_events(text, dt.date(2024, 4, 26))
    assert ("Madison", "2024-04-24") in [(e["location"], str(e["date_start"])) for e in events]


def test_a_campus_named_for_a_state_is_placed_at_the_town_it_stands_in():
    text = (
        "Police arrested dozens of people at two universities this week as encampments "
        "spread from Columbia University in New York to campuses across the country.\n\n"
        "At the University of Texas at El Paso, state troopers moved onto the main lawn "
        "on Wednesday afternoon after students tried to set up tents."
    )
    events = news_events(text, dt.date(2024, 4, 26))
    assert ("El Paso", "Texas") in [(e["location"], e["admin1"]) for e in events]
