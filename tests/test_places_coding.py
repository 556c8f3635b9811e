"""Which place an event is coded to, and its admin1 and country (invented wire-style prose)."""

from __future__ import annotations

import pytest
from sitrep.extraction import extract_document
from sitrep.places import (
    admin1_as_of,
    borough_location,
    division_seat,
    find_places,
    people_country,
    theatre_admin1,
    unit_country,
)


def _primary(text: str) -> dict:
    _analysis, events, _casualties = extract_document(text, None)
    live = [e for e in events if not e["is_background"]]
    assert live, text
    return live[0]


def _place(text: str) -> tuple[str | None, str | None, str | None]:
    e = _primary(text)
    return e["location"], e["admin1"], e["country"]


def test_the_town_a_parenthesis_qualifies_wins_over_a_landmark_before_it() -> None:
    text = (
        "About forty nurses marched past Walker Library and rallied in Hamden (Connecticut) "
        "over unpaid overtime."
    )
    assert _place(text)[0] == "Hamden"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Gunmen ambushed a bus between Kolela and Diabaly (Niono, Segou), wounding two.",
            "Kolela",
        ),
        (
            "Gunmen ambushed a bus on the road between Kolela and Diabaly (Niono, Segou), "
            "wounding two.",
            "Diabaly",
        ),
    ],
)
def test_between_two_places_the_first_is_coded_unless_a_road_joins_them(
    text: str, location: str
) -> None:
    assert _place(text)[0] == location


@pytest.mark.parametrize(
    "text",
    [
        "A crowd beat two suspected pickpockets at Tusker Arcade in Nairobi (Starehe, Nairobi).",
        "A crowd beat two suspected pickpockets in Kariokor, Nairobi (Starehe, Nairobi).",
    ],
)
def test_a_quarter_before_a_qualified_town_gives_way_to_the_town(text: str) -> None:
    assert _place(text)[:2] == ("Nairobi", "Nairobi")


def test_a_hamlet_in_a_monitored_theatre_takes_its_main_division() -> None:
    text = "On 3 May 2021, the OSCE SMM recorded 12 explosions near Pivdenne-7."
    assert _place(text) == ("Pivdenne-7", "Donetsk", "Ukraine")


def test_a_village_of_a_groups_theatre_takes_the_division_it_is_known_in_there() -> None:
    # GeoNames knows a Zhovte in two oblasts; the monitors worked in only one of them
    text = "On 9 June 2021, the OSCE SMM recorded four explosions near Zhovte."
    assert _place(text)[1:] == ("Luhansk", "Ukraine")


def test_a_body_active_in_its_theatre_only_moves_a_namesake_there() -> None:
    # the gazetteer's only Petrivka lies far from the contact line the monitors watched
    text = "On 5 July 2021, the OSCE SMM recorded two explosions near Petrivka."
    assert _place(text)[1] == "Donetsk"


def test_a_group_with_a_home_theatre_places_an_unknown_village() -> None:
    text = "On 2 March, ISGS militants torched a grain store in Tahadaran, killing a guard."
    assert _place(text) == ("Tahadaran", "Tillaberi", "Niger")


def test_theatre_keeps_a_division_the_note_pins_down_and_one_outside_for_groups() -> None:
    cues = ("Islamic State (Greater Sahara)",)
    assert theatre_admin1(cues, "Niger", "Tahadaran", "Dosso", True) == "Dosso"
    assert theatre_admin1(cues, "Niger", "Tahadaran", "Dosso", False) == "Dosso"
    assert theatre_admin1(cues, "Niger", "Tahadaran", None, False) == "Tillaberi"
    assert theatre_admin1((), "Niger", "Tahadaran", None, False) is None


def test_qualifiers_that_all_read_in_one_country_place_the_town_there() -> None:
    found = [p for p in find_places("Youths clashed in Obiya (Adjumani, Northern) on Monday.")]
    assert found[0].country == "Uganda"


def test_a_direction_word_is_a_division_when_the_town_lies_in_it() -> None:
    p = find_places("Truck drivers blocked a highway in Capiata (Central) on Monday.")[0]
    assert (p.location, p.admin1, p.country) == ("Capiata", "Central", "Paraguay")


def test_uganda_regions_drop_the_geonames_suffix_in_later_coding() -> None:
    assert admin1_as_of("Uganda", "Eastern Region", 2023) == "Eastern"
    assert admin1_as_of("Uganda", "Eastern Region", 2019) == "Eastern Region"


