"""Casualty figures from sentences, and ACLED-style reconciliation of the deaths in an event.

A figure is a quantity linked to an outcome verb: actively ("killed 84 mercenaries",
"killing 5 and wounding 12"), passively ("47 soldiers were killed", "Seven ... were taken
prisoner"), as a noun ("2 fatalities", "three dead") or as a toll ("the death toll rose to
40"). Singular victims ("a farmer was killed", "shot dead a man") count one. Quantities that
name a subset ("including 3 children", "one of them") never add to a total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from sitrep.actors import STATE_FORCES
from sitrep.dates import MONTH_NAMES
from sitrep.quantities import Quantity, find_quantities
from sitrep.seeds import read_seed_csv
from sitrep.text import (
    LowercaseRegex,
    LowercaseWordRegex,
    WordBeginnings,
    WordRegex,
    WordTriggers,
    first_words,
    lower_words,
    window_after,
    window_before,
    word_beginnings,
)

_KILLED = (
    r"killed|killing|kills|kill|murdered|murdering|executed|executing|assassinated|"
    r"assassinating|beheaded|beheading|decapitated|lynched|lynching|slaughtered|massacred|"
    r"shot\s+dead|shot\s+and\s+killed|shooting\s+dead|shooting\s+and\s+killing|"
    r"shot\s+and\s+killing|gunned\s+down|gunning\s+down|beaten\s+to\s+death|burned\s+to\s+death|"
    r"burn(?:ed|t)\s+alive|"
    r"burnt\s+to\s+death|hacked\s+to\s+death|stabbed\s+to\s+death|stoned\s+to\s+death|"
    r"beating\s+to\s+death|beat\s+to\s+death|eliminated|eliminating|neutralized|neutralised|neutralizing|"
    r"neutralising|liquidated|claimed\s+the\s+lives\s+of|martyrdom\s+of|"
    r"left|leaving|bodies\s+of|corpses\s+of|remains\s+of|deaths?\s+of|killings?\s+of|"
    r"fatally\s+(?:shot|stabbed|wounded|injured)|hanged|hanging"
)
# "killed 15 militants and lost two soldiers": a side's own dead, when they are its people
# (not "lost three vehicles", "lost 20 seats", "lost a hand")
_LOST_BEFORE_RE = LowercaseRegex(
    r"\b(?:lost|losing|(?:the\s+)?loss\s+of)\s+(?:at\s+least\s+|some\s+|about\s+)?$"
)
_LOST_RE = re.compile(
    r"^(?:of\s+(?:its|their|the)\s+)?(?:\w+\s+)?(?:soldiers|troops|men|fighters|members|officers|policemen|comrades|"
    r"colleagues|personnel|militants|elements|gendarmes|guards|rangers|militiamen)\b",
    re.IGNORECASE,
)
# "We regret the loss of one of our soldiers": an army's own dead, told as its loss
_OUR_LOSS_RE = re.compile(r"^of\s+our\s+", re.IGNORECASE)
# "A 41-year-old man ... suffered fatal shrapnel wounds": a death told without "died"
_SUFFERED_FATAL = r"(?:suffered|sustained|received)\s+fatal"
_KILLED_PASSIVE = (
    r"killed|dead|died|murdered|executed|assassinated|beheaded|decapitated|lynched|"
    r"slaughtered|massacred|shot\s+dead|shot\s+and\s+killed|gunned\s+down|beaten\s+to\s+death|"
    r"burned\s+to\s+death|burnt\s+to\s+death|hacked\s+to\s+death|stabbed\s+to\s+death|"
    r"stoned\s+to\s+death|burn(?:ed|t)\s+alive|perished|dies|die|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|"
    r"found\s+(?:dead|executed|murdered|killed|beheaded|slain|shot\s+dead)|confirmed\s+dead|"
    # "was shot in the chest and pronounced dead on arrival"
    r"(?:(?:shot|stabbed|hit)\s+(?:in\s+the\s+\w+\s+)?and\s+)?(?:pronounced|declared)\s+dead|"
    # "a 31-year-old man had been brought in dead with a head wound"
    r"brought\s+(?:in\s+)?dead|"
    r"fatally\s+(?:shot|stabbed|assaulted|wounded|injured|beaten|attacked|hit|struck|burned|"
    r"burnt|hacked|lynched)|hanged|hung|slain|"
    r"(?:shot|stabbed|attacked|beaten|hacked|tortured|abducted|kidnapped|assaulted|ambushed)"
    r"\s+and\s+(?:killed|died|murdered|executed)|shot\s+to\s+death|"
    r"eliminated|neutralized|neutralised|liquidated|martyred|embraced\s+martyrdom|"
    r"paid\s+the\s+(?:supreme|ultimate)\s+price|made\s+the\s+(?:supreme|ultimate)\s+sacrifice|"
    # "three (3) of our soldiers fell with arms in hand": an army communique's dead
    r"fell\s+(?:with\s+(?:arms|weapons)\s+in\s+hand|on\s+the\s+field\s+of\s+honou?r|"
    r"in\s+(?:combat|action))|"
    r"deaths?|fatalities|fatality|bodies|corpses|killed\s+in\s+action|succumbed|"
    rf"{_SUFFERED_FATAL}\s+(?:[\w-]+\s+){{0,2}}?(?:wounds|injuries)|"
    r"(?:shot|stabbed|beaten(?:\s+up)?|injured|wounded|burned|attacked|hit)\s+and\s+(?:later\s+)?died"
)
_WOUNDED = r"wounded|wounding|injured|injuring|injures|wounds|hurt|maimed"
# "sustained shrapnel wounds", "suffered serious injuries" (not "suffered fatal wounds")
_SUSTAINED_WOUNDS = (
    r"(?:sustained|suffered|received)\s+(?!fatal)(?:[\w-]+\s+){0,2}?(?:injuries|wounds)"
)
_WOUNDED_PASSIVE = (
    r"wounded|injured|hurt|hospitali[sz]ed|injuries|injury|maimed|shot\s+and\s+wounded|"
    rf"shot\s+and\s+injured|{_SUSTAINED_WOUNDS}"
)
_CAPTURED = (
    r"captured|capturing|abducted|abducting|kidnapped|kidnapping|took\s+prisoner|"
    r"taking\s+prisoner|took\s+hostage|taking\s+hostage|seized"
)
_CAPTURED_PASSIVE = (
    r"captured|taken\s+prisoners?|taken\s+captive|taken\s+hostages?|abducted|kidnapped|"
    r"held\s+hostage|held\s+captive|taken\s+away|prisoners\s+of\s+war"
)
_MISSING_PASSIVE = r"missing|unaccounted\s+for|disappeared|forcibly\s+disappeared"

_OUTCOME_OF = [
    ("killed", _KILLED_PASSIVE),
    ("wounded", _WOUNDED_PASSIVE),
    ("captured", _CAPTURED_PASSIVE),
    ("missing", _MISSING_PASSIVE),
]
_ACTIVE_OF = [("killed", _KILLED), ("wounded", _WOUNDED), ("captured", _CAPTURED)]

_AUX = (
    r"(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|also|reportedly|allegedly|"
    r"all|later|subsequently|eventually|initially|confirmed|reported|believed|feared|said|"
    r"thought|known|now|to|have|having|both|either|then|each|apparently|presumably|seriously|"
    r"critically|severely|slightly|mortally|badly|gravely|sexually|brutally|savagely|"
    # a date between auxiliary and verb: "were on 12/03 lynched", "was on 3 May killed"
    # ("[a-z]": any letter, as the regexes using it ignore case)
    r"on\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?|on\s+\d{1,2}\s+[a-z][a-z]+(?:\s+\d{4})?|"
    r"on\s+[a-z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?)\s+)*"
)
# (matched after every figure: a LowercaseRegex, its hundred outcome words quicker; its groups'
# text is lowercase)
_PASSIVE_RE = LowercaseRegex(
    rf"^\s*(?:\((?:[^()]{{0,60}})\)\s*)?"
    rf"(?:,?\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+them|all\s+of\s+them)\b"
    rf"[^.;:()]{{0,80}}?,?\s*(?=(?:were|was|have|has|had|all|died)\b))?"
    rf"(?:,\s*(?=(?:who\s+)?(?:were|was|have|has|had|all|both|died|perished)\b))?"
    rf"(?:who\s+)?{_AUX}['\"‘“]?(?P<trig>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _OUTCOME_OF)
    + r")(?![\w])",
    re.IGNORECASE,
)
# (a LowercaseRegex, as _PASSIVE_RE: "[a-z]" is any letter, as the regex ignores case)
_FAR_PASSIVE_RE = LowercaseRegex(
    # (not across "nobody": '"a few rioters" had thrown stones and that nobody had been killed')
    rf"^(?:(?!\b(?:nobody|no\s+one|none)\b)[^,;.\d]){{0,80}}?\s"
    rf"(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    rf"(?:[a-z]\w+\s+(?:morning|afternoon|evening|night)\s+|on\s+[a-z]\w+\s+)?{_AUX}(?P<trig>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _OUTCOME_OF)
    + r")(?![\w])",
    re.IGNORECASE,
)
# "Hezbollah named the two men but did not say where they had been killed": the passive has
# a subject of its own, a pronoun for dead the story told already (counted only where no
# figure is given)
_PRONOUN_SUBJECT_RE = re.compile(
    r"\b(?:they|he|she)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s", re.IGNORECASE
)
_SPECULATION_RE = re.compile(
    r"\b(?:feared|believed|may|might|could|possibly|unconfirmed|suspected|thought)\b", re.I
)
# (searched in a short window before every figure: a LowercaseRegex, its many verbs quicker)
_ACTIVE_RE = LowercaseRegex(
    r"(?<![\w])(?P<trig>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _ACTIVE_OF)
    # 'had "neutralised" 10 assailants': a verb in quotes
    + r")[\"”]?\s+(?:(?:and\s+\w+(?:ed|ing)|at\s+least|the|a\s+total\s+of|(?:him|her)self\s+and|"
    r"some|up\s+to|nearly|about|around|over|more\s+than)\s+)*"
    r"(?:(?:a|an|the|his|her|their)\s+[\w'’\"“” -]{1,40}?\s+(?:and|as\s+well\s+as)\s+"
    r"(?:his|her|their|the)?\s*)?$"
)
# "killed 500 civilians, and 1.6 million people are displaced": a figure with a verb of its
# own (no outcome, or it would be linked already) shares no earlier verb
_OWN_VERB_AFTER_RE = re.compile(
    r"\s+(?:are|were|is|was|have|has|had|remain(?:s|ed)?|fled|live[ds]?)\b", re.IGNORECASE
)
_CHAIN_RE = re.compile(
    # ("26 auxiliaries of the Volunteers for the Defence of the Homeland (VDP) and six
    # soldiers were killed": an acronym in brackets closes the first group's name)
    r"^(?:\s+for\s+the(?:\s+(?:[A-Z][\w'’-]*|of|the))+)?\s*(?:\([^()]{1,20}\)\s*)?"
    r"(?:(?:in|at|near)\s+[^,;.\d]{1,40}?\s*)?(?:,\s*)?"
    r"(?:and|as\s+well\s+as|plus|&|,)\s*"
    r"(?:another\s+|his\s+|her\s+|their\s+)?$",
    re.I,
)
_TOLL_RE = re.compile(
    r"(?:(?:death|casualty|fatality)?\s*toll\s*:|"  # "Toll: 14 dead"
    r"(?:death|casualty|fatality)?\s*toll\s+(?:[\w'’]+\s+){0,5}?(?:to|at|of|reached|is|was|hit|"
    r"climbed\s+to|rose\s+to|risen\s+to|increased\s+to|now\s+stands\s+at)|"
    r"(?:fatalities|deaths)\s+(?:\w+\s+){0,2}(?:range[ds]?|ranging|varied|vary)\s+from|"
    # "found the bodies of three more men, bringing the number of people killed to 15"
    r"(?:bringing|raising|taking|pushing)\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killed|dead|deaths|fatalities)\s+to|"
    # "the group said the number of dead had risen to 19"
    r"number\s+of\s+(?:dead|deaths|fatalities|(?:people\s+)?killed|victims|martyrs)\s+"
    r"(?:had\s+|has\s+|now\s+)?(?:risen|rose|climbed|increased|jumped|reached)(?:\s+to)?|"
    # "Police had initially put the number of dead at 12"
    r"put\s+the\s+number\s+of\s+(?:dead|deaths|fatalities|(?:people\s+)?killed)\s+at)\s*$",
    re.IGNORECASE,
)
_ESTIMATED_TOLL_RE = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:death|casualty|fatality)?\s*toll|number\s+of\s+(?:dead|deaths|fatalities|"
    # ("A community leader said the toll was 10, but the police put it at eight")
    r"(?:people\s+)?killed)|it)\s+at|"
    # ("A civil society group gave a toll of 13 dead": another source's count; not "gave a
    # fuller toll of", "a new toll of", which update the count)
    r"(?:gave|gives|giving|cited|cites)\s+(?:a|its|their)\s+"
    r"(?:(?:death|casualty|fatality)\s+)?toll\s+of)\s*$",
    re.IGNORECASE,
)
# "The death toll from Tuesday's car bombing at a checkpoint in the capital has risen to 30",
# "the toll from the Beit Lahia strike has risen to 12", "a provisional toll of 18 dead given
# on Monday morning by officials rose to 21": a toll named with the attack it counts (or with
# its first count), a long way before its figure
_NAMED_TOLL_RE = re.compile(
    r"\b(?:(?:death|casualty|fatality)\s+toll\s+(?:from|in|of|after)|"
    r"the\s+toll\s+(?:from|in|after)|toll\s+of\s+[\d,]+(?:\s+dead)?|"
    # ("The number of people killed when gunmen attacked Ayilamo ... has risen to 11")
    r"the\s+number\s+of\s+(?:people|persons|those|villagers|residents)\s+(?:killed|who\s+died)"
    r"\s+(?:when|in|during|after))\s+"
    # ("... in an attack by gunmen on the town of Ganthier, east of the capital, on Friday has
    # risen to 14")
    r"(?:[\w'’-]+,?\s+){1,25}?"
    r"(?:has\s+|had\s+|now\s+)?(?:climbed|rose|risen|increased|jumped|reached|stands\s+at|"
    r"stood\s+at)(?:\s+to)?\s*$",
    re.IGNORECASE,
)
# "This brings the number of people killed in Sunday's events in Mahabad to three": a toll
# that names the act it counts before its figure
_BROUGHT_TO_RE = re.compile(
    r"\b(?:brings|bringing|raises|raising|takes|taking|pushes|pushing)\s+the\s+(?:total\s+)?"
    r"number\s+of\s+(?:people|persons|those|protesters|civilians)\s+(?:killed|who\s+died)\s+"
    r"(?:in|during|since|from)\s+(?:[\w'’-]+,?\s+){1,12}?to\s*$",
    re.IGNORECASE,
)
# "puts the number of people killed by security forces nationwide since the protests began at
# no fewer than 30": an estimate that names what it counts before its figure
_PUT_NUMBER_AT_RE = re.compile(
    r"\bput(?:s|ting)?\s+the\s+(?:total\s+)?number\s+of\s+(?:people|persons|civilians|"
    r"protesters|demonstrators)\s+killed\s+(?:[\w'’-]+,?\s+){1,15}?at\s*$",
    re.IGNORECASE,
)
# "found two more bodies, bringing the total to four": a toll, after deaths told (alone, "the
# total" may count arrests or strikes)
_TOTAL_BROUGHT_TO_RE = re.compile(
    r"\b(?:bringing|raising|taking|pushing)\s+(?:the|its|their)\s+(?:overall\s+)?total"
    r"(?:\s+number)?\s+to\s*$",
    re.IGNORECASE,
)
# Every toll names one of these: a search for them is much quicker than for the toll.
_TOLL_WORD_RE = LowercaseRegex(r"toll|fatalities|deaths|number\s+of")
_TOTAL_NOUN_RE = re.compile(r"^\s*(?:fatalities|fatality|deaths)\b", re.IGNORECASE)
_SUBSET_BEFORE_RE = LowercaseRegex(
    r"(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|(?<!result\s)of\s+which|"
    r"such\s+as|among\s+the\s+(?:dead|victims|killed|injured|wounded)|"
    # "helped carry the bodies of his cousin and her two children": some of the dead told
    r"\b(?:bodies|remains|corpses)\s+of\s+[^,.;]{1,30}?\band\s+(?:his|her|their))"
    r"\s*(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
_SUBSET_AFTER_RE = re.compile(
    r"^\s*(?:of\s+(?:them|whom|those|these|the\s+(?:dead|victims|deceased|injured|wounded|"
    r"killed|casualties))\b|were\s+among)",
    re.IGNORECASE,
)
# "troops repelled the attackers, killing 11 of them": "them" are fighters never counted, so
# the 11 are no part of a figure told before
_THEM_UNCOUNTED_RE = re.compile(
    r"\b(?:the|these|those)\s+(?:[a-z-]+\s+)?(?:attackers|assailants|militants|insurgents|"
    r"gunmen|fighters|rebels|jihadists|terrorists|bandits|raiders)\b[^.;\d]{0,40}$"
)


def _others_counted(sentence: str, i: int, links: list, before: str) -> bool:
    """'four soldiers were killed and troops repelled the attackers, killing 11 of them': "them"
    are fighters the sentence never counted, told after another side's dead, so the 11 add to
    those (alone, "killed eight of them" may be part of a lead's "twelve people")."""
    return i > 0 and links[i - 1] is not None and bool(_THEM_UNCOUNTED_RE.search(before))


# "troops pursued the bandits into the forest and killed three of them": "them" are the
# fighters named before the figure, whatever the verb (armed dead, not the lead's villagers)
_THEM_ARMED_RE = re.compile(
    r"\b(?:the|these|those)\s+(?:[a-z-]+\s+)?(attackers|assailants|militants|insurgents|gunmen|"
    r"fighters|rebels|jihadists|terrorists|bandits|raiders|kidnappers|militiamen)\b[^.;\d]{0,60}$"
)


def _them_named(sentence: str, start: int) -> str | None:
    """'of the bandits' for the "of them" of 'went after the bandits, killing three of them'."""
    m = _THEM_ARMED_RE.search(sentence, max(0, start - 90), start)
    if m is None:
        return None
    # (not "the gunmen shot three villagers and killed two of them": a count between names
    # the people "them" are)
    between = sentence[m.end(1) : start].lower().split()
    if _NUMBER_WORDS.intersection(between) or _civilian_nouns().intersection(between):
        return None  # ("shot the villagers and killed two of them")
    return f"of the {m.group(1)}"


@lru_cache(maxsize=1)
def _civilian_nouns() -> frozenset[str]:
    """The civilian victims' nouns of seeds/victim_kinds.csv."""
    return frozenset(
        r["word"].lower() for r in read_seed_csv("victim_kinds.csv") if r["kind"] == "civilian"
    )


_AMONG_THEM_RE = re.compile(r"\s*among\s+(?:them|the\s+(?:dead|victims))\b", re.I)
# Deaths mentioned as the reason for a protest or in a memorial are not the event's deaths.
# "the worst violence since the change of power in March, when more than 1,000 people were
# killed": the dead of a time told before
_PAST_WHEN_RE = re.compile(
    rf"\b(?:in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:{'|'.join(MONTH_NAMES)}|(?:19|20)\d\d)\b"
    r"[^.;]{0,40}?,\s+when\s+[^.;]*$"
)
# "raising an earlier toll of five", "up from the 12 reported a day earlier": a count the
# sentence's own figure replaces
_SUPERSEDED_RE = LowercaseRegex(
    r"\b(?:(?:earlier|previous)\s+(?:death\s+)?(?:toll|count|figure|tally)\s+(?:of|at)|"
    r"up\s+from(?:\s+the)?|"
    # "The first toll given on Monday by the village chief spoke of six dead": a count the
    # story goes on to correct
    r"(?:first|initial|preliminary|provisional)\s+(?:death\s+)?(?:toll|count|tally)\s+"
    r"(?:[\w'’-]+\s+){0,10}?(?:of|at)|"
    # "Initial reports on social media spoke of two dead; the OVCS has confirmed one death"
    r"(?:first|initial|early|preliminary|unconfirmed)\s+reports\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:spoke\s+of|said|put|gave|mentioned)|"
    # "Police initially said four people had died, but ...", "Police had said on Friday that
    # five people were killed"
    # ("after initially reporting 21 dead on Sunday")
    r"(?:initially|first)\s+(?:said|saying|reported|reporting|counted|told(?:\s+\w+){0,2}?)"
    r"(?:\s+that)?|"
    # "initially put the SDF death toll at three, but later said a fourth fighter had died"
    r"(?:initially|first|earlier)\s+put\s+the\s+(?:[\w-]+\s+)?(?:death\s+)?toll\s+at|"
    r"had\s+(?:earlier\s+|initially\s+)?(?:said|reported)(?:\s+on\s+\w+)?(?:\s+that)?|"
    # "The spokesman had put the toll at eight on Saturday", "had on Monday put the toll at 12"
    r"had\s+(?:earlier\s+|initially\s+|on\s+\w+\s+)?put\s+the\s+"
    r"(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths))\s+at)\s+$",
    re.IGNORECASE,
)
# "three soldiers were wounded in addition to the one killed": dead told already
_THE_BEFORE_RE = re.compile(
    r"\b(?:in\s+addition\s+to|besides|apart\s+from|on\s+top\s+of)\s+(?:the|those)\s+$",
    re.IGNORECASE,
)
# "..., hours before a roadside bomb killed a police officer in another part of the city": the
# dead of another act, told to place this one in time
_OTHER_ACT_BEFORE_RE = LowercaseRegex(
    r"\b(?:hours|minutes|days|a\s+day|shortly)\s+(?:before|after)\s+"
    r"(?!(?:the|it|they|he|she|being|having)\b)[^,;.]{0,60}$",
    re.IGNORECASE,
)
_DEAD_DESCRIBED_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:killed|dead)\s+(?:were|was|had\s+been)\s+(?!killed\b)"
)
_DEAD_AFTER_RE = re.compile(r"\s+(?:killed|dead)\b(?!\s+(?:were|was|included|are)\b)")
# (searched in a short window before every figure: a LowercaseRegex, its many causes quicker)
_REFERENCE_BEFORE_RE = LowercaseRegex(
    r"(?:mourn\w*|memory\s+of|memorial\s+(?:for|of)|commemorat\w*|justice\s+for|"
    r"honou?r(?:ing)?\s+of|tribute\s+to|funeral\s+(?:of|for)|anniversary\s+of|"
    r"to\s+protest|protest(?:ing|ed|s)?(?:\s+(?:against|over))?|denounc\w+|condemn\w*|"
    r"in\s+connection\s+with|linked\s+to|related\s+to|"
    # "forced police to hand over a suspect": a handover is no cause
    r"in\s+(?:response|reaction|retaliation)\s+to|(?<!hand\s)(?<!handed\s)(?<!handing\s)over|"
    r"against|after|following|"
    r"retaliation\s+for|revenge\s+for|accused\s+of|suspected\s+of|charged\s+with|"
    # "a youth suspected to have murdered a guard", "they suspected the pair killed a boy"
    # ("suspected jihadists killed 25": a bare plural after it is the adjective's noun)
    r"suspected\s+(?:to\s+have\s+|of\s+having\s+|(?:the\s+\w+|\w+(?<!s))\s+(?:\w+ly\s+)?)"
    r"(?:killed|murdered)|"
    r"accountability\s+for|for|(?:relatives|family|families|friends|widow|parents|mother|"
    r"father)\s+of|"
    # "aggrieved by the death of a classmate", "carrying the body of a colleague"
    r"(?:aggrieved|angered|outraged|incensed|upset|enraged)\s+(?:by|over|at)|"
    r"carr(?:y|ying|ied)|bur(?:y|ying|ied)|burial\s+of|"
    # "when the bodies of the two militants were recovered": dead told already
    r"(?:bodies|remains)\s+of\s+the)"
    # "marched after the suspected murder of a trader": a hedged cause is still a cause
    # ("marking the anniversary of the 2008 police killing of a teenager": a year names it)
    r"(?:\s+(?:the|of|a|an|alleged|suspected|recent|brutal|police|(?:19|20)\d\d|last\s+week's|"
    r"\w+'s|killing|killings|"
    r"death|deaths|murder|murders|assassination|execution|body|bodies|coffin|remains))*\s*$"
)


