"""Quotes per article: every direct and indirect quote, with its speaker resolved to an entity.

* Direct quotes come from the quotation marks themselves, not the parse: straight, curly,
  typewriter (``'' ... ''``) and guillemet marks are paired by what surrounds them (an opening
  mark follows a space, a closing one precedes it), so an apostrophe is never a quote. A
  paragraph that opens a quote without closing it continues into the next paragraph when that
  one opens with a mark (the newspaper convention for long quotes). A quote inside another
  quote is part of it, not a second quote.
* Indirect speech comes from the parse: a reporting verb of ``data/quotes_speech_verbs.txt``
  with a complement clause ("X said (that) ..."), the inverted order ("..., said X", also when
  the parser makes "said" the root), an aside ("The talks, he said, will go on"; "As the
  ministry noted, ..."), an object for verbs such as "announce" or "endorse" (one word will do:
  "endorsed Smith", "said yes"; with its reason: "accused X of Y"; past the one addressed:
  "warned X of Y" says Y), a passive with its agent
  ("was first reported by X"), "according to X", a record of ``data/quotes_records.txt`` set
  before its clause ("In a statement, the ministry rejected the plan"), a cue noun of ``data/quotes_cue_nouns.csv``
  ("her support for X", "his claim that ..."), "reportedly" (a report with no speaker named),
  and a paragraph headed "Name: ..." (headlines, transcripts) when the name is a person or body
  of the article. A reported clause stops before a reporting participle set off by a comma
  (", calling ..."), which is an attribution of its own, but goes on past a verb joined by "and"
  or "but" ("said he wanted X but found Y too weak"); one inside another's report ("she said he
  wants ...", "declined to say whether ...") is part of that report unless it is "according to"
  someone or a "say" with a subject of its own inside what someone said. A noun that is what was said is the content of a verb
  modifying it ("the plan Norland rejected", "a view endorsed by X").
* A direct quote takes the attribution whose content holds it or that quotes it; else the
  nearest reporting verb beside it (so "'A,' he said, 'B.'" gives both halves one speaker);
  else, for a quote that is a sentence of its own, the speaker the next sentence names when
  that sentence is only about the words ("The minister made the remarks on ...", "That was
  the message from X") or says them with nothing of its own ("X wrote on Telegram");
  else "Name:" right before it; else a signature ("— Name (@handle) date", how tweets and
  statements are quoted); else the speaker of the quote before it in the paragraph or the
  paragraph before. Not so a quote in page furniture (a linked story's title, a video's, a
  caption: only an attribution inside it counts, and without one it is no quote of the
  article), a quoted crosshead repeating another quote's words (a paragraph of its own with
  no full stop: a quote all the same, of who said those words there, in whole words, and of
  two speakers who said them the one whose remark it takes most of, else no one; one of its own, like any
  quote, goes on the speaker before it, who on the read parts said it four times in five), or
  words finishing the writer's own clause ("what X "really wants"": no one's, with no speaker).
* News agencies, newspapers and broadcasters (``data/news_outlets.csv``, shared with the
  events rules and photo credits) carry others' words: "X said Y, The Times reported" is X's.
* Speakers resolve through ``doc._.entities``: a name or pronoun mention of an entity (the
  entities component links pronouns), an office ("the Kremlin spokesperson") to the person
  holding that title, and anything else keeps its own words with no entity ("NATO allies").

The package: ``words`` (the lexicon), ``attribution`` (what the parse gives), ``marks``
(quotation marks), ``reported`` (indirect speech), ``direct`` (direct quotes and their
attribution), ``speakers`` (resolution to entities) and ``component``.
"""

from sitrep.nlp.quotes.component import QuoteFinder, make_quote_finder
from sitrep.nlp.quotes.reported import noun_phrase, subject_of
from sitrep.nlp.quotes.words import ADJECTIVE_CUES

__all__ = ["ADJECTIVE_CUES", "QuoteFinder", "make_quote_finder", "noun_phrase", "subject_of"]
