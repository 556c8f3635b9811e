"""Place recognition: patterns, qualifiers, admin1 -> country inference (invented sentences)."""

from __future__ import annotations

import pytest
from sitrep.places import (
    PlaceMention,
    admin1_as_of,
    country_name,
    country_of_admin1,
    demonym_country,
    far_apart,
    find_countries,
    find_places,
    loose_places,
    normalize_key,
    primary_place,
    reading_in,
)


def _one(text: str, **kw: str) -> PlaceMention:
    found = [p for p in find_places(text, **kw) if p.location]
    assert found, text
    return found[0]


def test_district_comma_admin1() -> None:
    p = _one("Last week a mine damaged a tractor in Musa Khel district, Khost.")
    assert (p.location, p.admin1, p.country) == ("Musa Khel", "Khost", "Afghanistan")


def test_offsets_are_absolute() -> None:
    text = "Shelling was reported near Avdiivka, Donetsk."
    p = _one(text)
    assert text[p.char_start : p.char_end].startswith("Avdiivka")
    q = find_places(text, offset=100)[0]
    assert q.char_start == p.char_start + 100


def test_parenthesised_admin2_admin1() -> None:
    p = _one("Gunmen torched a granary in Tinzawaten (Abeibara, Kidal) overnight.")
    assert (p.location, p.admin1, p.country) == ("Tinzawaten", "Kidal", "Mali")


def test_province_qualifier_maps_to_admin1() -> None:
    # Sanmatenga is a province (GeoNames admin2) of the Centre-Nord region.
    p = _one("A convoy was ambushed near Foubé (Barsalogho, Sanmatenga).")
    assert p.admin1 == "Centre-Nord"
    assert p.country == "Burkina Faso"


def test_single_parenthesised_admin1() -> None:
    p = _one("Market vendors marched in Nakifuma (Mukono district) on Friday.")
    assert (p.admin1, p.country) == ("Mukono", "Uganda")


def test_type_word_tail_and_in_admin() -> None:
    p = _one("Teachers held a sit-in in Andar district in Ghazni over pay.")
    assert (p.location, p.admin1, p.country) == ("Andar", "Ghazni", "Afghanistan")


def test_unknown_village_takes_country_hint() -> None:
    p = _one("Armed men looted the village of Zoumbadougou-Kalan overnight.", country_hint="Mali")
    assert p.location == "Zoumbadougou-Kalan"
    assert p.country == "Mali"


def test_city_alias_to_acled_spelling() -> None:
    p = _one("Pensioners gathered in Kiev on Monday.")
    assert (p.location, p.admin1, p.country) == ("Kyiv", "Kyiv City", "Ukraine")


def test_context_country_disambiguates() -> None:
    # "Bani" exists in several countries; the Niger admin1 in the same note decides.
    places = find_places(
        "Herders fled from Bani village towards Tondikiwindi (Ouallam, Tillaberi)."
    )
    assert {p.country for p in places if p.location} == {"Niger"}


def test_border_with_country_uses_hint() -> None:
    places = find_places(
        "Rebels clashed with soldiers near the border with Algeria.", country_hint="Mali"
    )
    border = [p for p in places if "border" in p.text]
    assert border and border[0].country == "Mali" and border[0].location is None


def test_organisations_and_demonyms_are_not_places() -> None:
    places = find_places(
        "Members of the Kenya Red Cross and Malian soldiers met at the University Hall."
    )
    assert [p.location for p in places] == []


def test_coded_as_is_primary() -> None:
    places = find_places("Traders left Kouri for the market (coded as Djibo at geoprecision 2).")
    assert primary_place(places).location == "Djibo"


def test_primary_prefers_qualified_mention() -> None:
    text = "Fireworks were set off in the old souk area of Tripoli (Tripoli, North) on Sunday."
    assert primary_place(find_places(text)).location == "Tripoli"


@pytest.mark.parametrize(
    ("admin1", "country"),
    [("Khost", "Afghanistan"), ("Donetsk", "Ukraine"), ("Gao", "Mali"), ("Oromia", "Ethiopia")],
)
def test_country_of_admin1(admin1: str, country: str) -> None:
    assert country_of_admin1(admin1) == country


def test_country_of_unknown_admin1() -> None:
    assert country_of_admin1("Nowhereland Province") is None