def _reference_before(before: str) -> bool:
    """Whether ``before`` ends with what makes a figure one referred to (_REFERENCE_BEFORE_RE).
    A match holds no ",", "." or ";": only the words after the last of them are searched."""
    cut = max(before.rfind(","), before.rfind("."), before.rfind(";"))
    return _REFERENCE_BEFORE_RE.search(before[cut + 1 :]) is not None


# Words that end the victim phrase after a quantity.
_NP_STOP = set(
    "were was are is have has had and or in on at during when while after before near by as "
    "outside inside behind along across last yesterday overnight "
    "who which that with to for into from reportedly also allegedly all later being been be "
    "but after following amid since this these those their killed dead died wounded injured "
    "captured abducted kidnapped missing taken shot lost perished fatalities fatality deaths "
    "death casualties bodies corpses including includes among mostly mainly such "
    "assassinated executed murdered lynched beheaded decapitated slain stabbed kidnapped "
    "arrested detained hurt hospitalized hospitalised burned burnt drowned die dies "
    "neutralised neutralized eliminated liquidated martyred slaughtered massacred "
    # ("two soldiers paid the supreme price"; "flanked by about a dozen armed young men said
    # his fighters had neutralised ...": a speech verb ends the phrase)
    "paid made said says told claimed fell "
    # ("killing two soldiers, and the next day torched a health centre": a clause's verb)
    "torched looted razed ransacked vandalised vandalized stormed raided ambushed".split()
)
_PASSIVE_END_RE = re.compile(r"(?:" + "|".join(p for _, p in _OUTCOME_OF) + r")$", re.IGNORECASE)
_TO_DEATH_RE = re.compile(
    r"(?<![\w])(?:stabbed|hacked|beat|beaten|stoned|burned|burnt|clubbed|shot|crushed|strangled|"
    r"tortured|bludgeoned|trampled)\s+(?P<np>(?:a|an|the|one|his|her)\s+[^,.;]{1,50}?)\s+to\s+death",
    re.IGNORECASE,
)
_BODY_FOUND_RE = re.compile(
    r"(?<![\w])(?P<np>(?:[Hh]is|[Hh]er|[Tt]he|[Aa]n?\s+\w+'s|[Aa]n?|[Aa]nother)\s+(?:\w+\s+)?"
    r"(?:body|corpse|remains))\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+|later\s+|then\s+)*"
    r"(?:found|discovered|recovered|retrieved|dumped)",
)
_OBJECT_AFTER_RE = re.compile(r"^\s+(?:a|an|the|his|her|their)\b", re.IGNORECASE)
_HAS_AUX_RE = re.compile(r"\b(?:were|was|are|is|been|be|got|get)\b", re.IGNORECASE)
_ATTEMPT_RE = re.compile(
    r"\b(?:tried|attempted|attempting|trying|attempt|threatened|threatening|planned|planning|"
    r"plotting|wanted|intended|failed)\s+to\s+$",
    re.IGNORECASE,
)
# an object after the verb makes it active: "and killed two herders", "but was killed the"
_OBJECT_WORDS = (
    r"(?:a|an|the|his|her|their|its|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|some|many|dozens)\b"
)
# "was seized by two raiders and hacked to death": the same victim, killed in the end
_AND_THEN_KILLED_RE = re.compile(
    r"[^,.;]{0,40}?\band\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?"
    r"(?:killed|murdered|executed|shot\s+dead|beheaded|lynched|"
    r"(?:stabbed|beaten|hacked|burned|burnt|stoned|shot)\s+to\s+death)\b"
    rf"(?!\s+{_OBJECT_WORDS})",
    re.IGNORECASE,
)


def _then_killed(text: str, pos: int, outcome: str) -> str:
    """'Two men were abducted by gunmen and later killed': a capture or wounding the same
    clause ends in death is a death."""
    if outcome in {"captured", "wounded"} and _AND_THEN_KILLED_RE.match(text, pos):
        return "killed"
    return outcome


_WAS_BEFORE_RE = re.compile(r"\b(?:was|were)\s+$", re.IGNORECASE)
_SECOND_VERB_RE = re.compile(r"\band\s+(\w+(?:ed|ing))\s", re.IGNORECASE)


def _after_passive_verb(before: str, m: re.Match[str], outcome: str) -> tuple[str, bool] | None:
    """'A guard was killed and wounded two herders': the first verb is passive, so only the
    second one has the quantity as its object. (outcome, False) or None."""
    second = _SECOND_VERB_RE.search(m.group(0), m.end("trig") - m.start())
    if not second or not _WAS_BEFORE_RE.search(before):
        return outcome, False
    verb = second.group(1)
    own = next((n for n, p in _ACTIVE_OF if re.fullmatch(p, verb, re.IGNORECASE)), None)
    return (own, False) if own else None


# (ages are no second figure: "two of the wounded, a 65-year-old woman and a boy, died")
# ("Two workers, aged 38 and 52, were wounded", "Two passengers, a man of 48 and a woman of
# 63, were wounded": nor are ages told after "aged" or "a man of")
_APPOSITIVE_RE = re.compile(
    r",\s*(?:\d{1,3}-year-old|(?:aged|of|and)\s+\d{1,3}\b|[^,.;()\d]){1,60}?,\s*"
)


def _appositive_passive(
    after: str, local: list[Quantity], i: int, np_end: int
) -> tuple[str, int] | None:
    """'one soldier, a former party member, was killed': the verb after an aside between
    commas still belongs to the figure. (outcome, end of the trigger) or None."""
    aside = _APPOSITIVE_RE.match(after)
    if not aside:
        return None
    if any(
        q.char_start < np_end + aside.end()
        and not _AGED_BEFORE_RE.search(after, 0, q.char_start - np_end)
        for q in local[i + 1 :]
    ):
        return None  # "3 soldiers, 2 of them officers, ...": a second figure, not an aside
    m = _PASSIVE_RE.match(after[aside.end() :])
    # ("two of the wounded, a woman and a boy, died": to die needs no auxiliary)
    if not m or not (_HAS_AUX_RE.search(m.group(0)) or _DIED_RE.fullmatch(m.group("trig"))):
        return None
    return next(n for n, _ in _OUTCOME_OF if m.group(n)), aside.end() + m.end()


_DIED_RE = re.compile(rf"died|succumbed|perished|{_SUFFERED_FATAL}\s+.*", re.IGNORECASE)


_LISTED_NP = r"(?:the|a|an|his|her|their|one)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?"
_SINGULARS_LIST_RE = re.compile(
    rf"\s*,\s*(?:{_LISTED_NP}\s*,\s*)*{_LISTED_NP},?\s+(?:and|&)\s+{_LISTED_NP}(?=\s)"
)
_PLURAL_HEAD_RE = re.compile(r"(?:[a-z]s|men|people)$")


def _singulars_list_passive(after: str) -> tuple[str, int] | None:
    """'Two militiamen, the chief and a child were killed': the group opens a list of single
    victims that shares the verb. (outcome, 0) or None: the quote stops at the group, so the
    single victims after it still count on their own."""
    listed = _SINGULARS_LIST_RE.match(after)
    if not listed:
        return None
    m = _PASSIVE_RE.match(after[listed.end() :])
    if not m or not _HAS_AUX_RE.search(m.group(0)):
        return None
    return next(n for n, _ in _OUTCOME_OF if m.group(n)), 0


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _member_after_bracket(
    sentence: str, offset: int, local: list[Quantity], i: int, np_end: int
) -> int | None:
    """Index of the quantity that continues a list after a bracketed aside, if any."""
    opened = _skip_spaces(sentence, np_end)
    closed = sentence.find(")", opened)
    if closed < 0 or "(" in sentence[opened + 1 : closed]:
        return None
    k = next((j for j in range(i + 1, len(local)) if local[j].char_start - offset > closed), None)
    if k is None or not _CHAIN_RE.match(sentence[closed + 1 : local[k].char_start - offset]):
        return None
    return k


_EITHER_OUTCOME_RE = re.compile(
    r"(?:,\s*\w+)*\s+or\s+(?:injured|wounded|captured|arrested|missing|detained)\b", re.I
)
_PARTITIVE_RE = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+)?", re.IGNORECASE)
_ALONG_WITH_RE = re.compile(r"\b(?:along|together)\s+with\s+$", re.IGNORECASE)
_TO_DEATH_AFTER_RE = re.compile(r"^\s+to\s+death\b", re.IGNORECASE)
_TO_DEATH_VERB_RE = re.compile(
    r"\b(?:stabbed|hacked|beat|beaten|stoned|burned|burnt|clubbed|shot|crushed|strangled|"
    r"tortured|bludgeoned|trampled|lynched)\s+$",
    re.IGNORECASE,
)
# Deaths dated before the event ("murdered a police officer last year") are background.
_EARLIER_AFTER_RE = LowercaseRegex(
    r"^(?:(?!\b(?:who|which|that)\b)[^,.;]){0,30}?\b(?:last\s+(?:year|month|week)|\w+\s+(?:years?|months?|weeks?)\s+ago|"
    r"earlier\s+this\s+(?:year|month)|in\s+(?:19|20)\d\d|previously|days?\s+earlier|"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:prior|before|earlier)|"
    r"the\s+(?:day|night|week)\s+before|"
    r"the\s+previous\s+(?:day|night|week))\b",
    re.IGNORECASE,
)
# a word every match of _EARLIER_AFTER_RE holds ("in 2019": its century's digits)
_EARLIER_WORDS = ("last", "ago", "earlier", "previous", "prior", "before", "19", "20")
_PHRASE_END_RE = re.compile(r"[,.;]")


def _told_earlier(text: str) -> bool:
    """Whether ``text`` opens with a time before the event (_EARLIER_AFTER_RE.match). A match
    holds no ",", "." or ";": the pattern is tried up to the first, once the words one of
    which every match holds are found there (most texts after a figure hold none)."""
    stop = _PHRASE_END_RE.search(text)
    if stop is not None:
        text = text[: stop.start()]
    if text.isascii():
        lowered = text.lower()
        if not any(word in lowered for word in _EARLIER_WORDS):
            return False
    return _EARLIER_AFTER_RE.match(text) is not None


def _denied_claim(sentence: str, start: int) -> bool:
    """'Claims circulating on social media that two people had been killed in police firing
    were "baseless", the police officer said': a toll told only to be denied."""
    return bool(
        _CLAIM_THAT_BEFORE_RE.search(sentence, max(0, start - 90), start)
        and _DENIED_AFTER_RE.search(sentence, start)
    )


