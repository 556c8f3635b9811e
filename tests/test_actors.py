"""Actor recognition: aliases, demonym + force nouns, generic per-country actors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sitrep.actors import (
    ACTOR_TYPES,
    actor_table,
    dated_actor,
    find_actors,
    own_country,
    state_forces,
)

SEED_ARTICLE = (
    Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_1bd5ca4d51525299.txt"
)


def _actors(text: str, country: str | None = None) -> dict[str, str]:
    return {m.text: m.actor for m in find_actors(text, country=country)}


def test_seed_article_aliases() -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    found = {(m.text, m.actor) for m in find_actors(text, country="Mali")}
    assert ("Wagnerians", "Wagner Group") in found
    assert ("Russian mercenaries", "Wagner Group") in found
    assert ("Malian soldiers", "Military Forces of Mali") in found
    assert ("government soldiers", "Military Forces of Mali") in found
    assert any(t == "Tuareg rebels" and a.startswith("CSP-DPA") for t, a in found)
    assert any(t == "CSP-DPA alliance" and a.startswith("CSP-DPA") for t, a in found)


def test_mentions_have_absolute_offsets_and_types() -> None:
    text = "Yesterday Wagner fighters and FAMa troops entered the town."
    for m in find_actors(text, offset=7, country="Mali"):
        assert text[m.char_start - 7 : m.char_end - 7] == m.text
        assert m.actor_type in ACTOR_TYPES
    kinds = {m.actor: m.actor_type for m in find_actors(text, country="Mali")}
    assert kinds["Wagner Group"] == "external_forces"
    assert kinds["Military Forces of Mali"] == "state_forces"


def test_longest_alias_wins() -> None:
    found = find_actors("Russian mercenaries from the Wagner group attacked.", country="Mali")
    assert [(m.text, m.actor) for m in found][:1] == [("Russian mercenaries", "Wagner Group")]


def test_demonym_plus_force_noun() -> None:
    found = _actors("Kenyan police dispersed the crowd.")
    assert found["Kenyan police"] == "Police Forces of Kenya"
    assert _actors("Ugandan soldiers crossed.")["Ugandan soldiers"] == "Military Forces of Uganda"
    # explicit demonym beats the note's country
    found = _actors("Burkinabe troops pursued them into Mali.", country="Mali")
    assert found["Burkinabe troops"] == "Military Forces of Burkina Faso"


def test_generic_forces_use_country_argument() -> None:
    found = _actors("Government forces and police clashed with gunmen.", country="Kenya")
    assert found["Government forces"] == "Military Forces of Kenya"
    assert found["police"] == "Police Forces of Kenya"
    assert found["gunmen"] == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hundreds of protesters gathered outside parliament.", "Protesters (Kenya)"),
        ("A mob set the suspect's house on fire.", "Rioters (Kenya)"),
        ("Two civilians were wounded.", "Civilians (Kenya)"),
        ("Clan militiamen raided cattle.", "Unidentified Communal Militia (Kenya)"),
    ],
)
def test_generic_groups(text: str, actor: str) -> None:
    assert actor in {m.actor for m in find_actors(text, country="Kenya")}


def test_named_groups() -> None:
    found = _actors(
        "JNIM claimed the attack; Al-Shabaab, the Taliban and the Rapid Support Forces denied it."
    )
    assert found["JNIM"] == "JNIM: Group for Support of Islam and Muslims"
    assert found["Al-Shabaab"] == "Al Shabaab"
    assert found["Taliban"] == "Taliban"
    assert found["Rapid Support Forces"] == "RSF: Rapid Support Forces"


def test_country_specific_alias() -> None:
    assert _actors("Insurgents beheaded a man.", "Mozambique")["Insurgents"] == (
        "Islamist Militia (Mozambique)"
    )
    assert _actors("Jihadists attacked the post.", "Burkina Faso")["Jihadists"].startswith("JNIM")


def test_acronyms_are_case_sensitive() -> None:
    assert "Islamic State" not in " ".join(m.actor for m in find_actors("This is a test."))
    assert any(m.actor.startswith("Islamic State") for m in find_actors("IS fighters attacked."))


def test_no_country_drops_placeholder() -> None:
    assert _actors("Unknown gunmen fired shots.")["Unknown gunmen"] == "Unidentified Armed Group"


def test_state_forces_naming() -> None:
    assert state_forces("Mali") == "Military Forces of Mali"
    assert state_forces("Kenya", "police") == "Police Forces of Kenya"
    assert state_forces("United States") == "Military Forces of the United States"
    assert state_forces("DRC") == "Military Forces of the Democratic Republic of Congo"


def test_actor_table_rows() -> None:
    rows = actor_table()
    assert rows and set(rows[0]) == {"actor", "actor_type", "country"}
    by_name = {r["actor"]: r for r in rows}
    assert by_name["Wagner Group"]["actor_type"] == "external_forces"
    assert all(r["actor_type"] in ACTOR_TYPES for r in rows)


def test_coded_as_reading_replaces_the_generic_mention() -> None:
    text = "Two militia (coded as Darfur communal militia) stole camels from a farmer."
    found = find_actors(text, country="Sudan")
    assert found[0].actor == "Darfur Communal Militia (Sudan)"
    assert found[0].text.startswith("militia")
    assert found[1].actor == "Civilians (Sudan)"


def test_phrases_that_name_no_actor() -> None:
    assert find_actors("They denounced the military coup.", country="Sudan") == []
    gunmen = find_actors("Gunmen in military uniform attacked.", country="Sudan")
    assert [m.actor for m in gunmen] == ["Unidentified Armed Group (Sudan)"]


def test_month_march_is_not_a_protest() -> None:
    assert find_actors("On 17 March 2022, nothing happened.", country="Kenya") == []
    assert find_actors("Teachers will march today.", country="Kenya")[-1].actor == (
        "Protesters (Kenya)"
    )


def test_parenthesised_affiliation_and_possessive() -> None:
    found = _actors("Katiba Macina (JNIM) fighters drove off cattle.", "Mali")
    assert found["Katiba Macina (JNIM)"] == "JNIM: Group for Support of Islam and Muslims"
    assert _actors("Women's groups rallied.", "Kenya")["Women's"] == "Civilians (Kenya)"


def test_anti_prefix_and_pro_prefix() -> None:
    assert "Houthi" not in " ".join(_actors("Anti-Houthi tribesmen clashed.").values())
    found = _actors("Pro-Houthi forces advanced.")
    assert any("Supreme Political Council" in a for a in found.values())


def test_coordinated_demonyms_name_each_state() -> None:
    found = find_actors("Russian and Ukrainian forces exchanged artillery fire overnight.")
    assert [m.actor for m in found] == ["Military Forces of Russia", "Military Forces of Ukraine"]
    assert found[0].text == "Russian"


def test_french_operation_is_coded_as_french_forces() -> None:
    assert _actors("Barkhane forces struck a camp.", "Mali")["Barkhane forces"] == (
        "Military Forces of France"
    )


def test_the_malian_army_acronym_is_known_in_capitals_too() -> None:
    for spelling in ("FAMa", "FAMA"):
        [mention] = find_actors(f"A {spelling} patrol was ambushed.", 0)
        assert mention.actor == "Military Forces of Mali"


def test_own_country_is_a_seeded_home_or_a_demonym_not_the_sentences_country() -> None:
    assert own_country("Katiba Macina", "Katiba Macina militants") == "Mali"
    assert own_country("Military Forces of Burkina Faso", "Burkinabe army") == "Burkina Faso"
    # filled in from the sentence's place, or a community's origin: no evidence of place
    assert own_country("Civilians (India)", "a civilian") is None
    assert own_country("Protesters (Canada)", "Ukrainian protesters") is None


def test_state_forces_keep_their_own_country_when_the_name_has_two_words() -> None:
    # the country of "Military Forces of Burkina Faso" is not the note's country (Mali here)
    [mention] = find_actors("Burkinabe soldiers crossed the border at dawn.", 0, "Mali")
    assert (mention.actor, mention.country) == ("Military Forces of Burkina Faso", "Burkina Faso")


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        (
            "The armed forces of Armenia opened fire.",
            "The armed forces of Armenia",
            "Military Forces of Armenia",
        ),
        ("Soldiers of Chad crossed the river.", "Soldiers of Chad", "Military Forces of Chad"),
        (
            "They met the police of the Democratic Republic of Congo.",
            "the police of the Democratic Republic of Congo",
            "Police Forces of the Democratic Republic of Congo",
        ),
    ],
)
def test_force_noun_of_a_country_names_that_state(text: str, mention: str, actor: str) -> None:
    assert _actors(text, country="Azerbaijan")[mention] == actor


def test_force_noun_of_a_country_is_not_a_weapon_or_a_named_group() -> None:
    assert _actors("The shelling of Ukraine went on.", country="Ukraine") == {}
    assert "Military Forces of Libya" not in _actors("Forces of Libya Dawn moved in.").values()


def test_donetsk_peoples_militia_is_the_separatist_forces() -> None:
    found = _actors("A Donetsk People's Militia outpost was hit.", country="Ukraine")
    assert found["Donetsk People's Militia"] == "NAF: United Armed Forces of Novorossiya"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Suspected Murle tribesmen raided a cattle camp.",
            {"Murle tribesmen": "Murle Ethnic Militia (South Sudan)"},
        ),
        (
            "Fighting resumed between Gabra and Borana pastoralist militias.",
            {
                "Gabra": "Gabra Ethnic Militia (Kenya)",
                "Borana pastoralist militias": "Borana Ethnic Militia (Kenya)",
            },
        ),
        (
            "Kipsigis and Maasai communities fought over grazing land.",
            {
                "Kipsigis": "Kipsigi Ethnic Militia (Kenya)",
                "Maasai communities": "Maasai Ethnic Militia (Kenya)",
            },
        ),
    ],
)
def test_a_community_named_before_a_militia_noun_is_its_ethnic_militia(
    text: str, expected: dict[str, str]
) -> None:
    country = next(iter(expected.values())).split("(")[1].rstrip(")")
    found = _actors(text, country=country)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets carried out air strikes on two villages near Tyre.",
        "Government troops launched drone strikes on rebel camps near Kidal.",
        "The army answered with artillery strikes on the hills above the town.",
    ],
)
def test_strikes_by_weapons_are_not_labour_strikes(text: str) -> None:
    assert "Protesters" not in " ".join(_actors(text, country="Lebanon").values())


def test_a_labour_strike_still_names_protesters() -> None:
    assert (
        "Protesters (Kenya)"
        in _actors("Nurses in Nakuru began a strike over pay.", "Kenya").values()
    )


def test_bandits_of_a_named_community_are_its_ethnic_militia() -> None:
    found = _actors("Turkana bandits drove off some 200 goats from a village in Baringo.", "Kenya")
    assert "Turkana Ethnic Militia (Kenya)" in found.values()


def test_communities_named_before_groups_or_clans_are_their_ethnic_militias() -> None:
    found = _actors("Fighting broke out between the Pokot and Turkana groups near Kapedo.", "Kenya")
    assert {"Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"} <= set(found.values())


def test_fir_is_the_mozambican_unit_only_in_mozambique_or_a_note_of_no_country() -> None:
    unit = "Police Forces of Mozambique Rapid Intervention Forces"
    assert _actors("The FIR raided a camp near Gondola.", "Mozambique")["FIR"] == unit
    assert _actors("The FIR beat two traders at the market.")["FIR"] == unit
    # elsewhere an FIR is a police First Information Report, or a Flight Information Region
    assert "FIR" not in _actors("Police said the FIR named nine men.", "India")
    assert "FIR" not in _actors("Two jets entered the FIR on Sunday.", "Taiwan")


def test_an_fir_lodged_against_people_is_a_report_not_an_actor() -> None:
    for text in (
        "Police registered an FIR against 40 unknown persons.",
        "An FIR has been lodged against the shopkeeper.",
    ):
        assert not any(m.actor.startswith("Police Forces of Mozambique") for m in find_actors(text))


def test_the_rsf_were_sudans_state_forces_until_the_war_of_april_2023() -> None:
    then = dated_actor("RSF: Rapid Support Forces", dt.date(2022, 5, 3))
    assert then is not None
    assert then[:2] == ("Military Forces of Sudan Rapid Support Forces", "state_forces")
    later = dated_actor("RSF: Rapid Support Forces", dt.date(2023, 6, 1))
    assert later is not None and later[:2] == ("RSF: Rapid Support Forces", "rebels")


def test_bh_is_boko_haram_around_lake_chad_only() -> None:
    boko_haram = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    assert _actors("BH fighters raided a market near Diffa.", "Niger")["BH"] == boko_haram
    assert _actors("BH fighters raided a market near the lake.")["BH"] == boko_haram
    # Belo Horizonte's short name in Brazilian news
    assert "BH" not in _actors("Police in BH arrested two men.", "Brazil")


def test_nrf_is_afghanistans_national_resistance_front_only_there() -> None:
    assert _actors("NRF fighters ambushed a patrol.", "Afghanistan")["NRF"] == (
        "National Resistance Front"
    )
    # NATO's Response Force elsewhere
    assert "NRF" not in _actors("NRF troops exercised near Tallinn.", "Estonia")


@pytest.mark.parametrize("attackers", ["Hooded men", "Masked men"])
def test_hooded_or_masked_men_who_attack_are_an_unidentified_armed_group(attackers) -> None:
    text = f"{attackers} burned two lorries and shot at a police patrol near Ercilla."
    assert _actors(text, "Chile")[attackers] == "Unidentified Armed Group (Chile)"


def test_a_community_named_in_the_singular_is_acleds_plural_ethnic_militia() -> None:
    found = _actors("Mamprusi youths and Kusasi youths clashed in Bawku.", "Ghana")
    assert found["Mamprusi youths"] == "Mamprusis Ethnic Militia (Ghana)"
    assert found["Kusasi youths"] == "Kusasi Ethnic Militia (Ghana)"