def test_find_countries_names_aliases_demonyms() -> None:
    text = (
        "Malian soldiers crossed from the DRC into Democratic Republic of Congo and Burkina Faso."
    )
    assert [m.country for m in find_countries(text)] == [
        "Mali",
        "Democratic Republic of Congo",
        "Democratic Republic of Congo",
        "Burkina Faso",
    ]
    first = find_countries(text, offset=10)[0]
    assert (first.text, first.char_start) == ("Malian", 10)


def test_demonyms_and_country_spelling() -> None:
    assert demonym_country("Ukrainians") == "Ukraine"
    assert demonym_country("Burkinabe") == "Burkina Faso"
    assert country_name("CD") == "Democratic Republic of Congo"
    assert country_name("Côte d'Ivoire") == "Ivory Coast"


def test_region_named_before_town_is_not_primary() -> None:
    places = find_places("In Amhara region, Gonder town, traders shut their shops on Monday.")
    assert primary_place(places).location == "Gonder"  # ACLED's spelling of Gondar


def test_parenthesis_after_a_building_is_the_place() -> None:
    text = "Farmers parked tractors outside the Blue House (Seoul City - Jongno) at dawn."
    assert primary_place(find_places(text)).location == "Seoul City - Jongno"


def test_city_dash_district_name() -> None:
    p = _one("A drone struck an office block in Kyiv - Shevchenkivskyi overnight.")
    assert (p.location, p.admin1, p.country) == ("Kyiv - Shevchenkivskyi", "Kyiv City", "Ukraine")


def test_country_name_that_is_also_a_state() -> None:
    # "Niger" is Nigeria's Niger State here: the LGA and the town decide
    p = _one("Motorcycle riders blocked a junction in Minna (Chanchaga LGA, Niger) at noon.")
    assert p.country == "Nigeria"


def test_french_elision_in_admin_names() -> None:
    assert normalize_key("Province de l'Oudalan") == "province de l oudalan"
    p = _one("A well was dug last year in Markoye (Markoye, Oudalan).")
    assert (p.admin1, p.country) == ("Sahel", "Burkina Faso")


def test_ethnic_modifiers_are_not_places() -> None:
    places = find_places(
        "Nuba farmers were chased from fields outside Keilak (Keilak, West Kordofan)."
    )
    assert [p.location for p in places] == ["Keilak"]
    assert places[0].admin1 == "West Kordofan"


def test_a_county_assembly_is_placed_in_its_county() -> None:
    [place] = find_places("Members of the Nakuru County Assembly walked out of the session.")
    assert (place.location, place.country) == ("Nakuru", "Kenya")


def test_countries_on_other_continents_are_far_apart_and_neighbours_are_not() -> None:
    assert far_apart("Mali", "Honduras")
    assert far_apart("Mozambique", "Spain")
    assert not far_apart("Mali", "Burkina Faso")
    assert not far_apart("Ukraine", "Russia")
    assert not far_apart("Mali", "Atlantis")  # unknown: never far


@pytest.mark.parametrize(
    "text",
    [
        "A truck hit a mine 12km north of Zorbatti.",
        "A patrol was ambushed 30 km from Zorbatti.",
        "Gunmen abducted the mayor of Zorbatti overnight.",
        "Shots were fired on the outskirts of Zorbatti.",
    ],
)
def test_distance_direction_and_local_office_cues_name_an_unknown_place(text: str) -> None:
    assert _one(text).location == "Zorbatti"


def test_a_verb_cue_with_a_comma_division_names_an_unknown_village() -> None:
    p = _one("Artillery shelled Novokrasnivka, Donetsk overnight.")
    assert (p.location, p.admin1, p.country) == ("Novokrasnivka", "Donetsk", "Ukraine")


def test_shelled_x_in_a_division_names_x_but_a_building_in_a_city_does_not() -> None:
    p = _one("Government troops shelled Kafr Zitanbu in Idleb with rockets.")
    assert (p.location, p.admin1) == ("Kafr Zitanbu", "Idleb")
    q = _one("Diplomats met at the Foreign Office in Idleb on Monday.")
    assert q.location == "Idleb"


