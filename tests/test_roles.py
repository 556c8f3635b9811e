"""Who attacked whom: actor1 and actor2 of the primary event, read from invented prose."""

from __future__ import annotations

import pytest
from sitrep.extraction import extract_document


def _primary(text: str) -> dict:
    _analysis, events, _casualties = extract_document(text, None)
    return next(e for e in events if not e["is_background"])


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "Looting: On 2 March 2023, Islamist Militia fighters looted grain stores in Mocimboa.",
            "Islamist Militia (Mozambique)",
            "Civilians (Mozambique)",
            id="a topic label is not the verb that splits attacker from target",
        ),
        pytest.param(
            "Movement of forces: On 8 May 2023, Russian forces conducted a patrol near Qamishli.",
            "Military Forces of Russia",
            None,
            id="a topic label leaves the patrolling force as actor1",
        ),
        pytest.param(
            "On 3 May 2023, near Loikaw, gunfire was traded between the Myanmar military and a "
            "PDF.",
            "Military Forces of Myanmar",
            "PDF: People's Defense Force",
            id="the side named first after 'between' is actor1",
        ),
        pytest.param(
            "On 1 April 2023, gunmen suspected to be members of the New Patriotic Party attacked "
            "a district chief at his house in Techiman, Ghana.",
            "NPP: New Patriotic Party",
            "Civilians (Ghana)",
            id="gunmen suspected to be party members are coded as the party",
        ),
        pytest.param(
            "On 9 May 2023, shells fired by alleged LNA forces hit a Tripoli market and killed two "
            "civilians.",
            "Military Forces of Libya Haftar Faction",
            "Civilians (Libya)",
            id="shells fired by alleged forces name those forces as attacker",
        ),
    ],
)
def test_who_attacked_whom(text: str, actor1: str, actor2: str | None):
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_attackers_allegedly_belonging_to_a_group_are_that_group():
    text = (
        "On 9 April 2023, a fishing camp outside Nangade was raided by gunmen allegedly "
        "belonging to ASWJ, and four fishermen were killed."
    )
    assert _primary(text)["actor1"] == "Islamist Militia (Mozambique)"


@pytest.mark.parametrize(
    ("text", "event_type", "actor2"),
    [
        pytest.param(
            "On 5 May 2023, gunmen shot dead two villagers believed to be Fulani herdsmen near "
            "Djibo, Burkina Faso.",
            "Violence against civilians",
            "Civilians (Burkina Faso)",
            id="victims believed to be of a group are not coded as that group",
        ),
        pytest.param(
            "On 3 June 2023, JNIM militants attacked an outpost of volunteer fighters near Koura "
            "(Titao, Loroum); two volunteer fighters were killed.",
            "Battles",
            "VDP: Volunteer for Defense of Homeland",
            id="volunteer fighters in Burkina Faso are the VDP",
        ),
    ],
)
def test_what_was_hit(text: str, event_type: str, actor2: str):
    event = _primary(text)
    assert (event["event_type"], event["actor2"], event["assoc_actor_2"]) == (
        event_type,
        actor2,
        None,
    )