_CLAIM_THAT_BEFORE_RE = re.compile(
    r"\b(?:[Cc]laims?|[Rr]eports?|[Rr]umou?rs?|[Aa]llegations?)\s+(?:[\w'’-]+\s+){0,6}?that\s+"
    r"(?:[\w'’-]+\s+){0,2}$"
)
_DENIED_AFTER_RE = re.compile(
    r"\b(?:were|was|are|is)\s+(?:\w+\s+)?[\"“']?(?:baseless|false|unfounded|untrue|fake|"
    r"incorrect|fabricated)\b"
)
# "two men who had been reported dead were being treated": dead only in an earlier count
_WRONGLY_DEAD_AFTER_RE = re.compile(
    r"[\w\s-]{0,30}?\b(?:who|that)\s+had\s+been\s+(?:wrongly\s+|earlier\s+|initially\s+)?"
    r"(?:reported|counted|listed|thought|believed|presumed|declared)\s+(?:as\s+|to\s+be\s+)?dead\b",
    re.IGNORECASE,
)
# "airstrikes killed 17 militants (coded separately)": deaths the note leaves to another event
_SEPARATE_AFTER_RE = re.compile(
    r"[^,.;()]{0,50}\((?:[\w\s]{0,20}?)(?:coded|reported|counted|recorded)\s+"
    r"(?:separately|as\s+(?:a\s+)?separate(?:\s+events?)?|elsewhere)\s*\)",
    re.IGNORECASE,
)
_THEN_KILLED_RE = re.compile(
    r"\band\s+(?:executed|killed|murdered|shot\s+dead|beheaded|slaughtered)\s", re.IGNORECASE
)
# "... and (later) shot them dead": the people just taken or pulled aside were killed
_KILLED_THEM_RE = re.compile(
    r"[^.;:]{0,110}?\band\s+(?:later\s+|then\s+|summarily\s+)?"
    r"(?:shot\s+them(?:\s+all)?\s+dead|(?:killed|executed|murdered|beheaded|slaughtered|"
    r"shot\s+dead|hacked)\s+them\b|(?:shot|hacked|stabbed|beat|burned)\s+them\s+to\s+death)",
    re.IGNORECASE,
)
# the figure is an object ("pulled six labourers", "ordered six men"), not the subject
_OBJECT_OF_RE = re.compile(
    r"\b[a-z]+(?:ed|ook|ragged)\s+(?:up\s+|out\s+|off\s+)?(?:at\s+least\s+|some\s+|about\s+)?$"
)
_NP_TOKEN_RE = re.compile(r"[\w\"'’\-/.]+|[\"“”]")
_SINGLE_OBJECT = r"\s+(?P<det>a|an|another|the|his|her|its|their|one|a\s+further)\s+"
# a verb (or "the body of") and the single victim after it: "shot dead a farmer"
_SINGULAR_ACTIVE_RE = re.compile(
    r"(?:(?<![\w])(?P<trig>" + "|".join(f"(?P<{n}>{p})" for n, p in _ACTIVE_OF) + r")|"
    r"(?<![\w])(?P<body>(?:body|corpse|remains)\s+of))" + _SINGLE_OBJECT,
    re.IGNORECASE,
)
_SINGULAR_ACTIVE_FIRSTS = first_words(_SINGULAR_ACTIVE_RE.pattern, _SINGULAR_ACTIVE_RE.flags)
# (tried only at the words that may begin a verb; its word gate looked up once, not at each
# call as finditer_from_words does)
_SINGULAR_ACTIVE = WordRegex(_SINGULAR_ACTIVE_RE.pattern, _SINGULAR_ACTIVE_RE.flags)
# a list continuation, which shares the outcome of the figure before it: ", and a civilian"
_LIST_OBJECT_RE = LowercaseRegex(r",?\s+(?:and|as\s+well\s+as)" + _SINGLE_OBJECT)
# ("[\w\-'’]++": a word is never given back a letter at a time, as a space or comma must
# follow it whole; the regex is tried at every character of the sentence)
# the singular passive's verb: "was (later) killed", "(had) died", "lost his life"
_SINGULAR_PASSIVE_VERB = (
    r"(?:(?:was|has\s+been|had\s+been|is)\s+(?:(?!fatally)\w+ly\s+|later\s+|also\s+|then\s+)*|"
    # ("a soldier lost his life", "Soldier Jhon Fredy Rincon Parra lost his life")
    r"(?:(?:had|has)\s+)?(?:later\s+|also\s+)?(?=died|dies|perished|succumbed|lost\s+(?:his|her)\s+life|"
    rf"{_SUFFERED_FATAL}\s|{_SUSTAINED_WOUNDS}))"
    r"(?P<trig>" + "|".join(f"(?P<{n}>{p})" for n, p in _OUTCOME_OF) + r")(?![\w])"
)
_SINGULAR_PASSIVE_RE = re.compile(
    # ("A District Reserve Guard (DRG) jawan": an acronym in brackets inside the noun)
    r"(?P<np>(?:(?<![\w])(?:[Aa]n?|[Aa]nother|[Tt]he|[Oo]ne)\s+"
    r"(?:(?:[\w\-'’]++|\([A-Z]{2,8}\))\s+){0,14}?[\w\-'’]++|"
    r"(?<![\w])(?:[Hh]e|[Ss]he)|(?:[A-Z][\w\-'’]++\s+){1,4}[A-Z][\w\-'’]++))"
    r"(?:\s+\([^()]{1,60}\))?,?\s+" + _SINGULAR_PASSIVE_VERB,
)
# Every match of _SINGULAR_PASSIVE_RE holds a space and its verb: a sentence without them is
# spared the pattern's noun phrases, tried at every article and capital and then word by word
_SINGULAR_PASSIVE_VERB_RE = re.compile(r"\s" + _SINGULAR_PASSIVE_VERB)
_ONE_BEFORE_A_COUNT_RE = re.compile(
    r"(?<![\w])(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+and\s+$"
)
_SINGULAR_PAIR_RE = re.compile(
    r"(?<![\w])(?P<np1>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+and\s+"
    # "a herder and teacher were killed": the second noun may come bare
    r"(?P<np2>(?:his|her|their|a|an|the|one)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|"
    r"[a-z][\w'’-]*[a-rt-z])"
    # "a guard and a driver travelling to the mine were killed": a participle phrase or a
    # relative clause may follow ("a patient who was waiting for treatment")
    r"(?:\s+(?:belonging|travell?ing|riding|working|returning|heading|stationed|deployed|"
    r"waiting|sitting|standing|walking|(?:who|that)\s+(?:was|were|had))\b"
    r"[^,.;()]{0,80}?)?\s+"
    r"(?:were\s+(?:(?!fatally)\w+ly\s+|also\s+|later\s+)*|(?:both\s+)?"
    rf"(?=died|perished|{_SUSTAINED_WOUNDS}))(?P<trig>"
    + "|".join(f"(?P<{n}>{p})" for n, p in _OUTCOME_OF)
    + r")(?![\w])",
)
_NAMED_VICTIM_RE = re.compile(
    r"(?<![\w])(?:assassinated|murdered|executed|killed|shot\s+dead|beheaded|kidnapped|abducted)"
    r"\s+(?:de\s+|the\s+late\s+)?(?:(?:[A-Z][A-Za-z'’-]*|field|tribal|local|village|former|"
    r"deputy|district|regional|commander|chief|mayor|leader|imam|pastor|activist|journalist)\s+){0,3}?"
    r"(?P<np>(?:[A-Z][\w'’-]+\s+){1,3}(?:Ag\s+|al-|bin\s+)?[A-Z][\w'’-]+)"
)
# "Brian Otieno, 17, was shot dead", "the killing of 17-year-old Brian Otieno": a victim
# named, told in the passive or as the killing of him
_NAME = (
    # (the capital looked for first: most places start no name, and are passed at once; a
    # name's word is taken whole, "*+", as a space or comma must follow it)
    r"(?=[A-Z])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    + "|".join(MONTH_NAMES)
    + r")\b)(?P<np>(?-i:[A-Z][a-z][\w'’-]*+)"
    # ("Marcos Vinicius da Silva": a name's lowercase particles)
    r"(?:\s+(?:(?-i:da|de|do|dos|das|del|di|van|von|bin|ibn)\s+)?(?-i:[A-Z][a-z][\w'’-]*+)){1,3})"
)
_NAMED_PASSIVE_VERB = (
    r"(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?!fatally)\w+ly\s+)?(?:killed|shot\s+dead|murdered|lynched|assassinated|executed|"
    r"(?:beaten|stabbed|hacked|stoned|burned|burnt)\s+to\s+death)\b"
)
_KILLING_OF = r"\b(?:the|The)\s+(?:killing|murder|assassination|lynching|execution)\s+of\s+"
_NAMED_PASSIVE_RE = re.compile(
    r"(?<![\w'’-])"
    + _NAME
    + r"(?:,\s+\d{1,3},)?\s+"
    + _NAMED_PASSIVE_VERB
    + "|"
    + _KILLING_OF
    + r"(?:(?:\d{1,3}|[a-z]+)-year-old\s+)?(?:[a-z]+\s+){0,2}?"
    + _NAME.replace("np", "np2")
)
# Every match of _NAMED_PASSIVE_RE holds its verb after a space, or "the killing of": searched
# first (each where its words are), as a name is tried at every capital of the sentence
_NAMED_PASSIVE_VERB_RE = re.compile(r"\s" + _NAMED_PASSIVE_VERB)
_NAMED_PASSIVE_AUX_WORDS = frozenset({"was", "had", "has"})
_KILLING_OF_RE = re.compile(_KILLING_OF)
_KILLING_WORDS = frozenset({"killing", "murder", "assassination", "lynching", "execution"})
_OF_THE_BEFORE_RE = re.compile(r"\b(?:of|the|The|by|from|to|with)\s+$")
# "detonated his vest, killing himself and two soldiers": the bomber is one of the dead
_SELF_KILLED_RE = re.compile(
    r"(?<![\w])(?:killing|killed|kills|blew|blowing|blown)\s+(?P<np>himself|herself)\b",
    re.IGNORECASE,
)
_SELF_WORDS = ("himself", "herself")
# "ran over two children, killing both": the pair named before, two victims
_BOTH_KILLED_RE = re.compile(
    r"(?<![\w])(?:killing|killed|kills|murdered|murdering|executed|executing|shot\s+dead|"
    r"shooting\s+dead)\s+(?:them\s+)?(?P<np>both)\b(?!\s+(?:the|a|an|his|her|their|of)\b)",
    re.IGNORECASE,
)
_BOTH_WORDS = ("both",)
# "both men inside were killed", "identifying both dead as militants": the pair the story told
# before, dead (told by reference: counted only where no figure is given)
_BOTH_DIED_RE = re.compile(
    r"(?<![\w])(?P<np>both)(?:\s+(?:of\s+them|(?!sides\b|parties\b)[a-z][\w'’-]*)){0,2}?\s+"
    r"(?:(?:(?:were|had\s+been|have\s+been|are)\s+(?:later\s+|already\s+|reportedly\s+)?)"
    r"(?:killed|dead|shot\s+dead|slain)|died|dead)\b",
    re.IGNORECASE,
)
# "gunmen killed elderly couple": a pair named without an article, two victims
_BARE_COUPLE_RE = re.compile(
    r"(?<![\w])(?:killed|killing|murdered|murdering|executed|lynched|shot\s+dead|"
    r"shooting\s+dead)\s+(?P<np>(?:[a-z]+\s+)?couple)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "a vendor was hit by a stray round, dying of her injuries": the victim named by a pronoun
_DIED_OF_INJURIES_RE = re.compile(
    r"(?<![\w])(?:died|dying|dies|succumbed|succumbing)\s+(?:later\s+|shortly\s+)?(?:of|from|to)\s+"
    r"(?P<np>his|her)\s+(?:injuries|wounds)\b",
    re.IGNORECASE,
)
_INJURIES_WORDS = ("injuries", "wounds")
# "a suspect whom the mob lynched": the victim before a relative clause with its own subject
_RELATIVE_OBJECT_RE = re.compile(
    r"(?<![\w])(?P<np>(?:[Aa]n?|[Oo]ne)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:who|whom)\s+"
    r"(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:later\s+)?"
    r"(?:killed|lynched|murdered|executed|beheaded|shot\s+dead|(?:beat|stoned|hacked|stabbed|"
    r"burned|burnt)\s+to\s+death)\b(?!\s+(?i:" + _OBJECT_WORDS + "))"
)
_RELATIVE_WORDS = ("who",)
_RELATIVE_VERB_WORDS = ("killed", "lynched", "murdered", "executed", "beheaded", "shot", "death")
_COUPLE_WORDS = ("couple",)
# "A teacher intervened to stop the beating, but was shot dead": the subject dies later on
_SUBJECT_LATER_KILLED_RE = re.compile(
    r"^\s*(?P<np>(?:A|An|One)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?=[\s,])[^.;]{0,120}?"
    r"\b(?:but|and)\s+was\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?"
    r"(?:killed|shot\s+dead|lynched|murdered|executed|(?:beaten|stabbed|hacked|burned|burnt|"
    r"stoned)\s+to\s+death)\b(?!\s+(?i:" + _OBJECT_WORDS + "))"
)
_SUBJECT_LATER_WORDS = ("was",)
_PRONOUN_ACTIVE_RE = re.compile(
    r"(?<![\w])(?:(?P<trig>killed|murdered|executed|shot\s+dead|lynched|assassinated|beheaded|"
    r"killing|shooting\s+dead)\s+(?P<np>him|her)\b|"
    # ("attacked a motorcyclist ..., beating him to death")
    r"(?:stoned|beat|beaten|hacked|stabbed|burned|burnt|clubbed|lynched|shot|set|beating|"
    r"stoning|hacking|stabbing|clubbing)\s+(?P<np2>him|her)"
    r"\s+(?:to\s+death|dead|ablaze\s+and\s+killed))",
    re.IGNORECASE,
)
# Prefilters for _singular_figures: a pattern is only run over a sentence with a word starting
# with one of these (each is where a word starts in every match: after whitespace or (?<![\w])).
# A beginning of several words needs each of its words, as in WordTriggers ("took prisoner":
# "took" alone is no active verb).
_SINGULAR_ACTIVE_WORDS = (
    *sorted(word_beginnings("|".join(p for _, p in _ACTIVE_OF), re.IGNORECASE)),
    "body of",
    "corpse of",
    "remains of",
)
_CHAIN_WORDS = ("and", "as")  # _LIST_OBJECT_RE: ", and a civilian"
# passive and pair triggers
_OUTCOME_WORDS = tuple(sorted(word_beginnings("|".join(p for _, p in _OUTCOME_OF))))
# the singular passive's verb: "was/has been/had been/is killed", or "died" with no auxiliary
_PASSIVE_AUX_WORDS = (
    "was", "has", "had", "is", "die", "perished", "succumbed", "lost", "suffered", "sustained",
    "received",
)  # fmt: skip
_AND_WORDS = ("and",)
_PAIR_AUX_WORDS = ("were", "died", "perished")  # "a guard and a driver were killed / died"
_NAMED_VICTIM_WORDS = first_words(_NAMED_VICTIM_RE.pattern)  # (not a copy of its verbs)
_TO_DEATH_WORDS = ("death",)
_BODY_FOUND_WORDS = ("body", "corpse", "remains")
_PRONOUN_WORDS = ("him", "her")
# "beat a student, causing his death": the victim's death, named only by a pronoun
_CAUSED_DEATH_RE = re.compile(
    r"(?<![\w])(?:causing|caused|resulting\s+in|resulted\s+in|leading\s+to|led\s+to)\s+"
    r"(?P<np>his|her)\s+death\b",
    re.IGNORECASE,
)
_INCLUDING_CLAUSE_RE = LowercaseRegex(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|such\s+as)\b"
    # (up to the figure, unless a new clause opens: "killing 17 militants including a
    # commander, and lost three soldiers": the soldiers are no part of the militants)
    r"(?:(?!,\s+and\s+(?:[a-z]+ed|lost|left|took|shot|hit)\s)[^.;:()])*$",
    re.IGNORECASE,
)
_NOT_NAME_STARTS = {"On", "In", "At", "The", "A", "An", "Malian", "Ukrainian", "Russian"}
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:near|at|in|on|into|from|outside|behind|by)\s+$")
_NOT_PERSON_HEADS = set(
    "house houses home homes vehicle vehicles car cars building buildings village town city "
    "school church mosque shop shops market property equipment weapons tank tanks drone drones "
    "truck trucks position positions base camp attack attempt plan area way road bridge time "
    "day night fire rest dog dogs cattle cows cow goats goat sheep livestock animals camels "
    "heads donkeys horses chickens elephants pills weapons rifles guns firearms ammunition "
    "rounds motorcycles motorbikes bicycles boats kg tonnes bags items phones shops huts "
    "tanks vehicles trucks pickups cars houses homes drones missiles rockets shells mines "
    "positions aircraft helicopters km kilometres meters metres reports sources accounts "
    "media witnesses directions times locations occasions areas villages places sides fronts "
    "incidents attacks days weeks months years hours injury injuries sections clans "
    # "two bodies were recovered, together with one M16 rifle, one AK-47 rifle"
    "rifle pistol pistols gun firearm grenade grenades launcher launchers magazine magazines "
    "document documents device devices explosive explosives bomb bombs IED IEDs".split()
)