def test_actors_echoing_a_namesakes_country_do_not_keep_the_event_abroad() -> None:
    text = (
        "Malian soldiers and Dan Na Ambassagou fighters beat several villagers and drove "
        "off their cattle in the Yoro area."
    )
    assert _place(text)[2] == "Mali"


def test_contact_line_places_missing_from_geonames_are_seeded() -> None:
    p = find_places("Shots were heard near Kalynove-Borshchuvate overnight.")[0]
    assert (p.admin1, p.country) == ("Luhansk", "Ukraine")
    p = find_places("Monitors heard nine explosions near Donetsk Filtration Station.")[0]
    assert (p.location, p.admin1) == ("Donetsk Filtration Station", "Donetsk")


def test_the_target_not_the_gunners_base_is_coded() -> None:
    text = "Gunners from Popasna opened fire at Irmino on Sunday night, damaging a school."
    assert _place(text)[0] == "Irmino"


def test_a_people_of_one_country_places_a_note_nothing_else_places() -> None:
    assert people_country("two Dogons were hurt") == "Mali"
    assert people_country("NDogon and Oromos") == "Ethiopia"  # a people's name opens a word
    text = "Unknown gunmen killed two Dogon herders near Tellakoro on Sunday."
    assert _place(text)[2] == "Mali"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Turkana raiders drove off some 300 goats overnight.", "Kenya"),
        ("Konkomba youths clashed with a rival clan at a farm.", "Ghana"),
        ("Mossi farmers fled after armed men torched their granaries.", "Burkina Faso"),
        ("Acholi elders protested against the land sale.", "Uganda"),
    ],
)
def test_peoples_living_in_one_country_place_a_note(text: str, country: str) -> None:
    assert people_country(text) == country
    assert _place(text)[2] == country


def test_a_town_named_with_the_country_its_division_shares_takes_that_division() -> None:
    p = find_places("On Monday in Tlalnepantla, Mexico, bus drivers stopped work.")[0]
    assert (p.admin1, p.country) == ("Mexico", "Mexico")


def test_a_burkinabe_province_qualifier_names_its_region() -> None:
    p = find_places("Militants abducted a trader in Bantanga (Bartiebougou, Komandjari).")[0]
    assert (p.admin1, p.country) == ("Est", "Burkina Faso")


def test_a_city_district_name_in_a_parenthesis_is_the_coded_place() -> None:
    p = find_places("Union members picketed at Gwanghwamun Gate (Seoul City - Jongno) on Friday.")[
        0
    ]
    assert p.location == "Seoul City - Jongno"
    # the city part names its division without the word "City"
    assert (p.admin1, p.country) == ("Seoul Special City", "South Korea")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Cyclists rode across Burnside Bridge in Portland - Downtown (Oregon) at noon.",
            "Portland - Downtown",
        ),
        (
            "Retirees picketed outside Sakura Tower in Tokyo - Chiyoda on Friday.",
            "Tokyo - Chiyoda",
        ),
        (
            "Tenants rallied in the Van Nuys quarter of Los Angeles - Westside (California) "
            "over rents.",
            "Los Angeles - Westside",
        ),
    ],
)
def test_a_city_district_name_after_a_landmark_is_the_coded_place(text: str, location: str) -> None:
    assert find_places(text)[0].location == location


def test_a_lead_sentence_that_opens_no_event_still_sets_the_scene() -> None:
    text = (
        "On 12 May, unknown gunmen fired shots at a minibus near Tali, Central Equatoria. "
        "One passenger was killed."
    )
    assert _place(text) == ("Tali", "Central Equatoria", "South Sudan")


def test_mexico_city_is_distrito_federal_before_2022() -> None:
    assert admin1_as_of("Mexico", "Ciudad de Mexico", 2020) == "Distrito Federal"
    assert admin1_as_of("Mexico", "Ciudad de Mexico", 2023) == "Ciudad de Mexico"


@pytest.mark.parametrize(
    ("year", "location"),
    [(2020, "Ciudad de Mexico-Coyoacan"), (2023, "Ciudad de Mexico - Coyoacan")],
)
def test_a_mexico_city_borough_is_named_after_the_city(year: int, location: str) -> None:
    text = f"On 9 March {year}, masked men shot dead a shopkeeper in Coyoacan, Ciudad de Mexico."
    assert _place(text)[0] == location
    assert borough_location("Mexico", "Ciudad de Mexico", "Mexico City", year) == "Mexico City"