def test_a_reading_inside_a_given_country() -> None:
    p = reading_in("Mangodara (Comoe)", "Burkina Faso")
    assert p is not None and (p.admin1, p.country) == ("Cascades", "Burkina Faso")
    assert reading_in("Mangodara (Comoe)", "Japan") is None


def test_the_osce_monitoring_mission_names_ukraine() -> None:
    assert [m.country for m in find_countries("The OSCE SMM recorded shelling.")] == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("Gunmen robbed a bakery in Recife - South Zone (Pernambuco) at night.",
         "Recife - South Zone", "Pernambuco"),
        ("Nurses picketed a clinic in Tehran - District 6 (Tehran) on Sunday.",
         "Tehran - District 6", "Tehran"),
        ("Drivers blocked a bridge in Baghdad - Sadr City over fuel prices.",
         "Baghdad - Sadr City", "Baghdad"),
        ("Rockets fell on several quarters, including Donetsk - Kuibyshevskyi, at dawn.",
         "Donetsk - Kuibyshevskyi", "Donetsk"),
    ],
)  # fmt: skip
def test_a_city_dash_district_name_keeps_its_type_direction_and_number_words(
    text: str, location: str, admin1: str
) -> None:
    dashed = [p for p in find_places(text) if p.location and " - " in p.location]
    assert [(p.location, p.admin1) for p in dashed] == [(location, admin1)]


def test_an_acronym_in_brackets_is_not_an_admin1() -> None:
    text = "Members of the Lango Farmers Cooperative (LFC) marched in Lira on Friday."
    assert [p.admin1 for p in find_places(text)] == [None, "Lira"]
    place = primary_place(find_places(text))
    assert place is not None and place.location == "Lira"


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        ("The governor of the Est Region banned motorbikes after dusk.", "Est", "Burkina Faso"),
        ("Herders and farmers clashed again in Plateau State last week.", "Plateau", "Nigeria"),
        ("Cattle raiders struck a camp in Lakes State before dawn.", "Lakes", "South Sudan"),
    ],
)
def test_a_common_word_before_a_division_word_is_that_admin1(
    text: str, admin1: str, country: str
) -> None:
    p = _one(text)
    assert (p.admin1, p.country) == (admin1, country)


def test_a_direction_before_a_division_word_stays_a_direction() -> None:
    # "Northern Region" is a division in several countries: it must not outrank the town
    text = "Youths stormed the police post in Zabzugutanga in the Northern Region."
    assert [p.location for p in find_places(text)] == ["Zabzugutanga"]


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        ("Gunmen abducted twelve pupils from a boarding school in Niger State.", "Niger",
         "Nigeria"),
        ("Herders from the Somali region drove their camels towards the river.", "Somali",
         "Ethiopia"),
        ("Bandits stole cattle from two herders somewhere in Lakes state.", "Lakes",
         "South Sudan"),
    ],
)  # fmt: skip
def test_a_country_or_demonym_before_a_division_word_is_that_admin1(
    text: str, admin1: str, country: str
) -> None:
    p = _one(text)
    assert (p.admin1, p.country) == (admin1, country)


def test_a_respelled_division_follows_the_event_year() -> None:
    assert admin1_as_of("Mexico", "Veracruz", 2020) == "Veracruz"
    assert admin1_as_of("Mexico", "Veracruz", 2022) == "Veracruz de Ignacio de la Llave"
    assert admin1_as_of("Mexico", "Veracruz de Ignacio de la Llave", 2019) == "Veracruz"
    assert admin1_as_of("Mexico", "Veracruz", None) == "Veracruz de Ignacio de la Llave"
    assert admin1_as_of("Mexico", "Jalisco", 2020) == "Jalisco"


def test_an_alternative_spelling_of_an_admin1_is_an_alias() -> None:
    p = _one("On Monday bandits stole cattle near Makalondi (Say, Tillabery).")
    assert (p.admin1, p.country) == ("Tillaberi", "Niger")


def test_a_country_alias_that_is_one_of_its_divisions_is_the_admin1() -> None:
    p = _one("Settlers threw stones at cars near Jenin (Jenin, West Bank) on Friday.")
    assert (p.location, p.admin1, p.country) == ("Jenin", "West Bank", "Palestine")