@dataclass(unsafe_hash=True)  # (not frozen: see actors.ActorMention)
class CasualtyFigure:
    outcome: str  # killed|wounded|captured|missing
    victim: str
    count_low: int | None
    count_best: int | None
    count_high: int | None
    qualifier: str
    coded: int  # ACLED's reading of the figure
    quote: str
    char_start: int
    char_end: int
    is_toll: bool = False  # "death toll rose to 40": replaces, never adds
    is_subset: bool = False  # "including 3 children": already inside another figure
    is_reference: bool = False  # "to mourn the killing of two": deaths referred to, not reported
    is_fallback: bool = False  # "his body was found": counts only if nothing else does
    is_total: bool = False  # "2 fatalities": a summary that competes with the detailed figures
    is_additional: bool = False  # "another", "also", "more": never a repeat of an earlier figure
    claimed_by: str | None = None
    is_disputed: bool = False  # a party's unverified claim ("X claimed to have killed 15")
    victim_actor: str | None = None
    is_cumulative: bool = False  # "the war has killed 40,000": a running total, not this event
    is_admission: bool = False  # "the rebels admitted losing two fighters": a side's own dead


# "Marvin Alexis Rapalo, 38, died": an age beside a name; "no one had been killed": nobody
_AGE_BEFORE_RE = re.compile(r"[A-Z][\w'’-]+,\s*$")
_NO_BEFORE_RE = re.compile(r"\bno\s+$", re.IGNORECASE)
# "Two workers, aged 38 and 52, were wounded", "a man of 48 and a woman of 63": ages
_AGED_BEFORE_RE = LowercaseRegex(
    r"\b(?:aged\s+(?:\d{1,3}\s*(?:,|and|to|-)\s*)*"
    r"|(?:man|woman|boy|girl|pensioner|resident)\s+of\s+)$",
    re.IGNORECASE,
)
_ONE_GROUP_AFTER_RE = re.compile(
    r"\s+(?:family|household|clan|tribe|community|village|group|faction|side|unit|party|gang)\b",
    re.IGNORECASE,
)
_NOBODY_RE = re.compile(r"\b(?:no\s+one|nobody|none)$", re.IGNORECASE)


def _not_a_count(sentence: str, start: int, end: int) -> bool:
    """A number that counts no one: a person's age ("Otieno, 17,", "aged 38", "a man of
    48"), the 'one' of 'no one', the 'many' of 'did not say how many soldiers had been
    killed'."""
    before = window_before(sentence, start, 40)
    if sentence.startswith(",", end) and _AGE_BEFORE_RE.search(before):
        return True
    if before.endswith(("how ", "How ")) or _AGED_BEFORE_RE.search(before):
        return True
    if sentence[start:end].lower() != "one":
        return False
    # "five members of one family", "a supporter of one group": which group, not how many
    if before.endswith(("of ", "from ")) and _ONE_GROUP_AFTER_RE.match(sentence, end):
        return True
    return _NO_BEFORE_RE.search(before) is not None


def _unquoted_counts(sentence: str, offset: int, quantities: list[Quantity]) -> str:
    """The sentence with the quote marks around a number blanked ('said "11" soldiers were
    killed'), offsets kept: a quoted number is a count. A quoted vague word ('killed "dozens"
    of soldiers') stays a party's word, not a count the report makes its own."""
    chars = list(sentence)
    for q in quantities:
        if q.qualifier == "vague":
            continue
        before, after = q.char_start - offset - 1, q.char_end - offset
        if 0 <= before and after < len(chars) and chars[before] in '"“' and chars[after] in '"”':
            chars[before] = chars[after] = " "
    return "".join(chars)


def _victim_phrase(text: str, start: int) -> tuple[str, int]:
    """The noun phrase after a quantity (may be empty) and where it ends."""
    pos = start
    end = start
    words = 0
    for token in _NP_TOKEN_RE.finditer(text, start):
        if pos < token.start() and text[pos : token.start()].strip() not in _JOINING_GAPS:
            break
        raw = token.group(0)
        word = raw.lower().strip(".")
        if words and (word.isdigit() or word in _NUMBER_WORDS):
            break  # "three trucks carrying nine people": a second figure starts
        partitive = word in _OUTCOME_NOUNS and text[start:pos].strip().lower() in _PARTITIVE_HEADS
        if partitive and not _NOUN_AFTER_RE.match(text, token.end()):
            end = token.end()  # "five of the wounded died": the wounded are whom it counts
            break
        if word in _FATAL_VERBS and _FATAL_AFTER_RE.match(text, token.end()):
            break  # "Two men suffered fatal wounds": the verb of a death
        if (
            word in _NP_STOP
            and not partitive  # "two of the wounded soldiers"
            and not (raw.isupper() and len(raw) > 1)  # an acronym
            and not (word == "from" and words and _group_follows(text, token.end()))
            # "four Volunteers for the Defence of the Homeland": a name that holds "for"
            and not (
                word == "for"
                and text[start:pos].lstrip()[:1].isupper()
                and _group_follows(text, token.end())
            )
            # "several of their livestock": the partitive names what the figure counts
            and not (word in _PARTITIVE_DETERMINERS and text[start:pos].strip().lower() == "of")
        ):
            break
        if raw.endswith(".") and raw[:-1].lower() not in {"u.s", "u.n"}:
            end = token.end() - 1
            words += 1
            break
        end = token.end()
        pos = token.end()
        words += 1
        if words >= 10:
            break
    return text[start:end].strip(), end


# what may part the words of a victim phrase: a space, a hyphen, a quote mark
_JOINING_GAPS = frozenset({"", "-", '"', "“", "”"})
_FATAL_VERBS = frozenset({"suffered", "sustained", "received"})
_FATAL_AFTER_RE = re.compile(r"\s+fatal\b", re.IGNORECASE)
_PARTITIVE_DETERMINERS = frozenset({"their", "these", "those"})
# "five of the wounded died", "two more of the wounded died"
_PARTITIVE_HEADS = frozenset({"of the", "more of the"})
_OUTCOME_NOUNS = frozenset({"wounded", "injured", "dead", "missing"})
_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:later|soon|subsequently|also|then)\b)[a-z]+s\b")
_DANGLING_WORDS = frozenset(
    "the a an his her their its this that of against over for about on at with".split()
)


def _dangling(victim: str) -> bool:
    """A victim phrase ending in a determiner or preposition ran on into a verb phrase
    ('people protested against the'), so the noun after it starts a new phrase."""
    words = victim.split()
    return bool(words) and words[-1].lower() in _DANGLING_WORDS


def _group_follows(text: str, pos: int) -> bool:
    """'mercenaries from the Wagner group' keeps its 'from' phrase."""
    return bool(re.match(r"\s+(?:the\s+)?[A-Z\"]", text[pos : pos + 40]))


def find_casualties(
    sentence: str, offset: int, quantities: list[Quantity], claimed_by: str | None = None
) -> list[CasualtyFigure]:
    """Casualty figures in one sentence; ``quantities`` carry document offsets."""
    if '"' in sentence or "“" in sentence:
        sentence = _unquoted_counts(sentence, offset, quantities)
    local = [
        q
        for q in quantities
        if offset <= q.char_start
        and q.char_end <= offset + len(sentence)
        and not _not_a_count(sentence, q.char_start - offset, q.char_end - offset)
    ]
    # (most sentences hold no count: only a single victim may be told there)
    figures = _counted_figures(sentence, offset, local, claimed_by) if local else []
    figures.extend(_singular_figures(sentence, offset, local, figures, claimed_by))
    if not figures:
        return figures  # (most sentences: none of the passes below has a figure to mark)
    if claimed_by is not None:
        figures = _scope_claim(figures, sentence, offset)
    figures = [_own_ranks(f, sentence, offset) for f in figures]
    if "each side" in sentence:
        figures = [_on_each_side(f, sentence, offset) for f in figures]
    figures = [_admitted(f, sentence, offset) for f in figures]
    figures = _mark_cumulative(figures, sentence, offset)
    figures = [_bodies_found(_whose_bodies(f, sentence, offset), sentence, offset) for f in figures]
    if "dead" in sentence:
        figures = [_pronounced_dead(f, sentence, offset) for f in figures]
    return sorted(
        (_mark_additional(f, sentence, offset) for f in figures), key=lambda f: f.char_start
    )


def _counted_figures(
    sentence: str, offset: int, local: list[Quantity], claimed_by: str | None
) -> list[CasualtyFigure]:
    """The figures of find_casualties that the sentence's counts (``local``) give, with the
    single victims listed beside them ("four soldiers and a gunman")."""
    links: list[tuple[str, bool] | None] = [None] * len(local)  # (outcome, is_toll)
    quote_ends: list[int | None] = [None] * len(local)
    totals: set[int] = set()
    listed: set[int] = set()  # members of one list sharing a verb: distinct victims
    referred: set[int] = set()  # dead a pronoun of the passive refers back to
    np_ends: list[int] = []
    victims: list[str] = []
    for q in local:
        victim, end = _victim_phrase(sentence, q.char_end - offset)
        if victim == "of them":
            victim = _them_named(sentence, q.char_start - offset) or victim
        victims.append(victim)
        np_ends.append(end)

    # 1. each quantity's own passive or noun link ("47 soldiers were killed", "2 fatalities")
    for i in range(len(local)):
        after = sentence[np_ends[i] :]
        m = _PASSIVE_RE.match(after)
        if m and _dangling(victims[i]):
            m = None  # "200 people marched over the deaths": "the deaths" is no figure's verb
        coordinated = None
        if not m and victims[i] and not victims[i].split()[-1].endswith("ed"):
            coordinated = _coordinated_np_passive(after)
        if coordinated:
            extra, m = coordinated
            victims[i] = f"{victims[i]} {extra}"
        far = None
        if m is None and coordinated is None and victims[i]:
            far = _FAR_PASSIVE_RE.match(after)
            nxt = local[i + 1].char_start - offset if i + 1 < len(local) else len(sentence)
            if far and (np_ends[i] + far.end() > nxt or _SPECULATION_RE.search(far.group(0))):
                far = None
        appositive = None
        if m is None and coordinated is None and far is None and victims[i]:
            appositive = _appositive_passive(after, local, i, np_ends[i] + offset)
            if appositive is None and _PLURAL_HEAD_RE.search(victims[i]):
                appositive = _singulars_list_passive(after)
        if far:
            links[i] = (next(n for n, _ in _OUTCOME_OF if far.group(n)), False)
            if _PRONOUN_SUBJECT_RE.search(far.group(0)):
                referred.add(i)
            quote_ends[i] = np_ends[i] + far.end()
        elif appositive:
            links[i] = (appositive[0], False)
            quote_ends[i] = np_ends[i] + appositive[1]
        elif (
            m
            and _OBJECT_AFTER_RE.match(after[m.end() :])
            and not _HAS_AUX_RE.search(after[: m.start("trig")])
        ):
            pass  # "3 gunmen shot dead a guard": the number is the subject of an active verb
        elif m and not coordinated and (either := _EITHER_OUTCOME_RE.match(after, m.end())):
            # "2 militants were killed, injured or captured": harmed, but no death is stated
            links[i] = ("wounded", False)
            quote_ends[i] = np_ends[i] + either.end()
        elif m:
            outcome = next(n for n, _ in _OUTCOME_OF if m.group(n))
            if not coordinated:  # m matched after the coordinated phrase, not ``after``
                outcome = _then_killed(after, m.end(), outcome)
            # ("Six people are now known to have died": the count as it stands, a toll that
            # earlier counts of the same dead lead up to)
            links[i] = (outcome, outcome == "killed" and " now " in after[: m.start("trig")])
            if _TOTAL_NOUN_RE.match(m.group("trig")) and victims[i].lower() in {"", "total"}:
                rest = sentence[: local[i].char_start - offset] + sentence[np_ends[i] + m.end() :]
                if len(re.findall(r"[A-Za-z]+", rest)) <= 3:
                    totals.add(i)  # "2 fatalities." standing alone sums up the note
            if coordinated:
                quote_ends[i] = _coordinated_trigger_end(sentence, np_ends[i])
            else:  # (the quote runs up to the end of the trigger, and of m)
                quote_ends[i] = np_ends[i] + m.end()
        elif _TO_DEATH_AFTER_RE.match(after) and _TO_DEATH_VERB_RE.search(
            window_before(sentence, local[i].char_start - offset, 20)
        ):
            links[i] = ("killed", False)  # "beat two traders to death"

    # 2. tolls and active verbs before the quantity ("killed 84 ...", "toll rose to 40")
    for i, q in enumerate(local):
        before = window_before(sentence, q.char_start - offset, 60)
        if (_TOLL_WORD_RE.search(before) and _TOLL_RE.search(before)) or (  # quick test first
            # ("... said the toll was 10, but the police put it at eight": the toll again)
            before.endswith(" it at ") and _ESTIMATED_TOLL_RE.search(before)
        ):
            links[i] = ("killed", True)
            quote_ends[i] = None  # (a passive after it is another figure's: "and 19 were hurt")
            if _ESTIMATED_TOLL_RE.search(before):
                # "media put the death toll at 15": an estimate, no update; against the
                # count of the same deaths it is a competing total (the lower is coded)
                links[i] = ("killed", False)
                totals.add(i)
            continue
        if (
            i
            and links[i - 1] is not None
            and links[i - 1][0] == "killed"
            and "total" in before
            and _TOTAL_BROUGHT_TO_RE.search(before)
        ):
            links[i] = ("killed", True)  # "recovered 11 more bodies, bringing the total to 19"
            quote_ends[i] = None
            continue
        further = window_before(sentence, q.char_start - offset, 250)
        lowered = further.lower()
        if ("toll" in lowered or "number of" in lowered) and (
            _NAMED_TOLL_RE.search(further)
            or ("number of" in lowered and _BROUGHT_TO_RE.search(further))
        ):
            links[i] = ("killed", True)
            quote_ends[i] = None  # (a passive after it is another figure's: "and 19 were hurt")
            continue
        if "number of" in lowered and _PUT_NUMBER_AT_RE.search(further):
            links[i] = ("killed", False)  # (an estimate, as "put the death toll at" above)
            totals.add(i)
            continue
        if links[i] is not None:
            continue
        m = _ACTIVE_RE.search(before)
        while m and m.group("trig").lower() in {"left", "leaving"}:  # "left 5 dead": passive
            m = _ACTIVE_RE.search(before, m.start() + 1)
        if m and _ATTEMPT_RE.search(before[: m.start()]):
            m = None  # "tried to kill two men": nobody died
        if (
            m is None
            and _LOST_BEFORE_RE.search(before)
            and _LOST_RE.match(_OUR_LOSS_RE.sub("", victims[i]) if "loss" in before else victims[i])
        ):
            links[i] = ("killed", False)
            continue
        if m:
            outcome = next(n for n, _ in _ACTIVE_OF if m.group(n))
            if _THEN_KILLED_RE.search(m.group(0)):
                outcome = "killed"  # "abducted and executed two civilians"
            links[i] = _after_passive_verb(before[: m.start()], m, outcome)
    if " them" in sentence:
        for i, q in enumerate(local):
            if links[i] is not None and links[i][0] != "captured":
                continue
            before = window_before(sentence, q.char_start - offset, 30)
            if _OBJECT_OF_RE.search(before) and _KILLED_THEM_RE.match(sentence, np_ends[i]):
                links[i] = ("killed", False)  # "dragged six men off a bus and shot them dead"

    # 3. lists share the verb: "12 X and 3 Y were killed" leftwards, "killed 84 X and 47 Y"
    #    rightwards; a quantity's own link always wins
    for i in range(len(local) - 2, -1, -1):
        if links[i] is None and links[i + 1] and not links[i + 1][1]:
            if _not_a_member(victims[i]) or _not_a_member(victims[i + 1]):
                continue  # "two gunmen, one of the assailants killed", "three fled and one died"
            if _CHAIN_RE.match(sentence[np_ends[i] : local[i + 1].char_start - offset]):
                links[i] = (links[i + 1][0], False)
                listed.update((i, i + 1))
        elif links[i] is None and sentence.startswith("(", _skip_spaces(sentence, np_ends[i])):
            # "3 traders (including 1 driver) and 2 guards died": the list
            # goes on after the bracket
            k = _member_after_bracket(sentence, offset, local, i, np_ends[i])
            if k is not None and links[k] and not links[k][1] and not _not_a_member(victims[k]):
                links[i] = (links[k][0], False)
                listed.update((i, k))
    for i in range(1, len(local)):
        before = window_before(sentence, local[i].char_start - offset, 20)
        if links[i] is None and _ALONG_WITH_RE.search(before):
            linked = [link for link in links[:i] if link and not link[1]]
            if linked:
                links[i] = (linked[-1][0], False)  # "a guard died, along with 2 others"
                continue
        if links[i] is None and links[i - 1] and not links[i - 1][1]:
            if _CHAIN_RE.match(
                sentence[np_ends[i - 1] : local[i].char_start - offset]
            ) and not _OWN_VERB_AFTER_RE.match(sentence, np_ends[i]):
                links[i] = (links[i - 1][0], False)
                listed.update((i - 1, i))

    # 4. "7 of the 200 passengers died": the part is the figure, the whole is not
    for i in range(len(local) - 1):
        gap = sentence[local[i].char_end - offset : local[i + 1].char_start - offset]
        if _PARTITIVE_RE.fullmatch(gap) and links[i + 1] is not None:
            links[i], links[i + 1] = links[i + 1], None
            victims[i], quote_ends[i] = victims[i + 1], quote_ends[i + 1]

    figures: list[CasualtyFigure] = []
    for i, q in enumerate(local):
        if links[i] is None or _not_people(victims[i]):
            continue
        outcome, is_toll = links[i]
        start_local = q.char_start - offset
        before = window_before(sentence, start_local, 40)
        after = window_after(sentence, q.char_end - offset, 40)
        is_reference = bool(
            _reference_before(before)
            # (read further back than ``before``: "the first toll given on Monday by ...")
            or _SUPERSEDED_RE.search(sentence, max(0, start_local - 100), start_local)
            or (_THE_BEFORE_RE.search(before) and _DEAD_AFTER_RE.match(after))
            # "said that the two men killed were shot when they ...": the dead told already
            or (before.endswith(("the ", "The ")) and _DEAD_DESCRIBED_RE.match(after))
            or _told_earlier(after)
            or _WRONGLY_DEAD_AFTER_RE.match(sentence, q.char_end - offset)
            or _SEPARATE_AFTER_RE.match(sentence, q.char_end - offset)
            or _protest_cause(sentence, start_local)
            or _PRIOR_CAUSE_RE.search(sentence, max(0, start_local - 140), start_local)
            or _PAST_WHEN_RE.search(sentence, max(0, start_local - 80), start_local)
            or _OTHER_ACT_BEFORE_RE.search(sentence, max(0, start_local - 80), start_local)
            or _denied_claim(sentence, start_local)
        )
        including = _INCLUDING_CLAUSE_RE.search(window_before(sentence, start_local, 60))
        is_subset = bool(
            is_reference
            or (_SUBSET_BEFORE_RE.search(before) and not _whole_not_a_figure(before, i, links))
            or (i > 0 and including)
            or (
                _SUBSET_AFTER_RE.match(after)
                and not _others_counted(sentence, i, links, before)
                and not _part_of_people_told(sentence, after, start_local, i, links)
            )
            # "the bodies of two novice monks among them": part of a figure already given
            or _AMONG_THEM_RE.match(sentence, np_ends[i])
            or (
                i > 0
                and _in_breakdown(
                    sentence,
                    [e for e, k in zip(np_ends[:i], links, strict=False) if k and k[0] == outcome],
                    start_local,
                )
            )
            or (
                i > 0
                and links[i - 1] is not None
                and _enumerates_previous(
                    q, sentence[np_ends[i - 1] : start_local], sentence[q.char_end - offset :]
                )
            )
        )
        end_local = quote_ends[i] or max(np_ends[i], q.char_end - offset)
        figures.append(
            CasualtyFigure(
                outcome=outcome,
                victim=victims[i],
                count_low=q.low,
                count_best=q.best,
                count_high=q.high,
                qualifier=q.qualifier,
                coded=q.coded,
                quote=sentence[start_local:end_local],
                char_start=q.char_start,
                char_end=offset + end_local,
                is_toll=is_toll,
                is_subset=is_subset,
                is_reference=is_reference,
                is_total=i in totals,
                is_fallback=i in referred,
                # "3 Chadian & 3 Malian soldiers were killed": equal counts, two groups
                is_additional=(i in listed and i - 1 in listed and local[i - 1].coded == q.coded)
                # "five of the wounded died": deaths after the first count, inside any toll
                or _of_the_wounded(victims[i]),
                claimed_by=claimed_by,
            )
        )
    figures.extend(_coordinated_singulars(figures, sentence, offset))
    return figures


