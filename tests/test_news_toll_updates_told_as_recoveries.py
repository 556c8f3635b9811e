"""A toll raised by bodies found later ("recovered nine more bodies, bringing the total to
15"), by wounded who died in hospital ("two of the wounded died overnight, raising the death
toll to five"), told after a lead whose toll already counts them: one event, whose count is the
latest total; and a nation's running total whose clause names the cities where most died is
background, no event in those cities; so is a line of highlights whose bullets run on in it; and
one death told by the lead, again in other words and in the headline, is one; the hospital
a wounded man was shifted to is no scene."""

from __future__ import annotations

import datetime as dt

from sitrep.text import split_sentences

from .news import news_events

FRI = dt.date(2024, 8, 16)


def _places_and_deaths(text: str, published: dt.date) -> list[tuple[str | None, int]]:
    return [(e["location"], e["fatalities"]) for e in news_events(text, published)]


def _deaths_of_the_one_event(text: str) -> int:
    [event] = news_events(text, FRI)
    return event["fatalities"]


def test_bodies_recovered_later_bringing_the_total_up_update_the_first_event():
    deaths = _deaths_of_the_one_event(
        "The death toll from a gang assault on the town of Mirebalais has risen to 15, a town "
        "official said Friday.\n\n"
        "Gang members rode into the town shortly before dawn on Tuesday, shooting at residents "
        "and burning houses near the market, witnesses said. The police said Tuesday evening "
        "that six people had been killed.\n\n"
        "On Friday, a spokesman for the town hall said volunteers had recovered nine more "
        "bodies, bringing the total to 15.",
    )
    assert deaths == 15


def test_wounded_who_died_in_hospital_raising_the_toll_add_no_event_of_their_own():
    deaths = _deaths_of_the_one_event(
        "Five villagers have now died after gunmen opened fire on a market in Bali, in the North "
        "West Region, on Tuesday, officials said on Friday.\n\n"
        "A local official told reporters on Wednesday that three people, among them a tailor, "
        "were shot dead when the gunmen burst into the market at around 9 a.m. Two of the six "
        "people wounded in the attack died overnight at the Bali District Hospital, a nurse said "
        "on Thursday, raising the death toll to five.\n\n"
        "No group has claimed the attack.",
    )
    assert deaths == 5


def test_a_clock_time_ends_its_sentence_when_a_new_one_follows():
    text = (
        "The gunmen arrived at 9 a.m. Two of the wounded died later. They left at 10 a.m. Monday."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The gunmen arrived at 9 a.m.",
        "Two of the wounded died later.",
        "They left at 10 a.m. Monday.",
    ]


def test_a_nations_count_since_the_protests_began_opens_no_event_in_its_cities():
    events = _places_and_deaths(
        "Protesters burned tyres and threw stones at police in Beira on Thursday, as protests "
        "against the election results spread.\n\n"
        "The protests were called by the opposition, which had urged supporters to march across "
        "the country on Thursday.\n\n"
        "A rights group puts the number of people killed by security forces nationwide since the "
        "protests began on October 21 at no fewer than 40, most of them in Maputo and Nampula.",
        dt.date(2024, 11, 8),
    )
    assert events == [("Beira", 0)]


def test_a_highlights_line_of_inline_bullets_sums_up_the_report_and_opens_no_event():
    events = news_events(
        "Sudan: North Darfur - Flash Update No. 3 (12 October 2024)\n\n"
        "HIGHLIGHTS - Shelling hits Zamzam camp near El Fasher; at least five people killed. "
        "- One trader killed in Tawila. - Aid convoys still blocked outside El Fasher.\n\n"
        "SITUATION OVERVIEW\n\n"
        "On 10 October, artillery shells fired by the Rapid Support Forces (RSF) struck Zamzam "
        "camp, south of El Fasher, North Darfur, killing five people, including two children.\n\n"
        "In Tawila, gunmen shot dead a trader on the road to the market on 11 October, local "
        "sources said.",
        dt.date(2024, 10, 15),
    )
    assert [(str(e["date_start"]), e["fatalities"]) for e in events] == [
        ("2024-10-10", 5),
        ("2024-10-11", 1),
    ]


def test_one_death_told_by_the_lead_and_again_under_a_headline_is_one():
    deaths = _deaths_of_the_one_event(
        "One killed as rival party factions clash in Bhairab\n\n"
        "BHAIRAB - A man was killed and at least 15 people injured when supporters of two rival "
        "local leaders of the same party clashed in Bhairab upazila of Kishoreganj on Thursday, "
        "police said.\n\n"
        "The two groups attacked each other with sticks and machetes at the town's bus "
        "terminal, the officer-in-charge said. A 40-year-old man, a supporter of one leader, "
        "was hacked and died on the way to hospital."
    )
    assert deaths == 1


def test_the_hospital_a_wounded_soldier_was_shifted_to_is_no_scene():
    events = _places_and_deaths(
        "Three militants were killed in a gunfight with security forces in Kulgam district on "
        "Wednesday, officials said.\n\n"
        "A soldier who was critically injured in the exchange of fire was shifted to the Army's "
        "Base Hospital in Srinagar, where he succumbed, the army said.",
        dt.date(2024, 12, 5),
    )
    assert [place for place, _deaths in events] == ["Kulgam"]


def test_one_victim_told_before_the_count_of_the_others_is_counted_too():
    deaths = _deaths_of_the_one_event(
        "A policeman and two militants died in a gunfight in Kupwara district on Thursday, "
        "officials said."
    )
    assert deaths == 3


def test_a_thing_that_exploded_before_a_death_is_no_victim():
    deaths = _deaths_of_the_one_event(
        "Artillery fire hit a market in Kherson on Thursday; a kiosk exploded and one woman died."
    )
    assert deaths == 1
