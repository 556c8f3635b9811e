"""Who did what to whom: actor1 (initiator), actor2 (target), their associates, claimants.

Works on actor mentions found by ``sitrep.actors`` plus light syntax: the agent of a passive
("by X"), the subject before the event verb, the object or victim after it. ACLED's generic
actors fill the gaps ("Protesters (Kenya)", "Unidentified Armed Group (Mali)").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import compress

from sitrep.actors import ARMED_TYPES, NONSTATE_ARMED_TYPES, placed_actor, state_forces
from sitrep.casualties import CasualtyFigure
from sitrep.event_types import find_cues, label_end
from sitrep.places import normalize_key
from sitrep.seeds import read_seed_csv
from sitrep.text import (
    CASE_FOLD_ODDITIES,
    LowercaseRegex,
    WordSetGates,
    finditer_from_words,
    first_words,
    holds_any,
    lower_words,
    whole_first_words,
    window_after,
    window_before,
)

_ROLE_CUES = (
    "clash", "attack", "kill", "shelling", "air_strike", "ied", "grenade", "suicide", "abduct",
    "sexual", "overtake", "regain", "arrest", "loot", "disrupted", "mob", "riot", "protest",
    "intervention", "excessive_force", "change_group", "agreement",
    # ("troops pursued the bandits and killed three of them": whom they went after, the target)
    "pursuit",
)  # fmt: skip
_WEAPON_CUES = ("air_strike", "shelling")  # cues that may open with the weapon's own name
_CLAIM_VERB_RE = re.compile(
    r"\b(?:said|says|claimed|claims|claim|reported|reports|announced|stated|acknowledged|"
    r"admitted|confirmed|declared|told)\b"
)
_ACCORDING_RE = re.compile(
    r"\b(?:according\s+to|claimed\s+by|citing)\s+(?P<src>[^,.;:]{2,80})", re.I
)
_ACCORDING_FIRSTS = first_words(_ACCORDING_RE.pattern, _ACCORDING_RE.flags)
_CLAIM_VERB_FIRSTS = first_words(_CLAIM_VERB_RE.pattern)
# every match opens with one of these whole words (in lowercase)
_ACCORDING_WORDS = whole_first_words(_ACCORDING_RE)
_CLAIM_VERB_WORDS = whole_first_words(_CLAIM_VERB_RE)
_UNNAMED_ATTACKER_RE = LowercaseRegex(
    r"\b(?:unknown|unidentified|suspected|armed|masked|hooded|presumed)\s+"
    # ("a group of about eight hooded and armed men")
    r"(?:(?:and|,)\s+(?:armed|masked|hooded)\s+)?"
    r"(?:armed\s+)?(?:gunmen|gunman|men|assailants?|attackers?|individuals?|persons?|group|"
    r"militants|fighters|bandits|criminals|perpetrators)\b|\bgunm[ae]n\b|\bbandits\b|"
    r"\bassailants\b|\battackers\b|"
    # ("members of an armed separatist group")
    r"\barmed\s+(?:separatist\s+|rebel\s+|criminal\s+|islamist\s+|jihadist\s+|insurgent\s+)?group\b|"
    r"\bmen\s+(?:on|riding)\s+(?:an?\s+)?(?:motorcycles?|motorbikes?)\b",
    re.IGNORECASE,
)
# "was punched and kicked by four men": harm done by people the note does not name
_PASSIVE_BY_UNNAMED_RE = LowercaseRegex(
    r"\b(?:was|were|been|being)\s+(?:[\w-]+\s+){0,4}?\w+(?:ed|en)\s+by\s+"
    r"(?:a\s+(?:group|gang|mob)\s+of\s+|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"several|some|\d+)\s+)(?:unknown\s+|unidentified\s+|masked\s+|hooded\s+|young\s+)*"
    r"(?:men|youths|individuals|people|strangers)\b",
    re.IGNORECASE,
)
_BY_BEFORE_RE = re.compile(
    # ("by" looked for first: the look-behinds are slow to try at every character)
    r"\b(?=by\s)"
    # (not "troops backed by VDP": the auxiliaries who backed the troops)
    r"(?<!backed\s)(?<!supported\s)(?<!assisted\s)(?<!accompanied\s)"
    # (nor "attacked positions held by Dir clan militia": whose positions were attacked)
    r"(?<!held\s)(?<!controlled\s)(?<!occupied\s)(?<!manned\s)"
    r"by\s+(?:the\s+|a\s+|an\s+|suspected\s+|presumed\s+|alleged\s+|"
    r"(?:members?|elements|fighters|militants)\s+of\s+|"
    # "launched by Sudan's paramilitary Rapid Support Forces"
    r"[\w-]+['’]s\s+|(?:paramilitary|rebel|jihadist|Islamist|militant|insurgent|separatist)\s+|"
    # ("a complex attack by several hundred terrorists of the so-called JNIM")
    r"(?:several|some|about|around|over|more\s+than)\s+(?:hundreds?|dozens?|\d+)\s+|"
    r"(?:hundreds|dozens)\s+of\s+|"
    # "was assaulted by two police officers", "by five municipal officers", "by some unknown
    # assailants": how many, and a word that describes them
    r"(?:some|several|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+"
    r"(?:[a-z]+\s+)?|"
    # "by a group of unknown armed men", "by unidentified motorcycle-riding assailants"
    r"(?:groups?|gangs?|bands?)\s+of\s+|(?:unknown|unidentified|masked|hooded)\s+|"
    r"[a-z]+-(?:riding|wielding|borne|mounted)\s+)*$",
    re.I,
)
# "insurgents allegedly belonging to X", "armed men believed to be supporters of X": the
# group named stands where the phrase it qualifies stands (agent, subject or victim)
_QUALIFIER_BEFORE_RE = LowercaseRegex(
    r",?\s*(?:who\s+(?:are|were|was|is)\s+)?"
    r"(?:(?:allegedly|reportedly|presumably|possibly|probably|likely)\s+)?"
    r"(?:(?:belonging|linked|affiliated|loyal|allied)\s+(?:to|with)|"
    r"(?:suspected|believed|presumed|thought|assumed|said|alleged|reported)\s+to\s+"
    r"(?:be|belong\s+to)(?:\s+(?:members|fighters|militants|elements|sympathi[sz]ers|"
    r"supporters|part)\s+of)?)\s+(?:the\s+|a\s+|an\s+)*"
    # ("suspected to be members of the proscribed Indigenous People of Biafra")
    r"(?:(?:proscribed|outlawed|banned|so-called)\s+)?$",
    re.I,
)
# every qualifier holds one of these words (the look-behind search is slow; this is not)
_QUALIFIER_WORDS = (
    r"(?:belonging|linked|affiliated|loyal|allied|suspected|believed|presumed|thought|"
    r"assumed|said|alleged|reported)"
)
_QUALIFIER_WORD_RE = LowercaseRegex(rf"\b{_QUALIFIER_WORDS}\b", re.I)
# such a word and the "to" or "with" after it, anywhere: a qualifier match may start mid-word
_QUALIFIER_TO_RE = LowercaseRegex(rf"{_QUALIFIER_WORDS}\s+(?:to|with)", re.I)
_ACTIVE_AFTER_RE = re.compile(
    # ("New People's Army (NPA) rebels ambushed": the acronym's parenthesis first)
    r"(?:\)|\s*\([A-Z][\w&-]{0,11}\))?(?:"
    r"(?:\s+(?:militants|fighters|members|rebels|insurgents|militiamen|jihadists|forces|troops|"
    r"armed\s+group))?"
    r"\s+(?:(?:have|had|has)\s+)?(?:ambushed|attacked|killed|shot|raided|abducted|kidnapped|"
    r"stormed|shelled|targeted|(?:fired|opened\s+fire)\s+(?:at|on|upon)|"
    # ("were killed when Maoists triggered an improvised explosive device")
    r"triggered|detonated|set\s+off)\s+(?:the|an?|their|"
    r"his|her|its|"
    r"several|some|\d+|two|three|four|five|six|seven|eight|nine|ten|at\s+least|"
    # "when Houthi forces attacked army positions"
    r"(?:(?:army|military|police|government|security)\s+)?(?:positions?|posts?|bases?|"
    r"checkpoints?|convoys?|patrols?|barracks)|"
    # "when fighters of the 3R armed group raided farming hamlets"
    r"(?:[a-z]+\s+)?(?:villages?|hamlets?|settlements?|homes|houses|farms|camps?|markets?))\b|"
    # "... after militants raided Kitale police station": a named place as the object
    r"(?:\s+(?:militants|fighters|members|rebels|insurgents|militiamen|jihadists|forces|troops))?"
    r"\s+(?:(?:have|had|has)\s+)?(?:ambushed|attacked|raided|stormed|shelled|overran|"
    # ("when Azerbaijani forces fired mortars at Armenian combat positions")
    r"fired\s+(?:[\w-]+\s+){1,2}?(?:at|on|upon)|opened\s+fire\s+(?:at|on|upon))\s+(?-i:[A-Z])|"
    # "killed when fighters of the ADF swept into this farming village"
    r"\s+(?:(?:have|had|has)\s+)?(?:swept|burst|poured|stormed)\s+(?:into|through)\s|"
    # "after fighting with X, Y took control of the town": Y took the place
    r"(?:\s+(?:militants|fighters|members|rebels|insurgents|militiamen|militia|forces|troops))?"
    r"\s+(?:(?:have|had|has)\s+)?(?:took\s+(?:over|control\s+(?:of|over))|captured|overran|"
    r"seized\s+control\s+(?:of|over)|retook|recaptured|regained\s+control\s+(?:of|over))\s)",
    re.I,
)
_BY_HEAD_RE = re.compile(r"\bby\s+(?:[\w'’-]+\s+){1,3}$", re.I)
_TARGET_BEFORE_RE = LowercaseRegex(
    # ("hooded and armed men": one description of the same men)
    r"\b(?:against|on|targeting|at|with|between|(?<!hooded\s)(?<!masked\s)and|ambushed|"
    r"attacked|killed|abducted)\s+(?:the\s+|a\s+|an\s+|presumed\s+|suspected\s+|alleged\s+)*"
    # "fired on the positions of the X": X is the target; so is Y of "troops and fighters of Y"
    r"(?:(?:positions?|bases?|camps?|checkpoints?|posts?|convoys?|patrols?|units?|fighters|"
    r"militants|elements)\s+of\s+"
    r"(?:the\s+|a\s+|an\s+)*)?$",
    re.I,
)
_REPRISAL_FOR_BEFORE_RE = re.compile(
    r"\b(?:reprisals?|retaliation|revenge)\s+(?:for|against)\s+(?:an?\s+|the\s+|their\s+)?$",
    re.I,
)
# what follows a speaker or accuser before its verb ("Residents of a village in northeastern
# Burkina Faso accused ...", "Activists in Gezira say ...")
SPEAKER_TAIL = r"(?:\s+(?:in|of|from)\s+[^,.;:]{1,60}?)?\s+(?:(?:have|has|had)\s+)?"
# an accusation's verb, not "a man accused of theft"
ACCUSES = r"(?:accused|accuse|accuses)(?!\s+of\b)"
_ACCUSER_AFTER_RE = re.compile(SPEAKER_TAIL + ACCUSES + r"\s")
_IDENTIFIED_BY_BEFORE_RE = re.compile(
    r"\b(?:identified|described|recogni[sz]ed)\s+by\s+(?:the\s+|some\s+|local\s+)*$", re.I
)
# "in conjunction with the military", "together with": a partner of the subject
_ALONGSIDE_BEFORE_RE = re.compile(
    r"\b(?:in\s+(?:conjunction|collaboration|coordination|cooperation)|together|jointly)\s+"
    r"with\s+(?:the\s+)?$",
    re.I,
)
# "soldiers and police raided ...": the second of two subjects
_AND_BEFORE_RE = re.compile(r"\band\s+(?:the\s+|a\s+|an\s+)*$", re.I)
_BEEN_RE = re.compile(r"\b(?:was|were|been|being|is|are)\b", re.I)
# where the clause of a verb ends ("..., killing two", "... after the raiders took goats")
_CLAUSE_END_RE = re.compile(
    r"[,;:.]|\b(?:after|when|while|before|as|because|since|following|amid|who|which)\b"
)
# "clashes between A and B", "clashes pitting federal A against B": ACLED codes the side
# named first as actor1
_BETWEEN_BEFORE_RE = re.compile(
    r"\b(?:between\s+(?:the\s+|a\s+|an\s+)*|pitting\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?)$", re.I
)
_PASSIVE_BY_RE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:\w+\s+){0,3}?\w+(?:ed|en|dead|shot|hit|struck)\s+by\b|"
    r"\b\w+ed\s+by\b|\b(?:shot|dead|hit|struck|beaten|taken|stolen)\s+by\b|"
    # "were targeted with an explosive by X"
    r"\b(?:was|were|been|being)\s+\w+ed\s+(?:with|using)\s+(?:an?\s+|the\s+)?[\w-]+"
    r"(?:\s+[\w-]+)?\s+by\b|"
    # "was ambushed near the locality of X, department of Y, Z region, by X": where, then who
    r"\b(?:was|were)\s+(?:attacked|ambushed|targeted|raided)\s+(?:near|in|at|on)\s[^.;]{1,80}?,"
    r"\s+by\b|"
    # "was killed in Menaka by three gunmen": a short place, then who
    r"\b(?:was|were)\s+(?:\w+ed|shot|hit|struck|beaten|taken)\s+(?:near|in|at|on)\s+"
    r"(?:[\w'’-]+\s+){1,3}?by\b"
)
_TARGET_PASSIVE_RE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?:attacked|targeted|ambushed|shot\s+at|hit|struck|raided|fired\s+(?:up)?on)"
    r"|(?:attacked|targeted|ambushed|raided)\s+(?:by|around|in|at|on|while|this|last|during|"
    r"overnight|near|early|late))\b",
    re.IGNORECASE,
)
# "Her husband, Paluku, was among at least 18 people killed": one of the dead
_ONE_OF_THE_DEAD_RE = re.compile(
    r"(?:,\s*[\w'’ -]{1,30},)?\s*(?:was|were)\s+(?:among|one\s+of)\b", re.IGNORECASE
)
_STATE_WORDS = ("state", "military", "police", "government")
_NAMED_FIGHTERS = frozenset({"rebels", "political_militia"})  # (not an ethnic group's dead)
_NUMBER_OF_BEFORE_RE = re.compile(r"\bthe\s+(?:number|count)\s+of\s+(?:the\s+)?$", re.I)


@cache  # a handful of actor types, asked about for every actor of every event
def _is_state(actor_type: str | None) -> bool:
    return bool(actor_type) and any(w in actor_type.lower() for w in _STATE_WORDS)


_ARMED_NONSTATE = ARMED_TYPES - {"state_forces"}


@dataclass
class Roles:
    side1: list[dict] = field(default_factory=list)
    side2: list[dict] = field(default_factory=list)
    unnamed_attacker: bool = False
    crowd_initiator: bool = False
    government_subject: bool = False  # "the governor extended the curfew"
    mutual: bool = False  # a clash: both sides fought
    exchange: bool = False  # "exchanged fire with": neither side is said to have started
    drugs: bool = False  # the sentence names drugs ("seized 2 tons of cocaine")
    # who broke up a crowd: "SDF fighters dispersed the protest", "Houthi gunmen broke up a rally"
    breakers: list[str] = field(default_factory=list)
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None

    @property
    def actor1_is_state(self) -> bool:
        return bool(self.side1) and _is_state(self.side1[0]["actor_type"])

    @property
    def initiator(self) -> str | None:
        """'state' | 'armed' | 'crowd' | None: who acted first."""
        if self.side1:
            kind = self.side1[0]["actor_type"]
            if _is_state(kind):
                return "state"
            if kind in ARMED_TYPES:
                return "armed"
            if kind in {"protesters", "rioters"}:
                return "crowd"
        if self.unnamed_attacker:
            return "armed"
        return "crowd" if self.crowd_initiator else None

    @property
    def armed_nonstate(self) -> bool:
        """Rebels, militias, foreign forces or unnamed gunmen take part."""
        return self.unnamed_attacker or any(
            a["actor_type"] in _ARMED_NONSTATE for a in self.side1 + self.side2
        )

    @property
    def state_involved(self) -> bool:
        return any(_is_state(a["actor_type"]) for a in self.side1 + self.side2)

    @property
    def actor2_type(self) -> str | None:
        return self.side2[0]["actor_type"] if self.side2 else None

    def finalise(
        self,
        event_type: str,
        sub_event_type: str,
        country: str | None,
        context_actors: list[dict] | None = None,
        front_line: tuple[str, str] | None = None,
        responsible: dict | None = None,
        dispersed: bool = False,
        civilians_hit: bool = False,
        counter_protest: bool = False,
        context_breakers: list[str] | None = None,
    ) -> Roles:
        """Fill ACLED's actor columns for the decided event type; ``context_actors`` (the
        event's other sentences) supply the police who intervened in a protest or riot; the
        ``front_line`` sides (holder, opposing) of the event's place name an unnamed shooter;
        and a group that claimed the attack or was suspected of it (``responsible``) is its
        author. ``civilians_hit``: the people harmed were civilians (a shelling or a strike
        that killed them names them as its target). ``counter_protest``: the note tells of a
        counter-demonstration, or of a mob that attacked demonstrators: the crowd the
        protesters faced. ``context_breakers``: armed men the event's other sentences tell
        breaking up the crowd ("SDF fighters dispersed them")."""
        where = f" ({country})" if country else ""
        side1 = _ordered(self.side1, country)
        side2 = _ordered(self.side2, country)
        names1 = [a["actor"] for a in side1]
        names2 = [a["actor"] for a in side2 if a["actor"] not in names1]
        both = side1 + side2
        if event_type == "Protests":
            later_state = _state_actors(context_actors)
            named = names1 + names2
            is_state = [_is_state(_type_of(n, both)) for n in named]
            # (a group that broke up the crowd faced it: no associate of the protesters)
            breakers = [n for n in named if n in self.breakers]
            assoc = [
                n
                for n, is_st in zip(named, is_state, strict=True)
                if not is_st and n not in breakers
            ]
            state = [n for n, is_st in zip(named, is_state, strict=True) if is_st]
            names1 = [f"Protesters{where}"] + [n for n in assoc if not n.startswith("Protesters")]
            later_breakers = [n for n in context_breakers or () if n not in names1]
            state = (
                state
                or breakers[:1]
                or [a["actor"] for a in _ordered(later_state, country)][:1]
                or later_breakers[:1]
            )
            state = _crowd_control(state, both + later_state, country)
            names2 = state if sub_event_type != "Peaceful protest" else []
            if not names2 and counter_protest:
                names2 = [f"Protesters{where}"]  # the counter-demonstrators
        elif event_type == "Riots":
            later_state = _state_actors(context_actors)
            assoc = [n for n in names1 if not _is_state(_type_of(n, side1))]
            state = [n for n in names1 + names2 if _is_state(_type_of(n, both))]
            rest2 = [n for n in names2 if n not in state]
            if self.mutual:  # two crowds that fought each other are both rioters
                rest2 = list(dict.fromkeys(_as_rioters(rest2, side2, where)))
            else:  # "was lynched by residents": the mob is the initiator, not its target
                # ("youths took to the streets to protest ... The protesters blocked the road":
                # the rioters' own crowd, not another one)
                rest2 = [n for n in rest2 if n not in (f"Rioters{where}", f"Protesters{where}")]
            if (
                not state
                # ("residents rioted and burned a judge's house. Police dispersed them": in a
                # violent demonstration that harmed no civilian, the forces who faced the
                # crowd, not the owners of what it damaged, are its other side)
                and (
                    not rest2
                    or (
                        sub_event_type == "Violent demonstration"
                        and not (self.mutual or civilians_hit)
                    )
                )
                and (sub_event_type == "Violent demonstration" or (dispersed and not self.mutual))
            ):
                state = [a["actor"] for a in _ordered(later_state, country)][:1]
            state = _crowd_control(state, both + later_state, country)
            home = _crowd_home(assoc, side1)
            rioters = f"Rioters ({home})" if home else f"Rioters{where}"
            names1 = [rioters] + [n for n in assoc if not n.startswith("Rioters")]
            names2 = state or rest2
            if sub_event_type == "Mob violence" and not names2:
                # two crowds that fought each other are both rioters (a mob that attacked
                # demonstrators, ``counter_protest``, fought protesters)
                names2 = [
                    f"Protesters{where}"
                    if counter_protest
                    else f"Rioters{where}"
                    if self.mutual
                    else f"Civilians{where}"
                ]
        else:
            if responsible and responsible.get("planted") and sub_event_type in _DEFUSED:
                responsible = None  # those who defused a device act, not who planted it
            if responsible and responsible["actor"] not in names1[:1]:
                if responsible["actor_type"] in NONSTATE_ARMED_TYPES:
                    # "Military vehicle struck by IED. Claimed by JNIM": the forces read as the
                    # sentence's subject were the group's target, not its partners
                    hit = [n for n in names1 if _is_state(_type_of(n, side1))]
                    names1 = [n for n in names1 if n not in hit]
                    names2 = hit + [n for n in names2 if n not in hit]
                # (the unnamed attackers were the group that claimed or is blamed: no partner)
                names1 = [responsible["actor"]] + [
                    n for n in names1 if not n.startswith("Unidentified")
                ]
                names2 = [n for n in names2 if n != responsible["actor"]]
            if event_type in _ONE_SIDED and names1 and _type_of(names1[0], side1) == "civilians":
                # "a villager was shot by men on a motorbike": civilians are the harmed side of
                # an attack or a blast, never its author (whether a blast harmed civilians is
                # decided below, from its casualties)
                harmed, names1 = _civilians_apart(names1, side1)
                if event_type == "Violence against civilians":
                    names2 = [n for n in names2 if n not in harmed] + harmed
            if not names1 and not self.unnamed_attacker and event_type in _ONE_SIDED:
                # "Israeli forces fired flares over the town. One of them hurt a man.": the
                # force named in the note's other sentences did what its main one tells (not
                # the country's own police or army, who mostly came after: to arrest, to help)
                names1 = [
                    a["actor"]
                    for a in (context_actors or [])
                    if a["actor_type"] in ARMED_TYPES
                    and a["actor"] not in names2
                    and not (_is_state(a["actor_type"]) and a["country"] in (country, None))
                ][:1]
            sides = None
            if not names1 and not self.unnamed_attacker and event_type in _FIGHTING:
                sides = front_line
            if sides:  # fire near a place one side holds came from the other side
                names1 = [sides[1]]
                if event_type == "Battles" and not names2:
                    names2 = [sides[0]]
            if event_type == "Battles" and names1 and not names2:
                names2 = _other_side(names1, side1, context_actors or [], country)
            elif sub_event_type == "Non-violent transfer of territory" and names1 and not names2:
                # ("troops retook Kawlin ... the PDF said its fighters had withdrawn"): the side
                # that left, when the story names one (no state's forces assumed)
                names2 = [
                    a["actor"]
                    for a in _ordered(context_actors or [], country)
                    if a["actor_type"] in ARMED_TYPES and a["actor"] not in names1
                ][:1]
            if (
                not names1
                and self.government_subject
                and country
                and event_type == "Strategic developments"
            ):
                names1 = [f"Government of {country}"]  # a decision by the authorities
            if not names1 and (
                self.unnamed_attacker
                or event_type != "Strategic developments"
                or sub_event_type == "Looting/property destruction"  # raiders left unnamed
            ):
                names1 = [f"Unidentified Armed Group{where}"]
            if (
                event_type == "Battles"
                and self.mutual
                and not names2
                and names1 == [f"Unidentified Armed Group{where}"]
            ):
                names2 = list(names1)  # "shoot-outs between unknown gunmen": both unnamed
            if (
                event_type == "Battles"
                and len(names1) > 1
                and _type_of(names1[0], side1) == "civilians"
            ):
                # ("near the village, the local PDF attacked militiamen"): civilians read
                # before an armed party are no side of its battle; the armed party leads
                bystanders, armed = _civilians_apart(names1, side1)
                names1 = armed + bystanders
            if event_type == "Battles" and any(
                _type_of(n, side2) not in (None, "civilians") for n in names2
            ):
                # "a herder died in fighting between two clans": the bystanders killed are no
                # side of a battle; an armed party named with them is its second actor
                bystanders, armed = _civilians_apart(names2, side2)
                names2 = armed + bystanders
            if (
                event_type == "Battles"
                and self.exchange
                # ("seized the town after a brief exchange of fire with government troops":
                # who took it leads)
                and sub_event_type != "Non-state actor overtakes territory"
            ):
                names1, names2 = _state_leads(names1, names2, side1, side2, where)
            if event_type == "Violence against civilians":
                civilians, others = _civilians_apart(names2, side2)
                names2 = (civilians or [f"Civilians{where}"]) + others
            elif sub_event_type == "Looting/property destruction" and not names2:
                # whose property it was, unless named: a drug gang's when state forces seized
                # or destroyed drugs ("police destroyed 8,000 marijuana plants")
                owner = "Unidentified Gang" if self.drugs and self.actor1_is_state else "Civilians"
                names2 = [f"{owner}{where}"]
            elif sub_event_type == "Arrests" and names2 and self.actor1_is_state:
                # "47 members of MS-13 had been captured in a joint operation with the Armed
                # Forces": state forces beside a named group arrested with them
                state = [n for n in names2 if _is_state(_type_of(n, side2))]
                if state and len(state) < len(names2):
                    names1 = names1 + [n for n in state if n not in names1]
                    names2 = [n for n in names2 if n not in state]
            elif sub_event_type == "Arrests" and not names2 and names1:
                names2 = [f"Civilians{where}"]  # the people detained, unless named
            elif sub_event_type in _DEFUSED and not names2 and self.actor1_is_state:
                # "police seized a cache of rifles": whose weapons they were is not known
                names2 = [f"Unidentified Armed Group{where}"]
            elif event_type == "Explosions/Remote violence" and civilians_hit and not names2:
                names2 = [f"Civilians{where}"]  # "shelled the town; two civilians died"
            elif event_type == "Explosions/Remote violence" and not civilians_hit:
                # "shelled the village; civilian houses burned, no one was hurt": the people
                # of a place hit without harm to anyone are not a party to the strike
                names2 = _civilians_apart(names2, side2)[1]
            elif sub_event_type == "Change to group/activity":
                # "delivered food to families", "encircled the village": a group's own
                # activity, the people it touched are not a party to it
                names2 = _civilians_apart(names2, side2)[1]
                if names1:  # "a joint patrol of X and Y": Y acts alongside X, on no one
                    names1, names2 = names1 + [n for n in names2 if n not in names1], []
            unit = _named_unit(context_actors or [], country)
            if unit is not None:
                names1 = _as_unit(names1, side1, unit, country)
                names2 = _as_unit(names2, side2, unit, country)
        if country:
            names1 = [placed_actor(n, country) for n in names1]
            names2 = [placed_actor(n, country) for n in names2]
        self.actor1, self.assoc_actor_1 = _split(names1)
        self.actor2, self.assoc_actor_2 = _split(names2)
        return self


def _state_actors(context: list[dict] | None) -> list[dict]:
    """The state forces named in the event's other sentences (who intervened in a crowd)."""
    return [a for a in context or [] if _is_state(a["actor_type"])]