# "Six bodies of Maoists were recovered on Thursday evening": bodies found, counted
_BODIES_FOUND_RE = re.compile(
    r"[^,.;]{0,40}?\s(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:found|recovered|discovered|retrieved)\b",
    re.IGNORECASE,
)


_UNTIL_THE_LAST_RE = re.compile(r"\buntil\s+the\s+last\b", re.IGNORECASE)
_PRONOUNCED_DEAD_RE = re.compile(r"\b(?:pronounced|declared)\s+dead\b", re.IGNORECASE)


def _pronounced_dead(figure: CasualtyFigure, sentence: str, offset: int) -> CasualtyFigure:
    """'A 24-year-old man was taken to hospital ... and was pronounced dead on arrival': the
    hospital's word on a death the report may have told already (counted only alone)."""
    if figure.outcome != "killed" or figure.is_fallback or figure.coded != 1:
        return figure
    end = figure.char_end - offset
    if not _PRONOUNCED_DEAD_RE.search(window_after(sentence, end, 120)):
        return figure
    return replace(figure, is_fallback=True)


# "We counted eleven bodies on their side", "eleven bodies of the assailants": whose dead
_WHOSE_BODIES_RE = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?P<of>(?:[\w-]+\s+){0,2}?(?:assailants|attackers|enemy|"
    r"terrorists|militants|insurgents|fighters|rebels|bandits|gunmen|jihadists))\b|"
    r"on\s+(?:their|the\s+enemy(?:['’]s)?|the\s+other)\s+side\b)",
    re.IGNORECASE,
)


def _whose_bodies(figure: CasualtyFigure, sentence: str, offset: int) -> CasualtyFigure:
    """Bodies counted on one side ('eleven bodies on their side') are that side's dead, not
    another count of the victims told before."""
    if figure.outcome != "killed" or figure.victim:
        return figure
    if not figure.quote.lower().endswith(("bodies", "corpses")):
        return figure
    whose = _WHOSE_BODIES_RE.match(sentence, figure.char_end - offset)
    if whose is None:
        return figure
    return replace(figure, victim=whose["of"] or "enemy")


def _bodies_found(figure: CasualtyFigure, sentence: str, offset: int) -> CasualtyFigure:
    """Bodies found count only when nothing else does: the report's own count of the dead
    ('Ten Maoists were killed ... Six bodies were recovered, and four more') says how many."""
    if figure.outcome != "killed" or figure.is_fallback or figure.victim:
        return figure
    if not figure.quote.lower().endswith(("bodies", "corpses")):
        return figure
    if not _BODIES_FOUND_RE.match(sentence, figure.char_end - offset):
        return figure
    return replace(figure, is_fallback=True)


_MONTH_NAMES = "|".join(MONTH_NAMES)
_MONTH_NAMES_LOWER = _MONTH_NAMES.lower()  # (for a LowercaseWordRegex, which ignores case)
_LONG_WARS = (
    r"war|conflict|insurgency|uprising|rebellion|revolution|crisis|hostilities|occupation|"
    r"invasion|civil\s+strife|feud|turf\s+war"
)
# A count over a period ("the war has killed 40,000", "300 dead since January", "so far this
# year", "the toll from the conflict"): context for the reader, not deaths in the event.
# (Tried at its first words in the sentence lowercased: a cue's text is lowercase.)
_CUMULATIVE_RE = LowercaseWordRegex(
    r"\b(?:since\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\b"
    rf"|the\s+(?:[\w-]+\s+){{0,2}}?(?:{_LONG_WARS}|coup|ceasefire|truce|peace\s+(?:deal|accord))\b"
    rf"|(?:early\s+|late\s+|mid-?)?(?:{_MONTH_NAMES_LOWER})\b(?!\s+\d)"
    # "Since 5 October, ... attacks ... have killed at least 66": a period the sentence opens
    # with (not "the deadliest since 5 October")
    rf"|(?:\d{{1,2}}\s+(?:{_MONTH_NAMES_LOWER})|(?:{_MONTH_NAMES_LOWER})\s+\d{{1,2}})(?:\s+\d{{4}})?,"
    r"|(?:at\s+least\s+)?(?:19|20)\d\d\b|last\s+(?:year|month)\b"
    r"|(?:it|the\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:began|started|erupted|broke\s+out)\b|then\b)"
    r"|so\s+far\s+this\s+year|this\s+year(?:\s+alone)?\b|to\s+date\b|(?:every|each)\s+year\b"
    # "more than 70 civilians were killed ... during October alone": a month's count
    rf"|(?:during|in)\s+(?:{_MONTH_NAMES_LOWER})\s+alone\b|throughout\s+(?:{_MONTH_NAMES_LOWER})\b"
    # "Cumulatively, within the week, troops neutralised 47 terrorists": a week's sum
    r"|cumulatively\b|within\s+the\s+(?:past\s+)?week\b"
    # "its weekly briefing said it had neutralised 11 militants across its operation zones":
    # a whole theatre's sum, not the count of the strike told beside it (not "its weekly
    # bulletin said a drone strike had hit a group near Banibangou": one strike's)
    r"|across\s+(?:its|their|the|all)\s+(?:[\w-]+\s+){0,2}?(?:zones|areas|regions|fronts|"
    r"theatres|sectors)\b"
    # "Russian forces had lost 1,430 personnel over the past 24 hours": a day's claimed losses
    r"|lost\s+(?:about\s+|some\s+|more\s+than\s+)?[\d,]+\s+(?:personnel|troops|soldiers|"
    r"servicemen)\s+(?:over|in|during)\s+the\s+(?:past|last)\s+(?:24|48|72)\s+hours\b"
    # "the battle for Goma alone killed nearly 3,000": the toll of a whole campaign
    r"|(?:battle|siege|fight|offensive|fall|capture)\s+(?:for|of)\s+(?:[\w'’-]+\s+){1,3}?"
    r"alone\b"
    # "according to a United Nations tally": a count kept over time
    r"|according\s+to\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:tally|tallies)\b"
    # "more than 5,600 people were killed in gang violence last year": a year's count
    r"|(?:last|the\s+previous)\s+year\b"
    # "drone strikes have since killed hundreds": a count from a time told before
    r"|(?:has|have)\s+since\s+(?:killed|claimed|left)\b"
    # "more than 40,000 Palestinians have been killed since."
    r"|(?:has|have)\s+been\s+killed\s+since\s*(?=[.,;]|$)"
    # "The International Crisis Group estimates that more than 6,000 people have been killed":
    # thousands dead, told with no day, are the count of a whole conflict ("... say that
    # hundreds have died in custody": of a whole crackdown)
    r"|(?:\d{1,3}(?:,\d{3})+|hundreds|thousands)\s+(?:of\s+[\w-]+\s+)?"
    r"(?:(?:people|civilians|persons|detainees|prisoners|inmates)\s+)?(?:have|had)\s+"
    r"(?:been\s+killed|died)\b"
    # "between January and March 2025 more than 1,500 people were killed": months counted
    rf"|between\s+(?:{_MONTH_NAMES_LOWER})\s+and\s+(?:{_MONTH_NAMES_LOWER})\b"
    r"|(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|few|several)\s+)?(?:years?|months|decades?)\b"
    # "neutralised 11 terrorists over the past week", "the bodies of 61 people were brought to
    # hospitals over the past 24 hours": a week's or a day's sum (not "during the last two
    # weeks of May", when one killing happened)
    r"|(?:over|in)\s+the\s+(?:past|last)\s+(?:week|(?:24|48|72)\s+hours)\b"
    # "In recent years, dozens of workers have been killed", "4,000 violent deaths in the first
    # half of the year"
    r"|in\s+recent\s+(?:years|months)\b|over\s+the\s+years\b"
    # ("..., while at least 30 Israelis have been killed in Palestinian attacks over the same
    # period": the period the clause before counted)
    r"|(?:over|in|during)\s+the\s+same\s+period\b"
    # ("In the first five months of this year alone, ... more than 150 civilians were killed")
    r"|in\s+the\s+(?:first|second|last|past)\s+(?:half|quarter|(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven)\s+months)\s+of\s+(?:the|this|last)\s+year\b"
    rf"|(?:the|this|a|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{_LONG_WARS}|fighting|violence)"
    # "the insurgency in the northeast, now in its 16th year, has killed", "the conflict
    # between the army and the RSF has killed"
    r"(?:\s+(?:(?:in|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}|"
    r"between\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}))?(?:\s*,[^,;]{1,120},)?\s*,?\s*"
    r"(?:(?:which|that)\s+)?"
    r"(?:has|have)\s+(?:(?:so\s+far|already|now)\s+)?(?:killed|claimed|left|cost)\b"
    # "had documented three deaths and more than 100 injuries across the country": the
    # nation's count of a day of many events
    r"|documented\s+(?:[\w,-]+\s+){1,8}?(?:across|throughout)\s+the\s+country\b"
    # "Israel's ensuing offensive has killed more than 39,400": a campaign's count
    r"|(?:offensive|campaign|bombardment|blockade|siege)\s+(?:has|have)\s+"
    r"(?:(?:so\s+far|already|now)\s+)?(?:killed|claimed|left|cost)\b"
    rf"|toll\s+(?:from|of|in)\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:{_LONG_WARS})\b"
    # "bringing the death toll from a week of fighting to 50": days of events, counted together
    r"|toll\s+(?:from|of|in|over|after)\s+(?:a|the|this|last|[\w-]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:weeks?|months?|days|years?)\s+of\b"
    r"|(?:killed|died|dead|lost\s+their\s+lives)\s+(?:in|during|since)\s+the\s+(?:[\w-]+\s+)"
    rf"{{0,3}}?(?:{_LONG_WARS})\b(?![-\s]+(?:zones?|torn|areas?|regions?|hit|affected)\b))",
    re.IGNORECASE,
)
# "the deadliest attack since 2019", "the third such raid this year" (not "in such attacks since
# the start of the year"): the event compared with the period, not a count over it
_COMPARED_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|latest|deadliest|worst|bloodiest|biggest|largest|"
    r"heaviest|highest|fiercest|most)\b[^,;]{0,50}$",
    re.IGNORECASE,
)
# Where a clause about the period may begin: "..., bringing to 300 the number killed since
# January", "...; the conflict has killed 40,000"
_CLAUSE_BREAK_RE = re.compile(
    r";|\s[-–—]{1,2}\s|,\s+(?=(?:bringing|raising|taking|pushing|adding|which|while|"
    r"whereas|and|but|amid|as|in\s+a)\b)",
    re.IGNORECASE,
)
_SAID_ON_BEFORE_RE = re.compile(
    r"\b(?:said|says|announced|reported|stated|claimed|briefing|statement|bulletin)\s+"
    r"(?:late\s+|early\s+)?on\s+$",
    re.I,
)
# A day of its own in the clause ("on Tuesday", "3 May") dates an event, not a period.
_DAY_RE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
    rf"overnight|last\s+night|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})|"
    rf"(?:{_MONTH_NAMES})\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)


_PERIOD_END_RE = re.compile(r"so\s+far\s+this\s+year|this\s+year(?:\s+alone)?|to\s+date", re.I)


def _mark_cumulative(
    figures: list[CasualtyFigure], sentence: str, offset: int
) -> list[CasualtyFigure]:
    """Figures in a clause that counts over a period are running totals (is_cumulative):
    kept with their quote, never added to the event's deaths."""
    if not figures:
        return figures
    cues = list(_CUMULATIVE_RE.finditer(sentence))
    if not cues:
        return figures  # (most sentences: their clauses are not needed)
    breaks = [0, *(b.end() for b in _CLAUSE_BREAK_RE.finditer(sentence)), len(sentence) + 1]
    counting: set[int] = set()  # clauses (by their number) that count over a period
    for cue in cues:
        # "the conflict, which has killed": a cue may run over a break into the next clause
        clause = next(i for i in range(len(breaks) - 1) if cue.start() < breaks[i + 1])
        last = next(i for i in range(len(breaks) - 1) if cue.end() - 1 < breaks[i + 1])
        if not sentence[cue.end() :].strip(" .") and _PERIOD_END_RE.fullmatch(cue.group()):
            # ("More than 150 Maoists have been killed in encounters ..., which comprises
            # seven districts, so far this year": a period closing the sentence counts it all)
            clause = 0
        start, end = breaks[clause], breaks[last + 1]
        if _COMPARED_RE.search(sentence, start, cue.start()):
            continue
        if any(
            not (cue.start() <= day.start() < cue.end())
            # ("have been killed in the territory since October 7": the period's first day)
            and not sentence.endswith("since ", 0, day.start())
            # ("since the protests started on October 21": the day the period began)
            and not (day.start() > cue.end() and sentence[cue.end() : day.start()].strip() == "on")
            # ("the ministry said on Wednesday that its forces had neutralised 11 ... over the
            # past week": the day it spoke)
            and not _SAID_ON_BEFORE_RE.search(sentence, 0, day.start())
            for day in _DAY_RE.finditer(sentence, start, end)
        ):
            continue
        if clause == 0 and not sentence[: cue.start()].strip():
            # "Since 5 October, ..., which have killed 66": a period that opens the sentence
            # governs the clauses after it, up to one with a day of its own
            while last + 2 < len(breaks) and not _DAY_RE.search(
                sentence, breaks[last + 1], breaks[last + 2]
            ):
                last += 1
        counting.update(range(clause, last + 1))
    if not counting:
        return figures
    out = []
    for figure in figures:
        at = figure.char_start - offset
        clause = next(i for i in range(len(breaks) - 1) if at < breaks[i + 1])
        if clause in counting:
            figure = replace(figure, is_cumulative=True)
        out.append(figure)
    return out


_OWN_RANKS_RE = re.compile(
    r"^\s*(?:(?:were|was)\s+(?:killed\s+)?)?(?:in|among|within)\s+(?P<np>(?:its|their)\s+"
    r"(?:own\s+)?ranks)\b",
    re.IGNORECASE,
)


def _own_ranks(figure: CasualtyFigure, sentence: str, offset: int) -> CasualtyFigure:
    """'the group admitted losing four of its men': a party's admitted losses are its own
    fighters, a victim group of their own (never competing with, nor doubting, the report)."""
    if figure.victim or figure.outcome != "killed":
        return figure
    m = _OWN_RANKS_RE.match(sentence[figure.char_end - offset :])
    if not m:
        return figure
    return replace(figure, victim=m.group("np"), is_disputed=False)


# "One person from each side was killed" (but "300 soldiers on both sides" is their sum)
_EACH_SIDE_RE = re.compile(r"\s*(?:from|on|of)\s+each\s+side\b", re.IGNORECASE)