@pytest.mark.parametrize(
    ("text", "location", "country"),
    [
        ("On Tuesday a lorry hit a mine on the axis Menaka-Ansongo.", "Menaka", "Mali"),
        ("Matatu drivers blocked the Kitale-Eldoret highway on Monday.", "Kitale", "Kenya"),
        ("Bandits ambushed a bus along the Juba-Xyzzyville road at dusk.", "Juba",
         "South Sudan"),
        # a three-letter town still makes a pair
        ("A convoy struck a mine on the Tessit-Gao axis on Friday.", "Tessit", "Mali"),
        ("Gunmen robbed traders on the axis Xyzzyville-Gao at night.", "Gao", "Mali"),
    ],
)  # fmt: skip
def test_a_road_between_two_towns_is_placed_at_the_first_known_one(
    text: str, location: str, country: str
) -> None:
    p = _one(text)
    assert (p.location, p.country) == (location, country)


def test_a_bare_hyphenated_name_is_one_village_not_two_towns() -> None:
    assert _one("Shots were heard near Menaka-Ansongo on Monday.").location == "Menaka-Ansongo"


def test_a_cercle_region_qualifier_gives_the_region() -> None:
    p = _one("Gunmen seized a trader in the hamlet of Sobanekoro (Bankass-Mopti).")
    assert (p.location, p.admin1, p.country) == ("Sobanekoro", "Mopti", "Mali")


def test_a_town_named_after_a_facility_and_of_places_the_facility() -> None:
    p = _one("Nurses held a sit-in at the Regional Hospital of Ouahigouya on Monday.")
    assert (p.location, p.country) == ("Ouahigouya", "Burkina Faso")
    assert [q for q in find_places("Students rallied at the School of Law.") if q.location] == []


def test_a_town_at_the_head_of_a_landmark_places_it() -> None:
    p = _one("Hundreds gathered at the Bamako Independence Monument on Sunday.")
    assert (p.location, p.country) == ("Bamako", "Mali")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Armed gangs have been terrorising Lichinga for weeks.", "Lichinga"),
        ("Pouytenga traders closed their shops in anger.", "Pouytenga"),
        ("In Kisumu's Manyatta estate, a man was shot.", "Kisumu"),
        ("Youths stoned the Jinja West Municipality MP's car.", "Jinja"),
        ("Staff of Dr. Eugene Mensah went on strike.", None),
        ("Traders angry at the weak US dollar shut their stalls.", None),
        ("Beach vendors marched against a new hotel wall.", None),
        ("Members refused the Jubilee ticket handed to a rival.", None),
        ("Herders clashed in the hills. Date unclear, source dated 3/4.", None),
        ("Cattle raiders struck in Trans mara overnight.", None),
    ],
)
def test_loose_places_name_known_towns_without_a_cue(text: str, location: str | None) -> None:
    found = loose_places(text)
    assert (found[0].location if found else None) == location


def test_a_person_title_acronym_is_no_division_abbreviation() -> None:
    # "MP" (a member of parliament) is no Madhya Pradesh; "UP" still names Uttar Pradesh
    assert [
        p for p in find_places("Party youths stoned the car of an MP in Wa.") if p.text == "MP"
    ] == []
    p = _one("Farmers blocked a highway near Lucknow (UP) on Friday.")
    assert (p.location, p.admin1) == ("Lucknow", "Uttar Pradesh")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Nurses rallied in Oxford against hospital cuts.", "United Kingdom"),
        ("Dockers held a sit-in in Bari over unpaid wages.", "Italy"),
        ("Steel workers marched in Charleroi on Monday.", "Belgium"),
        ("Pensioners protested in Chita over heating bills.", "Russia"),
    ],
)
def test_a_big_city_outweighs_its_small_namesakes_abroad(text: str, country: str) -> None:
    assert _one(text).country == country


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of Governor Peter Otieno (ODM) fought rival youths at a rally in Olkaria.",
        "Youth wings of UML(S), marched in Olkaria.",
    ],
)
def test_a_titled_person_or_a_glued_acronym_is_no_place(text: str) -> None:
    assert [p.location for p in find_places(text) if p.location] == ["Olkaria"]


def test_a_capital_neighbourhood_is_coded_to_the_city() -> None:
    p = _one("Traders barricaded streets in Badalabougou over a rent rise.")
    assert (p.location, p.country) == ("Bamako", "Mali")


