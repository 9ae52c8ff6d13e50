"""The rule table: each pattern with the handler that values its match."""

from __future__ import annotations

import re

from sitrep.nlp.times.calendar import (
    _OF_YEAR, _POSS_YEAR, _century, _decade, _full_date, _half, _month_alone, _month_day,
    _month_relative_year, _month_year, _numeric_date, _quarter, _season, _the_quarter, _year_alone,
)
from sitrep.nlp.times.durations import (
    _duration, _in_units, _recent_units, _set_adverb, _set_every, _set_every_month,
    _set_every_weekday, _set_times_per, _unit_long, _vague_duration, _while,
)
from sitrep.nlp.times.named import (
    _DECADE_STEMS, _clock, _holiday, _named_time, _ordinal_day, _reference, _spelled_decade,
    _spelled_year, _the_year, _this_month, _this_year, _today,
)
from sitrep.nlp.times.patterns import (
    DAY_ORDINALS, _ANY_YEAR, _APPROX, _DAY, _EDGE, _MOD, _MONTH, _MORE, _NOT_VERB, _NUM, _PART,
    _PART_FIRST, _REL, _SPELLED_YEAR, _UNIT, _UNIT_WORD, _WEEKDAY, _YEAR, _alternation, _r,
)
from sitrep.nlp.times.relative import (
    _ANAPHORIC, _ago, _anaphoric, _day_word, _overnight, _part_of_day, _relative_unit, _the_week,
    _the_weekend, _weekday, _year_ago_adjective,
)
from sitrep.nlp.times.values import Handler
from sitrep.nlp.times.words import (
    ADVERB_SETS, HOLIDAYS, LONG_UNITS, MOVABLE_HOLIDAYS, REFERENCE_WORDS, UNITS, WEEKDAYS,
)


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_r(_MOD + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR), _full_date),
    (_r(_MOD + _DAY + r"\s+(?i:of\s+)?" + _MONTH + r",?\s+" + _YEAR), _full_date),
    (_r(r"(?P<year>(?:1[5-9]|20)\d\d)-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)"), _numeric_date),
    (_r(r"(?P<mm>[01]?\d)/(?P<dd>[0-3]?\d)/(?P<year>(?:1[5-9]|20)\d\d)"), _numeric_date),
    (_r(_MONTH + r"\s+" + _DAY), _month_day),
    (_r(r"(?i:the\s+)?" + _DAY + r"\s+(?i:of\s+)?" + _MONTH), _month_day),
    (_r(_MOD + _MONTH + r",?\s+(?i:of\s+)?" + _ANY_YEAR), _month_year),
    (_r(_MONTH + r"\s+" + r"(?P<rel>(?i:this|last|next))\s+(?i:year)"), _month_relative_year),
    (_r(r"(?:" + _REL + r"\s+)?" + _MOD + _MONTH), _month_alone),
    (_r(r"(?:(?i:fiscal|calendar|the\s+year|early|late|mid|the\s+(?:beginning|start|end|middle)\s+of)[\s-]+)?" + _YEAR), _year_alone),
    (_r(r"(?i:the)\s+" + _YEAR + r"\s+(?i:period|quarter)"), _year_alone),
    (_r(r"(?i:the\s+)?" + _MOD + r"(?:(?P<decade>(?:1[5-9]|20)\d0)|'(?P<decade2>\d0))'?s"), _decade),
    (_r(r"(?i:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?i:twentieth|twenty-first|nineteenth))\s+(?i:century)"), _century),
    (_r(r"(?i:the\s+(?!\w+-quarter))?(?:(?P<qyear>(?:19|20)\d\d)\s+|" + _POSS_YEAR + r")(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?:[\s-]+(?i:fiscal|calendar))?[\s-]+(?i:quarter)|Q(?P<qnum>[1-4]))(?:,?\s+(?i:of\s+)?(?:(?i:fiscal|calendar)\s+)?(?:" + _YEAR + r"|" + _OF_YEAR + r"))?"), _quarter),
    (_r(r"(?i:the\s+(?:latest|last|past|previous|recent|most\s+recent|fiscal)?\s*quarter)"), _the_quarter),
    (_r(r"(?i:the\s+)?" + _POSS_YEAR + r"(?P<half>(?i:first|second|last))\s+(?i:half)(?:\s+(?i:of\s+)?(?:" + _YEAR + r"|" + _OF_YEAR + r"))?"), _half),
    (_r(r"(?:(?i:the)\s+)?(?:" + _REL + r"\s+)?" + _MOD + r"(?P<season>(?i:spring|summer|autumn|fall|winter))(?:,?\s+(?i:of\s+)?" + _ANY_YEAR + r")?"), _season),
    (_r(_EDGE + _PART_FIRST + r"(?:" + _REL + r"\s+)?" + _WEEKDAY + r"(?:\s+" + _PART + r")?"), _weekday),
    (_r(_EDGE + _PART_FIRST + r"(?P<dayword>(?i:today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow))(?:\s+" + _PART + r")?"), _day_word),
    (_r(r"(?P<rel>(?i:this|last|yesterday|(?:early|late|later|earlier)\s+this|late\s+last))\s+" + _PART), _part_of_day),
    (_r(r"(?i:mid[\s-]?)(?P<part>(?i:morning|afternoon))"), _part_of_day),
    (_r(r"(?i:overnight)"), _overnight),
    (_r(r"(?i:(?:earlier|later|early|late|the\s+(?:beginning|start|end|middle)\s+of)\s+)?(?P<rel>(?i:last|next|this|current|(?:the\s+)?(?:past|previous|coming|current|last)))\s+(?i:(?:fiscal|calendar)\s+)?" + _UNIT_WORD + r"(?:\s+(?i:or\s+so))?"), _relative_unit),
    (_r(r"(?i:the\s+weekend)"), _the_weekend),
    (_r(r"(?i:the\s+week)(?!\w|\s+of\b)"), _the_week),
    (_ANAPHORIC, _anaphoric),
    (_r(_APPROX + _NUM + r"\s+" + _UNIT + r"\s+(?i:or\s+so\s+)?(?P<dir>(?i:ago|earlier|later|from\s+now|hence))"), _ago),
    (_r(r"(?i:(?:a\s+)?year[\s-](?:earlier|ago))"), _year_ago_adjective),
    # "the same period last year", "the year-ago quarter": last year's part, see _year_back_quarters
    (_r(r"(?i:(?:the\s+)?(?:(?:same|corresponding|comparable)\s+period\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago))|(?:comparable\s+)?year[\s-](?:earlier|ago)\s+(?:period|quarter)))"), _year_ago_adjective),
    (_r(r"(?<=\b[Ii]n\s)" + _APPROX + _NUM + r"\s+" + _UNIT), _in_units),
    (_r(r"(?i:(?:the\s+)?(?:(?:past|" + _NOT_VERB + r"last|next|previous|coming|following|first|final|latest|initial|remaining|recent)\s+)?)" + _APPROX + _NUM + r"\s+" + _MORE + _UNIT + r"(?:\s+(?i:or\s+so)(?!\s+(?i:ago|earlier)))?"), _duration),
    # "the eight-year war": the article belongs to the noun, not to the duration
    (_r(_APPROX + _NUM + r"-(?P<unitadj>(?i:" + _alternation(UNITS) + r"))(?:-(?i:long|old))?"), _duration),
    (_r(r"(?P<unitadj>(?i:" + _alternation(LONG_UNITS) + r"))(?P<many>s)?-?(?i:long)"), _unit_long),
    (_r(r"(?:(?<=\b[Ff]or\s)|(?<=\b[Oo]ver\s)|(?<=\b[Ww]ithin\s))(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))"), _vague_duration),
    # "over the years", "the weeks ahead": a stretch of unknown length
    (_r(r"(?:(?<=\b[Oo]ver\s)(?i:the)\s+(?P<unit>(?i:days|weeks|months|years|decades))|(?i:the)\s+(?P<unit2>(?i:days|weeks|months|years))\s+(?i:ahead))"), _vague_duration),
    (_r(r"(?:(?<=\b[Ff]or\s)|(?<=\b[Ii]n\s)|(?<=\b[Aa]fter\s))(?i:a\s+while)"), _while),
    (_r(r"(?i:(?:the\s+)?(?P<rel>recent|coming)\s+(?P<unit>days|weeks|months|quarters|years|decades)(?P<more>\s+(?:and|or)\s+(?:days|weeks|months|years))?)"), _recent_units),
    (_r(r"(?i:every|each)\s+(?:(?P<other>(?i:other))\s+)?(?:" + _NUM + r"\s+)?" + _UNIT), _set_every),
    (_r(r"(?i:every|each)\s+" + _WEEKDAY), _set_every_weekday),
    # "on Mondays", "Tuesday nights": a weekday that recurs
    (_r(r"(?P<weekday>" + _alternation(w.capitalize() for w in WEEKDAYS) + r")(?:s|\s+(?P<parts>(?i:mornings|afternoons|evenings|nights)))(?!\w)"), _set_every_weekday),
    (_r(r"(?i:every|each)\s+" + _MONTH), _set_every_month),
    (_r(r"(?i:the\s+(?:full\s+|fiscal\s+|calendar\s+|current\s+(?:fiscal\s+)?)?year)"), _the_year),
    (_r(r"(?i:(?:around\s+|the\s+)?(?:year[\s-]end|year's\s+end|the\s+end\s+of\s+the\s+year|earlier\s+in\s+the\s+year|later\s+in\s+the\s+year))"), _this_year),
    (_r(r"(?i:the\s+end\s+of\s+the\s+month|earlier\s+in\s+the\s+month|later\s+in\s+the\s+month)"), _this_month),
    (_r(r"(?i:the\s+year\s+)?" + _SPELLED_YEAR), _spelled_year),
    (_r(r"(?i:the\s+)?" + _MOD + r"(?P<decadeword>(?i:" + _alternation(_DECADE_STEMS) + r"))(?i:ies)"), _spelled_decade),
    (_r(r"(?P<adverb>(?i:" + _alternation(ADVERB_SETS) + r"))"), _set_adverb),
    (_r(r"(?i:once|twice|(?:\d+|two|three|four|five|six|ten)\s+times)\s+(?i:a|an|per|each|every)\s+" + _UNIT), _set_times_per),
    (_r(r"(?i:(?:about|around|approximately|roughly)\s+)?(?P<hour>[012]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))(?!\w)"), _clock),
    (_r(r"(?<=\b[Aa]t\s)(?P<hour>[012]?\d):(?P<minute>[0-5]\d)(?:\s*(?P<ampm>(?i:GMT|UTC)))?"), _clock),
    # "0730 GMT": wire copy gives world time in four digits
    (_r(r"(?P<hour>[012]\d)(?P<minute>[0-5]\d)\s*(?P<ampm>GMT|UTC)"), _clock),
    # "today is the eighth day of the strike": in the present, the anchor's day
    (_r(r"(?i:the\s+)?(?P<dayord>(?i:" + _alternation(DAY_ORDINALS) + r"))\s+(?i:day)(?=\s+of\b)"), _ordinal_day),
    # "later in the day": the story's day
    (_r(r"(?:(?<=[Ee]arlier\sin\s)|(?<=[Ll]ater\sin\s))(?i:the\s+day)"), _today),
    (_r(r"(?P<named>(?i:noon|midday|midnight))"), _named_time),
    (_r(r"(?P<ref>(?i:" + _alternation(REFERENCE_WORDS) + r"))"), _reference),
    (_r(r"(?P<holiday>(?i:" + _alternation([*HOLIDAYS, *MOVABLE_HOLIDAYS]) + r"))(?:\s+(?P<hweek>(?i:week)))?(?:,?\s+" + _YEAR + r")?"), _holiday),
)