@pytest.mark.parametrize(
    ("text", "event_type", "actor1", "actor2"),
    [
        pytest.param(
            "On 9 March 2021, ceasefire monitors recorded eleven explosions of undetermined "
            "origin close to Horlivka.",
            "Explosions/Remote violence",
            "Military Forces of Ukraine",
            None,
            id="unattributed shelling of a separatist-held town came from government lines",
        ),
        pytest.param(
            "On 9 March 2021, ceasefire monitors heard 40 bursts of small-arms fire close to "
            "Avdiivka.",
            "Battles",
            "NAF: United Armed Forces of Novorossiya",
            "Military Forces of Ukraine",
            id="unattributed fire at a government-held town: the other side shot, holder is actor2",
        ),
    ],
)
def test_front_line_place_names_the_unnamed_shooter(
    text: str, event_type: str, actor1: str, actor2: str | None
):
    event = _primary(text)
    assert (event["event_type"], event["actor1"], event["actor2"]) == (event_type, actor1, actor2)


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2023, ceasefire monitors recorded eleven explosions of undetermined origin "
        "close to Horlivka.",
        "Ceasefire monitors recorded eleven explosions of undetermined origin close to Horlivka.",
    ],
    ids=["after the period the seed gives", "undated"],
)
def test_front_line_sides_hold_only_while_the_line_was_settled(text: str):
    assert _primary(text)["actor1"] == "Unidentified Armed Group (Ukraine)"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "On 12 June 2021, separatist fighters fired mortars at governmental positions close "
            "to Marinka, Donetsk. Nobody was hurt.",
            "NAF: United Armed Forces of Novorossiya",
            "Military Forces of Ukraine",
            id="governmental positions are the country's military",
        ),
        pytest.param(
            "On 5 July 2022, Al Shabaab fighters fought near Afmadow, Somalia. No casualties "
            "were given.",
            "Al Shabaab",
            "Military Forces of Somalia",
            id="a battle with one named non-state side is fought against the country's military",
        ),
        pytest.param(
            "On 2 August 2022, in Maceio (Alagoas), drug trafficking suspects opened fire on a "
            "patrol of military police near a market. Nobody died.",
            "Unidentified Gang (Brazil)",
            "Military Forces of Brazil Military Police",
            id="drug trafficking suspects are a gang",
        ),
        pytest.param(
            "On 4 June 2022, Pokot raiders attacked a cattle camp in Baringo, Kenya, but were "
            "repelled by police reservists.",
            "Pokot Ethnic Militia (Kenya)",
            "Police Forces of Kenya",
            id="raiders repelled by police after attacking stay the initiator",
        ),
        pytest.param(
            "Defusal: On 2 May 2022, soldiers found and destroyed a bomb planted by JNIM "
            "militants on a road near Djibo, Burkina Faso.",
            "Military Forces of Burkina Faso",
            "JNIM: Group for Support of Islam and Muslims",
            id="the defusers act; whoever planted the device is actor2",
        ),
        pytest.param(
            "On 8 May 2022, a roadside bomb hit a truck near Garissa, Kenya, wounding two "
            "passengers. Al Shabaab claimed responsibility.",
            "Al Shabaab",
            "Civilians (Kenya)",
            id="the group that claimed responsibility is the attacker",
        ),
        pytest.param(
            "On 8 May 2022, a roadside bomb hit a police truck near Garissa, Kenya (Al Shabaab "
            "suspected). Nobody was hurt.",
            "Al Shabaab",
            "Police Forces of Kenya",
            id="the group suspected of an unattributed attack is the attacker",
        ),
    ],
)
def test_the_other_side(text: str, actor1: str, actor2: str):
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On 7 April 2022, supporters of two rival candidates clashed at a polling station "
            "in Kisumu, Kenya, and several people were hurt.",
            id="rival supporters who clash are rioters on both sides",
        ),
        pytest.param(
            "On 7 April 2022, two groups of party supporters clashed at a polling station in "
            "Kisumu, Kenya, and several people were hurt.",
            id="a named crowd that fights another crowd is rioters, not civilians",
        ),
        pytest.param(
            "On 7 April 2022, traders and hawkers fought with sticks over a market stall in "
            "Kisumu, Kenya.",
            id="a brawl with no named victim has rioters, not civilians, as actor2",
        ),
    ],
)
def test_crowds_that_fight_each_other_are_both_rioters(text: str):
    event = _primary(text)
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Riots",
        "Rioters (Kenya)",
        "Rioters (Kenya)",
    )


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "On 6 June 2021, army units of Armenia fired with rifles on the positions of the "
            "armed forces of Azerbaijan close to Kalbajar.",
            "Military Forces of Armenia",
            "Military Forces of Azerbaijan",
            id="the forces whose positions were fired on are the target",
        ),
        pytest.param(
            "On 7 June 2021, the Artsakh Defence Army opened fire on the positions of the armed "
            "forces of Azerbaijan close to Agdam.",
            "Military Forces of Artsakh",
            "Military Forces of Azerbaijan",
            id="the Karabakh army is the military forces of Artsakh",
        ),
        pytest.param(
            "On 4 March 2022, Ukrainian soldiers shot down a Russian Su-25 jet close to Chernihiv.",
            "Military Forces of Ukraine",
            "Military Forces of Russia",
            id="a state's aircraft hit by the other side stands for its forces",
        ),
        pytest.param(
            "On 5 March 2022, Russian troops fired rifles at the units of the Ukrainian army "
            "close to Irpin.",
            "Military Forces of Russia",
            "Military Forces of Ukraine",
            id="units of a state's armed forces fired at are the target",
        ),
        pytest.param(
            "On 6 April 2022, Ukrainian troops shelled rebel positions around Kreminna, Luhansk. "
            "Nobody was hurt.",
            "Military Forces of Ukraine",
            "NAF: United Armed Forces of Novorossiya",
            id="rebels in eastern Ukraine are the separatist forces",
        ),
        pytest.param(
            "On 3 June 2022, two soldiers died after Al Shabaab fighters ambushed a convoy "
            "near Lamu, Kenya.",
            "Al Shabaab",
            "Military Forces of Kenya",
            id="a later clause's subject who ambushed someone is the initiator",
        ),
    ],
)
def test_who_fired_at_whom(text: str, actor1: str, actor2: str):
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "On 3 June 2022, in Belem (Para), three robbery suspects exchanged gunfire with "
            "military police near a bus station. One suspect died.",
            "Military Forces of Brazil Military Police",
            "Unidentified Armed Group (Brazil)",
            id="suspects who exchanged fire with police: the police lead",
        ),
        pytest.param(
            "On 3 June 2022, in Belem (Para), a gang member died in a shoot-out with "
            "civil police officers near a bus station.",
            "Police Forces of Brazil",
            "Unidentified Gang (Brazil)",
            id="a dealer killed in a shoot-out with police: the police lead",
        ),
        pytest.param(
            "On 3 June 2022, BLA militants exchanged fire with Pakistani soldiers during an "
            "attack on a checkpoint in Turbat, Pakistan.",
            "BLA: Baloch Liberation Army",
            "Military Forces of Pakistan",
            id="an exchange of fire during their attack leaves the attackers first",
        ),
    ],
)
def test_an_exchange_of_fire_with_state_forces_puts_them_first(text: str, actor1: str, actor2: str):
    event = _primary(text)
    assert (event["event_type"], event["actor1"], event["actor2"]) == ("Battles", actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        pytest.param(
            "On 14 April 2022, Russian forces pounded Kupiansk, Kharkiv, with artillery. Two "
            "civilians were wounded and a shop burned.",
            "Civilians (Ukraine)",
            id="a shelling that wounded civilians has them as its target",
        ),
        pytest.param(
            "On 14 April 2022, Russian forces pounded Kupiansk, Kharkiv, with rockets. A "
            "beekeeper died in his garden.",
            "Civilians (Ukraine)",
            id="a victim of no known kind is not a fighter",
        ),
        pytest.param(
            "On 14 April 2022, Russian forces pounded Kupiansk, Kharkiv, with rockets. "
            "Casualties unknown.",
            None,
            id="a shelling that harmed no one named has no target",
        ),
    ],
)
def test_civilians_hit_by_a_strike_are_its_target(text: str, actor2: str | None):
    event = _primary(text)
    assert event["event_type"] == "Explosions/Remote violence"
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Russia", actor2)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        pytest.param(
            "On 8 May 2021, a herdsman accused of stealing goats was lynched by residents of "
            "Cacuaco, Luanda, Angola.",
            "Civilians (Angola)",
            id="a man lynched by residents is the mob's civilian target",
        ),
        pytest.param(
            "On 8 May 2021, NDC and NPP supporters clashed with stones in the market of Tamale, "
            "Ghana. Two people were hurt.",
            "Rioters (Ghana)",
            id="the supporters of a party who fight another crowd are rioters",
        ),
    ],
)
def test_mob_violence_targets(text: str, actor2: str):
    event = _primary(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")
    assert event["actor2"] == actor2


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        pytest.param(
            "On 3 January 2021, the governor of the Nord Region extended the night curfew by "
            "two months, Burkina Faso.",
            "Government of Burkina Faso",
            id="a governor's decision is the government's",
        ),
        pytest.param(
            "Security measures: On 2 May 2021, Van governorship prohibited every public meeting "
            "across the province for two weeks, Turkey.",
            "Government of Turkey",
            id="a governorship's ban is the government's",
        ),
        pytest.param(
            "On 4 March 2021, the government closed all schools in Burkina Faso because of "
            "the pandemic.",
            "Government of Burkina Faso",
            id="the government as subject of a decision",
        ),
    ],
)
def test_government_decisions(text: str, actor1: str):
    event = _primary(text)
    assert event["event_type"] == "Strategic developments"
    assert event["actor1"] == actor1


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "On 9 May 2021, 5 Saudi-led coalition airstrikes reportedly hit the Kitaf area "
            "(Kitaf, Sadah). No fatalities reported.",
            "Operation Restoring Hope",
            None,
            id="coalition airstrikes are the coalition's, not the country's army",
        ),
        pytest.param(
            "On 9 May 2021, Turkish warplanes conducted airstrikes against PKK positions near "
            "Amadiya, Duhok, Iraq. Casualties unknown.",
            "Military Forces of Turkey",
            "PKK: Kurdistan Workers Party",
            id="airstrikes by a named force are not a second, local, actor",
        ),
        pytest.param(
            "On 13 June 2021, French aircraft carried out airstrikes on presumed ISGS hideouts "
            "near Menaka, Mali. Casualties unknown.",
            "Military Forces of France",
            "Islamic State (Greater Sahara)",
            id="a named air force's strikes on presumed militants hit them",
        ),
        pytest.param(
            "On 6 May 2021, IRG forces lobbed mortar rounds onto Houthi fighters near Harib, "
            "Marib, Yemen. Casualties unknown.",
            "Military Forces of Yemen",
            "Military Forces of Yemen Supreme Political Council",
            id="IRG forces are the government's army",
        ),
    ],
)
def test_airstrikes_and_named_forces(text: str, actor1: str, actor2: str | None):
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "On 4 June 2021, Wagner soldiers executed three herders near Diafarabe, Mali.",
            "Wagner Group",
            "Civilians (Mali)",
            id="a named force's soldiers are that force, not the country's army",
        ),
        pytest.param(
            "On 4 June 2021, AMISOM troops clashed with Al Shabaab militants near Afgooye, "
            "Somalia.",
            "AMISOM: African Union Mission in Somalia",
            "Al Shabaab",
            id="a mission's troops are the mission",
        ),
        pytest.param(
            "On 2 May 2021, in an operation against suspected JNIM militants, Malian soldiers "
            "killed five fighters near Boni, Mali.",
            "Military Forces of Mali",
            "JNIM: Group for Support of Islam and Muslims",
            id="suspected militants an operation was against are its target",
        ),
    ],
)
def test_named_forces_and_their_targets(text: str, actor1: str, actor2: str):
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_group_that_planted_the_device_is_the_attacker():
    text = (
        "On 6 June 2023, a bus carrying traders hit a roadside bomb outside Djibo and two "
        "passengers were hurt. Local officials think the IED had been planted by JNIM fighters."
    )
    assert _primary(text)["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_group_that_claimed_the_attack_is_the_attacker():
    text = (
        "On 6 June 2023, a roadside blast struck a supply truck outside Kidal and injured its "
        "driver. JNIM later claimed the attack in a statement."
    )
    assert _primary(text)["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_soldiers_who_defused_a_device_stay_actor1_whoever_planted_it():
    text = (
        "On 6 June 2023, Malian soldiers defused a roadside bomb on the road to Douentza. The "
        "device had been planted by JNIM militants, residents said."
    )
    assert _primary(text)["actor1"] == "Military Forces of Mali"


def test_force_that_took_a_town_after_fighting_is_actor1():
    text = (
        "On 4 May 2022, following heavy fighting with Ukrainian troops, Russian forces took "
        "control of Rubizhne, Luhansk."
    )
    assert _primary(text)["actor1"] == "Military Forces of Russia"


def test_civilians_are_never_the_author_of_an_attack_on_civilians():
    text = (
        "On 2 July 2023, two farmers were shot dead on their land near Tonj by men who fled "
        "on foot."
    )
    event = _primary(text)
    assert event["actor1"] == "Unidentified Armed Group (South Sudan)"
    assert event["actor2"] == "Civilians (South Sudan)"


def test_a_counter_demonstration_makes_its_crowd_actor2_of_a_peaceful_protest():
    text = (
        "On 12 March 2022, about 300 people marched through Linz against vaccine mandates. A "
        "smaller crowd staged a counter-protest near the town hall."
    )
    event = _primary(text)
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Protests",
        "Protesters (Austria)",
        "Protesters (Austria)",
    )


def test_a_protest_without_counter_demonstrators_has_no_actor2():
    text = "On 12 March 2022, about 300 people marched through Linz against vaccine mandates."
    assert _primary(text)["actor2"] is None


def test_forces_acting_under_a_joint_operation_are_coded_as_the_operation():
    text = (
        "On 3 June 2021, Turkish troops and allied Syrian factions under OPS fired mortars at "
        "Ain Issa in Ar-Raqqa."
    )
    assert _primary(text)["actor1"] == "Operation Peace Spring"


def test_the_people_detained_in_an_arrest_are_civilians_unless_named():
    text = "On 5 April 2022, army troops detained a schoolteacher in Tamu, Sagaing region."
    event = _primary(text)
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", "Civilians (Myanmar)")


def test_weapons_seized_by_the_police_belonged_to_an_unidentified_armed_group():
    text = (
        "Weapons seizure: On 9 March 2022, border guards found a hidden stock of rifles and "
        "grenades in a farm shed near Kharkiv."
    )
    event = _primary(text)
    assert event["sub_event_type"] == "Disrupted weapons use"
    assert event["actor2"] == "Unidentified Armed Group (Ukraine)"


def test_a_gunfight_between_unnamed_shooters_has_unnamed_groups_on_both_sides():
    text = (
        "On 3 August 2021, in Salvador (Bahia), heavy shoot-outs were heard overnight in the "
        "Liberdade neighborhood."
    )
    event = _primary(text)
    assert event["event_type"] == "Battles"
    assert event["actor1"] == event["actor2"] == "Unidentified Armed Group (Brazil)"


def test_a_group_named_as_suspected_at_the_end_of_a_note_is_the_attacker():
    text = (
        "On 14 March 2021, gunmen burned three houses and killed a fisherman near Mocimboa da "
        "Praia, Cabo Delgado. Al Shabaab suspected."
    )
    assert _primary(text)["actor1"] == "Islamist Militia (Mozambique)"


def test_a_group_raiding_a_named_place_in_a_later_clause_is_the_attacker():
    text = (
        "On 2 February 2021, two soldiers died after Al Shabaab fighters raided Baure military "
        "camp in Lamu county."
    )
    assert _primary(text)["actor1"] == "Al Shabaab"


def test_a_strike_that_harmed_no_one_has_no_civilian_target():
    text = (
        "Overnight on 17 June 2022, Russian troops shelled Orikhiv, Zaporizhia, damaging civilian "
        "houses. No casualties were reported."
    )
    event = _primary(text)
    assert event["event_type"] == "Explosions/Remote violence"
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Russia", None)


def test_a_strike_that_killed_civilians_names_them_as_its_target():
    text = (
        "On 12 May 2022, Russian artillery hit Orikhiv, Zaporizhia, and killed two civilians in "
        "their homes."
    )
    event = _primary(text)
    assert event["event_type"] == "Explosions/Remote violence"
    assert event["actor2"] == "Civilians (Ukraine)"


def test_a_partner_in_a_joint_deployment_is_not_its_target():
    text = (
        "Movement of forces: On 3 June 2021, Turkish troops and Russian military police ran a "
        "joint patrol along the road east of Kobani, Aleppo."
    )
    event = _primary(text)
    assert event["sub_event_type"] == "Change to group/activity"
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Turkey", None)


def test_forces_that_repelled_an_attack_by_a_group_are_its_target():
    text = (
        "On 9 July 2021, Afghan soldiers beat back a night assault by Taliban fighters on an "
        "outpost in Kunduz, killing four of the attackers."
    )
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == ("Taliban", "Military Forces of Afghanistan")


def test_a_passive_with_the_weapon_before_by_names_the_attacker():
    text = (
        "On 4 August 2020, police officers escaped unhurt when they were attacked with grenades "
        "by Al Shabaab fighters outside Mandera."
    )
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == ("Al Shabaab", "Police Forces of Kenya")


def test_the_armed_group_of_an_earlier_sentence_is_the_author_of_the_harm():
    text = (
        "On 5 January 2024, Israeli troops launched illumination flares above Aitaroun (Bint "
        "Jbeil). A falling canister struck and injured a farmer."
    )
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of Israel",
        "Civilians (Lebanon)",
    )


