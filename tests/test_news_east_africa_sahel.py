"""Cattle raids and pursuits, lynchings, protests broken up, digests and communiques from Kenya,
Uganda, Tanzania and the central Sahel (read wrong on the twenty-fourth blind set of
articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

RAID = (
    "MARSABIT, Kenya — Three herders were shot dead when armed raiders attacked a watering "
    "point near Bubisa in North Horr sub-county on Sunday afternoon, police said.\n\n"
    "The county police commander said a group of about 15 gunmen, whom he identified as Borana "
    "raiders, opened fire on the herders as they watered their animals.\n\n"
    "Officers tracking the stolen herd caught up with the raiders near Turbi on Monday morning. "
    "One of the attackers was killed in the exchange of fire that followed, the commander said."
)


def test_raiders_a_commander_identified_as_a_community_are_its_militia():
    events = news_events(RAID, dt.date(2024, 2, 13))
    assert events[0]["actor1"] == "Borana Ethnic Militia (Kenya)"


def test_forces_who_caught_up_with_the_raiders_the_next_day_fought_them():
    events = news_events(RAID, dt.date(2024, 2, 13))
    assert [(e["event_type"], e["date_start"], e["fatalities"]) for e in events] == [
        ("Violence against civilians", dt.date(2024, 2, 11), 3),
        ("Battles", dt.date(2024, 2, 12), 1),
    ]
    assert events[1]["actor2"] == "Borana Ethnic Militia (Kenya)"


def test_a_grazing_area_named_in_an_appositive_is_the_scene():
    text = (
        "ISIOLO, Kenya — Four people were killed when raiders clashed with herders late on "
        "Monday at Kom, a grazing area in the north of Isiolo County, an administrator said."
    )
    assert [e["location"] for e in news_events(text, dt.date(2023, 8, 9))] == ["Kom"]


def test_officers_deployed_to_prevent_revenge_attacks_are_no_attack():
    text = (
        "ISIOLO, Kenya — Four people were killed when raiders clashed with herders at Kom on "
        "Monday, police said.\n\n"
        "Extra officers were deployed to Kom and to Oldonyiro on Tuesday to prevent revenge "
        "attacks."
    )
    assert len(news_events(text, dt.date(2023, 8, 9))) == 1


def test_a_digests_summary_before_here_is_how_the_week_unfolded_is_no_event():
    text = (
        "NORTH RIFT WEEK: Raids leave four dead across three counties\n\n"
        "A week of raids in the North Rift left at least four people dead, according to police. "
        "Here is how the week unfolded.\n\n"
        "BARINGO – Bandits shot dead a 14-year-old boy near Chemolingot on Wednesday morning.\n\n"
        "WEST POKOT – Late on Thursday, armed men raided a homestead at Alale and shot dead three "
        "herders."
    )
    events = news_events(text, dt.date(2024, 3, 23))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Chemolingot", 1),
        ("Alale", 3),
    ]


def test_suspects_found_dead_by_police_are_the_men_the_mob_killed():
    text = (
        "RUIRU — Two men suspected of stealing a motorcycle were beaten to death by a mob in "
        "Ruiru, Kiambu County, on Monday evening.\n\n"
        "The sub-county police commander said officers arrived to find the two men dead."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 5, 28))] == [2]


def test_a_hawker_shot_dead_when_police_broke_up_a_march_is_force_against_protesters():
    text = (
        "MOMBASA — A hawker was shot dead on Tuesday when police broke up a march by hundreds of "
        "traders protesting against a county plan to move them."
    )
    events = news_events(text, dt.date(2024, 7, 17))
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Excessive force against protesters", "Protesters (Kenya)")
    ]


BLOG = (
    "LIVE: Fuel price protests across Kenya — as it happened\n\n"
    "10:40 — In Kisumu, protesters have blocked the Kisumu-Kakamega highway with burning tyres "
    "and rocks. Police are responding with tear gas; stones are being thrown at officers.\n\n"
    "12:05 — Our correspondent reports gunshots in Kisumu. Witnesses say a man has been shot "
    "dead.\n\n"
    "13:30 — In Nakuru, a few hundred traders marched through the town centre to the county "
    "offices and handed over a petition.\n\n"
    "17:45 — Update from Kisumu: the referral hospital says a second man shot in Kisumu this "
    "morning has died of his wounds, bringing the toll there to two. Eleven others are being "
    "treated.\n\n"
    "18:20 — Some context: Kenya saw deadly protests in June and July 2024 against tax "
    "increases. Opposition parties called today's protests after pump prices rose again."
)


def test_a_live_blogs_shooting_and_later_toll_at_a_riot_are_the_riots_deaths():
    events = news_events(BLOG, dt.date(2025, 3, 18))
    assert [(e["event_type"], e["location"], e["fatalities"]) for e in events] == [
        ("Riots", "Kisumu", 2),
        ("Protests", "Nakuru", 0),
    ]


def test_a_victim_named_with_his_age_was_killed():
    text = (
        "Brian Otieno, 17, was shot dead by a police officer in Nairobi's Mathare area on "
        "Saturday night, witnesses said."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 9, 10))] == [1]


def test_the_killing_of_a_named_teenager_is_one_death():
    text = (
        "We condemn the killing of 17-year-old Brian Otieno by a police officer in Nairobi on "
        "Saturday night."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 9, 10))] == [1]


def test_a_soldier_of_named_armed_forces_is_no_named_victim():
    text = (
        "A contract serviceman of the Armenian Armed Forces was killed on Tuesday evening when "
        "Azerbaijani forces fired mortars at Armenian positions near Sotk, the ministry said."
    )
    events = news_events(text, dt.date(2023, 5, 17))
    assert [(e["actor1"], e["actor2"], e["fatalities"]) for e in events] == [
        ("Military Forces of Azerbaijan", "Military Forces of Armenia", 1)
    ]


COMMUNIQUE = (
    "BAMAKO, March 15 - Mali's army says it repelled an attack on its camp at Boni in the "
    "central Mopti region this week and struck the fleeing assailants from the air.\n\n"
    "COMMUNIQUE OF THE GENERAL STAFF OF THE ARMED FORCES\n"
    "Bamako, 14 March 2024\n"
    "On Tuesday 12 March 2024, at around 05:30, the FAMa camp at Boni was the target of a "
    "complex attack by armed terrorist groups.\n\n"
    "Provisional toll: on the friendly side, 3 killed and 7 wounded; on the enemy side, 12 "
    "terrorists neutralised and a large quantity of weapons recovered.\n\n"
    "Yesterday, FAMa aerial vectors located and struck a group of the fleeing terrorists near "
    "Hombori, neutralising about ten of them.\n\n"
    "JNIM claimed the attack on Boni in a message on Wednesday, saying it had taken the camp."
)


def test_a_communiques_dated_line_is_the_day_its_yesterday_counts_from():
    events = news_events(COMMUNIQUE, dt.date(2024, 3, 15))
    assert [(e["location"], e["date_start"]) for e in events] == [
        ("Boni", dt.date(2024, 3, 12)),
        ("Hombori", dt.date(2024, 3, 13)),
    ]


def test_enemies_neutralised_after_a_semicolon_in_a_toll_count():
    events = news_events(COMMUNIQUE, dt.date(2024, 3, 15))
    assert events[0]["fatalities"] == 15


def test_a_group_that_claimed_the_attack_on_a_named_camp_attacked_it():
    events = news_events(COMMUNIQUE, dt.date(2024, 3, 15))
    assert [e["actor1"] for e in events] == [
        "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Mali",
    ]


def test_the_next_day_named_by_its_weekday_is_that_weekday():
    text = (
        "OUAGADOUGOU, June 4 (AFP) - Jihadists ambushed a supply convoy near Djibo on Saturday, "
        "killing dozens of soldiers, security sources said.\n\n"
        "On Monday evening a security source gave a fuller toll of 27 soldiers killed.\n\n"
        "The next day, Sunday, gunmen stopped three trucks near Pobe-Mengao and shot dead two "
        "drivers, a local official said."
    )
    events = news_events(text, dt.date(2024, 6, 4))
    assert [e["date_start"] for e in events] == [dt.date(2024, 6, 1), dt.date(2024, 6, 2)]


def test_an_attack_two_days_after_the_killings_elsewhere_in_the_province_is_its_own():
    text = (
        "Soldiers and VDP members summarily executed at least 28 civilians in Kassoum, in the "
        "north-western Sourou province, on 24 September 2024, the Observatory said today.\n\n"
        "Two days after the killings, fighters of the JNIM attacked a VDP position at Toeni, also "
        "in Sourou province, killing six volunteers, according to a local official."
    )
    events = news_events(text, dt.date(2024, 10, 3))
    assert [(e["location"], e["date_start"], e["fatalities"]) for e in events] == [
        ("Kassoum", dt.date(2024, 9, 24), 28),
        ("Toeni", dt.date(2024, 9, 26), 6),
    ]


def test_police_breaking_up_a_gathering_of_party_supporters_intervened_in_a_protest():
    text = (
        "KAMPALA — Ugandan police used tear gas and rubber bullets on Monday to break up a "
        "gathering of opposition National Unity Platform (NUP) supporters in Kampala, witnesses "
        "said."
    )
    events = news_events(text, dt.date(2025, 6, 10))
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Protest with intervention", "Protesters (Uganda)")
    ]


def test_a_ban_to_stop_a_meeting_inciting_unrest_tells_no_riot():
    text = (
        "DAR ES SALAAM, Sept 25 (AFP) - Tanzanian police arrested at least 20 members of the "
        "opposition party CHADEMA in the northern city of Arusha on Monday as they gathered for "
        "a regional meeting, the party said.\n\n"
        "The Arusha regional police commander told reporters the meeting had been banned because "
        "police had intelligence that it would be used to incite unrest."
    )
    events = news_events(text, dt.date(2024, 9, 25))
    assert len(events) == 1
    assert events[0]["event_type"] != "Riots"


def test_troops_who_drove_fighters_out_of_a_town_regained_it():
    text = (
        "BURKINA FASO – Sahel region: Islamic State Sahel fighters attacked the army detachment "
        "at Markoye on Thursday. Security sources said seven soldiers were killed.\n\n"
        "BURKINA FASO – Centre-Nord region: On Friday, troops backed by VDP drove JNIM fighters "
        "out of Pensa, in Sanmatenga province. The army said nine militants and one soldier were "
        "killed."
    )
    events = news_events(text, dt.date(2025, 1, 20))
    assert [(e["location"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        ("Markoye", "Armed clash", 7),
        ("Pensa", "Government regains territory", 10),
    ]
    assert events[1]["actor1"] == "Military Forces of Burkina Faso"


def test_forces_supported_by_another_group_are_the_ones_who_acted():
    text = (
        "Malian soldiers supported by Dozo hunters clashed with suspected jihadists near Niono "
        "on Monday, the army said."
    )
    events = news_events(text, dt.date(2023, 5, 3))
    assert events[0]["actor1"] == "Military Forces of Mali"


def test_an_act_the_news_came_a_day_after_was_the_day_before():
    text = (
        "GARISSA, Kenya, June 14 — Suspected Al Shabaab militants abducted two teachers from "
        "Hulugho town in Garissa County on Tuesday, local officials said.\n\n"
        "The abduction came a day after a police vehicle struck an improvised explosive device "
        "near Ijara, wounding four officers."
    )
    events = news_events(text, dt.date(2023, 6, 14))
    assert [(e["location"], e["date_start"]) for e in events] == [
        ("Hulugho", dt.date(2023, 6, 13)),
        ("Ijara", dt.date(2023, 6, 12)),
    ]


def test_attacks_counted_over_the_first_months_of_the_year_are_a_tally():
    text = (
        "An explosive-laden drone struck a police station in Suarez, Cauca, on Tuesday, killing "
        "one officer, police said.\n\n"
        "According to the Defense Ministry, armed groups carried out more than 200 drone attacks "
        "on soldiers and police in the first nine months of the year, most of them in Antioquia."
    )
    events = news_events(text, dt.date(2025, 11, 12))
    assert [e["location"] for e in events] == ["Suarez"]


def test_an_attack_retold_in_a_statement_the_next_day_is_the_same_event():
    text = (
        "NIAMEY, Dec 12 (AFP) - Ten Nigerien soldiers were killed on Tuesday when jihadists "
        "ambushed an army patrol near Banibangou in the western Tillaberi region, the defence "
        "ministry said.\n\n"
        "In a statement read on state television late on Wednesday, the ministry said the patrol "
        "was attacked by several hundred terrorists on motorcycles. Six soldiers were wounded."
    )
    events = news_events(text, dt.date(2024, 12, 12))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 12, 10), 10)]


def test_raiders_told_later_as_a_group_of_morans_are_their_communitys_militia():
    text = (
        "ISIOLO, Kenya — Two herders were killed when raiders clashed with them late on Monday "
        "near Kipsing, police said.\n\n"
        "The attackers, a band of Samburu morans carrying rifles, tried to drive off about 80 "
        "cattle, the deputy county commissioner said."
    )
    events = news_events(text, dt.date(2023, 8, 9))
    assert events[0]["actor1"] == "Samburu Ethnic Militia (Kenya)"


def test_jihadists_from_the_islamic_state_group_in_niger_are_its_sahel_branch():
    text = (
        "NIAMEY, Dec 12 (AFP) - Eight soldiers were killed on Tuesday when jihadists from the "
        "Islamic State group ambushed a patrol near Ayorou, the defence ministry said."
    )
    events = news_events(text, dt.date(2024, 12, 12))
    assert events[0]["actor1"] == "Islamic State (Sahel)"


EXECUTIONS = (
    "SEGOU, Mali, Mar 5 - Malian soldiers executed at least nine men in the village of Sokolo "
    "last Friday, residents said.\n\n"
    "The army did not comment on Sokolo, but said in a statement on Saturday that it had "
    '"neutralised terrorists" during operations in the region.\n\n'
    "On Sunday, a drone strike hit a gathering of JNIM fighters near Lere in the Timbuktu "
    "region, killing at least four, local sources said. The army said it had struck "
    '"a terrorist meeting" near Lere but gave no toll.'
)


def test_men_executed_by_soldiers_stay_an_attack_when_the_army_claims_terrorists():
    events = news_events(EXECUTIONS, dt.date(2024, 3, 5))
    assert (events[0]["event_type"], events[0]["actor2"]) == (
        "Violence against civilians",
        "Civilians (Mali)",
    )


def test_the_army_that_tells_a_strike_on_rebels_as_its_own_fired_it():
    events = news_events(EXECUTIONS, dt.date(2024, 3, 5))
    assert (events[1]["sub_event_type"], events[1]["actor1"]) == (
        "Air/drone strike",
        "Military Forces of Mali",
    )


def test_a_town_pinned_by_its_region_keeps_that_reading_when_named_bare_again():
    # Lere is also a town in Nigeria's Kaduna state: the army that speaks is Mali's
    events = news_events(EXECUTIONS, dt.date(2024, 3, 5))
    assert (events[1]["admin1"], events[1]["location"]) == ("Tombouctou", "Lere")
    assert not any("Nigeria" in (e["actor1"] or "") for e in events)