def test_a_theatre_cue_matches_an_actor_named_before_its_country_suffix() -> None:
    cues = ("Fulani Ethnic Militia",)
    assert theatre_admin1(cues, "Mali", "Wabadougou", None, False) == "Mopti"


def test_a_people_of_one_division_places_a_village_the_gazetteer_lacks() -> None:
    text = "On 3 April, gunmen killed three Dogon herders in the hamlet of Wabadougou."
    assert _place(text) == ("Wabadougou", "Mopti", "Mali")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "On 2 July 2022, coast guards intercepted a dinghy with 40 migrants off the coast "
            "of Cesme, Izmir.",
            "Coast of Cesme",
        ),
        (
            "On 4 July 2022, a patrol boat rammed a smuggling skiff by the Coast of Datca "
            "(Datca, Mugla). No injuries were reported.",
            "Coast of Datca",
        ),
    ],
)
def test_a_maritime_event_is_coded_to_the_coast_of_a_town(text: str, location: str) -> None:
    assert _place(text)[0] == location


def test_a_zone_of_a_brazilian_city_is_coded_as_the_city_zone() -> None:
    text = (
        "On 3 June 2021, military police shot dead two suspects during a raid on a hillside "
        "favela in the East Zone of Belo Horizonte (Minas Gerais)."
    )
    assert _place(text)[:2] == ("Belo Horizonte-East Zone", "Minas Gerais")


def test_a_village_named_as_such_beats_the_division_around_it() -> None:
    text = (
        "On 5 June 2021, regime artillery pounded the village of Khirbat Nuwar in the eastern "
        "countryside of Idleb. No casualties were reported."
    )
    assert _place(text) == ("Khirbat Nuwar", "Idleb", "Syria")


@pytest.mark.parametrize("verb", ["retook", "regained control over"])
def test_a_village_that_changed_hands_is_a_place(verb: str) -> None:
    text = f"On 2 April 2022, Ukrainian troops {verb} Stepova Balka, Kherson, after heavy fighting."
    assert _place(text) == ("Stepova Balka", "Kherson", "Ukraine")


def test_a_korean_province_in_its_romanised_official_form_is_acled_s_english_name() -> None:
    text = (
        "On 8 June 2022, orchard farmers rallied outside the county office in Okcheon "
        "(Chungcheongbuk-do) against a planned quarry."
    )
    assert _place(text)[1:] == ("North Chungcheong", "South Korea")


def test_an_event_placed_only_in_a_whole_division_is_coded_to_its_seat() -> None:
    text = "On 3 March 2021, a reservist shot dead two fellow officers in Turkana County."
    assert _place(text) == ("Lodwar", "Turkana", "Kenya")
    assert division_seat("Kenya", "Kisumu", "Kisumu") == "Kisumu"
    assert division_seat("Kenya", "Turkana", "Kakuma") == "Kakuma"
    assert division_seat("Ethiopia", "Benshangul-Gumaz", "Benishangul Gumuz") == "Asosa"


def test_gatia_s_theatre_places_a_hamlet_in_the_east_of_mali() -> None:
    cues = ("GATIA: Imghad Tuareg and Allies Self-Defense Group",)
    assert theatre_admin1(cues, "Mali", "Inwelane", None, False) == "Gao"


def test_a_seeded_malian_town_the_gazetteer_lacks_is_placed() -> None:
    text = "On 9 May 2021, soldiers detained five herders at the market of Dioura."
    assert _place(text) == ("Dioura", "Mopti", "Mali")


def test_a_diffa_village_with_nigerian_militants_stays_in_niger() -> None:
    text = "On 7 July, suspected ISWAP militants abducted two herders near Gueskerou."
    assert _place(text) == ("Gueskerou", "Diffa", "Niger")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Armed herders raided a hamlet outside Tarbaj on Friday and drove off goats "
            "(coordinates for nearby Wajir used).",
            "Wajir",
        ),
        (
            "Two clans fought over a borehole at Loiyangalani in Marsabit county "
            "(coordinates for the county capital of Marsabit town used).",
            "Marsabit",
        ),
    ],
)
def test_coordinates_for_a_nearby_town_or_capital_name_the_coded_place(
    text: str, location: str
) -> None:
    assert _place(text)[0] == location