def test_the_local_police_of_a_later_sentence_are_not_the_authors_of_a_killing():
    text = (
        "On 9 June 2021, a trader was stabbed to death at his stall in Eldoret. Kenyan police "
        "opened an inquiry the next day."
    )
    assert _primary(text)["actor1"] == "Unidentified Armed Group (Kenya)"


def test_a_community_named_as_one_side_of_a_clash_is_its_ethnic_militia():
    event = _primary(
        "On 3 June 2021, near Babile, soldiers fought with Oromo people for two hours; six died."
    )
    assert event["actor2"] == "Oromo Ethnic Militia (Ethiopia)"


def test_a_community_named_only_as_victims_stays_civilians():
    event = _primary("On 3 June 2021, Oromo people were killed by soldiers in Moyale.")
    assert event["actor2"].startswith("Civilians")


def test_bystanders_killed_in_a_battle_yield_to_the_armed_second_side():
    event = _primary(
        "On 3 June 2021, a herder died in fighting between the Gabra and Borana communities "
        "near Marsabit."
    )
    assert (event["actor1"], event["actor2"]) == (
        "Gabra Ethnic Militia (Kenya)",
        "Borana Ethnic Militia (Kenya)",
    )


def test_rsf_and_police_before_the_war_are_state_forces_led_by_the_rsf():
    event = _primary("On 3 May 2022, RSF and police arrested nine gunmen in Nyala, South Darfur.")
    assert event["actor1"] == "Military Forces of Sudan Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "On 4 June 2023, army and police units exchanged fire with TTP militants near "
            "Tank, Pakistan.",
            "Military Forces of Pakistan",
            "TTP: Tehreek-i-Taliban Pakistan",
            id="two forces joined by 'and' fight the group after the verb together",
        ),
        pytest.param(
            "On 4 June 2023, soldiers and police raided a JNIM camp near Djibo, Burkina Faso.",
            "Military Forces of Burkina Faso",
            "JNIM: Group for Support of Islam and Muslims",
            id="two forces joined by 'and' raid the camp of the group after the verb",
        ),
        pytest.param(
            "On 4 June 2023, Al Shabaab and KDF troops clashed near Lamu, Kenya, killing two "
            "herders.",
            "Al Shabaab",
            "Military Forces of Kenya",
            id="with no one else named after the verb, 'A and B clashed' sets them apart",
        ),
    ],
)
def test_partners_joined_by_and_before_the_verb(text: str, actor1: str, actor2: str):
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "On 3 June 2023, a journalist was assaulted by two police officers in Kisumu, Kenya.",
            "Police Forces of Kenya",
            "Civilians (Kenya)",
            id="a number before the agent of a passive",
        ),
        pytest.param(
            "On 3 June 2023, a hawker was assaulted by five municipal officers in Ganzhou, China.",
            "Police Forces of China",
            "Civilians (China)",
            id="a number and an adjective before the agent of a passive",
        ),
        pytest.param(
            "On 3 June 2023, two soldiers were shot by some unknown assailants near Agogo, Ghana.",
            "Unidentified Armed Group (Ghana)",
            "Military Forces of Ghana",
            id="'some' before the agent of a passive",
        ),
    ],
)
def test_the_agent_of_a_passive_after_a_number(text: str, actor1: str, actor2: str):
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_attackers_named_as_people_suspected_to_belong_to_a_group_are_that_group():
    event = _primary(
        "On 3 June 2023, a suicide attack by two women suspected to belong to Boko Haram "
        "killed four farmers near Bosso, Niger."
    )
    assert event["actor1"] == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    assert event["actor2"] == "Civilians (Niger)"


