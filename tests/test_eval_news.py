"""The news-article scorer of `make eval` reads our coded articles and scores them."""

from __future__ import annotations

from .tools import load_tool


def _tool():
    return load_tool("eval_news")


def test_every_coded_article_names_only_scored_fields_and_has_a_unique_id():
    tool = _tool()
    articles = tool.load_articles(tool.DEFAULT_ARTICLES)
    assert len({a["id"] for a in articles}) == len(articles) >= 10
    # (an analysis piece that reports no fresh incident is coded with no events: b38-20)
    assert sum(1 for a in articles if a["events"]) > len(articles) * 0.9
    for article in articles:
        assert article["text"].strip() and isinstance(article["events"], list), article["id"]
        for event in article["events"]:
            assert set(event) <= set(tool.FIELDS), article["id"]


def test_a_wrong_coding_counts_as_a_miss():
    tool = _tool()
    article = {
        "id": "t",
        "published_date": "2024-05-06",
        "text": "Gunmen killed three villagers in Gao, Mali, on Monday, officials said.",
        "events": [{"country": "Mali", "fatalities": 3}],
    }
    shares, misses = tool.score([article])
    assert (shares["country"], shares["fatalities"], misses) == (1.0, 1.0, [])
    wrong = {**article, "events": [{"country": "Niger", "fatalities": 4}]}
    shares, misses = tool.score([wrong])
    assert (shares["country"], shares["total_fatalities"], len(misses)) == (0.0, 0.0, 2)


def test_events_told_out_of_date_order_are_scored_against_their_own_coding():
    tool = _tool()
    sunday = {"event_type": "Violence against civilians", "location": "Gao", "fatalities": 2}
    monday = {"event_type": "Riots", "location": "Bamako", "fatalities": 0}
    # the text tells Monday's riot first; the coder listed Sunday's killing first
    assert tool.paired([monday, sunday], [sunday, monday]) == [sunday, monday]
    assert tool.paired([monday], [sunday, monday]) == [{}, monday]
    assert tool.paired([sunday, monday], [sunday, monday]) == [sunday, monday]


def test_an_actor_coded_empty_matches_the_warehouses_null_and_nothing_else():
    tool = _tool()
    assert tool.same("actor2", None, "")
    assert not tool.same("actor2", "Police Forces of Nepal", "")
    assert not tool.same("actor2", None, "Protesters (Nepal)")


def test_a_strict_actor_match_sets_aside_only_a_governments_years():
    tool = _tool()
    assert tool.same_actor_strictly(
        "Military Forces of Russia", "Military Forces of Russia (2000-)"
    )
    assert tool.same("actor1", "Military Forces of Ukraine", "Military Forces of Russia (2000-)")
    assert not tool.same_actor_strictly(
        "Military Forces of Ukraine", "Military Forces of Russia (2000-)"
    )
    assert not tool.same_actor_strictly("Protesters (Kenya)", "Rioters (Kenya)")
    assert tool.same_actor_strictly(None, "")


def test_a_strict_actor_match_forgives_only_ways_of_writing_the_same_actor():
    tool = _tool()
    assert tool.same_actor_strictly(
        "QSD: Syrian Democratic Forces", "SDF: Syrian Democratic Forces"
    )
    assert tool.same_actor_strictly(
        "Military Forces of Russia Air Force", "Military Forces of Russia"
    )
    assert tool.same_actor_strictly("Ambazonian Separatists (Cameroon)", "Ambazonian Separatists")
    assert not tool.same_actor_strictly(
        "Civilians (South Sudan)", "Dinka Ethnic Militia (South Sudan)"
    )
    assert not tool.same_actor_strictly("Military Forces of Brazil", "Police Forces of Brazil")
    assert not tool.same_actor_strictly(
        "ELN: National Liberation Army", "TPNPB: West Papua National Liberation Army"
    )