def test_a_burkinabe_department_seat_outvotes_a_cross_border_group_home() -> None:
    # JNIM's seeded home is Mali; the department seat it struck lies in Burkina Faso's Sahel
    text = "Suspected JNIM fighters torched a primary school in Diguel before dawn on Tuesday."
    assert _place(text) == ("Diguel", "Sahel", "Burkina Faso")


def test_a_named_foreign_operation_places_its_event_in_the_operation_theatre() -> None:
    text = "French jets of Operation Barkhane bombed a militant hideout near Inkadogotan on Sunday."
    assert _place(text)[2] == "Mali"


def test_a_darfur_displacement_camp_is_coded_as_the_camp() -> None:
    text = (
        "Armed herders beat two women gathering firewood by Abu Shouk IDP camp "
        "(El Fasher, North Darfur) on Monday."
    )
    assert _place(text)[0] == "Abu Shouk IDP Camp"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Gunmen on motorbikes torched a grain store in the village of Makalondy "
            "[Makalondi] (Torodi, Tillaberi) on Sunday night.",
            "Makalondi",
        ),
        (
            "Armed men stole cattle near Banibangu [Banibangou] (Ouallam, Tillaberi) and shot "
            "a herder dead.",
            "Banibangou",
        ),
        (
            "Youths from the NFD [Northern Frontier Districts] blocked the road in Garissa town.",
            "Garissa",
        ),
    ],
)
def test_a_bracketed_respelling_after_a_place_is_the_coded_name(text: str, location: str) -> None:
    assert _place(text)[0] == location


@pytest.mark.parametrize(
    "text",
    [
        "Raiders burned granaries in Tiloa [Tiloua] (Banibangou, Tillaberi) before dawn.",
        "Gunmen ambushed a supply convoy near Ayoru [Ayorou] on the road north.",
    ],
)
def test_a_respelled_place_mention_quotes_the_source_it_spans(text: str) -> None:
    [place] = [p for p in find_places(text, 100) if p.location]
    assert text[place.char_start - 100 : place.char_end - 100] == place.text
    assert "[" in place.text and place.location in place.text


def test_a_village_of_a_named_township_is_the_place_in_the_township_division() -> None:
    text = (
        "Soldiers set fire to twenty homes in Hteik Lu Gyi village of Depayin township (Shwebo "
        "district, Sagaing region) after residents fled."
    )
    assert _place(text) == ("Hteik Lu Gyi", "Sagaing", "Myanmar")


def test_an_area_named_in_a_district_is_the_place_in_the_district_division() -> None:
    text = (
        "Drones struck a rebel hideout in Serzer Ruk area in Zakho district of Duhok; no "
        "losses were given."
    )
    assert _place(text)[:2] == ("Serzer Ruk", "Duhok")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the unknown hamlet takes the militants' home, not the neighbour across the border
        ("Katiba Macina fighters burned a school in Xyzdougou near the border with Burkina Faso.",
         "Mali"),
        ("Suspected ISGS gunmen raided Xyzkoira, a hamlet close to the Burkina Faso border.",
         "Niger"),
        ("MSA fighters were ambushed by ISGS militants at Xyz-Ouest near the Niger border.",
         "Mali"),
    ],
)  # fmt: skip
def test_the_far_side_of_a_border_is_not_where_the_event_happened(text: str, country: str) -> None:
    assert _place(text)[2] == country


def test_the_far_side_of_a_border_outvotes_the_actors_home() -> None:
    # ISGS is seeded in Niger, but the note puts the ambush across the Niger border
    text = "ISGS militants ambushed a supply convoy at Xyz-Ouest near the Niger border."
    assert _place(text)[2] != "Niger"


def test_a_note_that_names_no_place_takes_its_actors_home() -> None:
    # the injury's sentence names no one; the party's country places the note
    text = "Riot police confronted a UPND activist outside the magistrates court. He was injured."
    assert _place(text)[2] == "Zambia"


def test_border_guards_are_a_force_not_the_far_side_of_a_border() -> None:
    text = "Turkish border guards shot dead two smugglers near the hamlet of Xyzkoy."
    assert _place(text)[2] == "Turkey"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Unknown gunmen shot dead four farmers in Anfilo woreda on Tuesday.", "Ethiopia"),
        ("Police fired rubber bullets at striking mill hands in Sreepur Upazila.", "Bangladesh"),
        ("Militia fighters raided cattle camps near Negez kebele overnight.", "Ethiopia"),
    ],
)
def test_a_kind_of_division_only_one_country_has_names_that_country(
    text: str, country: str
) -> None:
    assert _primary(text)["country"] == country