def test_a_passive_with_a_place_before_its_agent_makes_the_subject_the_target():
    event = _primary(
        "On 3 June 2023, an MSA commander was shot in Talataye by two gunmen on a motorbike."
    )
    assert event["actor1"] == "Unidentified Armed Group (Mali)"
    assert event["actor2"].startswith("MSA")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2023, near Olancho, Honduras, police destroyed 8,000 marijuana plants on a "
        "hillside farm.",
        "On 3 June 2023, soldiers found and destroyed a clandestine airstrip used for drug "
        "trafficking near Culiacan, Sinaloa.",
    ],
)
def test_drugs_seized_or_destroyed_by_state_forces_belonged_to_a_gang(text: str):
    event = _primary(text)
    assert event["sub_event_type"] == "Looting/property destruction"
    assert event["actor2"].startswith("Unidentified Gang")


def test_a_drug_trafficker_who_fought_the_police_is_a_gang_member():
    event = _primary(
        "On 3 June 2023, in Maceio (Alagoas), a drug trafficker exchanged fire with military "
        "police during a patrol and was killed."
    )
    assert event["actor2"] == "Unidentified Gang (Brazil)"


def test_air_defence_that_shot_down_a_drone_is_the_acting_force():
    event = _primary("On 3 May 2022, Ukrainian air defence shot down a Russian drone over Odesa.")
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of Ukraine",
        "Military Forces of Russia",
    )


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2023, a customs officer was shot dead in his car in Beira by a group of "
        "unknown armed men.",
        "On 3 June 2023, a prison guard was wounded in an attack by unidentified "
        "motorcycle-riding assailants in Beira.",
    ],
)
def test_unnamed_agents_of_a_passive_are_not_also_its_target(text: str):
    event = _primary(text)
    assert event["actor1"] == "Unidentified Armed Group (Mozambique)"
    assert event["actor2"] != event["actor1"]


