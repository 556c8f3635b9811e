"""A lead that tells two acts, joined by ', and': the second on a day of its own ('the next
day', 'a day later', counted from the first act's day) or another kind of act at a town of
its own is an event of its own, with its own place, day, dead and doers; a paragraph that
later tells the second act in detail joins it. A clause that only adds harm, a purpose or a
list, or an act by the same doers at another town on the same day, opens nothing."""

from __future__ import annotations

import datetime as dt

from .news import news_events

THU = dt.date(2024, 3, 14)


def _events(text: str) -> list[tuple]:
    return [
        (e["location"], str(e["date_start"]), e["event_type"], e["fatalities"], e["actor1"])
        for e in news_events(text, THU)
    ]


def test_an_act_the_next_day_at_another_town_is_an_event_of_its_own():
    events = _events(
        "DOUALA, March 14 - Separatist fighters attacked a gendarmerie post in Kumba on "
        "Monday, killing three gendarmes, and the next day burned a school in the town of "
        "Mamfe, officials said.\n\nThe attackers came at dawn and fired on the post for an "
        "hour, a gendarme said.\n\nOn Tuesday morning, the fighters entered Mamfe, drove the "
        "teachers out and set the classrooms alight, a resident said."
    )
    assert [e[:4] for e in events] == [
        ("Kumba", "2024-03-11", "Battles", 3),
        ("Mamfe", "2024-03-12", "Strategic developments", 0),
    ]
    # (the clause that names no doer of its own: the fighters of the first)
    assert events[1][4] == events[0][4] == "Ambazonian Separatists (Cameroon)"


def test_a_second_act_a_day_later_keeps_its_own_dead():
    events = _events(
        "ADDIS ABABA, March 14 - Fighting between soldiers and Fano militiamen in Kobo left "
        "five people dead on Monday, and troops shot dead two civilians in nearby Weldiya a "
        "day later, residents said.\n\nThe militiamen attacked an army post at the edge of "
        "the town, a resident said."
    )
    assert [(e[0], e[1], e[3]) for e in events] == [
        ("Kobo", "2024-03-11", 5),
        ("Weldiya", "2024-03-12", 2),
    ]


def test_shells_on_another_town_the_same_day_are_an_event_of_their_own():
    events = _events(
        "GOMA, March 14 - Troops and M23 rebels fought around the town of Sake on Wednesday, "
        "and shells fell on a market on the edge of Goma, killing four people, officials "
        "said.\n\nSake lies west of Goma on the main road."
    )
    assert [(e[0], e[2], e[3]) for e in events] == [
        ("Sake", "Battles", 0),
        ("Goma", "Explosions/Remote violence", 4),
    ]


def test_more_harm_after_and_is_the_same_act():
    events = _events(
        "TRIPOLI, March 14 - Clashes between two armed groups in Tajoura late on Wednesday "
        "killed three people, and wounded several others, the emergency centre said on "
        "Thursday.\n\nThe fighting ended before dawn."
    )
    assert len(events) == 1


def test_the_same_doers_at_another_town_the_same_day_are_one_event():
    events = _events(
        "KADUGLI, March 14 - Gunmen shot dead a trader near the market in Talodi on Monday, "
        "and looted shops in the village of Tess, residents said.\n\nThe gunmen fled on "
        "motorcycles."
    )
    assert len(events) == 1


def test_gunmen_who_fired_on_residents_are_no_crowd_of_their_own():
    events = _events(
        "NIAMEY, March 14 - Suspected jihadists killed seven civilians near Dogondoutchi on "
        "Monday, a local official said.\n\nThe assailants opened fire on residents coming back "
        "from the fields and set fire to granaries before leaving, the official said."
    )
    assert len(events) == 1


def test_a_bare_and_before_the_same_doers_act_on_a_later_day_opens_a_second_event():
    events = _events(
        "BAMAKO, March 14 - Police fired tear gas to disperse a rally of opposition supporters "
        "in Bamako on Monday and clashed with stone-throwing youths in Kati on Wednesday, "
        "witnesses said.\n\nThe rally had been banned by the authorities."
    )
    assert [(e[0], e[1]) for e in events] == [("Bamako", "2024-03-11"), ("Kati", "2024-03-13")]


def test_a_bare_and_before_an_earlier_day_tells_no_second_act():
    # (the day of the death the crowd protests, in the clause after 'and')
    events = _events(
        "SALVADOR, March 14 - On Wednesday, residents of Sussuarana set fire to a bus and "
        "blocked a road to protest the death of a man who was shot by police in Liberdade on "
        "Monday, residents said.\n\nTraffic was diverted for hours."
    )
    assert len(events) == 1