def _on_each_side(figure: CasualtyFigure, sentence: str, offset: int) -> CasualtyFigure:
    """A count told per side ("three fighters on each side") counts the two sides of a clash:
    twice the number."""
    start = figure.char_start - offset
    victim_end = sentence.find(figure.victim, start) + len(figure.victim) if figure.victim else -1
    if victim_end < start or not _EACH_SIDE_RE.match(sentence, victim_end):
        return figure
    twice = {
        "count_low": None if figure.count_low is None else 2 * figure.count_low,
        "count_best": None if figure.count_best is None else 2 * figure.count_best,
        "count_high": None if figure.count_high is None else 2 * figure.count_high,
    }
    return replace(figure, coded=2 * figure.coded, **twice)


# "acknowledged the loss of two fighters", "admitting that two of his fighters had died"
_ADMITTED_BEFORE_RE = re.compile(
    r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:es|ed|ing|e)|conced(?:es|ed|ing|e))\s+"
    r"(?:that\s+|to\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _admitted(figure: CasualtyFigure, sentence: str, offset: int) -> CasualtyFigure:
    """A side's own count of its dead, which competes with the other side's count of them."""
    if figure.outcome != "killed":
        return figure
    start = figure.char_start - offset
    if not _ADMITTED_BEFORE_RE.search(window_before(sentence, start, 60)):
        return figure
    return replace(figure, is_admission=True)


_CLAIM_CLAUSE_RE = re.compile(
    r"[;,]\s*(?:but\s+|while\s+|and\s+)?[^,;]{1,60}?\s+"
    r"(?:claim(?:s|ed)?|said|says|stated|reported|reports)\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _scope_claim(figures: list[CasualtyFigure], sentence: str, offset: int) -> list[CasualtyFigure]:
    """'Six died; the army says two died': a claim that states its own
    figure covers only what follows its verb; the figures before are the report's own."""
    doubt = _DISPUTED_RE.search(sentence)
    disputed = doubt is not None and not (
        # ("Four soldiers and six militants were killed ..., the military said, while the BLA
        # claimed far higher losses": the figures come before another party's claim)
        all(f.char_end - offset <= doubt.start() for f in figures)
        and _OTHER_PARTY_CLAUSE_RE.search(sentence, 0, doubt.start()) is not None
    )
    # the last claim with a figure after it ("BAMAKO, Feb 20 - the army said five soldiers
    # died, while the group said it had killed 40": not the dateline's comma)
    clause = None
    for found in _CLAIM_CLAUSE_RE.finditer(sentence):
        if any(f.char_start - offset >= found.end() for f in figures):
            clause = found  # ("Six died, the army said": a claim that looks back is none)
    out = []
    for figure in figures:
        if clause and figure.char_end - offset <= clause.start():
            out.append(replace(figure, claimed_by=None))
        else:
            out.append(replace(figure, is_disputed=disputed))
    return out


# ", while the separatist BLA": the clause of another party, after the report's own figures
_OTHER_PARTY_CLAUSE_RE = re.compile(r"[,;]\s*(?:while|but|whereas)\s+[^,;]{0,60}$")
# A party's claim, or a figure the report itself doubts, as opposed to a source's account.
_DISPUTED_RE = LowercaseRegex(
    r"\bclaim(?:ed|s|ing)?\b|\b(?:could\s+not|cannot|can\s*not)\s+be\s+(?:independently\s+)?"
    r"(?:verified|confirmed|checked|corroborated)|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed)\b|\bun(?:confirmed|verified)\b",
    re.IGNORECASE,
)


_ADDITIONAL_RE = LowercaseRegex(
    # ("more than 40" qualifies a count, it adds no one)
    r"\b(?:another|also|other|others|more(?!\s+than)|further|additional|second|third)\b",
    re.I,
)


_CLAUSE_MARK_RE = re.compile(r"[;:,]")


def _mark_additional(figure: CasualtyFigure, sentence: str, offset: int) -> CasualtyFigure:
    """Flag figures that announce new victims, so equal counts are not merged as repeats."""
    start = figure.char_start - offset
    end = figure.char_end - offset
    # the look-ahead stops at a clause break: "four were killed; many others injured",
    # "confirmed 3 fatalities, but also claimed ..."
    tail = _CLAUSE_MARK_RE.split(window_after(sentence, end, 12))[0]
    window = window_before(sentence, start, 12) + sentence[start:end] + tail
    if _ADDITIONAL_RE.search(window):
        return replace(figure, is_additional=True)
    return figure


_AND_ONE_RE = re.compile(
    r"\s+and\s+(?P<np>(?:a|an|one)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:were|was|had|have)\b|$)"
)


def _coordinated_singulars(
    figures: list[CasualtyFigure], sentence: str, offset: int
) -> list[CasualtyFigure]:
    """'four soldiers and a gunman were killed': the gunman is one more."""
    extra = []
    for figure in figures:
        quote_start = figure.char_start - offset
        m = _AND_ONE_RE.search(sentence, quote_start, figure.char_end - offset)
        if not m:
            continue
        # "two rangers (KWS) and a porter were killed": a bracket may sit in between
        bracketed = re.search(r"\)\s*$", sentence[quote_start : m.start()])
        if " and " not in figure.victim and not bracketed:
            continue
        start, end = m.start("np"), m.end("np")
        extra.append(
            replace(
                figure,
                victim=re.sub(r"^(?:a|an|one)\s+", "", m.group("np")),
                count_low=1,
                count_best=1,
                count_high=1,
                qualifier="exact",
                coded=1,
                quote=sentence[start:end],
                char_start=offset + start,
                char_end=offset + end,
                is_additional=True,
            )
        )
    return extra


_AND_NEXT_RE = re.compile(r"^\s+(?:and|&)\s+")  # "[two soldiers] and [a guard]"


def _coordinated_trigger_end(sentence: str, np_end: int) -> int:
    """End of the passive trigger after a victim phrase and the bare second noun phrase
    coordinated with it (_coordinated_np_passive): the quote runs up to it."""
    after = sentence[np_end:]
    m = _AND_NEXT_RE.match(after)
    _, end = _victim_phrase(after, m.end())
    passive = _PASSIVE_RE.match(after[end:])
    return np_end + end + passive.end()


# "raids following the bombing of a convoy, which killed 3 of its men": an earlier event's toll
# (the windows before a figure searched for an earlier cause, a correction, a subset or
# another act: LowercaseRegex, where the engine skips each alternative at its first letter;
# the short or anchored patterns gain nothing from it)
_PRIOR_CAUSE_RE = LowercaseRegex(
    r"\b(?:following|after)\s+(?:the|a|an)\s+[^.;]{0,100}?\b(?:which|that)\s+(?:\w+\s+)?"
    r"(?:killed|left|claimed(?:\s+the\s+lives\s+of)?)\s+(?:at\s+least\s+)?$|"
    # "suspected of taking part in last month's fighting between the Gak and Manuer sections,
    # which left more than twenty people dead": an earlier fight's dead
    r"\blast\s+(?:week|month|year)['’]s\s+[^.;]{0,100}?\b(?:which|that)\s+(?:\w+\s+)?"
    r"(?:killed|left|claimed(?:\s+the\s+lives\s+of)?)\s+$|"
    # "a day after a similar device killed two police officers": an earlier attack's dead
    r"\b(?:a|one|two|three|four|five|six|several)\s+(?:days?|weeks?)\s+after\s+(?:the|a|an)\s+"
    # (not "a day after the army said its troops had killed three": that act is told here)
    r"(?:(?!\b(?:said|says|reported|announced)\b)[^.;,]){0,60}?\b(?:killed|left)\s+"
    r"(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
_PROTEST_RE = re.compile(r"\b(?:protest|demonstrat|rall(?:y|ied|ies)|mobs?\b|riot)", re.IGNORECASE)
_PROTEST_BEGINNINGS = WordBeginnings(first_words(_PROTEST_RE.pattern, _PROTEST_RE.flags))
_CAUSE_BEFORE_RE = re.compile(r"\b(?:after|following)\s[^,.;:()]{0,60}$", re.IGNORECASE)


_MOTIVE_RE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies|ying)|marched|marching|picket\w*)\s"
    r"[^.;]*?\b(?:against|over|denouncing|condemning|demanding|calling\s+for)\s",
    re.IGNORECASE,
)
_MOTIVE_OBJECT_RE = re.compile(
    r"\b(?:who|whom|which|that)\b|^[^,]*\b(?:death|deaths|killing|killings|murder|murders|"
    r"assassination|lynching)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _protest_cause(sentence: str, start: int) -> bool:
    """'residents demonstrated after a gendarme shot dead a driver': the killing that set
    off a protest is an earlier event, not the protest's deaths. So are deaths named in what
    the protest is against ('marched against the strikes, during which 3 died', 'calling
    for the trial of a guard who shot a porter')."""
    protest_words = _PROTEST_BEGINNINGS.in_words(lower_words(sentence))  # a quick test first
    if not (protest_words and _PROTEST_RE.search(sentence)):
        return False
    if _CAUSE_BEFORE_RE.search(sentence, max(0, start - 70), start):
        return True
    motive = _MOTIVE_RE.search(sentence, 0, start)
    return bool(motive and _MOTIVE_OBJECT_RE.search(sentence[motive.end() : start]))


def _not_a_member(victim: str) -> bool:
    """A quantity that is no list member: a part of a group ('one of the assailants') or the
    subject of its own verb ('three fled')."""
    words = victim.split()
    if len(words) > 1 and words[0].lower() == "of" and words[1].lower() in _OWN_SIDE_WORDS:
        return False  # "eight soldiers and two of its own fighters were killed": the other side
    return bool(words) and (words[0].lower() == "of" or words[-1].lower().endswith("ed"))


_OWN_SIDE_WORDS = frozenset({"its", "their", "our", "his"})


def _part_of_people_told(sentence: str, after: str, start: int, i: int, links: list) -> bool:
    """'pulled passengers off buses ... and shot dead seven of them': "them" are civilians the
    sentence named before any figure, so the part is the figure (not "killed eight of them"
    of the attackers, nor a sentence that opens with "Seven of them")."""
    return (
        re.match(r"\s*of\s+them\b", after) is not None
        and (i == 0 or links[i - 1] is None)
        and _CIVILIANS_NAMED_RE.search(sentence, 0, start) is not None
    )


_CIVILIANS_NAMED_RE = re.compile(
    r"\b(?:passengers|travell?ers|villagers|civilians|residents|worshipp?ers|pilgrims|"
    r"commuters|motorists|farmers|herders|miners|hostages)\b",
    re.IGNORECASE,
)


def _whole_not_a_figure(before: str, i: int, links: list) -> bool:
    """'40 passengers rode the ferry, of whom 6 died': the whole is no casualty figure, so the
    part is the figure."""
    return bool(re.search(r"\bof\s+(?:which|whom)\s*$", before)) and (
        i == 0 or links[i - 1] is None
    )


def _in_breakdown(sentence: str, earlier_np_ends: list[int], start: int) -> bool:
    """'five people (three traders and two farmers) were killed': figures in brackets right
    after a figure's noun phrase break it down; they are already inside it."""
    opened = sentence.rfind("(", 0, start)
    if opened < 0 or ")" in sentence[opened:start]:
        return False
    return any(not sentence[end:opened].strip() for end in earlier_np_ends)


def _enumerates_previous(q: Quantity, before: str, rest: str) -> bool:
    """'two traders, one from X and the other from Y': 'one' details the two."""
    return (
        q.text.lower() == "one"
        and bool(re.fullmatch(r"\s*,\s*", before))
        and bool(re.search(r"\b(?:the\s+other|another)\b", rest, re.IGNORECASE))
    )


# "children herding goats", "men riding motorbikes": a participle follows the head
_AFTER_HEAD_RE = re.compile(
    r"\s(?:aboard|on\s+board|from|in|inside|on|at|near|like|as|who|while|with|\w{3,}ing)\s"
)


def _not_people(victim: str) -> bool:
    """'Several cows were killed', 'two houses destroyed': not casualties."""
    text = victim.lower()
    text = text[3:] if text.startswith("of ") else text.split(" of ")[0]
    # "militants aboard motorbikes", "soldiers from the town hall": the head comes first
    text = _AFTER_HEAD_RE.split(text)[0]
    words = _LETTERS_RE.findall(text)
    return bool(words) and words[-1] in _NOT_PERSON_HEADS


_LETTERS_RE = re.compile(r"[a-z]+")


def _coordinated_np_passive(after: str) -> tuple[str, re.Match[str]] | None:
    """'Seven Wagnerians [and Malian soldiers] were taken prisoner': a bare second NP."""
    m = _AND_NEXT_RE.match(after)
    if not m:
        return None
    victim, end = _victim_phrase(after, m.end())
    if not victim or re.search(r"\d", victim) or re.search(r"(?:ed|ly|ing)$", victim.split()[-1]):
        return None
    if find_quantities(victim):
        return None  # "two escaped and one was caught": two figures, not one list
    passive = _PASSIVE_RE.match(after[end:])
    return (after[:end].strip(), passive) if passive else None


# Which of the prefilters above a sentence passes, keyed by the prefilter's id (hashing the
# long tuples themselves at every test was slow): one cached look-up per word instead of
# testing every word against each prefilter.
_SINGULAR_TRIGGERS = WordTriggers(
    {
        id(beginnings): set(beginnings)
        for beginnings in (
            _SINGULAR_ACTIVE_WORDS,
            _CHAIN_WORDS,
            _OUTCOME_WORDS,
            _PASSIVE_AUX_WORDS,
            _AND_WORDS,
            _PAIR_AUX_WORDS,
            _NAMED_VICTIM_WORDS,
            _TO_DEATH_WORDS,
            _BODY_FOUND_WORDS,
            _BOTH_WORDS,
            _INJURIES_WORDS,
            _RELATIVE_WORDS,
            _RELATIVE_VERB_WORDS,
            _COUPLE_WORDS,
            _SUBJECT_LATER_WORDS,
            _SELF_WORDS,
            _PRONOUN_WORDS,
        )
    }
)

# Every single victim's pattern names the harm with a word starting with one of these (its
# verb, "death", "body", "couple", "himself", ...): a sentence with none holds no single victim.
_HARM_WORDS = tuple(
    sorted(
        {
            beginning.split(" ")[0]
            for beginnings in (
                _SINGULAR_ACTIVE_FIRSTS,
                _OUTCOME_WORDS,
                _NAMED_VICTIM_WORDS,
                _TO_DEATH_WORDS,
                _BODY_FOUND_WORDS,
                _INJURIES_WORDS,
                _RELATIVE_VERB_WORDS,
                _COUPLE_WORDS,
                _SELF_WORDS,
            )
            for beginning in beginnings
        }
    )
)
_HARM_BEGINNINGS = WordBeginnings(_HARM_WORDS)


def _has_word(present: set | None, beginnings: tuple[str, ...]) -> bool:
    """Whether the sentence may hold one of ``beginnings``, from
    ``_SINGULAR_TRIGGERS.possible(...)`` (None: unknown, so maybe)."""
    return present is None or id(beginnings) in present


def _needs(*beginnings: tuple[str, ...]) -> frozenset[int]:
    """What a pattern of _singular_figures needs the sentence to hold a beginning of each of
    ``beginnings``, as the keys of ``_SINGULAR_TRIGGERS.possible(...)`` (built once: a set test
    per pattern and sentence)."""
    return frozenset(map(id, beginnings))


def _scan(pattern: re.Pattern[str], sentence: str, present: set | None, needs: frozenset[int]):
    """``pattern.finditer(sentence)``, skipped unless the sentence may hold what it ``needs``
    (from _needs)."""
    if present is None or needs <= present:
        return pattern.finditer(sentence)
    return ()


_PAIR_NEEDS = _needs(_OUTCOME_WORDS, _AND_WORDS, _PAIR_AUX_WORDS)
_NAMED_VICTIM_NEEDS = _needs(_NAMED_VICTIM_WORDS)
_TO_DEATH_NEEDS = _needs(_TO_DEATH_WORDS)
_BODY_FOUND_NEEDS = _needs(_BODY_FOUND_WORDS)
_BOTH_NEEDS = _needs(_BOTH_WORDS)
_INJURIES_NEEDS = _needs(_INJURIES_WORDS)
_RELATIVE_NEEDS = _needs(_RELATIVE_WORDS, _RELATIVE_VERB_WORDS)
_COUPLE_NEEDS = _needs(_COUPLE_WORDS)
_SUBJECT_LATER_NEEDS = _needs(_SUBJECT_LATER_WORDS)
_SELF_NEEDS = _needs(_SELF_WORDS)
_PRONOUN_NEEDS = _needs(_PRONOUN_WORDS)
_PASSIVE_NEEDS = _needs(_OUTCOME_WORDS, _PASSIVE_AUX_WORDS)


# (the noun phrases of the single victims: "a ...", "the ... attack", "... in the town")
_INDEFINITE_RE = re.compile(r"(?i)an?\s")
_DEFINITE_RE = re.compile(r"(?i)(?:the|his|her|its)\b")
_ARTICLE_RE = re.compile(r"(?i)^(?:a|an|another|the|one)\s+")
_THE_ATTACK_RE = re.compile(r"(?i)the\s+(?:\w+\s+)*(?:attack|incident|operation|clash|raid)")
_PREPOSITION_RE = re.compile(r"\s+(?:in|of|at|from|near|with|on)\s+")


def _named_passive_possible(sentence: str, words: frozenset[str] | None) -> bool:
    """Whether _NAMED_PASSIVE_RE may match the sentence (of ``lower_words`` ``words``)."""
    if words is None:
        return True
    if not _NAMED_PASSIVE_AUX_WORDS.isdisjoint(words) and _NAMED_PASSIVE_VERB_RE.search(sentence):
        return True
    return not _KILLING_WORDS.isdisjoint(words) and _KILLING_OF_RE.search(sentence) is not None


def _singular_figures(
    sentence: str,
    offset: int,
    quantities: list[Quantity],
    already: list[CasualtyFigure],
    claimed_by: str | None,
) -> list[CasualtyFigure]:
    """One victim named without a number: 'a farmer was killed', 'shot dead a young man'."""
    words = lower_words(sentence)
    if not already and not _HARM_BEGINNINGS.in_words(words):
        return []  # most sentences (a list continuation needs a figure before it)
    taken = [(f.char_start - offset, f.char_end - offset) for f in already]
    taken += [(q.char_start - offset, q.char_end - offset) for q in quantities]
    out: list[CasualtyFigure] = []
    candidates = []
    pronoun_starts: set[int] = set()
    present = _SINGULAR_TRIGGERS.possible(words)
    # tried only at the words that may begin a verb: ~75 verbs at every word are slow
    verbs = (
        list(_SINGULAR_ACTIVE.finditer(sentence))
        if _has_word(present, _SINGULAR_ACTIVE_WORDS)
        else []
    )
    for m in verbs:
        if _ATTEMPT_RE.search(window_before(sentence, m.start(), 20)):
            continue
        if m.group("body"):
            # ("a hospital had received the body of a 22-year-old": the dead told again; a
            # body counts only where nothing else does)
            outcome = "body"
        else:
            trig = m.group("trig").lower()
            if trig == "seized":
                continue
            outcome = next(n for n, _ in _ACTIVE_OF if m.group(n))
            if trig in {"left", "leaving"}:
                # "leaving a driver [and two traders] dead": a death only with its outcome word
                left = _left_outcome(sentence, m)
                if left is None:
                    continue
                outcome = left
        candidate = _singular_object(sentence, m, outcome)
        if candidate:
            candidates.append(candidate)
    for m in _scan(_SINGULAR_PAIR_RE, sentence, present, _PAIR_NEEDS):
        heads = [m.group(g).split()[-1].lower() for g in ("np1", "np2")]
        if any(h in _NOT_PERSON_HEADS or h.endswith("ed") for h in heads):
            continue  # "a car burned and one driver died": one victim, not two
        if _PREPOSITION_BEFORE_RE.search(sentence, max(0, m.start("np1") - 8), m.start("np1")):
            continue  # "shot in the chest near the roundabout and a second died": a place
        outcome = next(n for n, _ in _OUTCOME_OF if m.group(n))
        candidates.append((outcome, m.start("np1"), m.end("np1")))
        candidates.append((outcome, m.start("np2"), m.end("np2")))
    for m in _scan(_NAMED_VICTIM_RE, sentence, present, _NAMED_VICTIM_NEEDS):
        verb = m.group(0).split()[0].lower()
        outcome = "captured" if verb in {"kidnapped", "abducted"} else "killed"
        name = m.group("np")
        if name.split()[-1].endswith("s") or name.split()[0] in _NOT_NAME_STARTS:
            continue
        candidates.append((outcome, m.start("np"), m.end("np")))
    if _named_passive_possible(sentence, words):
        for m in _NAMED_PASSIVE_RE.finditer(sentence):
            group = "np" if m.group("np") else "np2"
            if m.group(group).split()[0] not in _NOT_NAME_STARTS and not (
                # ("a serviceman of the Armenian Armed Forces was killed": a body, no name)
                _OF_THE_BEFORE_RE.search(sentence, max(0, m.start(group) - 8), m.start(group))
            ):
                candidates.append(("killed", m.start(group), m.end(group)))
    for m in _scan(_TO_DEATH_RE, sentence, present, _TO_DEATH_NEEDS):
        candidates.append(("killed", m.start("np"), m.end("np")))
    for m in _scan(_BODY_FOUND_RE, sentence, present, _BODY_FOUND_NEEDS):
        candidates.append(("body", m.start("np"), m.end("np")))
    for m in _scan(_BOTH_KILLED_RE, sentence, present, _BOTH_NEEDS):
        candidates.append(("killed", m.start("np"), m.end("np")))
    for m in _scan(_BOTH_DIED_RE, sentence, present, _BOTH_NEEDS):
        candidates.append(("pronoun", m.start("np"), m.end("np")))
    for m in _scan(_DIED_OF_INJURIES_RE, sentence, present, _INJURIES_NEEDS):
        candidates.append(("pronoun", m.start("np"), m.end("np")))
    for m in _scan(_RELATIVE_OBJECT_RE, sentence, present, _RELATIVE_NEEDS):
        head = m.group("np").split()[-1].lower()
        if head not in _NOT_PERSON_HEADS and not _is_plural(head):
            candidates.append(("killed", m.start("np"), m.end("np")))
    for m in _scan(_BARE_COUPLE_RE, sentence, present, _COUPLE_NEEDS):
        if not re.match(r"(?i)(?:a|an|the|his|her|their)\s", m.group("np")):
            candidates.append(("killed", m.start("np"), m.end("np")))
    for m in _scan(_SUBJECT_LATER_KILLED_RE, sentence, present, _SUBJECT_LATER_NEEDS):
        head = m.group("np").split()[-1].lower()
        if head not in _NOT_PERSON_HEADS:
            candidates.append(("killed", m.start("np"), m.end("np")))
    for m in _scan(_SELF_KILLED_RE, sentence, present, _SELF_NEEDS):
        candidates.append(("killed", m.start("np"), m.end("np")))
    for m in _scan(_PRONOUN_ACTIVE_RE, sentence, present, _PRONOUN_NEEDS):
        group = "np" if m.group("np") else "np2"
        candidates.append(("pronoun", m.start(group), m.end(group)))
    for m in _scan(_CAUSED_DEATH_RE, sentence, present, _TO_DEATH_NEEDS):
        candidates.append(("pronoun", m.start("np"), m.end("np")))
    passives = _scan(_SINGULAR_PASSIVE_RE, sentence, present, _PASSIVE_NEEDS)
    if passives and not _SINGULAR_PASSIVE_VERB_RE.search(sentence):
        passives = ()  # no passive verb: its noun phrases, slow to try, are not tried
    for m in passives:
        np, np_start = m.group("np"), m.start("np")
        told = _TOLD_BEFORE_NP_RE.match(np)
        if told:  # "A hospital said on Thursday that a fourth victim had died": the victim
            np, np_start = np[told.end() :], np_start + told.end()
        if np[:1].isupper() and _PLACE_BEFORE_RE.search(sentence, 0, np_start):
            # "A candidate for city council in Nova Iguacu, in Rio de Janeiro's Baixada
            # Fluminense, was shot dead": the place is where; the victim leads the sentence
            lead = _LEAD_NP_RE.match(sentence)
            if lead is None:
                continue
            np, np_start = lead.group(1), lead.start(1)
        described = _INDEFINITE_RE.match(np)
        named = _DEFINITE_BEFORE_RE.match(sentence[:np_start]) if described else None
        if named:  # "The guard, a member of the local community, was killed": the guard
            np, np_start = named.group(1), named.start(1)
        elif described and (
            (nth := _NTH_BEFORE_RE.search(sentence, 0, np_start))
            # ("a third protester, who had been taken to a hospital in Urmia, had died": the
            # victim before the clause that tells where he was taken)
            or (
                (words is None or not _ORDINAL_WORDS.isdisjoint(words))
                and (nth := _NTH_CLAUSE_BEFORE_RE.search(sentence, 0, np_start))
            )
        ):
            # "a third victim, a 59-year-old woman, died": the toll is now three
            np, np_start = nth.group(1), nth.start(1)
        if _THE_ATTACK_RE.match(np):
            continue
        head = _PREPOSITION_RE.split(np)[0].split()[-1].lower()
        if head in _NOT_PERSON_HEADS or _BODY_PART_AND_RE.match(np):
            continue  # "(he) was hit in the chest and died": no victim named "the chest and"
        if np.endswith(" and") and _NAMED_WITH_AGE_RE.match(sentence):
            # "Adilson da Silva, 47, was hit by shots fired by two men on a motorcycle and
            # died": the victim is the one named, as a pronoun would name him
            candidates.append(("pronoun", 0, _NAMED_WITH_AGE_RE.match(sentence).end(1)))
            continue
        outcome = _then_killed(sentence, m.end(), next(n for n, _ in _OUTCOME_OF if m.group(n)))
        if m.group("trig").lower() in {"deaths", "fatalities", "bodies", "corpses", "injuries"}:
            continue
        if np.lower() in {"he", "she"}:
            pronoun_starts.add(np_start)  # "She was abducted and killed": already counted
        candidates.append((outcome, np_start, np_start + len(np)))
    for f in already:
        start = f.char_start - offset
        if f.outcome == "killed" and sentence.endswith(" and ", 0, start):
            # "A soldier and two terrorists died": one victim before the count of the others
            lone = _ONE_BEFORE_A_COUNT_RE.search(sentence, max(0, start - 50), start)
            head = lone.group("np").split()[-1].lower() if lone else ""
            # (not "a kiosk exploded and one woman died": a thing, and what it did)
            if (
                lone
                and head not in _NOT_PERSON_HEADS
                and not head.endswith("ed")
                and not _is_plural(head)
            ):
                candidates.append(("killed", lone.start("np"), lone.end("np")))
    # list continuations are only of use after a figure (most sentences hold an "and")
    chains = []
    if (already or candidates) and _has_word(present, _CHAIN_WORDS):
        chains = _list_continuations(sentence, verbs)
    for m in chains:
        # "killing three gendarmes and a civilian", "killing a fighter and his mother"
        # ("put the toll at 18, and the provincial government at 15": a bare toll heads no list)
        ends = [(f.char_end - offset, f.outcome, f.quote) for f in already if f.victim]
        ends += [(e, o, "") for o, _s, e in candidates if o in _OUTCOMES]
        previous = [x for x in ends if m.start() - 1 <= x[0] <= m.start() + 1]
        if not previous or _PASSIVE_END_RE.search(previous[-1][2]):
            continue  # "a driver was killed, and a second hurt": not a list
        candidate = _singular_object(sentence, m, previous[-1][1])
        if candidate:
            candidates.append(candidate)
    for outcome, start, end in candidates:
        if any(s < end and start < e for s, e in taken):
            continue
        np_text = sentence[start:end]
        if _NOBODY_RE.search(np_text):
            continue  # "... and that no one had been killed"
        if _UNTIL_THE_LAST_RE.search(
            window_before(sentence, start, 10) + window_after(sentence, start, 12)
        ):
            continue  # "Our fight will continue until the last terrorist is eliminated"
        if _DEFINITE_RE.match(np_text) and outcome not in {
            "killed",
            "body",
            "pronoun",  # "executed her": a pronoun victim, counted as a fallback
        }:
            continue
        before = window_before(sentence, start, 60)
        is_reference = bool(
            _reference_before(before)
            or _INCLUDING_CLAUSE_RE.search(before)
            or _told_earlier(sentence[end:])
            # "killed a civilian days earlier": the time may sit inside the victim phrase
            or _told_earlier(sentence[start:])
            or _SEPARATE_AFTER_RE.match(sentence, end)
            or _protest_cause(sentence, start)
            or _PRIOR_CAUSE_RE.search(sentence, max(0, start - 140), start)
            or _OTHER_ACT_BEFORE_RE.search(sentence, max(0, start - 80), start)
        )
        taken.append((start, end))
        # "his body was found", "killed him", "she was killed": count only if nothing else does
        is_body = outcome in {"body", "pronoun"} or start in pronoun_starts
        # "shot dead a couple", "killing both": two victims
        people = 2 if _COUPLE_RE.search(np_text) or np_text.lower() == "both" else 1
        # "a fourth victim had died": the toll is now four
        nth = _NTH_DEATH_RE.match(np_text) if outcome == "killed" else None
        if nth:
            people = _ORDINALS.index(nth.group("nth").lower()) + 2
        out.append(
            CasualtyFigure(
                outcome="killed" if outcome in {"body", "pronoun"} else outcome,
                victim=_ARTICLE_RE.sub("", np_text),
                count_low=people,
                count_best=people,
                count_high=people,
                qualifier="exact",
                coded=people,
                quote=np_text,
                char_start=offset + start,
                char_end=offset + end,
                is_subset=is_reference,
                is_reference=is_reference,
                is_fallback=is_body,
                is_toll=nth is not None,
                claimed_by=claimed_by,
            )
        )
    return out


# "... said on Thursday that a fourth victim", "The toll rose after a third soldier": the words
# before the victim a singular passive's lazy subject can take in
_TOLD_BEFORE_NP_RE = re.compile(
    r"^.*\b(?:that|said|says|after|when)\s+(?=(?:[Aa]n?|[Aa]nother|[Tt]he|[Oo]ne)\s)", re.DOTALL
)
# "The guard, a member of the local community who had worked with MSF, was killed": a person
# the text named before, described again
_DEFINITE_BEFORE_RE = re.compile(r"(The\s+(?:[\w'’-]+\s+)?[\w'’-]+),\s+$")
# a capitalised name after "in", "of" or a possessive's owner: a place, not a person
_PLACE_BEFORE_RE = re.compile(r"(?:\b(?:in|of|at|near|from)\s+(?:[\w'’-]+\s+){0,3})$")
# the indefinite or definite noun phrase a sentence opens with (after a dateline)
_LEAD_NP_RE = re.compile(
    r"(?:[A-Z][A-Z .'’-]+\s+[-–—]\s+)?((?:An?|The)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s+(?:for|of|in|from|at|with)\b|,)"
)
_ORDINALS = "second third fourth fifth sixth seventh eighth ninth tenth".split()
# "a fourth victim", "another second soldier" ("the third was killed in West Hararghe" is one
# of three told; "a second year student" is one)
_NTH_VICTIM = rf"(?:a|another)\s+(?P<nth>{'|'.join(_ORDINALS)})(?:\s+[\w-]+)?"
_NTH_BEFORE_RE = re.compile(rf"(?i)\b({_NTH_VICTIM}),\s+$")  # "a third victim, a 59-year-old"
_ORDINAL_WORDS = frozenset(_ORDINALS)  # (one is in every match of _NTH_CLAUSE_BEFORE_RE)
_NTH_CLAUSE_BEFORE_RE = re.compile(rf"(?i)\b({_NTH_VICTIM}),\s+[^.;]{{0,100}}?\s(?:to|in|at)\s+$")
_NTH_DEATH_RE = re.compile(rf"(?i){_NTH_VICTIM}$")

_BODY_PART_AND_RE = re.compile(
    r"(?i)the\s+(?:chest|head|neck|stomach|abdomen|back|legs?|arms?|shoulder|thigh|face)\s+and$"
)
# a sentence that opens with a person's name and age: "Adilson Ferreira da Silva, 47, ..."
_NAMED_WITH_AGE_RE = re.compile(
    r"([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|da|de|dos|al|bin)){0,5}),\s+\d{1,3},"
)


def _list_continuations(sentence: str, verbs: list[re.Match[str]]) -> list[re.Match[str]]:
    """The matches of _LIST_OBJECT_RE outside those of ``verbs``, as one finditer() over both
    patterns would find them: a verb's match ("killed the ") may hold a continuation's start,
    which is then skipped and the search goes on from the verb's end."""
    found = []
    pos = 0
    while m := _LIST_OBJECT_RE.search(sentence, pos):
        inside = next((v for v in verbs if v.start() < m.start() < v.end()), None)
        if inside is None:
            found.append(m)
        pos = m.end() if inside is None else inside.end()
    return found


_COUPLE_RE = re.compile(r"(?i)^(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?couple$")
_OUTCOMES = ("killed", "wounded", "captured", "missing")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand dozens dozen".split()
)