@pytest.mark.parametrize(
    ("text", "location", "admin1", "country"),
    [
        # Sahel villages
        ("Gunmen on motorbikes torched a clinic in Gossi overnight.", "Gossi", "Tombouctou",
         "Mali"),
        ("A soldier died when a mine hit his truck near Boulkessi.", "Boulikessi", "Mopti",
         "Mali"),
        # the gold-mining town, not its Japanese namesake
        ("Miners staged a sit-in at the gate in Inata on Monday.", "Inata", "Sahel",
         "Burkina Faso"),
        ("Militants stormed the army post at Inates before dawn.", "Inates", "Tillaberi",
         "Niger"),
        # towns elsewhere
        ("Drivers blocked the highway at Saadnayel with burning tyres.", "Saadnayel", "Bekaa",
         "Lebanon"),
        ("Traders rioted at the market in Nimule after a tax rise.", "Nimule",
         "Eastern Equatoria", "South Sudan"),
        ("Chiefs' supporters clashed in Karaga on Saturday.", "Karaga", "Northern", "Ghana"),
        # a spelling run together, and an estate coded to its city
        ("Students at Diredawa university boycotted classes.", "Dire Dawa", "Dire Dawa",
         "Ethiopia"),
        ("Police fired tear gas at hawkers in Nyalenda on Friday.", "Kisumu", "Kisumu",
         "Kenya"),
        ("A grenade was hurled at a house in Rubaga overnight.", "Kampala", "Kampala",
         "Uganda"),
        ("Soldiers raided homes in Qalqiliya before dawn.", "Qalqilya", "West Bank",
         "Palestine"),
    ],
)  # fmt: skip
def test_towns_the_geonames_extract_lacks_are_seeded(
    text: str, location: str, admin1: str, country: str
) -> None:
    p = _one(text)
    assert (p.location, p.admin1, p.country) == (location, admin1, country)


@pytest.mark.parametrize(
    ("text", "location", "country"),
    [
        # the quarter's German namesake does not carry the note abroad
        ("Militants torched shops in the Kossa quarter of Titao on Sunday.", "Titao",
         "Burkina Faso"),
        ("A mine struck a patrol in the Xyzbougou neighbourhood of Kidal.", "Kidal", "Mali"),
        ("Students marched in the Xyzville area of Khartoum on Friday.", "Khartoum", "Sudan"),
        # a part the gazetteer knows keeps its own name
        ("Police raided homes in the Dandora area of Nairobi.", "Dandora", "Kenya"),
    ],
)  # fmt: skip
def test_a_quarter_the_gazetteer_lacks_is_coded_to_its_town(
    text: str, location: str, country: str
) -> None:
    ps = [p for p in find_places(text) if p.location]
    assert [(p.location, p.country) for p in ps] == [(location, country)]


def test_foreign_troops_do_not_lend_their_country_to_an_unknown_village() -> None:
    text = "Militants ambushed French troops near Xyzabar; French soldiers returned fire."
    assert [(p.location, p.country) for p in find_places(text)] == [("Xyzabar", None)]


def test_congo_alone_is_the_democratic_republic_as_wire_services_write_it():
    (mention,) = find_countries("Rebels advanced on two towns in eastern Congo.")
    assert mention.country == "Democratic Republic of Congo"


def test_khan_younis_is_spelled_as_acled_codes_it():
    (mention,) = [p for p in find_places("Shelling hit a school in Khan Younis.") if p.location]
    assert (mention.location, mention.admin1) == ("Khan Yunis", "Gaza Strip")


def test_indian_hemp_and_the_indian_ocean_are_no_mention_of_india():
    from sitrep.places import find_countries

    assert find_countries("a quantity of Indian hemp was recovered") == []
    assert find_countries("a ship seized in the Indian Ocean") == []
    assert [p.country for p in find_countries("Indian troops fired")] == ["India"]


