"""ACLED event and sub-event typing from cue words and who was harmed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sitrep.event_types import EXPLOSIONS, VAC, classify_event, find_cues
from sitrep.extraction import _target_kind, extract_document
from sitrep.roles import Roles


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("Rebels and soldiers clashed near the town.", {}, ("Battles", "Armed clash")),
        (
            "Gunmen killed five villagers in their homes.",
            {"target_kind": "civilian", "killed": 5},
            ("Violence against civilians", "Attack"),
        ),
        (
            "Militants ambushed an army patrol, killing four soldiers.",
            {"target_kind": "armed", "killed": 4},
            ("Battles", "Armed clash"),
        ),
        (
            "Russian forces shelled the town with artillery.",
            {},
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "A drone strike hit a vehicle on the highway.",
            {},
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "A roadside bomb exploded under a police truck.",
            {},
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        ("An attacker threw a grenade into a bar.", {}, ("Explosions/Remote violence", "Grenade")),
        (
            "A suicide bomber blew himself up at a checkpoint.",
            {},
            ("Explosions/Remote violence", "Suicide bomb"),
        ),
        (
            "Gunmen kidnapped 14 students from a school.",
            {"target_kind": "civilian"},
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (
            "Soldiers raped two women in the village.",
            {},
            ("Violence against civilians", "Sexual violence"),
        ),
        (
            "Teachers held a peaceful march to demand unpaid salaries.",
            {},
            ("Protests", "Peaceful protest"),
        ),
        (
            "Police fired tear gas to disperse protesters outside the ministry.",
            {},
            ("Protests", "Protest with intervention"),
        ),
        (
            "Police shot dead two protesters during the demonstration.",
            {"killed": 2, "attacker_is_state": True},
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "Protesters threw stones at police and burned tyres on the highway.",
            {},
            ("Riots", "Violent demonstration"),
        ),
        ("A mob lynched a suspected thief in the market.", {}, ("Riots", "Mob violence")),
        (
            "Police arrested the opposition leader at his home.",
            {},
            ("Strategic developments", "Arrests"),
        ),
        (
            "Looting: armed men looted shops in the town.",
            {},
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "Security forces seized a cache of weapons and defused an IED.",
            {},
            ("Strategic developments", "Disrupted weapons use"),
        ),
        (
            "The two sides signed a ceasefire agreement in the capital.",
            {},
            ("Strategic developments", "Agreement"),
        ),
        (
            "Militants recaptured nothing; the army regained control of the town after fighting.",
            {"attacker_is_state": True},
            ("Battles", "Government regains territory"),
        ),
    ],
)
def test_classify_event(text, kwargs, expected):
    assert classify_event(text, **kwargs) == expected


def test_month_march_is_not_a_protest():
    assert classify_event("On 3 March 2022, soldiers clashed with rebels.")[0] == "Battles"


def test_air_strike_is_not_a_labour_strike():
    assert classify_event("An air strike hit the market.")[1] == "Air/drone strike"


def test_deaths_at_state_hands_turn_a_protest_into_excessive_force():
    text = "Students protested outside the university."
    assert classify_event(text, killed=1, state_involved=True)[1] == (
        "Excessive force against protesters"
    )
    assert classify_event(text, killed=1)[1] == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents opened their ambush on a police convoy with a roadside bomb, followed by "
        "heavy gunfire from the tree line.",
        "A landmine struck the lead truck of an army column and the rebels then exchanged fire "
        "with the escort.",
        "Militants carried out a complex attack on the garrison with mortars.",
        "Gang members attacked a patrol car using grenades and firearms.",
    ],
)
def test_blast_that_opens_a_gunfight_is_a_battle(text):
    assert classify_event(text) == ("Battles", "Armed clash")


def test_mounted_machine_gun_does_not_turn_a_blast_into_a_battle():
    text = "A roadside bomb destroyed an army truck fitted with a heavy machine gun."
    assert classify_event(text)[0] == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mine workers marched to the company office.", "Protests"),
        # a named or gold mine, or a mine beside mining words, is a mining site
        ("Farmers barricaded the track leading to the Wendo mine overnight.", "Riots"),
        ("Bandits attacked a convoy of the mining firm heading to a remote mine.", VAC),
        ("Gunmen attacked diggers at a gold mine north of the river.", VAC),
        ("An army truck struck a mine on the track north of the river.", EXPLOSIONS),
    ],
)
def test_mining_sites_are_not_landmines(text, expected):
    assert classify_event(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Armed robbers stole cash from a bus and beat the passengers.",
        "Gunmen stole a truck of grain and abducted its driver.",
    ],
)
def test_looting_that_hurts_people_is_violence_against_civilians(text):
    assert classify_event(text, harmed=0)[0] == "Violence against civilians"


def test_looting_alone_stays_a_strategic_development():
    text = "Militiamen looted shops in the market before leaving."
    assert classify_event(text, harmed=0) == (
        "Strategic developments",
        "Looting/property destruction",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Two rival families clashed with sticks and stones over a plot of farmland.",
        "A brawl broke out when bodyguards of two chiefs clashed outside the bus station.",
    ],
)
def test_fight_without_firearms_is_a_riot(text):
    assert classify_event(text) == ("Riots", "Mob violence")


def test_gunfight_with_stones_in_the_background_stays_a_battle():
    text = "Militiamen and soldiers clashed near a stone quarry; rocks and gunfire flew for hours."
    assert classify_event(text)[0] == "Battles"


def test_execution_of_captured_fighters_is_violence_against_civilians():
    text = "Rebels executed three captured militiamen outside the camp."
    assert classify_event(text, target_kind="armed", killed=3) == (
        "Violence against civilians",
        "Attack",
    )


def test_assaulting_is_an_attack_verb():
    text = "Police officers were filmed assaulting a street vendor."
    assert classify_event(text, target_kind="civilian")[0] == "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Pupils rallied against the fees and later clashed with riot police near the gate.",
        "During a protest over fuel prices, youths pelted the officers with stones.",
        "Traders demonstrated against the new levy, burning wood across the market road.",
        "During the rally over water cuts, tyres were burnt by angry residents.",
        "Opposition supporters protested the count and light fires on the main avenue.",
        "The march against the eviction ended in destruction of property in the old town.",
    ],
)
def test_violent_acts_by_demonstrators_make_a_violent_demonstration(text):
    assert classify_event(text) == ("Riots", "Violent demonstration")


def test_death_during_a_protest_is_not_a_peaceful_protest():
    text = "A trader was killed during the protest over market fees."
    assert classify_event(text, killed=1) == ("Protests", "Excessive force against protesters")


def test_robbers_looting_a_bus_is_no_riot():
    text = "Armed robbers looted a bus and beat the passengers on the highway."
    assert classify_event(text)[0] == "Violence against civilians"


def test_intercepting_people_is_no_disrupted_weapons_use():
    text = "Militiamen intercepted a group of traders and shot two of them."
    assert classify_event(text)[1] != "Disrupted weapons use"
    assert classify_event("Air defences intercepted two drones over the city.")[1] == (
        "Disrupted weapons use"
    )


def _primary(text: str) -> dict:
    _analysis, events, _casualties = extract_document(text, None)
    return next(e for e in events if not e["is_background"])


def test_killing_an_off_duty_officer_is_violence_against_civilians():
    text = "On 4 June 2023, gunmen shot dead an off-duty police officer at a shop in Kisumu."
    assert _primary(text)["event_type"] == "Violence against civilians"


def test_liberation_in_a_group_name_is_no_recapture():
    text = "Troops clashed with fighters of the National Liberation Army near the river."
    assert classify_event(text) == ("Battles", "Armed clash")
    assert classify_event("The army liberated the town after heavy fighting.") == (
        "Battles",
        "Government regains territory",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Government troops fired heavy machine guns at rebel positions near the ridge.",
        "Monitors counted 15 bursts of fire involving heavy machine guns near the front line.",
        "The separatists fired anti-aircraft guns at army positions outside the town.",
    ],
)
def test_heavy_machine_guns_fired_from_afar_are_shelling(text):
    assert classify_event(text) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )


def test_heavy_weapons_with_small_arms_are_a_fight():
    text = "Up on the ridge, rebels used small arms and heavy machine guns against the army post."
    assert classify_event(text) == ("Battles", "Armed clash")


def test_forces_burning_homes_after_killing_is_no_riot():
    text = "Government troops killed three farmers and then set fire to their huts."
    result = classify_event(text, target_kind="civilian", killed=3, state_involved=True)
    assert result == ("Violence against civilians", "Attack")


def test_raid_that_only_burned_property_is_property_destruction():
    text = "Militants attacked the hamlet and burned houses and a granary."
    assert classify_event(text, harmed=0) == (
        "Strategic developments",
        "Looting/property destruction",
    )
    assert classify_event(text, harmed=1)[0] == "Violence against civilians"


def test_property_destruction_defaults_to_unnamed_raiders_and_civilian_owners():
    roles = Roles().finalise("Strategic developments", "Looting/property destruction", "Mali")
    assert (roles.actor1, roles.actor2) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_party_supporters_fighting_without_guns_riot():
    facts = {"armed_nonstate": True, "initiator": "armed"}
    text = "Ruling party and opposition supporters clashed outside the polling station."
    assert classify_event(text, **facts) == ("Riots", "Mob violence")
    armed = "Rebel supporters clashed with soldiers and fired guns at the checkpoint."
    assert classify_event(armed, **facts)[0] == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "Members of the two leading parties fought near the tally centre.",
        "Legislators clashed in the chamber over the disputed tax bill.",
    ],
)
def test_politicians_or_party_members_fighting_is_mob_violence(text):
    # no crowd word is needed: politicians fighting are never an armed clash
    assert classify_event(text) == ("Riots", "Mob violence")


def test_police_beating_one_demonstrator_is_violence_against_civilians():
    text = "Riot police beat and injured a demonstrator after the rally in the capital."
    assert classify_event(text, initiator="state", state_involved=True) == (
        "Violence against civilians",
        "Attack",
    )
    # dispersing the crowd keeps it a protest with intervention
    crowd = "Police dispersed the rally with tear gas and beat a demonstrator."
    assert classify_event(crowd, initiator="state", state_involved=True)[0] == "Protests"


def test_small_arms_fired_at_civilians_is_violence_against_civilians():
    text = "Soldiers fired with small arms on families waiting at the bus station."
    assert classify_event(text, target_kind="civilian") == ("Violence against civilians", "Attack")
    assert classify_event(text)[0] == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "Students protesting the new fees beat a security guard at the campus gate.",
        "Traders demonstrating at the town hall clashed with council workers.",
    ],
)
def test_demonstrators_who_beat_or_clash_riot(text):
    assert classify_event(text, initiator="crowd") == ("Riots", "Violent demonstration")


def test_grievance_about_an_attack_keeps_a_protest_peaceful():
    text = "Residents marched in the town to protest after a soldier assaulted a trader."
    assert classify_event(text, initiator="crowd") == ("Protests", "Peaceful protest")


def test_suicide_bombs_followed_by_an_armed_assault_are_a_battle():
    text = "Militants used suicide car bombs and then launched an armed assault on the base."
    assert classify_event(text) == ("Battles", "Armed clash")
    assert classify_event("A suicide bomber struck the base gate.")[1] == "Suicide bomb"


def test_air_force_targeting_a_building_is_an_air_strike():
    text = "The air force targeted a command post outside the city."
    assert classify_event(text) == ("Explosions/Remote violence", "Air/drone strike")


def test_remote_explosive_attack_is_an_ied():
    text = "Rebels carried out a remote explosive attack on an army truck."
    assert classify_event(text, target_kind="armed") == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )


def test_a_group_of_citizens_beating_a_thief_is_mob_violence():
    text = "On 2 May 2023, a group of citizens caught a thief in Juliaca, Peru, and beat him."
    assert _primary(text)["event_type"] == "Riots"


def test_army_ranks_among_victims_make_an_attack_a_battle():
    text = "On 3 May 2023, gunmen shot dead an army lieutenant near a checkpoint in Deraa, Syria."
    assert _primary(text)["event_type"] == "Battles"


def test_a_camp_is_a_protest_only_when_people_camp_outside_in_protest():
    assert "protest" not in find_cues("A fishing camp outside the town was raided at dawn.")
    assert "protest" in find_cues("Nurses camped outside the ministry for a week.")
    assert "protest" in find_cues("Farmers set up a protest camp outside parliament.")


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Nurses marched to the health ministry over unpaid wages.",
            "Police detained four of the nurses.",
            "Protest with intervention",
        ),
        (
            "Farmers rallied in the square and three of them were arrested.",
            "",
            ("Protest with intervention"),
        ),
        ("Police foiled a march by taxi drivers near the port.", "", "Protest with intervention"),
        (
            "Clerks protested at the district office and were repressed.",
            "",
            ("Protest with intervention"),
        ),
        # the arrest is the grievance, not something done to the protest
        (
            "Relatives protested to demand the release of students who were arrested last week.",
            "",
            "Peaceful protest",
        ),
    ],
)
def test_arrests_or_obstruction_at_a_protest_are_an_intervention(text, context, expected):
    assert classify_event(text, context) == ("Protests", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Villagers barricaded the highway with logs and threw stones at passing trucks.",
            "Violent demonstration",
        ),
        (
            "A lynch mob stoned a suspected thief until police dispersed it with tear gas.",
            "Mob violence",
        ),
    ],
)
def test_barricading_crowds_demonstrate_and_lynch_mobs_stay_mobs(text, expected):
    assert classify_event(text) == ("Riots", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen robbed travellers on the road to the weekly market.",
        "Unknown men set a small chapel ablaze during the night.",
        "Militants stripped the bus passengers of their belongings.",
        "Fighters sabotaged a pumping station outside the town.",
    ],
)
def test_robbery_arson_and_sabotage_are_property_destruction(text):
    assert classify_event(text, harmed=0) == (
        "Strategic developments",
        "Looting/property destruction",
    )


def test_a_place_attacked_does_not_outvote_armed_victims():
    figures = [SimpleNamespace(victim="two soldiers")]
    village = SimpleNamespace(actor2_type="civilians", side2=[{"text": "village"}])
    assert _target_kind(figures, village, "") == "armed"
    people = SimpleNamespace(actor2_type="civilians", side2=[{"text": "herders"}])
    assert _target_kind(figures, people, "") == "civilian"


def test_civilians_named_as_targets_ignore_a_fight_told_elsewhere():
    context = "Earlier that day, the militia exchanged fire with local guards."
    text = "Militiamen attacked civilians at a cattle market, killing six."
    assert classify_event(text, context, killed=6) == ("Violence against civilians", "Attack")
    village = "Militiamen attacked a cattle market, killing six."
    assert classify_event(village, context, killed=6)[0] == "Battles"


def test_target_of_unknown_kind_does_not_outvote_armed_victims():
    roles = SimpleNamespace(actor2_type="other")
    assert _target_kind([SimpleNamespace(victim="a fighter")], roles, "") == "armed"
    assert _target_kind([], roles, "") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Villagers protested the new dam and soldiers opened fire on the crowd.",
            "Excessive force against protesters",
        ),
        (
            "During the rally, an armoured police truck ran over demonstrators.",
            "Excessive force against protesters",
        ),
        # tear gas fired at a crowd is an intervention, not lethal force
        (
            "Outside the court, officers fired tear gas at the demonstrators.",
            "Protest with intervention",
        ),
    ],
)
def test_firing_on_or_running_over_protesters_is_excessive_force(text, expected):
    assert classify_event(text) == ("Protests", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A military aircraft dropped two bombs on the market town.", "Air/drone strike"),
        ("Rebels hit the outpost with a grenade attached to a drone.", "Air/drone strike"),
        # a generic blast word names no device: the grenade sets the sub-type
        ("Two porters died in the blast of a hand grenade near the depot.", "Grenade"),
        ("A roadside bomb and a grenade went off near the depot.", "Remote explosive/landmine/IED"),
        # monitors' tallies of "explosions/shots" are shelling, not mines or a gunfight
        (
            "Monitors recorded 40 explosions/shots of unknown weapons near the village.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_dropped_bombs_are_air_strikes_and_explosion_tallies_are_shelling(text, expected):
    assert classify_event(text) == ("Explosions/Remote violence", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebel fighters seized control over the border town of Kalemba.",
            ("Battles", "Non-state actor overtakes territory"),
        ),
        (
            "After heavy fighting, the militia took over Kalemba.",
            ("Battles", "Non-state actor overtakes territory"),
        ),
        (
            "The rebels took control of two hamlets; clashes were not reported.",
            ("Strategic developments", "Non-violent transfer of territory"),
        ),
    ],
)
def test_taking_control_over_a_place_is_a_territorial_event(text, expected):
    assert classify_event(text) == expected


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # tear gas does not make stone-throwers demonstrators
        (
            "Youths stoned the soldiers who raided the camp.",
            "Troops lobbed tear gas canisters at the youths.",
            "Mob violence",
        ),
        (
            "Rioters pelted the police with rocks near the depot.",
            "Officers fired tear gas at them.",
            "Mob violence",
        ),
        # rioting against a grievance, or blocking roads, is demonstrating
        (
            "Traders rioted against the new market fees.",
            "Officers lobbed tear gas canisters at the crowd.",
            "Violent demonstration",
        ),
        (
            "Rioters who blocked the main road were dispersed with tear gas.",
            "",
            "Violent demonstration",
        ),
    ],
)
def test_dispersed_rioters_are_a_mob_unless_they_demonstrate(text, context, expected):
    assert classify_event(text, context) == ("Riots", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police who dispersed a mob in a later sentence are its opponent
        (
            "Youths stoned passing cars in Kisumu town on Monday. Police lobbed tear gas "
            "canisters at the crowd.",
            "Police Forces of Kenya",
        ),
        # a lynch mob's victim stays the target even when police came later
        (
            "A mob beat a suspected thief to death in Kisumu town on Monday. Police later "
            "dispersed the crowd.",
            "Civilians (Kenya)",
        ),
    ],
)
def test_police_who_dispersed_a_mob_are_its_actor2(text, expected):
    _, rows, _ = extract_document(text, None)
    assert (rows[0]["sub_event_type"], rows[0]["actor2"]) == ("Mob violence", expected)


@pytest.mark.parametrize(
    ("text", "kwargs"),
    [
        (
            "Gunmen robbed a shopkeeper of his takings and shot him in the leg.",
            {"target_kind": "civilian", "harmed": 1},
        ),
        # the assault is told in the next sentence
        (
            "Bandits looted five shops at the market.",
            {
                "context_text": "They assaulted the owners, injuring three.",
                "target_kind": "civilian",
                "harmed": 1,
            },
        ),
        # a killing or wounding makes an abduction an attack
        ("Militants kidnapped a farmer and later executed him.", {}),
        ("Gunmen hacked two herders with machetes and abducted a third.", {}),
    ],
)
def test_robbery_or_abduction_that_wounds_or_kills_is_an_attack(text, kwargs):
    assert classify_event(text, **kwargs) == (VAC, "Attack")


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "Cooks marched to the city hall over unpaid wages.",
            "Municipal guards arrested a protester.",
            "Protest with intervention",
        ),
        (
            "Cooks marched to the city hall over unpaid wages.",
            "The strikers were peacefully removed by the police.",
            "Protest with intervention",
        ),
        (
            "Nurses marched to the ministry over unpaid wages.",
            "The security forces (police and gendarmes) arrested two marchers.",
            "Protest with intervention",
        ),
        # arrests the protest is against are its grievance, not an intervention
        (
            "Activists held a sit-in against the arrests made by the police last week.",
            "",
            "Peaceful protest",
        ),
        ("Students marched to condemn how police detained their leader.", "", "Peaceful protest"),
    ],
)
def test_arrests_at_a_protest_but_not_arrests_it_denounces_are_interventions(
    text, context, expected
):
    assert classify_event(text, context) == ("Protests", expected)


def test_members_of_a_community_are_civilians():
    text = (
        "On Sunday, gunmen attacked Doma village and killed four members of the Baptist community."
    )
    _, rows, _ = extract_document(text, None)
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == (VAC, "Attack")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bombs dropped from the air lead artillery fired alongside them
        (
            "Government forces kept firing artillery and drop aerial bombs on the hill town.",
            "Air/drone strike",
        ),
        (
            "The army fired rockets at the town while warplanes bombed its outskirts.",
            "Air/drone strike",
        ),
        ("The militia dropped incendiary ammunition on the fuel depot.", "Air/drone strike"),
        # tanks and "heavy and medium weapons" fired at an area are a bombardment
        (
            "Militiamen aimed and fired heavy and medium weapons on two farms east of the port.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Troops fired tanks at the houses on the edge of the hamlet.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_air_bombs_lead_artillery_and_tank_fire_is_shelling(text, expected):
    assert classify_event(text) == ("Explosions/Remote violence", expected)


@pytest.mark.parametrize(
    "text",
    [
        "The brigade established new fortifications north of the river crossing.",
        "The Northern Front ended its affiliation with the Coastal Alliance.",
        "Hunters of the local militia encircled the hamlet of Borodou.",
        "Members of the Red Hand cartel delivered boxes of food to poor families in Santa Lila.",
    ],
)
def test_fortifying_renouncing_ties_encircling_and_handouts_change_group_activity(text):
    assert classify_event(text) == ("Strategic developments", "Change to group/activity")


def test_families_given_handouts_are_no_party_to_a_group_activity():
    text = "On Monday, members of the Red Hand cartel delivered food packages to families."
    _, rows, _ = extract_document(text, None)
    assert rows[0]["sub_event_type"] == "Change to group/activity"
    assert rows[0]["actor2"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Police broke up the march in the capital and two marchers were seriously injured.",
        "Riot police dispersed the rally with live gunfire.",
        "Gendarmes dispersed the sit-in; one student was reportedly shot in the leg.",
        "A water-cannon vehicle ran over a man as troops cleared the square of demonstrators.",
    ],
)
def test_serious_wounds_live_fire_or_vehicles_at_a_protest_are_excessive_force(text):
    assert classify_event(text) == ("Protests", "Excessive force against protesters")


def test_heavy_weapons_and_machine_guns_fired_at_homes_are_shelling():
    text = "Rebel fighters fired mortar rounds and machine guns at residential neighbourhoods."
    assert classify_event(text) == (EXPLOSIONS, "Shelling/artillery/missile attack")
    # a fight told alongside keeps it a battle
    assert classify_event(text, "Government troops fought back.") == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "Villagers from two rival hamlets exchanged fire over a grazing dispute, killing three.",
        "Tribal clashes broke out between villagers over a water point, leaving two dead.",
    ],
)
def test_villagers_trading_fire_or_tribal_clashes_are_battles_not_mobs(text):
    assert classify_event(text, initiator="crowd", killed=2) == ("Battles", "Armed clash")


def test_an_ethnic_group_attacked_is_civilians_not_a_militia():
    text = (
        "Fighters of the Qemant militia attacked the Amhara Ethnic Group at Chilga, burning huts "
        "and wounding four people."
    )
    _, rows, _ = extract_document(text, None)
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == (VAC, "Attack")
    assert rows[0]["actor2"].startswith("Civilians")


def test_pelting_with_stones_is_a_riot_and_demos_are_protests():
    assert classify_event("Residents pelt traffic officers with stones at the market.")[0] == (
        "Riots"
    )
    assert classify_event("Opposition supporters held demos in the port city.") == (
        "Protests",
        "Peaceful protest",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nurses blocked the clinic gate, protesting over vandalism and thefts at the ward.",
        "A farmer set himself on fire outside the ministry in protest over land seizures.",
        "Growers staged a rally demanding compensation for crops damaged due to hail.",
    ],
)
def test_damage_a_protest_is_about_or_self_immolation_is_no_riot(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


def test_a_crowd_shot_by_troops_suffered_an_attack_not_a_riot():
    text = "Three youths were shot and injured by soldiers while they were driving home."
    assert classify_event(text, initiator="crowd", target_kind="civilian") == (VAC, "Attack")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A power pylon was blown up near the dam.", "Remote explosive/landmine/IED"),
        ("Two explosives ripped through a hotel lobby downtown.", "Remote explosive/landmine/IED"),
        (
            "Militia fighters downed an army helicopter near the airfield.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Foreign aircraft of the coalition mission carried out strikes on insurgent hideouts.",
            "Air/drone strike",
        ),
    ],
)
def test_blown_up_downed_and_strikes_by_named_aircraft_are_remote_violence(text, expected):
    assert classify_event(text) == (EXPLOSIONS, expected)


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, gunmen shot and wounded a RENAMO activist in Beira.",
        "Unknown gunmen opened fire on RENAMO supporters at a market in Beira on Sunday, "
        "wounding two.",
    ],
)
def test_activists_or_supporters_of_an_armed_movement_are_civilians(text):
    _, rows, _ = extract_document(text, None)
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == (VAC, "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "Troops violently repressed a rally of opposition supporters in the town square.",
        "A march by teachers was met with brutal force by riot units.",
        "Residents banged pots to demand water; guardsmen began to shoot at protesters' houses.",
    ],
)
def test_violent_repression_or_force_met_by_a_protest_is_excessive_force(text):
    assert classify_event(text) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    "text",
    [
        "Farmers blockaded the main highway outside Lindow to protest a new tax on grain.",
        "Taxi owners rallied against fuel prices and deflated the tyres of a bus company van.",
        "During a march against school fees, the tyres of a patrol car were slashed.",
        "Pensioners marched to the ministry and threw eggs and paint at its front door.",
        "Students protesting the closure of their campus burned two official vehicles.",
    ],
)
def test_blockading_roads_damaging_tyres_or_pelting_with_eggs_make_a_protest_violent(text):
    assert classify_event(text) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers stormed the port authority offices to protest unpaid wages.",
        "Residents of the estate stormed the housing office and demanded the return of deposits.",
    ],
)
def test_a_crowd_storming_offices_without_harm_demonstrates_peacefully(text):
    _, rows, _ = extract_document(text, None)
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        "Carrying sticks and whips, party youths stormed the council hall to protest the vote.",
        "Angry residents stormed the housing office and smashed its windows.",
    ],
)
def test_storming_with_weapons_or_damage_is_still_a_riot(text):
    _, rows, _ = extract_document(text, None)
    assert rows[0]["event_type"] == "Riots"


def test_firing_named_weapons_at_forces_is_a_fight():
    text = "On 2 May 2021, rebel fighters fired several rounds on an army unit near the ridge."
    _, rows, _ = extract_document(text, None)
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 April 2020, an army base was attacked near the river port. No one was hurt.",
        "On 4 May 2020, a police officer was ambushed on the road to the quarry.",
    ],
)
def test_forces_named_as_the_subject_of_a_passive_attack_make_it_a_battle(text):
    _, rows, _ = extract_document(text, None)
    assert (rows[0]["event_type"], rows[0]["sub_event_type"]) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen marched on the harbour office and erected a barrier across the quay road.",
        "Traders protested outside the tax bureau and tried to storm the building.",
    ],
)
def test_barriers_or_an_attempt_to_storm_make_a_protest_violent(text):
    assert classify_event(text) == ("Riots", "Violent demonstration")


def test_fire_at_a_named_settlement_and_its_region_is_shelling():
    text = "On 9 June 2021, government forces fired at Velmora, Ostrava Region."
    assert classify_event(text) == (EXPLOSIONS, "Shelling/artillery/missile attack")


@pytest.mark.parametrize(
    "text",
    [
        "Kin of a cyclist who died in a crash with a lorry staged a protest in the town square.",
        "Neighbours of a welder who was killed when a crane fell marched to the city hall.",
    ],
)
def test_a_death_the_mourners_protest_about_does_not_swallow_their_protest(text):
    assert classify_event(text) == ("Protests", "Peaceful protest")


def test_a_suicide_car_bombing_is_a_suicide_bomb():
    text = "A suicide car bombing tore through a police checkpoint on the airport road."
    assert classify_event(text)[1] == "Suicide bomb"


def test_a_car_bombing_is_a_remote_explosive():
    text = "A car bombing outside a hotel in the port city killed five guards."
    assert classify_event(text) == (EXPLOSIONS, "Remote explosive/landmine/IED")


def test_mines_of_a_mineral_are_no_explosive():
    text = "Rebels seized the town of Kalembe and its cobalt mines after a day of fighting."
    assert classify_event(text) == ("Battles", "Non-state actor overtakes territory")


def test_a_single_shell_that_hit_a_house_is_shelling():
    text = "Two pensioners died when a shell hit their house on the edge of the town."
    assert classify_event(text) == (EXPLOSIONS, "Shelling/artillery/missile attack")