def _named_unit(context: list[dict], country: str | None) -> str | None:
    """The police unit of the event's country that its other sentences name ("a joint team of
    District Reserve Guard (DRG) and CoBRA of the CRPF"), when they name no army unit; else
    None. (Army units are left alone: "Military Forces of Yemen Supreme Political Council" is
    another side than the government's army.)"""
    if not country or not context:
        return None
    police, army = state_forces(country, "police"), state_forces(country)
    named = [a["actor"] for a in context if a["country"] == country and _is_state(a["actor_type"])]
    if any(n.startswith(army + " ") for n in named):
        return None
    units = sorted({n for n in named if n.startswith(police + " ")})
    return units[0] if units else None


def _as_unit(names: list[str], side: list[dict], unit: str, country: str) -> list[str]:
    """'Maoists opened fire on the security forces': forces named only so are the unit the
    event names elsewhere (not "soldiers" or "the army": those are the army's)."""
    generic = ("Military Forces", state_forces(country))
    told = [a for a in side if a["actor"] in generic]
    if not told or not all(_SECURITY_FORCES_RE.fullmatch(a["text"]) for a in told):
        return names
    return list(dict.fromkeys(unit if n in generic else n for n in names))


_SECURITY_FORCES_RE = re.compile(r"(?:the\s+)?security\s+(?:forces|personnel)", re.IGNORECASE)


