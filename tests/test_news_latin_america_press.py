"""What the forty-fifth blind set (Latin America: local crime pages in translation, human rights
counts, police statements) read wrong: an ambushed patrol told again at its spot, a rights
group's day of reporting, a second item in the same bulletin, a search still under way."""

from __future__ import annotations

import datetime as dt

from sitrep.event_types import find_cues
from sitrep.places import find_places

from .news import news_events


def test_a_patrol_that_came_under_fire_near_a_hamlet_is_the_lead_ambush_there():
    text = (
        "MORELIA, Mexico, June 12 (Reuters) - Gunmen believed to belong to the Jalisco New "
        "Generation Cartel (CJNG) ambushed a convoy of Michoacan state police in the mountains "
        "of Aguililla municipality on Tuesday, killing at least four officers.\n\n"
        "The patrol, travelling in three pickup trucks, came under fire from higher ground near "
        "the community of El Aguaje shortly after 4 p.m., the ministry said."
    )
    events = news_events(text, dt.date(2024, 6, 12))
    assert [(e["location"], e["fatalities"]) for e in events] == [("El Aguaje", 4)]


def test_an_institute_for_peace_studies_is_no_place():
    places = find_places(
        "The Institute for Development and Peace Studies (Indepaz) on Sunday reported a new "
        "massacre in Colombia."
    )
    assert not any("Studies" in p.text for p in places)


def test_a_rights_groups_day_of_reporting_and_a_second_item_in_its_bulletin():
    text = (
        "The Institute for Development and Peace Studies (Indepaz) on Sunday reported a new "
        "massacre in the Catatumbo region, the 63rd it has recorded in Colombia this year.\n\n"
        "According to community sources, on the night of Saturday, 2 September, armed men "
        "arrived on motorcycles at a billiard hall in the municipality of Tibu, Norte de "
        "Santander, and shot at the people who were there. Four men died at the scene.\n\n"
        "In the same bulletin, Indepaz registered the murder of a social leader in the "
        "municipality of Balboa, Cauca. He was shot dead by unidentified men on Sunday morning "
        "as he left his home."
    )
    events = news_events(text, dt.date(2023, 9, 4))
    assert [(e["location"], e["date_start"], e["fatalities"]) for e in events] == [
        ("Tibu", dt.date(2023, 9, 2), 4),
        ("Balboa", dt.date(2023, 9, 3), 1),
    ]


def test_a_search_operation_still_under_way_is_no_new_event():
    text = (
        "Srinagar, June 14 - The Army on Tuesday said it had foiled an infiltration bid along "
        "the Line of Control in Keran sector of Kupwara district.\n\n"
        "Troops observed suspicious movement late on Sunday night and challenged the group. In "
        "the ensuing gunfight, two terrorists were eliminated, a defence spokesman said.\n\n"
        "A search operation in the area, which is thickly forested, was continuing on Tuesday "
        "to rule out the presence of more infiltrators."
    )
    events = news_events(text, dt.date(2022, 6, 14))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2022, 6, 12), 2)]


def test_a_victim_named_with_lowercase_particles_is_counted():
    text = (
        "Alternative transport driver Marcos Vinicius da Silva, 39, was shot dead on Monday "
        "night in the Km 32 area of Nova Iguacu, in the Baixada Fluminense."
    )
    (event,) = news_events(text, dt.date(2023, 7, 18))
    assert event["fatalities"] == 1


def test_a_landscape_adjective_before_a_region_names_no_place():
    places = find_places(
        "armed men attacked a gold mining camp in the province of Pataz, in the northern "
        "Andean region of La Libertad, on Sunday."
    )
    assert "Andean" not in {p.location for p in places}


def test_the_dead_counted_again_at_a_named_hospital_and_arrests_announced_at_a_briefing():
    text = (
        "GUAYAQUIL - Six people were killed and four others wounded in an armed attack on a "
        "family gathering in the Nueva Prosperina district of Guayaquil on Saturday night, the "
        "National Police reported.\n\n"
        "Five people died at the scene; a sixth victim, a 17-year-old, died early on Sunday at "
        "the Monte Sinai General Hospital.\n\n"
        "The commander of Zone 8, speaking at a press conference on Sunday, said the gunmen "
        "belonged to a cell of Los Tiguerones.\n\n"
        "On Sunday afternoon, police agents captured three suspected members of Los Tiguerones "
        "in the Pascuales sector."
    )
    events = news_events(text, dt.date(2024, 9, 30))
    assert [(e["sub_event_type"], e["date_start"], e["fatalities"]) for e in events] == [
        ("Attack", dt.date(2024, 9, 28), 6),
        ("Arrests", dt.date(2024, 9, 29), 0),
    ]


def test_an_item_told_apart_takes_the_day_its_paragraph_gives():
    text = (
        "Raipur, Sep 14 (PTI) Four Maoists were killed in an encounter with security forces "
        "near Gangaloor village in Bijapur district on Wednesday, police said.\n\n"
        "In a separate incident, Maoists killed a villager in neighbouring Sukma district, "
        "branding him a police informer, an official said. The 40-year-old man was dragged out "
        "of his house near Jagargunda by armed cadres on Tuesday night and his body was found "
        "on Wednesday morning."
    )
    events = news_events(text, dt.date(2023, 9, 14))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [
        (dt.date(2023, 9, 13), 4),
        (dt.date(2023, 9, 12), 1),
    ]


def test_a_hospitals_name_read_abroad_gives_no_actor_its_country():
    text = (
        "Fortul, Arauca, 8 April 2025. Troops of the Eighteenth Brigade repelled in the early "
        "hours of Monday, 7 April, an attack by members of the ELN against a military position "
        "in the rural area of Fortul. Two soldiers lost their lives. Four other soldiers were "
        "wounded and evacuated to the San Vicente de Paul hospital in Saravena."
    )
    events = news_events(text, dt.date(2025, 4, 8))
    assert [e["location"] for e in events] == ["Fortul"]
    assert not any("Peru" in (e["actor1"] or "") + (e["actor2"] or "") for e in events)


def test_a_translated_story_and_a_hyphenated_department_stay_in_cameroon():
    text = (
        "Far North: Boko Haram strikes Tourou again\n\n"
        "(Translated from the French)\n\n"
        "The locality of Tourou, in the arrondissement of Mokolo (Mayo-Tsanaga department), "
        "was once again the target of an incursion by Boko Haram fighters on Thursday 9 "
        "February. Three people were killed on the spot."
    )
    events = news_events(text, dt.date(2023, 2, 13))
    assert {e["country"] for e in events} == {"Cameroon"}


def test_relatives_gathered_outside_a_prison_or_morgue_hold_no_protest():
    for text in (
        "Relatives gathered outside the prison in the province of Cotopaxi heard gunfire.",
        "Relatives gathered at the morgue to identify the bodies.",
    ):
        assert "protest" not in find_cues(text)
    assert "protest" in find_cues("Hundreds gathered outside the governor's office.")


def test_two_wounded_dying_the_next_day_raise_the_toll_of_the_attack():
    text = (
        "SALAMANCA, Gto. - Eight people were killed after an armed group burst into a bar on "
        "Saturday night and opened fire on customers.\n\n"
        "Paramedics confirmed six dead at the scene. The wounded were taken to the General "
        "Hospital of Salamanca, where two men died in the early hours of Sunday, raising the "
        "toll to eight, the State Attorney General's Office confirmed."
    )
    events = news_events(text, dt.date(2023, 8, 21))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2023, 8, 19), 8)]