def test_unit_country_reads_only_words_of_one_country() -> None:
    assert unit_country("youths stoned the kebele office") == "Ethiopia"
    assert unit_country("a raid in Barangay San Roque") == "Philippines"
    assert unit_country("the district council met in the county town") is None


def test_a_village_qualified_by_its_district_is_a_village_not_a_division() -> None:
    text = "On 4 June, unknown gunmen killed a trader in Bakori village, Azamgarh district (UP)."
    assert _place(text)[:2] == ("Bakori", "Uttar Pradesh")


def test_a_township_before_its_qualifier_is_still_a_division() -> None:
    text = (
        "On 3 March 2022, soldiers burned houses in Myo Thit village, Monywa township "
        "(Monywa district, Sagaing region)."
    )
    assert _place(text)[:2] == ("Myo Thit", "Sagaing")


def test_a_city_named_as_a_city_is_not_the_province_that_shares_its_name() -> None:
    text = (
        "On 9 May 2020, bakers from Rafsanjan protested in Kerman city (Kerman) over flour prices."
    )
    assert _place(text)[:2] == ("Kerman", "Kerman")


def test_an_unknown_village_before_a_parenthesised_qualifier_is_the_place() -> None:
    text = (
        "On 3 May 2021, a mob beat two men in Korapali village under Jaipatna police station "
        "limits (Kalahandi, Odisha)."
    )
    assert _place(text) == ("Korapali", "Odisha", "India")


def test_a_town_in_parentheses_after_a_building_is_the_place() -> None:
    text = (
        "On 3 May 2022, nurses rallied with placards outside the Gyeonggi Provincial Office "
        "(Suwon). They urged the governor to raise pay."
    )
    assert _place(text)[:2] == ("Suwon", "Gyeonggi")


def test_a_name_pinned_down_elsewhere_in_the_event_takes_that_division() -> None:
    text = (
        "On 7 April 2022, shelling hit Shevchenkove village at dawn; officials later moved "
        "families out of Shevchenkove, Mykolaiv."
    )
    assert _place(text)[:2] == ("Shevchenkove", "Mykolaiv")


def test_an_unknown_place_named_as_a_town_beats_the_zone_around_it() -> None:
    text = (
        "12 March: Hundreds of people in West Arsi zone, Gorbatu town rallied against the "
        "arrest of a local elder."
    )
    assert _place(text)[:2] == ("Gorbatu", "Oromia")


def test_an_upazila_is_coded_by_its_bare_name() -> None:
    text = (
        "On 3 May 2020, garment workers rallied at a factory in Kaliakair Upazila "
        "(Kaliakair, Gazipur) over unpaid wages."
    )
    assert _place(text)[0] == "Kaliakair"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "On 4 May, presumed ISWAP/Boko Haram fighters seized three herders in the "
            "village of Kargou in Niger.",
            "Diffa",
        ),
        (
            "On 4 May, Katiba Serma militants abducted a trader in the village of Wadjou, Mali.",
            "Mopti",
        ),
    ],
)
def test_a_village_named_with_a_sahel_group_takes_the_groups_theatre(
    text: str, admin1: str
) -> None:
    assert _place(text)[1] == admin1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 5 March 2022, garlic growers held a rally at a field in Jeju (Hamo-ri, "
            "Daejeong-eup, Seogwipo) over falling prices.",
            ("Hamo", "Jeju"),
        ),
        (
            "On 5 March 2022, farmers rallied with banners at the Gangwon Provincial Office "
            "(Sindong-ri, Nam-myeon, Hongcheon-gun). They urged help for growers.",
            ("Sindong", "Gangwon"),
        ),
    ],
)
def test_a_korean_village_in_a_parenthesis_is_coded_by_its_bare_name(
    text: str, place: tuple[str, str]
) -> None:
    assert _place(text)[:2] == place


def test_a_suburb_in_a_town_is_coded_to_the_town() -> None:
    text = "On 2 May 2020, youths burned tyres in the Kisenyi suburb in Kampala over a curfew."
    assert _place(text)[:2] == ("Kampala", "Kampala")


def test_the_nationality_of_refugees_does_not_place_the_event() -> None:
    text = "On 3 March 2021, four Malawian refugees were beaten by Zambian police in a border camp."
    assert _place(text)[2] == "Zambia"