def _civilians_apart(names: list[str], side: list[dict]) -> tuple[list[str], list[str]]:
    """The names of civilians and the others, each in their order: civilians are the harmed
    side, or no party at all, in several of ACLED's event types."""
    civilians = [n for n in names if _type_of(n, side) == "civilians"]
    return civilians, [n for n in names if n not in civilians]


_FIGHTING = ("Battles", "Explosions/Remote violence")
_DEFUSED = ("Disrupted weapons use",)
# one side acts on the other: an attack on civilians, a blast or a strike
_ONE_SIDED = ("Violence against civilians", "Explosions/Remote violence")


_Holding = tuple[dt.date, dt.date, str, str]  # (from, until, holder, opposing side)


@cache
def _front_lines() -> dict[tuple[str, str], list[_Holding]]:
    """(country, place key) -> periods of control, from seeds/front_lines.csv."""
    table: dict[tuple[str, str], list[_Holding]] = {}
    for row in read_seed_csv("front_lines.csv"):
        held = (
            dt.date.fromisoformat(row["held_from"]),
            dt.date.fromisoformat(row["held_until"]),
            row["held_by"],
            row["opposed_by"],
        )
        for name in {row["location"], *row.get("aliases", "").split("|")}:
            if name.strip():
                table.setdefault((row["country"], normalize_key(name)), []).append(held)
    return table


def front_line_sides(
    location: str | None, country: str | None, on: dt.date | None
) -> tuple[str, str] | None:
    """(holder, opposing side) of a place on a front line settled on date ``on``, else None
    (front lines move: an undated event or one outside the period gets no sides)."""
    if not location or not country or on is None:
        return None
    for start, until, holder, opposing in _front_lines().get(
        (country, normalize_key(location)), ()
    ):
        if start <= on <= until:
            return holder, opposing
    return None