_LEFT_OUTCOME_RE = re.compile(
    r"^\s+(?:and\s+[^,.;]{0,40}?\s+)?(?P<word>dead|killed|injured|wounded)\b", re.IGNORECASE
)


def _left_outcome(sentence: str, m: re.Match[str]) -> str | None:
    """'leaving a child killed', 'left a woman and two men dead': the word after the list
    says what happened; 'left a note' is no casualty."""
    _victim, np_end = _victim_phrase(sentence, m.end())
    after = _LEFT_OUTCOME_RE.match(sentence[np_end:])
    if not after:
        return None
    return "killed" if after.group("word").lower() in {"dead", "killed"} else "wounded"


def _singular_object(sentence: str, m: re.Match[str], outcome: str) -> tuple[str, int, int] | None:
    """(outcome, start, end) of 'a/the/his NP' after a verb, if it names one person."""
    victim, np_end = _victim_phrase(sentence, m.end())
    if not victim and m.group("det").lower() == "another":
        start = m.start("det")  # "injuring one engineer and killing another"
        return outcome, start, m.end("det")
    # "killed a refugee from the hills": the head comes before the place or origin
    head_words = re.findall(r"[\w'’-]+", _AFTER_HEAD_RE.split(victim.split(" of ")[0])[0])
    if not head_words:
        return None
    head = head_words[-1].lower()
    if m.group("det").lower() in {"their", "its"} and head not in _RIDERS:
        return None  # ("killing its members": a group's, counted elsewhere if at all)
    if head in _NOT_PERSON_HEADS or _is_plural(head):
        return None
    start = m.start("det")
    return outcome, start, start + len(sentence[start:np_end].rstrip())


# "struck a car, killing its driver": the one person a vehicle carried
_RIDERS = frozenset("driver rider pilot occupant owner motorist conductor".split())
_PLURALS_WITHOUT_S = frozenset("people children personnel police folk".split())