def test_an_area_described_by_who_holds_or_lives_in_it_is_no_place_name():
    found = find_places("Kurdish-majority areas in western Iran joined the strike.")
    assert "Kurdish-majority" not in [p.location for p in found]
    assert [p.location for p in find_places("shelling of Houthi-held areas of Taiz")] == ["Taizz"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Thousands rallied on Friday at Tahrir Square in Cairo.", "Cairo"),
        ("Crowds gathered at the Place de la Nation in Paris on Sunday.", "Paris"),
        ("Students marched to Gundogdu Square in Izmir.", "Izmir"),
    ],
)
def test_a_square_named_in_its_town_is_placed_at_the_town(text: str, town: str) -> None:
    assert _one(text).location == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Veterans marched through Ahmed Bey Square, Constantine, on Sunday.", "Constantine"),
        ("Students rallied on Rustaveli Avenue, Tbilisi, against the bill.", "Tbilisi"),
    ],
)
def test_a_square_named_for_a_person_then_its_town_after_a_comma_is_the_town(
    text: str, town: str
) -> None:
    assert _one(text).location == town


def test_the_supreme_court_is_an_institution_not_a_town() -> None:
    found = find_places("Lawyers marched outside the Supreme Court on Monday.")
    assert [p.location for p in found if p.location] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen clashed in the Souq and Mansoura areas of Benghazi on Sunday.",
        "Gunmen clashed in the Souq and Mansoura area of Benghazi on Sunday.",
    ],
)
def test_parts_of_a_town_listed_before_area_of_town_are_the_town(text: str) -> None:
    assert _one(text).location == "Benghazi"


def test_tongi_is_the_town_in_gazipur_not_its_korean_namesake() -> None:
    p = _one("A mob beat a man to death in the Station Road area of Tongi late on Saturday.")
    assert (p.location, p.admin1, p.country) == ("Tongi", "Dhaka", "Bangladesh")


def test_cameroons_north_province_is_acleds_nord() -> None:
    p = _one("Kidnappers seized six herders near Touboro in Cameroon's North Province.")
    assert (p.admin1, p.country) == ("Nord", "Cameroon")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Police questioned two members of ATO in Enerhodar, Zaporizhia.", "Enerhodar"),
        ("The wounded were flown to RIMS in Ranchi on Tuesday.", "Ranchi"),
    ],
)
def test_a_short_acronym_in_prose_is_not_a_geonames_hamlet(text: str, town: str) -> None:
    assert [p.location for p in find_places(text) if p.location] == [town]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "Teachers protested at Rampur village in Chenani block (Udhampur district, J&K).",
            "Jammu and Kashmir",
        ),
        ("Police raided a house in Barangay Pulo, Cabuyao, Laguna on Sunday.", "Calabarzon"),
        (
            "In the rural area of Ocana municipality (Norte de Santander), gunmen shot a "
            "shopkeeper in the Playa Rica vereda.",
            "Norte de Santander",
        ),
    ],
)
def test_a_village_placed_in_the_next_division_is_read_there_not_as_a_namesake(
    text: str, admin1: str
) -> None:
    village = next(p for p in find_places(text) if p.location in ("Rampur", "Pulo", "Playa Rica"))
    assert village.admin1 == admin1


@pytest.mark.parametrize(
    "text",
    [
        "Chiefs met the Omukama (King) at Karuzika (Fort Portal) on Friday.",
        "Clan elders marched to the home of the Katikkiro (Prime Minister) in Karuzika (Fort "
        "Portal).",
    ],
)
def test_a_gloss_in_brackets_is_no_division_of_the_word_before(text: str) -> None:
    assert [p.location for p in find_places(text) if p.location] == ["Karuzika"]


@pytest.mark.parametrize(
    "text",
    [
        "Pupils of Junior Secondary School rioted in Larissa on Monday.",
        "Members of the Young Socialist League marched in Larissa.",
    ],
)
def test_an_adjective_of_a_schools_or_groups_name_is_no_town(text: str) -> None:
    assert not {"Junior", "Young"} & {p.location for p in find_places(text)}


def test_a_curated_towns_own_spelling_in_brackets_is_no_namesake_town_abroad() -> None:
    p = _one("Fishermen blocked the coastal road in Sidon (Sayda) on Tuesday.")
    assert (p.location, p.admin1, p.country) == ("Sidon", "South", "Lebanon")


def test_a_neighbourhood_in_a_town_is_the_town_not_the_neighbourhoods_namesake() -> None:
    p = _one("Soldiers stormed the Ras al-Ain neighborhood in Nablus (Nablus, West Bank) at dawn.")
    assert (p.location, p.country) == ("Nablus", "Palestine")