def test_an_ied_planted_by_militants_near_an_officials_house_was_theirs():
    event = _primary(
        "On 3 June 2023, an IED planted by unidentified militants exploded next to the house "
        "of the Taliban governor in Khost district, Afghanistan."
    )
    assert event["actor1"] == "Unidentified Armed Group (Afghanistan)"
    assert event["actor2"] == "Military Forces of Afghanistan (2021-)"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2023, boda boda operators attacked and killed a suspected thief in Kisumu, "
        "Kenya.",
        "On 3 June 2023, two journalists were assaulted by youth in Eldoret, Kenya.",
        "On 3 June 2023, a student was beaten to death by a group of unidentified students at "
        "Moi University in Eldoret, Kenya.",
    ],
)
def test_a_crowd_that_beat_or_killed_someone_is_rioters(text: str):
    event = _primary(text)
    assert (event["event_type"], event["actor1"]) == ("Riots", "Rioters (Kenya)")


def test_a_later_passive_does_not_undo_the_armed_subject_of_an_active_attack():
    event = _primary(
        "On 3 June 2023, JNIM militants on motorbikes ambushed an army patrol near Djibo, "
        "Burkina Faso, and two motorbikes were burned by the soldiers."
    )
    assert (event["actor1"], event["actor2"]) == (
        "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Burkina Faso",
    )


def test_killed_by_a_member_of_a_force_names_that_force():
    event = _primary(
        "On 3 June 2023, a farmer was killed by a member of the military forces deployed near "
        "Gondar, Ethiopia."
    )
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of Ethiopia",
        "Civilians (Ethiopia)",
    )


def test_police_who_faced_a_violent_demonstration_are_its_other_side():
    event = _primary(
        "On 3 June 2023, in Kitwe, Zambia, dozens of citizens staged a demonstration outside a "
        "hotel where they burned tires to demand that people who had arrived from Lusaka leave "
        "the town. Police officers intervened and dispersed the demonstrators."
    )
    assert event["sub_event_type"] == "Violent demonstration"
    assert event["actor2"] == "Police Forces of Zambia"


def test_fire_from_a_states_positions_is_that_states_forces():
    ev = _primary(
        "Baku said a conscript was wounded on Monday by sniper fire from Armenian positions "
        "aimed at its posts in Tovuz district."
    )
    assert ev["actor1"].startswith("Military Forces of Armenia")
    assert ev["actor2"].startswith("Military Forces of Azerbaijan")