def _is_plural(head: str) -> bool:
    """'killed the villagers', 'beheaded the people', 'shot the gunmen': no single victim."""
    return (
        (head.endswith("s") and not head.endswith("ss"))
        or (head.endswith("men") and len(head) > 3)
        or head in _PLURALS_WITHOUT_S
    )


_GENERIC_ACTORS = ("Civilians", "Protesters", "Rioters", "Unidentified")


def victim_key(figure: CasualtyFigure) -> str:
    """Who the figure is about, coarsely: the actor if known, else the head noun (the words a
    story varies for the attackers are one: "one militant was killed ... One attacker was
    killed and his body was left at the scene")."""
    if figure.victim_actor and not figure.victim_actor.startswith(_GENERIC_ACTORS):
        return figure.victim_actor.lower()
    head = _victim_head(figure)
    return "attacker" if head in _ATTACKER_WORDS else head


# (narrower than _ATTACKER_HEADS: "fighters" and "insurgents" are as often the other side's
# dead, and "bomber" one who died by his own blast: merged, two sides' dead would become
# rival counts of one group, the lower coded)
_ATTACKER_WORDS = frozenset({"attacker", "assailant", "gunman", "militant", "raider"})


def _victim_head(figure: CasualtyFigure) -> str:
    """The head noun of the victims, singular ("fighters" -> "fighter"; "soldiers and a
    guerrilla fighter": the first, whom the count is of)."""
    return _head_noun(figure.victim)


@lru_cache(maxsize=32)
def _head_noun(victim: str) -> str:
    """_victim_head of a victim phrase (cached, for the figures of a document: reconciling an
    event's deaths asks for each figure's head several times, and an event is reconciled again
    as its parts are)."""
    victim = victim.lower().split(" from ")[0].split(" of ")[0].split(" and ")[0]
    # ("men suspected of stealing a motorcycle", "men riding a motorcycle": the men)
    victim = _VICTIM_MODIFIER_RE.split(victim, maxsplit=1)[0]
    words = _LETTERS_RE.findall(victim)
    if not words:
        return ""
    head = words[-1]
    if head in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[head]  # ("a third man ... three men had died": one head)
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


_VICTIM_MODIFIER_RE = re.compile(
    r"\s(?:suspected|accused|believed|alleged|thought|wanted|who|whom|whose|that|which)\b"
    r"|\s[a-z]{2,}ing\s+(?=(?:a|an|the|their|his|her|in|on|at|near|along|from|to)\s)"
)
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child"}


# Victims named only as people: a source's figure for them is a count of everyone killed.
_GENERIC_VICTIMS = frozenset({"", "people", "person", "individual", "victim", "casualtie"})


def _one_death_told_twice(killed: list[CasualtyFigure]) -> bool:
    """'The ministry said a strike killed one man. The army said it had killed a Hezbollah
    operative': each source tells of one death, under its own name for the victim (the
    report's own voice one of them: 'killing one protester, witnesses said. A student hit in
    the chest was dead on arrival at hospital')."""
    # (a headline's "One killed as factions clash" above them counts the same one)
    told = [f for f in killed if not f.is_fallback]
    sources = {f.claimed_by for f in told}
    return (
        len(told) >= 2
        and len(sources) == len(told)
        and all(f.coded == 1 and not f.is_additional for f in killed)
    )


def reconcile_fatalities(figures: list[CasualtyFigure]) -> int:
    """Deaths in one event the way ACLED codes them (see _reconcile_counts), with the wounded
    who died later ("two of the wounded later died") added, unless a toll counts them or a
    first count was corrected ("Police initially said four ... three of the wounded soldiers
    died overnight": the lead's seven is the count after)."""
    killed = [f for f in figures if f.outcome == "killed"]
    if not killed:
        return 0  # (most events and sentences: no death to reconcile)
    counted = _reconcile_counts(figures)
    if counted and not any(f.is_toll or f.is_reference for f in killed):
        counted += sum(f.coded for f in killed if _died_of_wounds(f))
    elif counted and (tolls := [f for f in killed if f.is_toll]):
        # "the toll had reached 13, and two more of the wounded died on Thursday", under a
        # lead whose toll "has risen to 15": deaths after the last toll told, up to the
        # highest toll the report gives
        last = max(tolls, key=attrgetter("char_start"))
        later = sum(f.coded for f in killed if _died_of_wounds(f) and f.char_start > last.char_end)
        if later and counted + later <= max(f.coded for f in tolls):
            counted += later
    return counted


def _died_of_wounds(figure: CasualtyFigure) -> bool:
    return figure.is_additional and _of_the_wounded(figure.victim)


def _of_the_wounded(victim: str) -> bool:
    """'(five) of the wounded', 'of the injured': some of the wounded, who later died."""
    return victim.lower().removeprefix("more ").startswith(("of the wounded", "of the injured"))


def _reconcile_counts(figures: list[CasualtyFigure]) -> int:
    """Deaths in one event the way ACLED codes them.

    A toll ("rose to 40") replaces everything (the last one wins); subsets never add; distinct
    victim groups are summed; figures for the same victims from different sources, and a
    summary total ("7 fatalities") against the detail, take the lower value; a body found
    counts only when nothing else does.
    """
    killed = [f for f in figures if f.outcome == "killed" and not f.is_subset]
    if not killed:  # "killed at least one of them": a part is all that was reported
        killed = [f for f in figures if f.outcome == "killed" and not f.is_reference][:1]
    if len(killed) == 1:
        return killed[0].coded  # (most events: one figure, with none to weigh it against)
    tolls = [f for f in killed if f.is_toll]
    if tolls:
        # "the toll is four soldiers killed on our side. Eight assailants were neutralised": a
        # toll of one side's dead leaves the other side's to be added
        side = victim_key(tolls[-1])
        others = [
            f
            for f in killed
            if side not in _GENERIC_VICTIMS
            and not f.is_toll
            and victim_key(f) not in _GENERIC_VICTIMS | {side}
            # ("killing four SDF fighters ... a fourth fighter had died": the same side)
            and _victim_head(f) != _victim_head(tolls[-1])
            # ("a fourth soldier died of his wounds": "his" is he)
            and not (f.is_fallback and _victim_head(f) in _PRONOUN_HEADS)
            # ("One protester was killed ... one man, aged 23, was killed ... a second
            # protester had died": a man told before the toll is one it counts)
            and not (f.char_start < tolls[-1].char_start and _victim_head(f) in _PERSON_HEADS)
        ]
        if not others:
            # "the toll had risen to 19 dead ... The bomber was also killed": the attacker
            # told after a toll of the victims is one more
            others = [
                f
                for f in killed
                if f.is_additional
                and f.char_start > tolls[-1].char_end
                and _victim_head(f) in _ATTACKER_HEADS
            ]
        # ("the toll was 10, but the police put it at eight": an estimate of the same toll
        # told right after it competes with it; the lower is coded. Not "Earlier reports put
        # the toll at seven", told sentences away)
        later = [
            f.coded
            for f in killed
            if f.is_total and not f.is_toll and 0 < f.char_start - tolls[-1].char_end < 60
        ]
        toll = min([tolls[-1].coded, *later])
        return toll + (_reconcile_counts(others) if others else 0)
    if _one_death_told_twice(killed):
        return 1
    killed = _admitted_against_claimed(killed)
    if any(f.qualifier != "vague" and not f.is_fallback for f in killed):
        # "a fight with several fatalities ... the bodies of 17 soldiers": the stated number
        # says how many the vague one was
        stated: dict[str, int] = {}  # the largest stated figure for each victim group
        for f in killed:
            if f.qualifier != "vague" and not f.is_fallback:
                stated[victim_key(f)] = max(stated.get(victim_key(f), 0), f.coded)
        # "dozens of soldiers ... at least 30 of our men died": a stated count as large as the
        # vague one's least is the count it was vague about
        largest = max(stated.values(), default=0)
        killed = [
            f
            for f in killed
            if f.qualifier != "vague"
            or victim_key(f) not in _GENERIC_VICTIMS
            # "dozens of soldiers ... at least 40 soldiers": the same soldiers, now counted
            and stated.get(victim_key(f), -1) < f.coded
            and largest < (f.count_low or f.coded)
        ]
    sources = {f.claimed_by for f in killed}
    if None in sources and len(sources) > 1:
        # "5 soldiers were killed ... the rebels claimed to have killed 20": a party's claim
        # about other victims is not added to what the report itself states
        told = {victim_key(f) for f in killed if f.claimed_by is None} | {""}
        killed = [f for f in killed if not f.is_disputed or victim_key(f) in told]
        sources = {f.claimed_by for f in killed}
    elif len(sources) > 1 and any(not f.is_disputed for f in killed):
        # "four police officers were killed, the government said ... JNIM said in a claim that
        # its fighters had killed 12 soldiers": nor to what another source states undisputed
        told = {victim_key(f) for f in killed if not f.is_disputed} | {""}
        undisputed = {f.claimed_by for f in killed if not f.is_disputed}
        killed = [
            f
            for f in killed
            if not f.is_disputed or f.claimed_by in undisputed or victim_key(f) in told
        ]
        sources = {f.claimed_by for f in killed}
    competing = [
        f
        for f in killed
        # "two more people were killed": more deaths, never another account of the same ones
        if not f.is_additional
        and not f.is_fallback  # bodies found, a witness's count: never another account
        and victim_key(f) in _GENERIC_VICTIMS
        and f.claimed_by is not None
        and len(sources) > 1
        and not f.is_toll
        # "a rival outlet put civilian deaths at as many as 30": a ceiling from another
        # account is a competing estimate, whatever it calls the victims
        or f.qualifier == "up_to"
        and not f.is_additional
        and f.claimed_by is not None
        and len(sources) > 1
    ]  # "a local paper reports five dead" against "at least four people were killed";
    # "the rebels claim 9 people died" against "4 soldiers and 2 rebels were killed"
    totals = [f.coded for f in killed if f.is_total or f in competing]
    detailed = [f for f in killed if not f.is_total and not f.is_fallback and f not in competing]
    detailed = _ranks_of_a_count(_drop_definite_repeats(detailed))
    named_counts = {f.coded for f in detailed if victim_key(f)}
    detailed = [
        f for f in detailed if victim_key(f) or f.coded not in named_counts or f.is_additional
    ]  # "6 farmers killed ... all 6 dead were brothers": the same six
    detailed = _summed_by_another_source(detailed)
    if not detailed:
        detailed = [f for f in killed if f.is_fallback and not f.is_total][:1]
    by_victims: dict[str, dict[str | None, list[int]]] = {}
    extra = 0
    for figure in detailed:
        if figure.is_additional:
            extra += figure.coded
            continue
        by_source = by_victims.setdefault(victim_key(figure), {})
        by_source.setdefault(figure.claimed_by, []).append(figure.coded)
    total = extra
    for key, by_source in by_victims.items():
        per_source = [sum(_dedupe(values)) for values in by_source.values()]
        total += min(per_source) if key else sum(per_source)
    if totals:
        if not total or (total == extra and extra <= min(totals)):
            # (only "two more bodies were found", after a first count told already: the
            # total given counts them)
            return min(totals)
        # (one each: "11 bodies had been recovered" counts the dead told, no more)
        fallbacks = sum(1 for f in killed if f.is_fallback and f.coded == 1)
        if total < min(totals) and fallbacks:  # "killed him ... two aides ... 3 fatalities"
            return min(min(totals), total + fallbacks)
        # "Five people were killed ... Four people died at the scene. A woman ... died later":
        # a source's count at the scene and one death after it make up the lead's toll
        later = sum(
            f.coded
            for f in detailed
            if f.coded == 1
            and victim_key(f) not in _GENERIC_VICTIMS
            # (not "the third was killed in West Hararghe": one of those counted, by place)
            and victim_key(f) not in _ORDINAL_VICTIMS
        )
        if later and (
            any(f.coded == min(totals) + later for f in detailed if f.coded > 1)
            # ("Russian attacks on Kharkiv killed four people, officials said ... a bomb killed
            # three people, the governor said ... a drone killed an 80-year-old man": another
            # source's total is the same sum)
            or min(totals) + later in totals
        ):
            return min(totals) + later
        if all(
            f.claimed_by is not None and _victim_head(f) in _ATTACKER_HEADS for f in detailed
        ) and not any(f.claimed_by in {g.claimed_by for g in detailed} for f in competing):
            # "At least 17 people were killed, officials said ... 'our youth found the bodies
            # of five of the attackers,' the commissioner said": one side of the dead, told
            # by another source, inside the total
            return min(totals)
        return min(total, min(totals))
    return total


_ORDINAL_VICTIMS = frozenset(_ORDINALS)
_ATTACKER_HEADS = frozenset(
    "bomber attacker assailant gunman gunmen militant insurgent fighter suicide".split()
)
_PRONOUN_HEADS = frozenset({"he", "him", "his", "she", "her", "they", "them", "their"})
_PERSON_HEADS = frozenset({"man", "men", "woman", "women", "boy", "girl"})
_MIXED_HEADS = frozenset({"fighters", "combatants", "people", "persons", "men"})


def _summed_by_another_source(detailed: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """'five fighters were killed ... Three government soldiers and two Houthi militants were
    killed, a military source said': a count of both sides' dead that another source breaks
    down is the same dead, told once."""
    for figure in detailed:
        words = figure.victim.lower().split()
        if figure.is_additional or not words or words[-1] not in _MIXED_HEADS:
            continue
        parts = [
            f
            for f in detailed
            if f is not figure and f.claimed_by != figure.claimed_by and not f.is_additional
        ]
        if len(parts) > 1 and sum(f.coded for f in parts) == figure.coded:
            return [f for f in detailed if f is not figure]
    return detailed


# the fighters of an armed group, as the other side names them when it counts them
_FIGHTER_HEADS = frozenset(
    "fighter militant insurgent rebel terrorist separatist jihadist assailant attacker gunmen "
    "gunman bandit guerrilla guerilla militiamen militiaman combatant".split()
)


def _admitted_against_claimed(killed: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """'The army said six guerrillas were neutralised; the ELN acknowledged the loss of two
    fighters': two counts of the same dead, of which ACLED codes the lower."""
    admitted = [f for f in killed if f.is_admission]
    claimed = [f for f in killed if not f.is_admission and _victim_head(f) in _FIGHTER_HEADS]
    if not admitted or not claimed:
        return killed
    if sum(f.coded for f in claimed) >= sum(f.coded for f in admitted):
        return [f for f in killed if f not in claimed]
    return [f for f in killed if f not in admitted]


_BOMBER_HEADS = frozenset({"bomber", "attacker", "assailant"})


def _ranks_of_a_count(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """'Three police officers were killed ... A patrolman, a sergeant and a sub-lieutenant
    died': a force's dead, counted and then named one by one by rank, are the same dead."""
    ranks = [
        f
        for f in figures
        if f.coded == 1 and not f.is_additional and _victim_head(f) in _RANK_HEADS
    ]
    if not ranks:
        return figures
    first = min(r.char_start for r in ranks)
    if any(
        f.coded >= len(ranks)
        and f.char_end <= first
        and f.victim_actor is not None
        and f.victim_actor.startswith(STATE_FORCES)
        and all(r.victim_actor in (None, f.victim_actor) for r in ranks)
        for f in figures
        if f not in ranks
    ):
        return [f for f in figures if f not in ranks]
    return figures


# the ranks a force's dead are named by, one by one
_RANK_HEADS = frozenset(
    "patrolman constable sergeant corporal lieutenant captain major colonel inspector "
    "sub-inspector private".split()
)


def _drop_definite_repeats(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """'stabbed a trader ... The trader died': the same person mentioned again. 'killing two
    Afghan border guards ... a police spokesman said two guards were killed': the same dead,
    told again by another source in fewer words."""
    kept: list[CasualtyFigure] = []
    for figure in figures:
        definite = re.match(r"(?i)the\s", figure.quote) and figure.coded == 1
        if (
            definite
            and not _BOMBER_HEADS.isdisjoint(figure.victim.lower().split())
            and any(k.victim.lower() in ("herself", "himself") for k in kept)
        ):
            continue  # "a bomber blew herself up ... The bomber also died": one death
        if definite and any(
            victim_key(k) == victim_key(figure) and k.char_start < figure.char_start for k in kept
        ):
            continue
        if any(retold(figure, k) for k in kept):
            continue
        kept.append(figure)
    return kept


def retold(figure: CasualtyFigure, earlier: CasualtyFigure) -> bool:
    """The figure counts the earlier one's dead again: as many, from another source, named by
    the last word of the earlier one's victims ("guards" after "Afghan border guards")."""
    # (a quoted word is the same word: '"34 terrorists" had been neutralised')
    words = figure.victim.lower().strip(_QUOTES).split()
    earlier_words = earlier.victim.lower().strip(_QUOTES).split()
    if figure.coded != earlier.coded or figure.is_additional or not words or not earlier_words:
        return False
    if _fighters(words[-1]) and _fighters(earlier_words[-1]):
        # "killed six suspected cartel gunmen ... killing six of the attackers"
        return figure.coded > 1
    return (
        figure.claimed_by != earlier.claimed_by
        and len(words) == 1
        and len(earlier_words) > 1
        and earlier_words[-1] == words[0]
    )


_QUOTES = "\"'“”‘’"


def _fighters(word: str) -> bool:
    return word in _FIGHTER_HEADS or word.removesuffix("s") in _FIGHTER_HEADS


def _dedupe(values: list[int]) -> list[int]:
    """The same figure repeated by one source is one figure ('5 killed ... the five dead');
    single victims are not merged ('killed the driver and a passenger')."""
    if len(values) < 2:
        return values
    return sorted(set(v for v in values if v > 1)) + [v for v in values if v <= 1]