def _other_side(
    names1: list[str], side1: list[dict], context: list[dict], country: str | None
) -> list[str]:
    """A battle has two sides: an armed actor of the event's other sentences, else the
    country's military when the named side is not it."""
    for actor in _ordered(context, country):
        if (
            actor["actor"] not in names1
            and actor["actor_type"] in ARMED_TYPES
            # (not a unit of the side named: "backed by the Rapid Intervention Battalion")
            and not any(actor["actor"].startswith(name + " ") for name in names1)
        ):
            return [actor["actor"]]
    own = side1 and _is_state(side1[0]["actor_type"]) and side1[0]["country"] == country
    if country and not own:
        return [state_forces(country)]
    return []


def _state_leads(
    names1: list[str], names2: list[str], side1: list[dict], side2: list[dict], where: str
) -> tuple[list[str], list[str]]:
    """'Gunmen exchanged fire with the police': when neither side is said to have started,
    ACLED names the state's forces first."""
    if not names2 or not _is_state(_type_of(names2[0], side2)):
        return names1, names2
    if names1 and _is_state(_type_of(names1[0], side1)):
        return names1, names2
    state = [n for n in names2 if _is_state(_type_of(n, side2))]
    rest = [n for n in names2 if n not in state]
    if rest and names1 == [f"Unidentified Armed Group{where}"]:
        names1 = []  # our filler: the other side is named among the targets
    return state, names1 + rest


def _crowd_home(assoc: list[str], actors: list[dict]) -> str | None:
    """'Israeli settlers' rioting in the West Bank: ACLED names the rioters after the crowd's
    own country ('Rioters (Israel)' with 'Settlers (Israel)'), not the place's."""
    for name in assoc:
        if (
            name.endswith(")")
            and not name.startswith("Rioters")
            and _type_of(name, actors) == "civilians"
        ):
            return name.rsplit(" (", 1)[1][:-1]
    return None


def _as_rioters(names: list[str], actors: list[dict], where: str) -> list[str]:
    """The other crowd of a brawl: residents become rioters; the supporters of a party or
    the members of a union fight as rioters with their organisation associated."""
    out: list[str] = []
    for name in names:
        kind = _type_of(name, actors)
        if kind == "civilians":
            out.append(f"Rioters{where}")
        elif kind == "other":
            out += [f"Rioters{where}", name]
        else:
            out.append(name)
    return out


def _type_of(name: str, actors: list[dict]) -> str | None:
    for actor in actors:  # (a plain loop: asked for every name of every event)
        if actor["actor"] == name:
            return actor["actor_type"]
    return None


# words that name a weapon, read as the forces of the event's country when no one is named
_WEAPON_WORDS = frozenset(
    "airstrike airstrikes air strike air strikes drone drones warplanes jets shelling".split(" ")
) | {"air strike", "air strikes"}


# words that name drugs: what state forces seize from gangs
_DRUG_WORDS = frozenset(
    "drug drugs narcotics marijuana cannabis cocaine heroin methamphetamine opium poppy".split()
)

_UNSPECIFIED_FORCES = frozenset({"security forces", "the security forces"})


@cache
def _crowd_branch(country: str) -> str:
    rows = read_seed_csv("crowd_forces.csv")
    return next((r["branch"] for r in rows if r["country"] == country), "police")


def _crowd_control(names: list[str], mentions: list[dict], country: str | None) -> list[str]:
    """'Security forces fired tear gas at the protesters': the unspecified forces who police
    a crowd are the country's police in ACLED's coding, unless crowd_forces.csv names its
    military. Forces also named as soldiers or troops stay the military."""
    if not country or not names:
        return names
    army = state_forces(country, "military")
    if army not in names or _crowd_branch(country) != "police":
        return names
    said = {a.get("text", "").lower() for a in mentions if a["actor"] == army}
    if not said or not said <= _UNSPECIFIED_FORCES:
        return names
    police = state_forces(country, "police")
    return list(dict.fromkeys(police if n == army else n for n in names))


def _ordered(actors: list[dict], country: str | None) -> list[dict]:
    """State forces of the event's country lead their side (ACLED's primary actor)."""
    if len(actors) < 2:
        return list(actors)  # (most sides: nothing to order)
    first_of: dict[str, dict] = {}  # each actor's first mention, in order
    for actor in actors:
        first_of.setdefault(actor["actor"], actor)
    # ("the U.S. Africa Command said it conducted an airstrike": the force named leads the
    # one an "airstrike" stands for)
    named_state = any(
        _is_state(a["actor_type"]) and a.get("text", "").lower() not in _WEAPON_WORDS
        for a in first_of.values()
    )

    def rank(actor: dict) -> int:
        if _is_state(actor["actor_type"]) and (country is None or actor["country"] == country):
            return 0 if actor.get("text", "").lower() not in _WEAPON_WORDS or not named_state else 1
        return 1

    return sorted(first_of.values(), key=rank)


def _split(names: list[str]) -> tuple[str | None, str | None]:
    if len(names) < 2:
        return (names[0] if names else None), None  # (most sides: one name or none)
    rest = [n for n in dict.fromkeys(names[1:]) if n != names[0]]
    return names[0], ("; ".join(rest) or None)


def _party_after(
    sentence: str,
    verb_at: int,
    actors: list[dict],
    offset: int,
    victim_spans: list[tuple[int, int]],
    armed: bool,
) -> bool:
    """Whether an actor who is not one of the harmed is named after the verb, in its clause;
    ``armed``: an armed one (not the people of "clashed in the village", nor the "prisoners"
    exchanged). ("herders and raiders exchanged fire after the raiders took goats": the
    raiders of a later clause are one of the two sides.)"""
    end = _CLAUSE_END_RE.search(sentence, verb_at)
    clause_end = end.start() if end else len(sentence)
    for actor in actors:
        start = actor["char_start"] - offset
        if (
            verb_at <= start < clause_end
            and (not armed or actor["actor_type"] in ARMED_TYPES)
            and not any(s <= start < e for s, e in victim_spans)
        ):
            return True
    return False


