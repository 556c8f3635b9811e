"""Acts a story tells apart and types by themselves: forces who go after the attackers of a
raid on a later day fight a battle of their own, with its own dead."""

from __future__ import annotations

import datetime as dt

from .news import news_events

KEYS = ("event_type", "date_start", "location", "actor1", "actor2", "fatalities")


def _rows(text: str, published: dt.date) -> list[tuple]:
    return [tuple(e[k] for k in KEYS) for e in news_events(text, published)]


def test_troops_who_engage_the_fleeing_terrorists_a_day_later_fight_a_battle_of_their_own():
    text = (
        "Lakurawa gunmen shot dead seven farmers in a village of Tangaza Local Government Area "
        "in Sokoto State on Wednesday, police said.\n\n"
        "The next day, troops engaged the fleeing terrorists close to Isa, neutralising five "
        "of them, an army officer said."
    )
    assert _rows(text, dt.date(2025, 3, 14)) == [
        ("Violence against civilians", dt.date(2025, 3, 12), "Tangaza", "Lakurawa",
         "Civilians (Nigeria)", 7),
        ("Battles", dt.date(2025, 3, 13), "Isa", "Military Forces of Nigeria", "Lakurawa", 5),
    ]  # fmt: skip


def test_the_men_troops_went_after_are_the_ones_they_killed():
    text = (
        "Bandits stormed a market in Maru, Zamfara State, on Saturday and killed six traders. "
        "On Sunday, soldiers went after the bandits near Dansadau and killed two of them."
    )
    events = news_events(text, dt.date(2025, 6, 2))
    assert [(e["event_type"], e["actor1"], e["actor2"], e["fatalities"]) for e in events] == [
        ("Violence against civilians", "Unidentified Armed Group (Nigeria)",
         "Civilians (Nigeria)", 6),
        ("Battles", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", 2),
    ]  # fmt: skip


def test_a_pursuit_into_the_bush_that_killed_some_of_the_raiders_is_a_battle():
    text = (
        "Armed men killed three herders near Bassa in Plateau State on Monday. On Tuesday, a "
        "military patrol pursued the raiders into the hills outside Miango and killed four of "
        "them."
    )
    events = news_events(text, dt.date(2025, 6, 4))
    assert [(e["event_type"], e["date_start"], e["fatalities"]) for e in events] == [
        ("Violence against civilians", dt.date(2025, 6, 2), 3),
        ("Battles", dt.date(2025, 6, 3), 4),
    ]


def test_forces_sent_to_the_area_fight_where_the_attack_was():
    text = (
        "Gunmen killed five villagers in Bokkos, Plateau State, on Thursday night, residents "
        "said. On Friday, soldiers deployed to the area clashed with the assailants, killing "
        "two of them."
    )
    events = news_events(text, dt.date(2025, 6, 7))
    assert [(e["event_type"], e["admin1"], e["location"]) for e in events] == [
        ("Violence against civilians", "Plateau", "Bokkos"),
        ("Battles", "Plateau", "Bokkos"),
    ]


def test_a_father_who_chased_the_kidnappers_fights_no_battle():
    text = (
        "Kidnappers seized a girl from her home in Kajuru, Kaduna State, on Sunday; her father "
        "chased the kidnappers and was wounded, police said."
    )
    events = news_events(text, dt.date(2025, 6, 10))
    assert [e["event_type"] for e in events] == ["Violence against civilians"]


TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def test_rebels_who_enter_a_town_without_a_fight_take_it_without_a_battle():
    text = "M23 rebels walked into the town of Walikale without a fight on Sunday, residents said."
    events = news_events(text, dt.date(2025, 3, 18))
    assert [(e["event_type"], e["sub_event_type"], e["actor1"]) for e in events] == [
        (*TRANSFER, "M23: March 23 Movement")
    ]


def test_a_town_entered_after_the_troops_pulled_out_changes_hands_peacefully():
    text = (
        "Fano fighters marched into Debre Tabor on Thursday without firing a single shot, "
        "hours after government troops had pulled out, two residents said."
    )
    events = news_events(text, dt.date(2025, 4, 5))
    assert [(e["event_type"], e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        (*TRANSFER, "Fano Militia", "Military Forces of Ethiopia")
    ]


def test_the_side_that_withdrew_first_is_not_the_one_that_took_the_town():
    text = (
        "Soldiers withdrew from Kalaymyo on Friday before the resistance fighters arrived, and "
        "the PDF took control of the town the same evening."
    )
    events = news_events(text, dt.date(2025, 4, 6))
    assert [(e["event_type"], e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        (*TRANSFER, "PDF: People's Defense Force", "Military Forces of Myanmar")
    ]


def test_a_town_taken_after_heavy_fighting_is_still_a_battle():
    text = (
        "M23 rebels seized control of Masisi on Monday after heavy fighting with the army, "
        "which withdrew to Sake, a local official said."
    )
    events = news_events(text, dt.date(2025, 4, 9))
    assert [e["event_type"] for e in events] == ["Battles"]


def test_men_who_entered_a_village_and_killed_farmers_took_no_territory():
    text = (
        "Gunmen entered the village of Kwall in Bassa on Monday after soldiers had left the "
        "area and shot dead four farmers, residents said."
    )
    events = news_events(text, dt.date(2025, 4, 9))
    assert [(e["event_type"] != TRANSFER[0], e["fatalities"]) for e in events] == [(True, 4)]


def _crowd_sides(text: str, published: dt.date) -> list[tuple]:
    return [
        (e["sub_event_type"], e["actor1"], e["assoc_actor_1"], e["actor2"])
        for e in news_events(text, published)
    ]


def test_fighters_who_break_up_a_protest_face_it_and_are_not_among_the_protesters():
    text = (
        "SDF fighters broke up a sit-in against conscription in Raqqa on Saturday by firing "
        "into the air, residents said."
    )
    assert _crowd_sides(text, dt.date(2025, 5, 12)) == [
        ("Protest with intervention", "Protesters (Syria)", None, "QSD: Syrian Democratic Forces")
    ]


def test_the_group_that_dispersed_the_crowd_in_a_later_sentence_faces_it():
    text = (
        "Several hundred traders demonstrated in Nyala on Tuesday against new market levies. "
        "RSF fighters dispersed them with sticks and warning shots."
    )
    assert [e["actor2"] for e in news_events(text, dt.date(2025, 5, 14))] == [
        "RSF: Rapid Support Forces"
    ]


def test_police_named_with_a_group_that_fired_on_protesters_still_face_the_crowd():
    text = (
        "Workers demonstrated outside a sugar factory in Jinja on Monday over unpaid wages. "
        "Police detained three of them, and private guards fired rubber bullets at the crowd."
    )
    assert [e["actor2"] for e in news_events(text, dt.date(2025, 5, 14))] == [
        "Police Forces of Uganda"
    ]


ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


def test_gunmen_who_seized_a_councillor_from_his_home_abducted_him():
    text = (
        "Gunmen seized a ward councillor from his home in Kauru, Kaduna State, late on "
        "Saturday, his family said."
    )
    events = news_events(text, dt.date(2025, 7, 1))
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [ABDUCTION]


def test_fighters_who_seized_two_teachers_abducted_them():
    text = "Al-Shabaab fighters seized two primary school teachers near Mandera on Wednesday."
    events = news_events(text, dt.date(2025, 7, 4))
    assert [(e["event_type"], e["sub_event_type"], e["actor1"]) for e in events] == [
        (*ABDUCTION, "Al Shabaab")
    ]


def test_weapons_a_town_or_control_seized_are_no_abduction():
    for text in (
        "Soldiers seized rifles and ammunition from a hideout near Bama on Monday.",
        "Rebels seized the town of Walikale on Monday after heavy fighting.",
        "Militants seized the herders' cattle near Mopti on Monday.",
    ):
        events = news_events(text, dt.date(2025, 7, 9))
        assert all(e["sub_event_type"] != ABDUCTION[1] for e in events), text


def test_the_day_a_victims_body_was_found_opens_no_event_of_its_own():
    text = (
        "Gunmen opened fire on a minibus near Gwoza on Friday, killing three passengers. The "
        "driver, whose body was found on Sunday near a stream, had been missing since the "
        "attack, police said."
    )
    events = news_events(text, dt.date(2025, 6, 11))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 6, 6), 3)]


