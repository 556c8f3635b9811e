"""Protests, riots and political violence in Europe and the Americas (read wrong on the
nineteenth blind set of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events


def test_a_dateline_that_names_its_country_outvotes_an_acronym_seeded_abroad():
    # "MSA" is also a Malian armed group; the dateline says where the story is
    text = (
        "AGEN, France, Dec 12 (AFP) - Farmers dumped tonnes of manure outside the prefecture "
        "in Agen late on Wednesday and set fire to straw bales against the front of the local "
        "farm office.\n\n"
        "Police kept their distance and no arrests were made, the prefecture said, adding "
        "that firefighters put out the blaze before it spread inside the building of the MSA, "
        "the agricultural welfare body."
    )
    events = news_events(text, dt.date(2025, 12, 12))
    assert [(e["country"], e["admin1"], e["location"]) for e in events] == [
        ("France", "Nouvelle-Aquitaine", "Agen")
    ]


def test_a_paragraph_that_sets_its_scene_before_telling_the_act_is_an_event_there():
    text = (
        "PARIS, June 6 (Reuters) - French police fired tear gas and detained 38 people in "
        "Paris on Thursday as unions brought tens of thousands of people onto the streets to "
        "demand that the government scrap the law raising the retirement age.\n\n"
        "In the western city of Nantes, the day turned more violent. Groups of hooded youths "
        "smashed the windows of two banks and threw bottles and paving stones at police, who "
        "responded with tear gas."
    )
    events = news_events(text, dt.date(2025, 6, 6))
    assert [(e["location"], e["event_type"]) for e in events] == [
        ("Paris", "Protests"),
        ("Nantes", "Riots"),
    ]