def assign_roles(
    sentence: str,
    offset: int,
    actors: list[dict],
    casualties: list[CasualtyFigure],
    country: str | None,
    cues: dict[str, int],
    places: list[dict] | None = None,
) -> Roles:
    """Split a sentence's actors into the initiating side and the target side.

    ``places`` lets a demonym name a state's forces the actor dictionary did not catch
    ("shelled Ukrainian positions" -> Military Forces of Ukraine as the target)."""
    roles = Roles()
    actor_spans = [(a["char_start"] - offset, a["char_end"] - offset) for a in actors]
    all_cues = cues
    label = label_end(sentence)
    if actor_spans or label:
        cues = find_cues(sentence, actor_spans + [(0, label)])
    role_cue_positions = [pos for cue, pos in cues.items() if cue in _ROLE_CUES]
    # "Israeli jets struck a house": the strike's cue, read inside the actor's words, sets the
    # verb just after them (what the sentence names next was hit)
    weapon_spans = {
        (s, e)
        for cue, pos in all_cues.items()
        if cue in _WEAPON_CUES
        for s, e in actor_spans
        if s <= pos < e
    }
    role_cue_positions += [e for _s, e in weapon_spans]
    verb_at = min(role_cue_positions) if role_cue_positions else len(sentence)
    victim_spans = [(c.char_start - offset, c.char_end - offset) for c in casualties]
    claim_spans = _claim_spans(sentence)
    agents, subjects, objects = [], [], []
    actors, qualified_agents = _qualified(sentence, offset, actors)
    if "restore" in sentence:
        # "... beating him to death before soldiers arrived to restore order": no party
        actors = [
            a for a in actors if not _RESTORED_ORDER_RE.match(sentence, a["char_end"] - offset)
        ]
    # the look-behinds below need a "by" or a "between" (a window may cut a word: "nearby")
    lowered = sentence.lower()
    has_by = "by" in lowered
    has_between = "between" in lowered or "pitting" in lowered
    has_blame = "attributed" in lowered or "blamed" in lowered
    # so do the rarer ones below need a word most sentences lack (a test of the lowered text,
    # exact but for the letters str.lower() does not fold as a case-blind pattern does)
    folds = not (sentence.isascii() or CASE_FOLD_ODDITIES.isdisjoint(sentence))
    has_identified = has_by and (folds or any(map(lowered.__contains__, _IDENTIFIED_WORDS)))
    has_reprisal = folds or any(map(lowered.__contains__, _REPRISAL_WORDS))
    has_number = "number" in lowered or "count" in lowered
    has_with = folds or "with" in lowered
    has_weapon = holds_any(sentence, _LAUNCHED_WEAPONS)
    has_accuses = "accuse" in sentence  # (in every match of _ACCUSER_AFTER_RE: case-sensitive)
    # (what FIRED_FROM_BEFORE_RE needs right before an actor: most sentences hold none)
    has_fired_from = " from " in sentence and any(
        map(lowered.__contains__, ("fire from", "fired from", "launched from", "shelling from"))
    )
    for actor in actors:
        start = actor["char_start"] - offset
        before = window_before(sentence, start, 30)
        if has_identified and _IDENTIFIED_BY_BEFORE_RE.search(before):
            continue  # "armed men identified by residents as 3R fighters": who told, no party
        if has_reprisal and _REPRISAL_FOR_BEFORE_RE.search(before):
            continue  # "killing 27 people in a reprisal for a jihadist attack": a cause
        if (
            actor["actor_type"] == "civilians"
            and has_accuses
            and _ACCUSER_AFTER_RE.match(sentence, actor["char_end"] - offset)
        ):
            continue  # "Residents ... accused soldiers of killing 27": who accuses, no party
        if actor in qualified_agents or (
            has_weapon and _WEAPON_AFTER_RE.match(sentence, actor["char_end"] - offset)
        ):
            agents.append(actor)  # "when Houthi shells hit a neighbourhood": whose shells
        elif (
            has_fired_from
            and FIRED_FROM_BEFORE_RE.search(before)
            and (
                _POSITIONS_AFTER_RE.match(sentence, actor["char_end"] - offset)
                # ("wounded by sniper fire from Armenian positions": a state's positions)
                or actor["text"].endswith(("positions", "position"))
            )
        ):
            agents.append(actor)  # "shells fired from M23 positions hit the market": M23's
        elif (
            victim_spans
            and (
                any(s <= start < e for s, e in victim_spans)
                or any(
                    # ("A supporter of the Citizens Coalition for Change (CCC) has died": its
                    # acronym)
                    sentence.startswith(" (", e) and start == e + 2
                    for s, e in victim_spans
                )
            )
            # ("The number of people killed in a Russian missile strike ... has risen to six")
            or (has_number and _NUMBER_OF_BEFORE_RE.search(before))
        ):
            objects.append(actor)
        elif (
            has_by
            # (searched in the sentence, not the window: its look-behinds see "supported by"
            # when "supported" lies before the window)
            and _BY_BEFORE_RE.search(sentence, max(0, start - 50), start)
            and not _REPORTED_BY_BEFORE_RE.search(before)
        ) or (
            # "the attack attributed to ADF rebels on the village of Otomabere": who did it
            has_blame and _BLAMED_BEFORE_RE.search(window_before(sentence, start, 60))
        ):
            agents.append(actor)
        elif (claim_spans and any(s <= start < e for s, e in claim_spans)) or (
            has_between and _BETWEEN_BEFORE_RE.search(before)
        ):
            subjects.append(actor)
        elif start < verb_at and (
            not _TARGET_BEFORE_RE.search(before)
            or (has_with and _ALONGSIDE_BEFORE_RE.search(before))
            or (
                subjects
                and "agreement" not in all_cues  # ("A and B signed a truce brokered by C")
                and _AND_BEFORE_RE.search(before)
                and _party_after(
                    sentence, verb_at, actors, offset, victim_spans, "clash" in all_cues
                )
            )
        ):
            # ("operatives, in conjunction with the military, raided a camp": both raided;
            # "soldiers and police raided a JNIM camp": with a party named after the verb,
            # the second of two subjects joined by "and" is the first's partner, not the side
            # it fought, as in "Al Shabaab and KDF troops clashed")
            subjects.append(actor)
        elif (
            actor["actor_type"] in ARMED_TYPES
            # (before the verb, the target's cue was found just above)
            and start >= verb_at
            and not _TARGET_BEFORE_RE.search(before)
            and _ACTIVE_AFTER_RE.match(sentence, actor["char_end"] - offset)
        ):
            # "two officers died after militants ambushed their convoy": an armed subject of a
            # later clause acting on someone is the initiator
            subjects.append(actor)
        else:
            objects.append(actor)
    if not agents and not subjects and " with " in sentence:
        # "two soldiers were killed in a clash with NPA rebels": with the dead the only ones
        # named before the fight, the side they fought is its initiator
        fought = [
            a
            for a in objects
            if not any(s <= a["char_start"] - offset < e for s, e in victim_spans)
            and _FOUGHT_WITH_RE.search(window_before(sentence, a["char_start"] - offset, 60))
        ]
        if fought:
            subjects = fought[:1]
            objects = [a for a in objects if a is not fought[0]]
    passive = _PASSIVE_BY_RE.search(sentence) if agents else None
    by_unnamed = (
        _PASSIVE_BY_UNNAMED_RE.search(sentence) if subjects and not agents and has_by else None
    )
    if by_unnamed and by_unnamed.start() >= subjects[0]["char_end"] - offset:
        # "An SPD campaigner was punched and kicked by four men": the party's man was hit
        objects, subjects = subjects + objects, []
    response = passive and subjects and _response_by(sentence, all_cues)
    if passive and subjects and not response:
        first_end = subjects[0]["char_end"] - offset
        if (
            subjects[0]["actor_type"] in ARMED_TYPES
            and first_end <= verb_at < min(passive.start(), first_end + 30)
            and not _BEEN_RE.search(sentence, first_end, verb_at + 1)
            and _CLAUSE_END_RE.search(sentence, verb_at, passive.start())
        ):
            # "militants ambushed an army patrol, four motorbikes were seized by the army":
            # an armed subject's act opens the sentence; the agent of a later passive only
            # answered (or repeated) it, and the subject stays the initiator
            objects, agents, passive = agents + objects, [], None
    if (
        response
        and any(pos < response.start() for pos in role_cue_positions)
        # (X told before the answer: "an IED planted by militants exploded near the Taliban
        # governor's house" tells no act of the governor's)
        and subjects[0]["char_start"] - offset < response.start()
    ):
        # "X raided the town but was repelled by Y", "the army defused a mine planted by Y":
        # the active verb came first and X initiated; Y only answered or left the device
        objects, agents = agents + objects, []
    elif passive or (agents and subjects and _REPELLED_ATTACK_BY_RE.search(sentence)):
        # "X was attacked by Y", "X repelled an attack by Y": X is the target
        objects, subjects = subjects + objects, []
    elif subjects and _TARGET_PASSIVE_RE.match(
        window_after(sentence, subjects[0]["char_end"] - offset, 60)
    ):
        objects, subjects = subjects + objects, []  # "army checkpoint attacked at dawn"
    elif subjects and _ONE_OF_THE_DEAD_RE.match(sentence, subjects[0]["char_end"] - offset):
        objects, subjects = [subjects[0], *objects], subjects[1:]
    roles.side1 = _banner_first(sentence, offset, agents + subjects)
    # ("soldiers clashed with cartel gunmen ..., killing four suspected CJNG members": the
    # group the dead belonged to leads the side that was hit)
    if len(objects) > 1:
        objects.sort(
            key=lambda a: a["actor_type"] not in _NAMED_FIGHTERS
            or a["actor"].startswith("Unidentified")
            or not any(s <= a["char_start"] - offset < e for s, e in victim_spans)
        )
    initiators = {b["actor"] for b in roles.side1}
    roles.side2 = [a for a in objects if a["actor"] not in initiators]
    roles.mutual = "clash" in all_cues
    exchange = _search(_EXCHANGE_RE, sentence)
    roles.exchange = bool(exchange) and not _search(_ATTACK_WORD_RE, sentence)
    roles.crowd_initiator = _crowd_initiator(sentence, all_cues, verb_at, actor_spans)
    words = lower_words(sentence)
    roles.drugs = words is not None and not _DRUG_WORDS.isdisjoint(words)
    roles.government_subject = _government_subject(sentence)
    if not roles.side2 and places:
        roles.side2 = _demonym_forces(sentence, offset, places, verb_at, actor_spans)
    unnamed = _search(_UNNAMED_ATTACKER_RE, sentence) or by_unnamed
    roles.unnamed_attacker = bool(unnamed) and not roles.side1
    if not roles.side1 and not unnamed:
        # "the toll from a Russian glide bomb attack": the weapon's owner is no target, nor
        # the group an attack is named after ("the death toll from a jihadist attack")
        armed = [
            a
            for a in roles.side2
            if (a["char_start"] - offset, a["char_end"] - offset) in weapon_spans
            or (
                a["actor_type"] in ARMED_TYPES
                and _ATTACK_NOUN_AFTER_RE.match(sentence, a["char_end"] - offset)
                # ("repulsed an attempted al Shabaab attack": who repulsed it acted)
                and not _FENDED_OFF_BEFORE_RE.search(
                    window_before(sentence, a["char_start"] - offset, 40)
                )
            )
        ]
        if armed:
            roles.side1 = armed[:1]
            roles.side2 = [a for a in roles.side2 if a is not armed[0]]
    if not roles.side1:
        if not unnamed and roles.side2 and not casualties and "clash" not in cues:
            # "Russian forces shelled Kherson": the only actor is the initiator
            first = roles.side2[0]
            if first["char_start"] - offset < verb_at:
                roles.side1, roles.side2 = [first], roles.side2[1:]
    if roles.side1 and ("overtake" in all_cues or "enter" in all_cues):
        _left_first(sentence, offset, roles)
    if "intervention" in all_cues or "excessive_force" in all_cues:
        roles.breakers = crowd_breakers(sentence, offset, actors, all_cues)
    return roles


# "SDF fighters dispersed", "Members of the RSF fired tear gas", "HTS security forces broke up":
# a name, a noun or two and the act of breaking up a crowd (not "were dispersed")
_BREAKER_GAP_RE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}")
_CROWD_BREAKING = ("intervention", "excessive_force")


def crowd_breakers(
    sentence: str, offset: int, actors: list[dict], cues: dict[str, int]
) -> list[str]:
    """The actors a sentence names just before the act that broke up a crowd."""
    at = [cues[c] for c in _CROWD_BREAKING if c in cues]
    found = []
    for a in actors:
        if a["actor_type"] not in ARMED_TYPES:
            continue  # ("farmers gathered to prevent officials ...": the crowd itself)
        end = a["char_end"] - offset
        for pos in at:
            if (
                0 < pos - end <= 30
                and _BREAKER_GAP_RE.fullmatch(sentence, end, pos)
                and not _BEEN_RE.search(sentence, end, pos)
                and a["actor"] not in found
            ):
                found.append(a["actor"])
    return found


_WITHDREW_AFTER_RE = re.compile(
    r"\s+(?:(?:fighters|forces|troops|soldiers|militants|rebels|militiamen|units)\s+)?"
    r"(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:withdrew|withdrawn|pulled\s+out|retreated|"
    r"abandoned|left|evacuated|vacated)\b"
)


def _left_first(sentence: str, offset: int, roles: Roles) -> None:
    """'Soldiers withdrew from the town before the fighters arrived, and the PDF took control
    of it', 'militiamen entered the town after government troops pulled out': the side that
    withdrew left the place, the armed group that came in took it."""
    everyone = roles.side1 + roles.side2
    left = [a for a in everyone if _WITHDREW_AFTER_RE.match(sentence, a["char_end"] - offset)]
    if not left:
        return
    gone = {a["actor"] for a in left}
    came = [a for a in everyone if a["actor_type"] in ARMED_TYPES and a["actor"] not in gone]
    if came:
        rest = [a for a in everyone if a is not came[0] and a not in left]
        roles.side1, roles.side2 = [came[0]], [*left, *rest]


_FENDED_OFF_BEFORE_RE = re.compile(r"\b(?:repuls|repel|foil|thwart|avert|prevent)\w*\s", re.I)
# "a gang attack", "the jihadist raid": an attack named after the group that made it
_ATTACK_NOUN_AFTER_RE = re.compile(r"\s+(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?)\b")