def test_the_day_the_police_arrived_is_not_the_day_of_the_killing():
    text = (
        "Armed men raided a farm near Bokkos on Monday. Two farmers were killed; both were "
        "already dead when police arrived the next day, a spokesman said."
    )
    events = news_events(text, dt.date(2025, 6, 11))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 6, 9), 2)]


def test_the_next_morning_is_the_day_after_the_day_told_before():
    text = (
        "Bandits killed six villagers in Maru, Zamfara State, on Wednesday, police said. The "
        "next morning, soldiers clashed with the bandits near Dansadau, killing four of them."
    )
    events = news_events(text, dt.date(2025, 3, 14))
    assert [(e["event_type"], e["date_start"]) for e in events] == [
        ("Violence against civilians", dt.date(2025, 3, 12)),
        ("Battles", dt.date(2025, 3, 13)),
    ]


def test_them_after_the_villagers_the_gunmen_shot_are_the_villagers():
    text = (
        "Gunmen stormed Kwall village in Plateau State on Monday; the gunmen shot the villagers "
        "they found in the square and killed two of them, police said."
    )
    events = news_events(text, dt.date(2025, 6, 11))
    assert [(e["event_type"], e["actor2"], e["fatalities"]) for e in events] == [
        ("Violence against civilians", "Civilians (Nigeria)", 2)
    ]


def test_a_town_retaken_after_the_other_side_withdrew_names_that_side():
    text = (
        "On Friday, troops retook Pinlebu, which resistance forces had held since March, state "
        "media said. A PDF commander said his fighters had withdrawn to spare the townspeople."
    )
    events = news_events(text, dt.date(2025, 3, 16))
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        (TRANSFER[1], "Military Forces of Myanmar", "PDF: People's Defense Force")
    ]


def test_a_town_a_later_sentence_names_inside_the_province_of_the_lead_is_where_it_happened():
    text = (
        "CATBALOGAN (AP) - Gunmen ambushed a police patrol in a farming village in the eastern "
        "Philippine province of Samar on Monday, killing three officers, police said.\n\n"
        "The officers were responding to a report of cattle theft in Gandara town when they "
        "came under fire, a police spokesman said. Two attackers were wounded."
    )
    news = news_events(text, dt.date(2024, 3, 26))
    assert [(e["location"], e["fatalities"]) for e in news] == [("Gandara", 3)]
