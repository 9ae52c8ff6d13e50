"""Word lists and patterns the event rules read: parts of speech, prepositions, verb classes."""

from __future__ import annotations

import re


VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# Nouns that measure out what follows in their "of" phrase ("types of drones", "a batch of shells").
# Forces and arms a state moves or places somewhere (PLOVER MOBILIZE), and arms whose use is an
# attack (ASSAULT); people held or hurt are moved as captives or patients, not deployed.
MOVED_ARMS = frozenset("troops soldiers forces units battalions brigades contingent contingents weapons missiles warheads arms tanks artillery batteries warships jets".split())
USED_ARMS = frozenset("weapons weapon arms bombs bomb munitions missiles missile rockets warheads nukes".split())
NOT_POSTED = frozenset("command control trial arrest custody detention investigation".split())  # "placed under a command": no deployment
HELD_OR_HURT = frozenset("captured captive detained imprisoned wounded injured sick dead".split())
SUSPECTING = frozenset({"suspect"})  # "people suspected of collaborating": a suspicion described, no one's charge
CHARGEABLE = frozenset({"people", "listed"})  # figure classes of nouns naming people or bodies ("men", "companies"), not things ("the film", "the plan")
FOES = frozenset({"enemy", "enemies", "invaders", "occupiers"})  # "in contact with the enemy": fighting, no consultation
ARMED_UNITS = frozenset({"unit", "units", "squad", "squads", "patrol", "patrols"})  # armed bodies besides the figure class "troops"
RESOLVE_STATES = frozenset("prepared united determined resolved committed mobilised mobilized".split())  # "we must be prepared": resolve, no demand
QUANTITY_WORDS = frozenset({"types", "kinds", "sorts", "batch", "batches", "number", "lot", "lots", "amount", "range", "variety", "array", "set", "sets", "units", "tons", "tonnes", "worth", "contingent", "contingents", "detachment", "detachments"})
PLACE_PREPS = {"in", "to", "at", "into", "near", "for", "from", "outside", "across", "over", "inside"}
WHERE_IT_HAPPENS = frozenset({"in", "at", "near", "around", "across", "throughout", "inside", "outside", "within", "from", "over", "along"})  # "could kill hundreds in X": where, not what is struck
TARGET_PREPS = {"against", "on", "with", "of", "to"}
INTRANSITIVE = {"RETREAT", "MOBILIZE", "PROTEST", "CONSULT"}  # "of X" names the actor, not a victim
HELD_MODES = frozenset({"arrest", "censor"})  # COERCE done by whoever rules where it happens: a detention, a blocked outlet
STRUCK_MODES = frozenset({"heavy-weapons", "aerial", "drone", None})  # strikes from afar (shells, missiles, bombs, drones) and attacks of no mode ("attack", "offensive"), not a capture or a killing
UNDERGONE = {"COERCE"}  # a noun's possessor undergoes the act ("the mayor's arrest"), it does not do it
NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}  # "talks on Tuesday"
CIRCUMSTANCE = {"amid", "amidst", "despite", "during", "after", "since", "following"}
BE_FORMS = {"be", "is", "are", "was", "were", "been", "being", "'s"}
PRESENT_BE = {"is", "are", "'s", "'re", "am"}  # "is shelling", "are in talks": the present tense of "be"
ABOUT_PREPS = {"over", "about", "on", "for", "regarding", "concerning", "against", "amid", "despite", "with", "into"}  # what an act is about
LAUNCHES = {"fire", "fired", "launch", "launched"}  # trigger terms whose "from X" is where the weapon left
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}  # "on weapons, X gave ...": a topic, not what is given
PLANNERS = {"plan", "schedule", "prepare"}  # "X plans talks": X's talks (not "X expects an attack")
INTENDING = {"plan", "intend", "intention"}  # "did not plan to send": an intent disowned, a refusal (not "did not expect to")
EXPECTERS = {"expect", "brace", "anticipate", "await"}  # "X is braced for an offensive": still to come, and not X's
ROUNDS = {"round", "rounds", "series", "wave", "waves", "spate", "string", "flurry", "barrage", "volley", "bout"}  # "a round of talks"
FRAMES = ("during", "at", "on", "throughout")  # prepositions whose noun sets the time or occasion of a verb
OCCASIONS = {"day", "eve", "sidelines", "margins", "night", "morning", "evening", "afternoon", "occasion"}
DOER_PREPS = {"by", "after", "before", "while", "upon", "without"}  # "welcomed X by thanking Y": the clause's subject thanks
TIME_PREPS = {"on", "in", "at", "during", "by"}  # "since 1945" is not when it happened
HEAD_STEPS = 4  # how far up the parse a governing word (plan, modal, speech verb) is looked for
PRECISE_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2}|W\d{2})")  # a month, week or day: "this year" says little
ARRIVING = frozenset({"arrive", "reach", "land"})  # "the tanks pledged by X have arrived": delivered, the pledge kept
PLEDGES = {"pledge", "promise", "vow"}  # verbs that make the aid they take a pledge ("pledging an infusion of aid")
NEEDS_DONOR = {"AID", "SUPPORT"}  # help nobody gives is a topic, not a pledge or a delivery
CREDIT = re.compile(r"\b(?:Photograph|Photo|Photos|Picture|Image|Credit)\s*:")  # a caption's picture credit
LANDMARKS = {"start", "beginning", "outbreak", "end", "anniversary", "eve"}  # "since the start of the war on 24 February"
OUTCOMES = {"AGREE", "RETREAT", "CONCEDE"}  # what efforts reach is still a goal: "efforts to reach a cease-fire"
EFFORTS = {"effort", "efforts", "campaign", "campaigns"}  # "efforts to impose costs": acts under way
# verbs that gather forces where they then stand (PLOVER MOBILIZE, "troop deployments, reinforcement"):
# in the present perfect with no time of their own they tell the force standing now, the
# perfect of result (Comrie 1976, "Aspect", ch. 3), not a move made once
MASSING = frozenset({"amass", "mass", "build", "concentrate", "gather", "accumulate", "station", "place", "position"})
# words that date a present perfect as news of an act ("has recently amassed", "in recent days"): Comrie's perfect of recent past
NEWS_TIMES = frozenset({"recently", "just", "recent", "newly", "lately"})
ENTAILING = {"use", "employ", "help", "force", "compel", "cause", "see", "watch", "observe"}  # verbs whose "to" infinitive is done when they are ("used drones to attack X", "forced them to retreat", "were seen to shell X")
STANCES = {"resist", "oppose", "refuse"}  # verbs of a position held, not an act done once
CLAUSES = {"advcl", "conj", "relcl", "parataxis"}  # dependents that are clauses of their own, not a verb's complement
RELATIVE = {"which", "who", "that"}  # "Russia, which has seized ...": the subject is the noun it follows
QUESTION_WORDS = {"whether", "where", "how", "when", "what", "which", "if"}  # "whether to send": an option weighed
ASKED_WORDS = QUESTION_WORDS | {"why", "who"}  # "asked him why he came": a question, no request
ACKNOWLEDGING = {"recognise", "recognize", "acknowledge", "accept", "concede"}  # with a that-clause: a fact granted, no party backed ("conceded that the war would last": an admission, no PLOVER concession)
GENERIC_PEOPLE = {"those", "people", "anyone", "everyone", "others", "citizens", "activists", "protesters", "critics", "anybody", "someone"}
KIND_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "whoever"})  # "those who have committed crimes": a class, no one in particular
KINDS_OF_PARTIES = frozenset({"countries", "nations", "states", "governments", "companies", "firms", "people", "partners", "allies", "individuals", "groups"})  # "countries that have condemned X": a kind of party
WEIGHING = {"consider", "weigh", "mull", "contemplate"}  # "is considering sending X": not yet decided
# what comes before a meeting (not "the eve of": a deal struck on the eve of a summit is told as
# the summit opens, and the briefing joins its reports to those of the summit under way)
RUN_UP = frozenset({"run-up", "precursor", "prelude", "build-up", "lead-up"})
PREPARING = frozenset({"preparation", "prepare", "preparing"})  # "preparations for the summit": it is still to come
HELD_MARKS = frozenset({"failed", "last", "previous", "earlier", "recent", "past"})  # "the failed talks": over, whatever came before
QUERY_VERBS = {"ask", "wonder", "see", "know", "check", "decide"}  # "asked if X would respond": "if" is "whether" there
UNCERTAIN = frozenset({"unclear", "uncertain", "unsure", "doubtful"})  # "it is unclear if X will attack": "if" is "whether" there too
CERTAIN = frozenset({"clear", "sure", "certain", "known"})  # denied, the same: "it is not clear if X will attack" (not "X is sure to respond if ...")
# verbs of being, knowing or of a change that befalls their subject (Levin 1993: the copula, 45.4
# change-of-state and 48.1 appearance verbs): "wants the war to end", "want X to be free" wish an outcome, bid no act
OUTCOMES_WISHED = frozenset({"be", "end", "fail", "succeed", "rise", "fall", "grow", "last", "remain", "stay", "exist", "happen", "collapse", "know"})
# "was asked by reporters to comment on X", "asked to explain": a question put to someone, no act
# requested (not "respond" or "address": "NATO was asked to respond to the invasion" is a request)
ANSWER_VERBS = {"comment", "explain", "confirm", "clarify", "elaborate", "speculate", "say"}
DEFINITE = {"the", "this", "that"}  # "the agreement", "the talks": a mention of a happening already told
# what a party turning an act down refuses, as PLOVER's REJECT modes: help, a meeting, a concession
REFUSED_MODES = {"AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "AGREE": "yield", "CONCEDE": "yield", "RETREAT": "yield"}
DURATION_UNITS = {"days", "weeks", "months", "years", "decades", "hours", "long", "ages"}  # "for weeks"
SINCE = frozenset({"since"})  # "has shelled X since the war began": a clause that stretches a present perfect up to now
TIMES = frozenset({"times", "twice", "once"})  # "has met X many times": acts counted, each one done
SPOKEN = {"ACCUSE", "SUPPORT", "THREATEN", "REQUEST", "REJECT"}  # acts done by saying: the speaker acts
NAME_TYPES = {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "GPE", "NORP"}  # not EVENT: "the Madrid Summit" happened
NOBODY = {"no", "nobody", "none", "neither", "nothing", "noone"}  # "no one": "one" with the determiner "no"
CONTENT_TAKERS = {"REQUEST", "THREATEN", "REJECT"}  # verbs whose object act is what is asked, threatened or refused, not done
JUDGING = {"ACCUSE", "REJECT"}  # verbal acts that judge what they take: "condemned the war", "opposed the invasion"
LOCAL_STATES = {"siege", "encirclement", "blockade"}  # a "state" of one place: "condemned the siege of X" still tells X cut off
MOVES = {"AID", "MOBILIZE", "RETREAT"}  # acts that move goods, forces or captives: a message moved is none of them
SPEAKER_PRONOUNS = {"it", "they", "we", "i"}  # "X said it had captured Y": the speaker's own side
FIRST_PERSON = {"we", "i"}
THIRD_PERSON = frozenset({"it", "they", "he", "she"})  # "if X attacks, it would pay": whom a condition may name
DEONTIC = {"should", "must", "shall"}
MAY_COME = {"would", "could", "will", "might", "may"}  # "warned that it could block X": what may come  # "agreed that X should V": what ought to be done
# The nouns of "the two leaders", "both presidents", "both sides" that refer back to a pair of
# people or of states named just before (``parties._pair_named``).
PAIRED_PEOPLE = frozenset({"leaders", "presidents", "men", "women", "ministers", "premiers", "heads", "counterparts", "chancellors", "diplomats"})
PAIRED_STATES = frozenset({"sides", "countries", "nations", "states", "governments", "neighbours", "neighbors", "parties", "delegations"})
PERSON_PRONOUNS = {"he", "she", "him", "her"}  # one person, named earlier
SPLIT_MODES = {"seize", "visit"}  # one capture per town, one visit per stop
FIRST_PERSON_POSSESSIVES = {"our", "my"}
CAUSE_PREPS = frozenset({"due", "because", "owing", "amid", "after", "following", "over"})  # "cancelled due to strikes": the strikes are the cause, not what was stopped
# "X committed atrocities", "made a grave mistake", "spread lies", "engaged in espionage", "resorted
# to terror": verbs of doing or uttering whose object (or "in/to" object) is a wrong the subject did; the
# wrong a blame noun names is the subject's (FrameNet Committing_crime, Intentionally_act, Statement).
COMMITTING = frozenset({"commit", "perpetrate", "make", "spread", "tell", "peddle"})
ENGAGING = frozenset({("engage", "in"), ("resort", "to")})
RAISING = frozenset({"appear", "seem"})  # "appeared to reject X": the verb hedges the act its infinitive tells
BACKDROP_PREPS = frozenset({"for", "because", "due", "owing"})  # "sanctions for its invasion", "because of the war": the war as the reason of what is told
OWN_COUNTRY_NOUNS = frozenset({"country", "nation", "homeland"})  # "his country will provide": the person's country
FORCE_TYPES = {"ASSAULT", "COERCE"}  # what a war itself does to people and places
HOSTILE = FORCE_TYPES | {"SANCTION"}  # acts that, announced on a condition, threaten
# acts done as the act they are the aim of is: force, moves and meetings ("crossed the river to attack X",
# "lined up to join the army", "went to X to talk") and acts done by speaking ("took to the streets to
# protest", "went on television to accuse X", "met to agree a package"); help and backing told as an aim
# ("sent arms to support X") are not
AIM_DONE = FORCE_TYPES | {"MOBILIZE", "RETREAT", "CONSULT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "PROTEST", "AGREE"}
# acts a party does by deciding them: a sanction or a concession agreed is made ("agreed to ban X's ships")
ENACTED = frozenset({"SANCTION", "CONCEDE"})
# acts a party does in the open, by deciding, meeting, charging or asking: its own word that it did one
# announces it (the announcement is the record: "said it had brought charges against X", "say they are
# investigating the mayor"), where its word of force used, ground taken or troops moved claims a deed
ANNOUNCED = frozenset({"SANCTION", "AID", "CONSULT", "AGREE", "COOPERATE", "CONCEDE", "ACCUSE", "REQUEST"})
CONTESTING = frozenset({"deny", "dispute", "reject", "refute", "contest", "claim"})  # "..., but X denied it", "a claim X rejected": a telling disputed
DENYING = CONTESTING - {"claim"}  # "X accused Y of ... . It denied": the accused answers a charge so
CLAIM_NOUNS = frozenset("report claim allegation accusation charge suggestion rumour rumor speculation".split())  # what was said, denied as such
ANNOUNCING = frozenset("announcement statement pledge promise assurance decision confirmation commitment vow".split())  # nouns of telling: "the announcement that X would ..."
CONDITION_MARKS = frozenset({"if", "unless"})  # "will retaliate if X joins"
CONDITION_NOUNS = frozenset({"event", "case"})  # "in the event of an attack", "in case of war": "if" as a phrase
TIME_MARKS = frozenset({"after", "before", "since", "until", "once", "when"})  # a clause that only dates an act
RESPONSES = frozenset({"retaliate", "respond", "react"})  # a response in force: still to come, a threat
SPLIT_TYPES = {"ASSAULT"}  # one attack per town struck: a digest of strikes lists several
DETERMINERS = re.compile(r"^(the|a|an|his|her|its|their|our)\s+", re.IGNORECASE)
CALENDAR = re.compile(r"^(\d{2,4})(?:-(\d{2}))?(?:-(\d{2}))?")  # "2014", "2014-03", "199" (the 1990s)
INSTRUMENT_VERBS = frozenset("use uses used using employ employs employed employing".split())  # "used missiles to destroy X": the means, not someone told to act
LONG_SPAN = re.compile(r"^P(\d+|X)(Y|DE|CE)$")  # "for 20 years", "for decades"
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
CONCERT = {"consultation", "coordination", "cooperation", "collaboration", "partnership", "conjunction", "concert", "tandem"}  # "in X with": a manner
SETTING_PREPS = {"after", "following", "over", "before"}  # "sanctions over the invasion": its time or cause
SETTING_NOUNS = {"response", "wake", "result", "aftermath"}  # "in response to", "in the wake of"
ENTITLEMENTS = {"right", "rights", "legitimate", "entitled", "allowed", "permitted", "free", "legal", "lawful"}  # "the right to strike"
WAR_PHASES = {"beginning", "start", "outbreak", "onset", "course"}  # "since the start of the war": its span as a time frame
OPENING = {"first", "early", "initial", "opening"}  # "the initial invasion", "the first days of the invasion": its start
LAUNCHING = {"launch", "unleash", "begin", "start", "mount"}  # "launched an invasion": the lasting act begun, so done
POSSIBLE = {"potential", "possible", "likely", "eventual", "hypothetical", "prospective"}  # "a possible embargo" may come
FIGURATIVE_FORCE = {  # kinds of "attack" or "war" fought with no force ("a verbal attack", "a trade war")
    "economic", "political", "media", "propaganda", "legal", "financial",
    "trade", "price", "culture", "cultural", "energy", "currency", "sanctions",
}
TRENDS = frozenset({"expand", "grow", "increase", "rise", "fall", "shrink", "decline", "dwindle", "evolve", "change", "slow"})  # "military support has expanded in scope"
SCALING = frozenset({"double", "triple", "quadruple", "increase", "boost", "raise", "expand", "halve", "cut", "reduce"})  # "will double the number it sends"
EASE = frozenset({"easier", "easy", "harder", "hard", "simpler", "quicker", "faster", "cheaper", "possible", "impossible"})  # "make it easier for X to send": enabled, not done
CAPABLE = frozenset({"capable", "incapable", "able", "unable"})  # "capable of striking", "able to strike": a capacity, no act
RELIEF = frozenset({"training", "train", "rescue", "relief", "humanitarian", "demining"})  # what forces sent to help another are for
AID_TASKS = frozenset({"operation", "operations", "mission", "missions", "effort", "efforts", "work", "task", "tasks"})  # "rescue operations", "a humanitarian mission": a task RELIEF names
ORDERING = frozenset({"order", "command", "instruct"})  # verbs of a command to one's own forces
ORDERED_FORCES = frozenset({"forces", "troops", "military", "army", "navy", "units", "commanders", "generals"})  # who a leader orders to stand ready
CYBER = frozenset({"cyber", "cyberspace", "online", "hacker", "hackers", "hacking", "ddos", "ransomware", "malware", "computer", "network"})  # a "cyber attack", attacks "in cyberspace"
CONTESTS = frozenset({"bid", "bids", "application", "applications", "candidacy", "election", "elections", "vote", "votes", "ballot", "referendum", "talks", "negotiations", "debate", "dispute", "budget", "position"})  # "support Vale in its bid": a stand backed, not help
GATHERINGS = frozenset({"rally", "rallies", "demonstration", "demonstrations", "protest", "protests", "gathering", "gatherings", "march", "marches"})  # political assembly a ban restricts
ACTIVITIES = frozenset({"activity", "activities", "work", "operations"})  # "banned the activities of the party": politics only if a party's
POLITICAL_BODIES = frozenset({"party", "parties", "opposition", "movement", "movements", "union", "unions", "political", "organisation", "organization", "organisations", "organizations"})  # whose activities a ban represses: "the activities of the opposition party"
HOSTILITIES = frozenset({"confrontation", "confrontations", "hostilities"})  # with the lexicon's war nouns: what a party is "pushed into"
VERBAL_FORCE = {  # kinds of "attack" made in words: criticism, PLOVER ACCUSE disapprove ("a stinging attack on X")
    "verbal", "personal", "rhetorical", "word", "words", "stinging", "scathing", "blistering", "withering",
}
PERCEIVED = frozenset("see seen saw find found know knew known observe observed detect detected notice noticed".split())
SUBORDINATORS = frozenset("before after since until while when as although though because once if unless".split())
WEEKDAY = re.compile(r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)
TAKEN_NOT_GROUND = frozenset({"aid_items", "troops", "detained"})  # figure classes of what a capture takes that is no ground: arms, soldiers, captives
TIME_NOUNS = frozenset(  # nouns a date is told through: "in the early months of 2022", "at the end of 2019"
    "day days week weeks month months year years decade decades end start beginning middle part half course turn".split()
)
# Verbs that say what the speaker holds something to be ("described the plan as reckless", "called
# the move a provocation"): the describing and naming verbs of VerbNet's characterize-29.2 and
# dub-29.3 classes, with verbs of condemning that take "as" ("denounced the vote as a sham"); a
# classing verb ("listed as", "designated as", "recognised as") gives no verdict of its own.
DESCRIBING = frozenset({
    "describe", "characterise", "characterize", "portray", "depict", "paint", "call", "brand", "label",
    "term", "dub", "denounce", "decry", "condemn", "slam", "criticise", "criticize", "castigate", "blast",
})
SEEMING = {"seem", "appear", "look", "sound"}  # "seems dangerous": how a thing strikes someone, no verdict on a deed
STATES_OF_AFFAIRS = frozenset({"moment", "time", "times", "period", "situation", "era", "stage", "phase", "juncture", "point"})  # "a dangerous moment": how things stand
NO_CONDUCT = frozenset(  # "the weather was cruel", "the harvest was disastrous": things judged that are no one's deed
    "weather heat cold rain storm storms flood floods flooding drought winter summer season harvest market markets price "
    "prices traffic road roads water news crash accident result results score mountains".split()
)