# the words the look-behinds of _IDENTIFIED_BY_BEFORE_RE and _REPRISAL_FOR_BEFORE_RE need
_IDENTIFIED_WORDS = ("identified", "described", "recogni")
_REPRISAL_WORDS = ("reprisal", "retaliation", "revenge")
# every match of _WEAPON_AFTER_RE names one of these weapons, a whole word (one set test of the
# sentence's cached words, where the substrings above need a scan of the text each)
_LAUNCHED_WEAPONS = frozenset({
    "shells", "rockets", "missiles", "mortars", "drones", "jets", "warplanes", "aircraft",
    "bombs", "explosives", "munitions",
})  # fmt: skip
_REPORTED_BY_BEFORE_RE = re.compile(r"\breported\s+by\s+(?:the\s+)?$")


_FOUGHT_WITH_RE = re.compile(
    r"\b(?:clash(?:es)?|encounters?|fighting|firefights?|gunfights?|gun\s+battles?|battles?|"
    r"exchanges?\s+of\s+fire)\s+with\s+(?:the\s+|suspected\s+|alleged\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_UNDER_BANNER_RE = re.compile(
    r"\b(?:operating|fighting|acting|serving)?\s*under\s+(?:the\s+)?(?:banner\s+of\s+)?$",
    re.I,
)


def _banner_first(sentence: str, offset: int, side: list[dict]) -> list[dict]:
    """'Turkish forces and allied factions, operating under OPS, shelled ...': the joint
    operation they act under is the side's actor, its members its associates."""
    if len(side) < 2 or "under" not in sentence:
        return side
    for actor in side:
        start = actor["char_start"] - offset
        if _UNDER_BANNER_RE.search(window_before(sentence, start, 40)):
            return [actor] + [a for a in side if a is not actor]
    return side


_ATTACK_WORD_RE = re.compile(r"\battack", re.I)  # "... during an attack on a checkpoint"
_EXCHANGE_RE = LowercaseRegex(
    r"\bexchang(?:ed|ing|es?)\s+(?:of\s+)?(?:gun\s*)?fire\s+with\b|"
    r"\b(?:shoot-?outs?|gun\s*fights?|fire\s*fights?)\s+with\b",
    re.I,
)


# "when Houthi shells hit a neighbourhood": the weapons' owner fired them
_WEAPON_AFTER_RE = re.compile(
    r"\s+(?:shells|rockets|missiles|mortars|drones|jets|warplanes|aircraft)\s+"
    r"(?:hit|struck|slammed|landed|rained|fell|exploded|pounded|bombed|attacked|targeted)\b|"
    # ("killed when Russian aircraft dropped glide bombs on Kostiantynivka": who dropped them)
    r"\s+(?:(?:had|have|has)\s+)?(?:dropped|fired|launched)\s+(?:[\w-]+\s+){0,3}?(?:bombs|"
    r"missiles|rockets|shells|mortars|drones|explosives|munitions)\b",
    re.I,
)
_RESPONSE_BY_RE = re.compile(
    r"\b(?:repell?ed|repulsed|pushed\s+back|driven\s+(?:back|off|away|out)|beaten\s+back|"
    r"fought\s+off|thwarted|foiled|chased\s+(?:away|off|out))\s+by\b",
    re.I,
)
_REPELLED_ATTACK_BY_RE = re.compile(
    r"\b(?:repell?ed|repulsed|thwarted|foiled|fought\s+off|beat\s+back|pushed\s+back)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|raids?|incursions?|"
    r"ambush(?:es)?|advances?)\s+(?:by|of|from)\b",
    re.I,
)
# who left a device, not who found it
_PLANTED = r"(?:planted|laid|placed|emplaced)"
# who left a device, or launched the drone or missile that was shot down, not who stopped it
_PLANTED_BY_RE = re.compile(rf"\b(?:{_PLANTED}|launched|fired|sent|flown)\s+by\b", re.I)


def _response_by(sentence: str, cues: dict[str, int]) -> re.Match | None:
    """A passive naming who answered the initiator ('repelled by Y'), or who had planted
    the device someone defused ('an IED planted by Y')."""
    found = _RESPONSE_BY_RE.search(sentence)
    if found is None and "disrupted" in cues:
        found = _PLANTED_BY_RE.search(sentence)
    return found


_RESTORED_ORDER_RE = re.compile(
    r"\s+(?:later\s+|eventually\s+)?(?:arrived|came|were\s+deployed)\s+(?:at\s+the\s+scene\s+)?"
    r"to\s+restore\s+(?:order|calm)\b"
)


def _qualified(sentence: str, offset: int, actors: list[dict]) -> tuple[list[dict], list[dict]]:
    """Actors named through a qualifier ('gunmen suspected to be X'): X replaces the generic
    armed actor it qualifies, is dropped when it only says who the victims were ('villagers
    believed to be Y'), and is an agent when the phrase is ('by men allegedly linked to X')."""
    if not actors or not _search(_QUALIFIER_WORD_RE, sentence):
        return actors, []  # most sentences: no qualifier word, no need to look behind each actor
    dropped: list[int] = []
    agents: list[dict] = []
    for i, actor in enumerate(actors):
        start = actor["char_start"] - offset
        window = window_before(sentence, start, 80)
        # the sentence's qualifier words are mostly elsewhere ("X said"): look behind only
        # actors that have one, with its "to" or "with", just before them
        if not _QUALIFIER_TO_RE.search(window):
            continue
        match = _QUALIFIER_BEFORE_RE.search(window)
        if not match:
            continue
        head_end = start - (len(window) - match.start())
        # "supporters of" inside the qualifier is part of the name, not an actor of its own
        dropped += [
            j for j, other in enumerate(actors) if head_end <= other["char_start"] - offset < start
        ]
        head = next(
            (
                j
                for j, other in enumerate(actors)
                if j != i and head_end - 2 <= other["char_end"] - offset <= head_end
            ),
            None,
        )
        by_head = _BY_HEAD_RE.search(window_before(sentence, head_end, 40) + " ")
        if head is not None and actors[head]["actor_type"] == "civilians" and not by_head:
            dropped.append(i)
            continue
        if head is not None and (
            actors[head]["actor"].startswith("Unidentified")
            # ("an attack by two women suspected to belong to Boko Haram": the group's women)
            or actors[head]["actor_type"] == "civilians"
        ):
            dropped.append(head)
        if by_head:
            agents.append(actor)
    kept = [a for j, a in enumerate(actors) if j not in dropped]
    return kept, [a for a in agents if a in kept]


_CROWD_AGENT_RE = LowercaseRegex(
    r"\bby\s+(?:an?\s+|the\s+)?(?:angry\s+|irate\s+|local\s+|group\s+of\s+(?:unidentified\s+)?)*"
    r"(?:mob|crowd|residents|villagers|inhabitants|locals|youths?|people|students|community|"
    r"population|public|relatives|family\s+members)\b",
    re.IGNORECASE,
)


def _crowd_initiator(
    sentence: str, cues: dict[str, int], verb_at: int, actor_spans: list[tuple[int, int]]
) -> bool:
    """Residents, youths, a mob... acting: 'villagers beat a thief', 'lynched by a mob'."""
    if _search(_CROWD_AGENT_RE, sentence):
        return True
    crowd = cues.get("crowd")
    # ("Two construction workers were shot dead by ...": the crowd word is the passive's
    # subject, the harmed)
    return (
        crowd is not None
        and crowd < verb_at
        # (not "drivers were arrested after stabbing a man": held for what they did)
        and not (
            _PASSIVE_BEFORE_VERB_RE.search(sentence, crowd, verb_at)
            and not _ARRESTED_RE.match(sentence, verb_at)
        )
    )


_ARRESTED_RE = re.compile(r"(?:arrested|detained|apprehended|held|jailed)\b", re.IGNORECASE)
_PASSIVE_BEFORE_VERB_RE = re.compile(
    r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)


_GOVERNMENT_WORDS = ("overn", "arliament", "resident", "inist", "abinet", "ssembly")
_GOVERNMENT_SUBJECT_RE = re.compile(
    r"(?:[\w ]{1,40}:\s*)?(?:(?:on|around|in|between|as\s+reported\s+on)\s+[^,]{3,40},\s*)?"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?"
    r"(?:government|governor(?:ship|['’]s\s+office)?|parliament|president|prime\s+minister|"
    r"cabinet|ministry|minister|(?:legislative|national)\s+assembly|council\s+of\s+ministers)"
    r"\b(?!\s+(?:forces|troops|soldiers|positions?|building|offices?|websites?)\b)",
    re.I,
)


def _government_subject(sentence: str) -> bool:
    """The sentence opens with the government, a governor, parliament or the president as
    its subject ('On 2 May, the governor of X extended the curfew')."""
    low = sentence[:160].lower()
    if not any(map(low.__contains__, _GOVERNMENT_WORDS)):
        return False
    return bool(_GOVERNMENT_SUBJECT_RE.match(sentence))


_FORCES_AFTER_RE = re.compile(
    r"^\s+(?:government\s+|military\s+|army\s+)?(?:positions?|troops|forces|army|soldiers|"
    r"military|servicemen|units?|checkpoints?|bases?)\b"
    # "downed a Russian jet", "struck a Syrian fuel depot": their equipment
    r"|^\s+(?:[\w-]+\s+){0,2}?(?:tanks?|(?:armou?red\s+)?vehicles?|helicopters?|planes?|"
    r"jets?|aircraft|drones?|UAVs?|missiles?|rockets?|warships?|ships?|vessels?|columns?|"
    r"convoys?|(?:command|observation|supply)\s+posts?|(?:supply|ammunition|fuel)\s+"
    r"(?:points?|depots?)|depots?|howitzers?|launchers?|self-propelled\s+guns?)\b",
    re.IGNORECASE,
)


def _demonym_forces(
    sentence: str, offset: int, places: list[dict], verb_at: int, actor_spans: list
) -> list[dict]:
    """'... at Ukrainian positions' after the verb: that state's military is the target."""
    for place in places:
        start, end = place["char_start"] - offset, place["char_end"] - offset
        if place["location"] or not place["country"] or start < verb_at:
            continue
        if any(s <= start < e for s, e in actor_spans):
            continue
        if _FORCES_AFTER_RE.match(window_after(sentence, end, 40)):
            name = state_forces(place["country"])
            return [
                {
                    "actor": name,
                    "actor_type": "state_forces",
                    "country": place["country"],
                    "char_start": place["char_start"],
                    "char_end": place["char_end"],
                }
            ]
    return []


_ACT_NOUNS = (
    r"(?:attacks?|ambush(?:es)?|assaults?|raids?|bombings?|explosions?|blasts?|devices?|"
    r"IEDs?|mines?|explosives?|killings?|abductions?|kidnappings?)"
)
# the acts a party is blamed for ("blamed the shooting on", "attributed the arson to")
_BLAMED_ACTS = (
    r"(?:attacks?|ambush(?:es)?|assaults?|raids?|bombings?|explosions?|blasts?|killings?|"
    r"murders?|massacres?|shootings?|abductions?|kidnappings?|arson|violence)"
)
# "the ambush", "Tuesday's bombing", "both attacks": the act a claim or blame names
_THE_ACT = (
    r"(?:the\s+|this\s+|that\s+|these\s+|both\s+|[A-Z]\w+day['’]s\s+)(?:[\w-]+\s+){0,2}?"
    rf"{_ACT_NOUNS}\b"
)
_RESPONSIBLE_RE = re.compile(
    # ("The Group for Support of Islam and Muslims (JNIM), an al-Qaeda affiliate, claimed")
    # ("The TPNPB (West Papua National Liberation Army), the OPM's armed wing, claimed")
    r"\s*(?:\)\s*,?\s*)?(?:\([^()]{1,45}\)\s*)?(?:,\s*[^,;.()]{1,60},\s*)?"
    r"(?:has\s+|have\s+|had\s+)?(?:(?:officially|later|reportedly)\s+)?"
    r"(?:(?:claimed|claims|assumed|accepted|took)\s+(?:the\s+|full\s+)*responsibility|"
    r"(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:suspected|blamed|held\s+responsible)\b(?!\s+of\s+being)|"
    r"(?:assumed|suspected|presumed)\s+(?:responsible|behind\b)|suspected\s*(?:\)|[.;]|$)|"
    # "X later claimed the attack": a claim of the act itself, not of a figure
    rf"claimed\s+(?:the\s+|this\s+|that\s+)?{_ACT_NOUNS}\b|"
    # "JNIM said in a claim circulated on Friday that its fighters had killed 12 soldiers"
    r"said\s+in\s+a\s+claim\b|"
    # "Islamic State claimed it on its Amaq outlet": the act told before, not a figure
    r"claimed\s+(?:it|them)\b(?=\s+(?:on|in|through|via|over|shortly|late|later|hours|days)\b|\s*[.;])|"
    # "the TTP said its fighters carried out the ambush", "said it was behind the bombing"
    r"(?:said|says|stated|announced)\s+(?:(?:on|in)\s+(?:[\w'’-]+\s+){1,3}?)?(?:that\s+)?"
    r"(?:it|its\s+(?:[\w-]+\s+)?(?:fighters|men|members|militants|units?|cells?|commandos))\s+"
    r"(?:had\s+)?(?:carried\s+out|staged|conducted|mounted|was\s+behind)\s+"
    rf"{_THE_ACT}|"
    # "a cell of Los Lobos carried out the attack", "X was behind Sunday's bombing"
    rf"(?:carried\s+out|staged|perpetrated|(?:was|were)\s+behind)\s+{_THE_ACT})",
    re.I,
)
# "the device was likely planted by X", "the mines had been laid by X": who left the device
# set off the blast
_DONE_BY_BEFORE_RE = re.compile(
    r"\b(?:devices?|IEDs?|mines?|landmines?|explosives?|bombs?)\s+"
    # ("the mine is thought to have been laid by X")
    r"(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:believed|thought|suspected|presumed|said)\s+"
    r"to\s+have\s+been|was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    rf"{_PLANTED}\s+by\s+(?:the\s+)?(?:(?:suspected|presumed|alleged)\s+)?$",
    re.I,
)
# "a strike attributed to the army", "the governor blamed X": the force or group named
_BLAMED_BEFORE_RE = re.compile(
    # "attributed by local monitors to the army": whoever attributes it comes first
    r"\b(?:attributed\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?to|blamed\s+on|blam(?:ed|es|ing)|"
    # "Residents attribute the attack to fighters of the JNIM"
    r"attribut(?:e|es|ed|ing)\s+(?:the|this|that|these|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+)?"
    rf"{_BLAMED_ACTS}\s+to|"
    # "Police blamed the ambush on the TTP", "officials blamed Sunday's bombing on the ADF"
    r"blam(?:e|es|ed|ing)\s+(?:the|this|that|these|both|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+)?"
    rf"{_BLAMED_ACTS}\s+on|"
    # "the shells were fired from hills held by M23": who holds the firing positions
    r"fired\s+from\s+(?:[\w'’-]+\s+){1,4}?(?:held|controlled|occupied)\s+by|"
    # "the projectile, which officials said was fired by the Houthis"
    r"(?:was|were|had\s+been)\s+(?:fired|launched)\s+by|"
    # "The attack is suspected to have been carried out by Al-Shabaab militants"
    r"\b(?:been|was|were)\s+(?:carried\s+out|perpetrated|committed|orchestrated)\s+by)\s+"
    r"(?:the\s+)?(?:federal\s+|national\s+)?"
    # ("blamed on the paramilitary Rapid Support Forces": what kind of group it is)
    r"(?:(?:paramilitary|rebel|jihadist|militant|insurgent|separatist|islamist)\s+)?"
    # ("a military source told AFP, blaming fighters of the FPRC rebel group")
    r"(?:(?:fighters|members|militants|elements|gunmen)\s+(?:of|from)\s+(?:the\s+)?)?"
    r"[\"“‘']?$",  # ('blaming "armed herdsmen" for the attack')
    re.I,
)
# "bombs fired from M23 positions", "rockets launched from Houthi-held areas": whose
# positions they were fired from fired them
FIRED_FROM_BEFORE_RE = re.compile(r"\b(?:fired|launched|fire|shelling)\s+from\s+(?:the\s+)?$", re.I)
_POSITIONS_AFTER_RE = re.compile(
    r"(?:\s+(?:fighters|rebels|forces|troops|militia)['’]?)?"
    r"(?:\s+(?:positions?|lines|trenches|bases?)\b|-(?:held|controlled)\b)"
)
# "The attack was claimed on Telegram by X", "Claimed by JNIM on 26/12": who claimed the act
_CLAIMED_BY_BEFORE_RE = re.compile(
    rf"(?:^|\b{_ACT_NOUNS}\s+|\b(?:was|were|been|is|are)\s+(?:\w+ly\s+|also\s+)?)"
    r"claimed\s+(?:(?:on|in|via|through|over)\s+(?:[\w'’-]+\s+){1,3}?)?by\s+(?:the\s+)?$",
    re.I,
)
# "accused the ADF of being behind the raid": an accusation of the act itself
_ACCUSED_BEFORE_RE = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?:the\s+)?$")
_OF_THE_ACT_AFTER_RE = re.compile(
    r"(?:\s+(?:militants|fighters|rebels|group))?\s+of\s+(?:being\s+behind|carrying\s+out|"
    rf"staging|perpetrating|committing|planting)\s+{_THE_ACT}"
)
# "police said the attackers belonged to X": the group the attackers are members of
_MEMBERS_OF_BEFORE_RE = re.compile(
    r"\b(?:attackers|assailants|gunmen)\s+(?:belonged\s+to|were\s+[\"“]?"
    r"(?:(?:members|fighters|part)\s+of|from))\s+(?:the\s+)?"
    # "the gunmen belonged to a cell of the Sinaloa Cartel"
    r"(?:(?:a|one)\s+(?:cell|faction|unit|wing|branch)\s+of\s+(?:the\s+)?)?"
    # ('the attackers were "members of the terrorist group JNIM"')
    r"(?:(?:terrorist|jihadist|armed|militant|rebel|insurgent)\s+(?:group|organi[sz]ation)\s+)?$|"
    # "the assailants, whom they identified as fighters of the UPC"
    r"\bidentified\s+as\s+(?:members|fighters|militants|elements)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
_RESPONSIBLE_WORDS = (
    "respons", "suspected", "blam", "claimed", " by ", "belonged", " were ", "attribut",
    "identified as", "in a claim",
)  # fmt: skip
# (and the whole words of the wordings below: "carried out the attack", "Claimed by JNIM",
# "accused X of being behind it", a set test of the sentence's words)
_RESPONSIBLE_WHOLE_WORDS = frozenset(
    "claimed carried staged behind conducted mounted perpetrated accused accuses accusing".split()
)


# "a counter-protest", "counter-demonstrators": a second crowd faced the protesters
COUNTER_PROTEST_RE = re.compile(r"\bcounter[\s-]?(?:protest|demonstrat|rall(?:y|ies))", re.I)


def responsible_actor(sentence: str, offset: int, actors: list[dict]) -> dict | None:
    """The armed group a sentence says claimed or is suspected of the attack: 'JNIM claimed
    responsibility', 'militants of X were suspected', '(X suspected)', 'X suspected.', 'X
    later claimed the attack', or that planted its device ('the IED was likely planted by X',
    marked ``planted``: those who defused a device are still its event's actor1)."""
    if not any(map(sentence.__contains__, _RESPONSIBLE_WORDS)) and not holds_any(
        sentence, _RESPONSIBLE_WHOLE_WORDS
    ):
        return None
    claimed_by = "laimed" in sentence and " by " in sentence
    accused = "accus" in sentence
    for actor in actors:
        if actor["actor_type"] not in ARMED_TYPES or actor["actor"].startswith("Unidentified"):
            continue
        start, end = actor["char_start"] - offset, actor["char_end"] - offset
        if _BLAMED_BEFORE_RE.search(window_before(sentence, start, 60)):
            return actor  # "a drone strike attributed to the Congolese army": states too
        if claimed_by and _CLAIMED_BY_BEFORE_RE.search(sentence, max(0, start - 60), start):
            return actor  # "The attack was claimed by the Islamic Resistance in Iraq"
        if (
            accused
            and _ACCUSED_BEFORE_RE.search(window_before(sentence, start, 20))
            and _OF_THE_ACT_AFTER_RE.match(sentence, end)
        ):
            return actor  # "The governor accused the ADF of staging the raid"
        if actor["actor_type"] == "state_forces":
            continue
        if _DONE_BY_BEFORE_RE.search(window_before(sentence, start, 80)):
            return {**actor, "planted": True}  # "the device was likely planted by X"
        if _MEMBERS_OF_BEFORE_RE.search(window_before(sentence, start, 60)):
            return actor
        tail = _GROUP_TAIL_RE.match(sentence, end)
        if _RESPONSIBLE_RE.match(sentence, tail.end()):
            return actor
    return None


_GROUP_TAIL_RE = re.compile(
    r"(?:\s+(?:militants|fighters|members|rebels|insurgents|jihadists|group))?"
)


def _claim_spans(sentence: str) -> list[tuple[int, int]]:
    spans = []
    if not holds_any(sentence, _ACCORDING_WORDS):
        return spans
    for m in finditer_from_words(_ACCORDING_RE, sentence, _ACCORDING_FIRSTS):
        spans.append((m.start("src"), m.end("src")))
    return spans


def claimant_of(sentence: str, offset: int, actors: list[dict]) -> str | None:
    """Who a sentence's figures come from: 'According to the rebels', 'X said/claimed'."""
    words = lower_words(sentence)  # a set test first: most sentences hold neither's words
    according = words is None or not _ACCORDING_WORDS.isdisjoint(words)
    # (the patterns are tried only at the words that may begin a match: most sentences that
    # hold "said" are long)
    m = _first(_ACCORDING_RE, sentence, _ACCORDING_FIRSTS) if according else None
    if m:
        return _name_in_span(m.start("src"), m.end("src"), offset, actors) or _short(m.group("src"))
    said = words is None or not _CLAIM_VERB_WORDS.isdisjoint(words)
    verb = _first(_CLAIM_VERB_RE, sentence, _CLAIM_VERB_FIRSTS) if said else None
    if not verb:
        return None
    clause_start = max(sentence.rfind(",", 0, verb.start()), sentence.rfind(";", 0, verb.start()))
    subject_span = (clause_start + 1, verb.start())
    if clause_start > 0 and not sentence[clause_start + 1 : verb.start()].strip():
        # "ISWAP, a rival of Boko Haram, said ...": the speaker before its appositive
        opened = sentence.rfind(",", 0, clause_start)
        if opened > 0:
            before = max(sentence.rfind(",", 0, opened), sentence.rfind(";", 0, opened))
            subject_span = (before + 1, opened)
    name = _name_in_span(*subject_span, offset, actors)
    if name:
        return name
    # ('..." he said': the quote's closing mark is no part of the speaker; 'local leaders and
    # the army have said': nor is the auxiliary)
    subject = sentence[subject_span[0] : subject_span[1]].strip(" \"'“”‘’")
    subject = _AUXILIARY_END_RE.sub("", _CONJUNCTION_RE.sub("", subject))
    if not subject or len(subject.split()) > 8 or _DIGIT_RE.search(subject):
        return None
    return _short(subject)


_CONJUNCTION_RE = re.compile(r"^(?:and|but|while|as|that)\s+", re.I)
_AUXILIARY_END_RE = re.compile(r"\s+(?:have|has|had)$", re.I)
_DIGIT_RE = re.compile(r"\d")


def _first(pattern: re.Pattern[str], text: str, firsts: tuple[str, ...]) -> re.Match[str] | None:
    """``pattern.search(text)``, tried only at the words that start with one of ``firsts``."""
    return next(finditer_from_words(pattern, text, firsts), None)


# what follows a speaker's noun: "(officials) in Sagaing said", "(a local official) told"
_SAID_AFTER_RE = re.compile(
    # "the humanitarian office (OCHA) said": its acronym may follow the speaker
    r"(?:\s*\([^()]{1,30}\))?"
    # ("officials in the occupied city of Donetsk said")
    r"(?:\s+(?:in|of|from|at|for|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]*)?)?"
    # "residents and a local official said": each of those who speak
    r"(?:\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?"
    # ("A security source in Bamenda, however, told this paper")
    r"(?:,\s*(?:however|meanwhile|though|for\s+its\s+part),)?"
    r"\s+(?:\w+ly\s+)?(?:(?:have|has|had)\s+)?"
    r"(?:said|says|say|told|added|confirmed|reported|stated|announced|noted)\b"
)
_SPEECH_WORDS = frozenset(
    "said says say told added confirmed reported stated announced noted according".split()
)
ACCORDING_BEFORE_RE = re.compile(r"\baccording\s+to\s+(?:[\w'’-]+\s+){0,3}$", re.I)


@cache
def _speaker_nouns() -> frozenset[str]:
    return frozenset(row["noun"].lower() for row in read_seed_csv("speaker_nouns.csv"))


def speaker_spans(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence names who speaks ("officials said", "a military official told
    Reuters", "according to residents"): the words up to each speaker noun. A mention there is
    the source of a claim (see claimant_of), not a party to the event."""
    words = lower_words(sentence)
    nouns = _speaker_nouns()
    condemns = words is None or not _CONDEMN_WORDS.isdisjoint(words)
    spans = _condemner_spans(sentence) if condemns else []
    if (words is None or "inform" in words) and not _OWN_OPERATIVES_RE.search(sentence):
        spans += [m.span(1) for m in _RELEASE_OPENING_RE.finditer(sentence)]
    if words is not None and (words.isdisjoint(_SPEECH_WORDS) or words.isdisjoint(nouns)):
        return spans  # most sentences: a set test, no regex
    tokens = list(_WORD_RE.finditer(sentence))
    # the speaker nouns among the words (picked out in C: most words are none)
    for m in compress(tokens, map(nouns.__contains__, map(str.lower, map(re.Match.group, tokens)))):
        start, end = m.span()
        also = _AND_ALSO_SAID_RE.match(sentence, end)
        if also is not None:
            # "a local elected official and a coalition of separatist groups said": both speak
            spans.append(also.span("np"))
            end = also.end("np")
        if _SAID_AFTER_RE.match(sentence, end) or ACCORDING_BEFORE_RE.search(
            window_before(sentence, start, 60)
        ):
            # the noun phrase: back over up to three modifiers, not across punctuation
            head = re.search(r"(?:[\w'’-]+\s+){0,3}$", window_before(sentence, start, 60))
            spans.append((start - len(head.group()), end))
    return spans


_WORD_RE = re.compile(r"[\w'’-]+")
# "The Benue State Police Command wishes to inform the public that ...": a release's opening
_RELEASE_OPENING_RE = re.compile(r"((?:[\w'’/-]+\s+){1,6}?)wishes\s+to\s+inform\b")
# ("... that operatives of the Command's Tactical Team raided a hideout": its own act)
_OWN_OPERATIVES_RE = re.compile(r"\b(?:Command['’]s|its\s+(?:operatives|officers|men|troops))\b")
_AND_ALSO_SAID_RE = re.compile(
    r"\s+and\s+(?P<np>(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
    r"(?=\s+(?:(?:have|has|had)\s+)?(?:said|say|says|told|reported)\b)"
)
# "MSF condemns the attack on its ambulance", "The UN's coordinator has called for safe
# passage": who condemns an attack, or appeals over it, speaks of it
_CONDEMN_WORDS = frozenset(
    "condemn condemns condemned denounces denounced deplores deplored decried urged urges "
    "appealed called calls".split()
)
_CONDEMN_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(_CONDEMN_WORDS - {"called", "calls"}, key=len, reverse=True))
    + r"|(?:called|calls)\s+(?:for|on)"
    + r")\b"
)
# "was condemned by X", "held a rally to denounce": no one condemns in the clause's subject
_PASSIVE_BEFORE_RE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|to|not|will|would)\s+(?:\w+ly\s+)?$"
)


def _condemner_spans(sentence: str) -> list[tuple[int, int]]:
    """The subject of each condemnation: from its clause's start up to the verb (a short
    active subject: "the attack was condemned by X" and long clauses name no speaker)."""
    spans = []
    for m in _CONDEMN_RE.finditer(sentence):
        # (a clause starts after a comma, a semicolon, a live blog's "14:30 —" or a press
        # release's "Juba, 14 January 2025 –" or "Saint-Marc, 3 July 2024 -")
        start = max(
            (
                at + len(mark)
                for mark in (",", ";", "—", "–", " - ")
                if (at := sentence.rfind(mark, 0, m.start())) >= 0
            ),
            default=0,
        )
        subject = sentence[start : m.start()]
        if 0 < len(subject.split()) <= 6 and not _PASSIVE_BEFORE_RE.search(subject):
            spans.append((start, m.start()))
    return spans


def _name_in_span(start: int, end: int, offset: int, actors: list[dict]) -> str | None:
    for actor in actors:
        if start <= actor["char_start"] - offset < end:
            return actor["actor"]
    return None


def _short(text: str) -> str:
    words = _ARTICLE_RE.sub("", text.strip()).split()
    return " ".join(words[:6])


_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.I)


def victim_actor_of(figure: CasualtyFigure, actors: list[dict]) -> str | None:
    """Canonical actor named inside a casualty's victim phrase ('47 Malian soldiers')."""
    for actor in actors:
        if figure.char_start <= actor["char_start"] < figure.char_end:
            return actor["actor"]
    return None


# the patterns searched over an event's main sentence behind a set test of its words
# (_ACCORDING_RE: its own set, _ACCORDING_WORDS, in _claim_spans)
_GATES = WordSetGates(_CROWD_AGENT_RE, _EXCHANGE_RE, _QUALIFIER_WORD_RE, _UNNAMED_ATTACKER_RE)
_search = _GATES.search


def names_unnamed_attacker(fact_text: str, actors: list[dict]) -> bool:
    """'... shots fired by two men on a motorcycle': the sentence tells of attackers it does
    not name, and names no armed group beside them."""
    return _search(_UNNAMED_ATTACKER_RE, fact_text) is not None and not any(
        a["actor_type"] in ARMED_TYPES and not a["actor"].startswith("Unidentified") for a in actors
    )
