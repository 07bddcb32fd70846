"""brief's vocabulary: the word lists and patterns its rules read, grouped by meaning.

Each list is defined here once and named for what it holds; a rule imports it from here. Where
two rules read lists of one meaning that differ, both stand here, side by side, with names
that say how they differ (e.g. NAME_PARTICLES, SPEAKER_PARTICLES, BYLINE_PARTICLES are a
shared core plus each rule's own words). tests/test_lexicon.py checks the overlaps that must
not happen, and that the datelines agree.

Written for brief (not taken from any dataset). Per-language tables stay in their own modules:
function words for language detection (function_words.py), month names of other languages
(dates_i18n.py), quote marks and number formats (languages.py), magnitude words, currencies
and the words that make a number a clock time or a page (numbers_i18n.py, read by
facts/numbers_other.py), datelines and agency tags of other languages' news
(datelines_i18n.py).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.dates import WEEKDAYS
from newsbrief.precompiled import regex


def _words(text: str) -> frozenset[str]:
    """The words of ``text``, split on white space; never an empty group."""
    words = frozenset(text.split())
    if not words:
        raise ValueError("an empty word list")
    return words


def alternatives(words: Sequence[str]) -> str:
    """``words`` as the branches of a pattern, in their order ("a|b|c"), each matched as
    written; never an empty list."""
    if not words:
        raise ValueError("an empty word list")
    return "|".join(map(re.escape, words))


# --- Calendar words ------------------------------------------------------------------------
WEEKDAY_NAMES = frozenset(WEEKDAYS)  # newsbrief.dates numbers them
MONTH_NAMES = _words("""january february march april may june july august september october
november december""")

# --- Titles and honorifics: words before a person's name that are not the name -------------
# Honorifics: "Mr Evans" is a person whatever the tagger thought.
HONORIFICS = _words("mr mrs ms miss mx dr sir dame")
# Titles before a name are context, not the name ("Judge Laurel Beeler" is Laurel Beeler);
# trimmed off the front of a person the tagger found.
NAME_TITLES = _words("""mr mrs ms miss dr prof sir dame lord lady judge justice president
vice-president sen senator rep representative gov governor mayor minister secretary chancellor
king queen prince princess pope rev reverend gen general col colonel capt captain lt lieutenant
sgt sergeant cpl pvt maj adm cmdr detective chairman chairwoman ceo coach premier sheikh
archbishop bishop cardinal ambassador commissioner inspector superintendent attorney comedian
actor actress singer journalist photographer reporter correspondent columnist editor author
writer spokesman spokeswoman nurse professor pastor director officer constable trooper mp mep
msp mla congressman congresswoman councillor councilman councilwoman""")
# Words that may stand in a capitalised run before a name and end the name before them: wider
# than NAME_TITLES, as it also holds the parts of titles of several words ("Prime", "State",
# "Chief", "U.S.", "Deputy"), abbreviations with their period, and the relations and trades
# news writes before a name ("Mother", "Witness", "Pilot"), which are never trimmed off a
# person's name but do end a speaker's subject, an organization "X and Y", a surname's form.
TITLE_AND_RELATION_WORDS = _words("""mr mrs ms miss dr prof professor sir dame lord lady judge
justice president vice-president vice prime minister secretary state sen senator rep
representative gov governor mayor king queen prince princess pope rev reverend father gen
general col colonel capt captain lt lieutenant sgt sergeant officer detective chief ceo chairman
chairwoman coach manager director premier sheikh archbishop bishop cardinal ambassador
commissioner inspector sheriff attorney deputy assistant commander spokesman spokeswoman
spokesperson u.s. speaker leader ceo cfo coo founder president-elect lt. sen. rep. gov. gen. col.
capt. sgt. supt superintendent constable chancellor contributor analyst correspondent reporter
editor producer host anchor photographer neighbor neighbour witness resident student teacher
doctor nurse lawyer friend mother father mum dad son daughter wife husband brother sister fan
owner pilot driver""")
# The trades news names people by, which with TITLE_AND_RELATION_WORDS make NAME_ROLES.
_TRADES = _words("""author writer novelist poet playwright actor actress singer rapper star
artist designer chef player striker midfielder defender goalkeeper boss""")
# Words of role that may stand before a full name: titles, and the trades news names people by
# ("the actor" after "actor Tom Hanks" is no other person).
NAME_ROLES = TITLE_AND_RELATION_WORDS | _TRADES
# Peers' titles, as written, which the tagger learnt no names after ("Lord Carlile",
# "Baroness Warsi", "Lord Nicholls of Birkenhead").
PEERS = frozenset(("Lord", "Lady", "Baroness", "Baron"))
# Titles that may stand inside a span the tagger called one organization, as written: what
# comes before is the organization, what comes after the person ("Tory MP Philip Hollobone").
TITLES_INSIDE_NAMES = frozenset("""MP MEP MSP MLA Senator Sen. Rep. Congressman Congresswoman
Councillor Councilman Councilwoman Mayor Chairman Chairwoman CEO""".split())
# Ranks and offices written short before a name ("Army Sgt. Bowe Bergdahl", "Illinois Gov. Rod
# Blagojevich"); "Cpl" as a tokenizer may write it, apart from its stop.
SHORT_RANKS = frozenset("""Sgt. Capt. Gen. Lt. Col. Maj. Cpl. Cpl Pvt. Adm. Cmdr. Gov. Sen.
Rep.""".split())
# Titles written short at which Punkt may end a sentence that goes on before a name ("a
# complaint against Illinois Gov. | Rod Blagojevich"); not "Jr." or "St.", which end sentences
# too (see CUT_AT_ABBREVIATIONS, for headlines).
SHORT_TITLES = (SHORT_RANKS - {"Cpl"}) | frozenset("""Supt. Det. Insp. Prof. Rev. Hon. Atty.
Amb.""".split())
# More titles such a span may hold, read only before a given name and a surname ("Supreme
# Court Justice Gregory Carro"; not "Justice Department"), and the words that go with a title
# ("Managing Editor"); a rank written short before any name (SHORT_RANKS).
TITLES_BEFORE_NAMES = frozenset("""Justice Judge Prosecutor Attorney Commander Photographer
Cardinal Chief Sheriff Commissioner Spokesman Spokeswoman Director Minister Secretary Officer
Detective Inspector Superintendent Constable Trooper Sgt Sgt. DC DI DS PC Coach Manager
Captain Reporter Editor Correspondent Professor Dr Dr. Alderman Det. Insp. Supt.
Administrator Governor Spokesperson""".split()) \
    | SHORT_RANKS
TITLE_QUALIFIERS = frozenset("""Managing Deputy Assistant Executive Senior Vice Acting Chief
State International Foreign Home Political Special Associate""".split())
# "the judge said": roles an article also writes before a person's full name, which then
# stand for that person (not royal ones: "Prince George" is not the prince who speaks).
ANTECEDENT_ROLES = _words("""actor actress singer presenter host chancellor minister president
senator congressman congresswoman governor mayor manager coach striker midfielder defender
goalkeeper captain chairman chief director judge author writer comedian rapper pope cardinal
bishop king queen prince princess duke duchess emperor sheikh premier boss founder owner chef
designer model artist musician boxer golfer footballer champion star""")
# Words before a role that make it another one ("shadow Chancellor", "former President").
OTHER_ROLE_QUALIFIERS = _words("shadow former ex deputy vice assistant acting interim late")
# Words that describe a person in a role without making it another role ("the veteran
# presenter", "the millionaire actor"; see facts.attribution)
ROLE_DESCRIBING_WORDS = _words("""veteran millionaire billionaire famous outspoken embattled
disgraced beleaguered controversial popular celebrated legendary young elderly""")
# Family relations a speaker is described by ("her mother said"; see facts.attribution).
RELATIVES = _words("""mother father mum dad son daughter wife husband brother sister
grandmother grandfather aunt uncle cousin partner fiancee fiance girlfriend boyfriend widow""")
# What a person says or thinks, owned by them in a sentence with no named subject, which tells
# of their words ("Hall's claims were dismissed by her brother"; see facts.attribution).
SPOKEN_NOUNS = _words("""claims claim comments remarks words appraisal assessment account view
views opinion verdict interview interviews""")
# What a company or another body is called once named ("the firm said")
BODY_NOUNS = _words("""company firm group agency organisation organization charity club bank
airline retailer network broadcaster channel newspaper website carmaker""")
# A person's gender, from the honorific the article gives ("Mrs May").
HONORIFIC_GENDER = {"mr": "male", "sir": "male", "lord": "male", "mrs": "female",
                    "ms": "female", "miss": "female", "lady": "female", "dame": "female"}
# A person's gender, from the title that opens the name the article gives ("Duchess of
# Cornwall", "Prince Charles", "Queen Rania").
TITLE_GENDER = {**dict.fromkeys("duke prince king earl baron emperor".split(), "male"),
                **dict.fromkeys("duchess princess queen countess baroness empress".split(),
                                "female")}
# A person's gender, from a word news writes right before the name ("his wife Karen", "her
# husband Simon Danczuk"): tells apart two people who share a surname.
GENDERED_NOUNS = {**HONORIFIC_GENDER,
                  **dict.fromkeys("""wife mother mum daughter sister grandmother aunt niece
girlfriend fiancee widow actress""".split(), "female"),
                  **dict.fromkeys("""husband father dad son brother grandfather uncle nephew
boyfriend fiance widower actor""".split(), "male")}
# Given names that in English-language news are one gender's only: a "Mrs Gobat" quoted in a
# story about Oliver Gobat is not him (his mother, his widow). Names given to both
# ("Kris", "Jordan", "Alex", "Jamie", "Sam") are in neither list, nor those another
# language gives the other gender ("Andrea", "Nicola": Italian men; "Jean": French men) or
# that English gives both ("Kelly", "Ashley").
GIVEN_NAME_GENDER = {
    **dict.fromkeys("""john james robert michael william david richard joseph thomas charles
christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
george timothy ronald edward jason jeffrey gary ryan nicholas eric stephen jonathan larry
justin scott brandon benjamin samuel gregory frank raymond patrick jack dennis jerry tyler
aaron henry adam peter nathan zachary douglas harold carl arthur gerald roger keith jeremy
lawrence sean christian albert ethan austin joe bruce willie gabriel logan alan juan wayne
roy ralph eugene louis philip bobby johnny oliver harry charlie alfie simon neil ian graham
colin nigel stuart trevor martin barry derek geoffrey malcolm gordon alistair hamish liam
connor callum kieran declan rory owen rhys gareth dylan lewis luke dominic nick tony jim bill
bob tom steve mike dave ben ed rob andy pete phil fred ted ken ron tim matt dan greg jeff
vladimir barack boris sergei mohammed muhammad ahmed francois pierre hans alexander hugh
tommy danny billy jimmy eddie kenny marcus leon victor felix oscar jake josh
carlos jose antonio manuel francisco giuseppe luca stefan klaus wolfgang dmitry ivan igor
omar hassan hussein abdul rahul""".split(), "male"),
    **dict.fromkeys("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
lisa nancy betty margaret sandra kimberly emily donna michelle carol amanda dorothy
melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna
brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria lauren
christina joan evelyn judith megan cheryl hannah jacqueline martha gloria teresa ann
sara madison frances kathryn janice abigail alice judy sophia grace denise amber doris
marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla
lori claire gemma kirsty joanne louise lucy sophie chloe jade hayley leanne
tracey zoe hillary kate katie jenny jane sue liz beth nina tina rosie ellie amelia isla freya
poppy ruby millie holly molly anne annie lily ava mia ella natasha svetlana olga yulia
fatima aisha priya sonia gabriela carmen rosa lucia elena ines anastasia irina tatiana""".split(),
                    "female"),
}
# People who speak for another: "a spokesman for X said" is not X speaking.
AGENTS = _words("""spokesman spokeswoman spokesperson representative representatives lawyer
lawyers attorney attorneys aide aides adviser advisor publicist agent wife husband son daughter
mother father brother sister friend friends relative relatives family widow""")

# --- Inside people's names ------------------------------------------------------------------
# Lower-case words inside names ("Osama bin Laden", "Vincent van Gogh"). Each rule reads a
# list of its own, the shared core plus its words; they differ, and merging them would change
# what the rules find, so each keeps its own:
_PARTICLE_CORE = _words("de da di du van von der bin al")
# the entity pass, which joins two people the tagger found around one ("Ortega y Gasset")
NAME_PARTICLES = _PARTICLE_CORE | _words("ibn bint del della den dos das ter y")
# a speaker's capitalised run ("Rafael de la Torre said")
SPEAKER_PARTICLES = _PARTICLE_CORE | _words("del la le")
# a byline's names ("By Pablo de la Cruz", "By Mohamed el Amin")
BYLINE_PARTICLES = _PARTICLE_CORE | _words("den la le el")
# Suffixes that end a person's name ("Martin Luther King Jr.").
NAME_SUFFIXES = _words("jr. sr. jr sr ii iii")

# --- Abbreviations ---------------------------------------------------------------------------
# Abbreviations whose period does not end a speaker's subject ("Sen.", "Jr.", "St.", "No.").
SPEAKER_ABBREVIATIONS = _words("mr mrs ms dr st sen rep gov gen lt col sgt capt maj jr sr prof rev "
                               "no vs")
# More ranks whose period does not end a speaker's name after a verb ("said Brig. Jamil
# Malik"), read by the speaker rules only (not for sentences); "Cpl.", "Pvt.", "Adm.",
# "Cmdr." keep their period as a token too (ABBREVIATIONS: "Lance Cpl. Esteban J. Smith").
RANK_ABBREVIATIONS = _words("brig cpl adm cmdr supt insp pfc spc lieut")
# Abbreviations that keep their period as a token, as in the CoNLL data ("Mr.", "Corp.",
# "Jan."): SPEAKER_ABBREVIATIONS and those of ranks, companies, months, places and US states.
ABBREVIATIONS = SPEAKER_ABBREVIATIONS | _words("""cpl pvt adm cmdr inc corp co ltd bros etc
jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave calif fla ill mass mich minn tenn
tex wash penn ariz colo conn okla ore wis""")

# Abbreviations, as written, at which Punkt may end a sentence that goes on ("the No. 1
# seed", "St. Louis"): a sentence ending on one is cut short. All are ABBREVIATIONS.
CUT_AT_ABBREVIATIONS = ("No", "St", "Mt", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Dr", "Mr",
                        "Mrs", "Ms", "Prof")

# --- Names the tagger cannot know ------------------------------------------------------------
# The tagger learnt from 1996 Reuters news: companies and services that news of the 2000s
# names every day, which it often calls people ("Google said"); and bodies named by one word
# it leaves out or calls places ("a debate in Parliament", "The Vatican said", "reforming
# Whitehall").
ORGANIZATIONS = _words("""google facebook twitter instagram youtube whatsapp snapchat tiktok
linkedin reddit pinterest tumblr wikipedia yahoo netflix spotify amazon ebay paypal uber lyft
airbnb tesla spacex nvidia intel qualcomm samsung huawei xiaomi lenovo alibaba tencent baidu
wechat weibo bytedance zoom slack dropbox oracle ibm cisco adobe salesforce motorola nokia
blackberry hulu espn cnn msnbc bbc nasa fema isis isil al-qaeda qaeda hamas hezbollah taliban
starbucks mcdonald's walmart costco nike adidas
apple microsoft sony nintendo sega boeing airbus toyota nissan volkswagen chrysler ryanair
easyjet tesco sainsbury's asda waitrose primark ikea unilever nestle kfc reuters bloomberg
mail mailonline cbs nbc pbs hbo cnbc npr itv afp nhs cps unicef unesco fifa nfl nba
wta parliament whitehall vatican newsnight ofcom ofsted interpol europol opec greenpeace
oxfam yougov gallup nielsen politifact buzzfeed huffpost tmz""") | {
    "al qaeda", "boko haram", "al jazeera", "hewlett packard", "hewlett-packard",
    "save the children", "islamic state", "time warner", "lockheed martin", "chatham house",
    "world vision", "companies house", "sports illustrated"}
# Teams news names by their nicknames and short names, which the tagger, learnt from 1996
# results tables, does not know or takes for people and places ("Seahawks", "Gunners", "West
# Brom"). Not those that are also common words, demonyms or families when capitalised
# ("Heat", "Texans", "Royals", "Browns", "Vikings", "Kings"). "Chelsea" is the club in 22 of
# the 26 read-through briefs that made it a person; a relative before it ("her daughter,
# Chelsea") still makes it one (facts.entities._relatives_named).
TEAMS = _words("""seahawks broncos bengals titans patriots steelers packers cowboys colts
jaguars chargers dolphins panthers buccaneers redskins ravens falcons 49ers raiders lakers
celtics knicks clippers mavericks nuggets pistons pacers grizzlies bucks timberwolves
pelicans 76ers raptors blackhawks canucks oilers canadiens bruins sabres yankees dodgers
mets phillies padres mariners orioles astros diamondbacks marlins brewers gunners hammers
toffees magpies baggies canaries villans cherries seagulls potters springboks wallabies
all-blacks chelsea arsenal everton tottenham juventus""") | frozenset((
    "west ham", "west brom", "man u", "man utd", "man city", "aston villa", "all blacks",
    "red sox", "white sox", "blue jays", "maple leafs", "red devils", "black cats"))
# Political parties, which news names as modifiers too ("Tory MP", "a Republican senator").
PARTIES = _words("""tory tories labour ukip snp republican republicans democrat democrats
gop likud bjp""")
# Parties named by two words, whose last alone is a party of PARTIES ("Liberal Democrat peer
# Lord Carlile": the tagger takes "Liberal" for a common word opening the sentence).
PARTY_PHRASES = frozenset(("liberal democrat", "liberal democrats", "lib dem", "lib dems",
                           "social democrats", "christian democrats", "free democrats"))
# Product lines: neither people, organizations nor places.
PRODUCTS = _words("""android iphone ipad ipod macbook kindle windows xbox playstation wii
galaxy nook surface chromebook gmail bitcoin gameboy psp walkman ultrabook ultrabooks imac
iphones ipads ds 3ds""")
# Car makers, and the models a maker's name comes before: a make and a model name a car
# ("Ford Mondeo", "Kia Soul", "Pontiac G6"), no company ("Ford Motor Company") nor person.
# (Not "lincoln", "jaguar", "seat", "mini": words of other names.)
CAR_MAKES = _words("""pontiac chevrolet toyota ford honda nissan bmw audi volkswagen vw
mercedes porsche ferrari lamborghini volvo hyundai mazda subaru buick cadillac chrysler dodge
jeep lexus tesla fiat renault peugeot citroen skoda vauxhall opel bentley maserati mitsubishi
suzuki saab acura infiniti kia""")
CAR_MODELS = _words("""mondeo mustang transit fiesta focus escort ka camry corolla prius
landcruiser yaris civic accord cobalt camaro corvette impala malibu silverado durango superb
octavia fabia soul sportage golf polo passat beetle jetta roadster bonneville astra corsa clio
megane micra qashqai leaf juke cayenne boxster panamera outback impreza wrangler cherokee
explorer taurus model""")
# Nouns of things people own or use, which a brand's or a maker's name comes right before when
# the name means the thing, not the company ("a Smith & Wesson revolver", "its Mac software").
PRODUCT_NOUNS = _words("""software revolver rifle pistol handgun shotgun car cars saloon
hatchback suv truck van motorbike motorcycle phone phones smartphone smartphones handset tablet
laptop computer console device breathalyser watch jet aircraft airliner helicopter engine
bottle belt bag handbag shoes dress terminal terminals vehicle app handheld""")
# Common nouns written right after a name that make the name a thing's, not a person's:
# "a Jack Russell terrier", "the Ibn Tulun mosque", "the Goldman Environmental prize", "Big
# Ben clock tower". Not a work's or a group's ("the Harrison Ford action movie", "the Zac
# Brown show", "the Jon Huntsman team" are people's).
THING_TYPE_NOUNS = _words("""terrier breed mosque temple church cathedral district province
road street avenue prize award plane computer hurricane storm typhoon website firm newspaper
station tower clock bridge airport stadium hospital school university college mall island
lake river hotel resort restaurant park freighter yacht tanker ferry magazine shipyard beef
cheese""")
# Events and competitions, which the key facts list nowhere (they are neither people,
# organizations nor places): by name, and by the last word of their names ("Boston
# Marathon", "Emmy Awards", "New York Fashion Week"; not "League", which ends
# organizations' names too: "National Football League").
EVENTS = frozenset(("olympics", "olympic games", "paralympics", "super bowl", "world cup",
                    "champions league", "europa league", "premier league", "fa cup",
                    "tour de france", "commonwealth games", "six nations", "four nations",
                    "world series", "stanley cup", "ryder cup", "grand national"))
EVENT_TAILS = _words("""marathon marathons bowl bowls championship championships award
awards festival festivals jubilee jubilees trophy week election elections celebration
celebrations""")
# Last words of the names of events, contests, shows, laws and treaties of two words or
# more, which are no entity ("Electronic Entertainment Expo", "Bahrain GP", "US Open",
# "Human Rights Act", "Geneva Convention", "First Amendment", "Consumer Electronics Show",
# "The Daily Show"); alone they may be ("Cup", "Open", "Act"). Not "conference", which ends
# bodies' names too ("Irish Catholic Bishops Conference").
EVENT_NAME_TAILS = _words("""act acts expo summit convention treaty accord accords prix gp
open cup games tournament olympiad competition contest ceremony regatta scheme amendment
amendments show""")
# First words of storms' names, which are events, not entities ("Hurricane Katrina").
STORMS = _words("hurricane typhoon cyclone storm superstorm")
# First words of names that are never people's, though a person may share their last word
# ("Hurricane Irene", "Ciudad Juarez"): the storms, and these.
NOT_PERSON_HEADS = STORMS | _words("tropical ciudad")

# --- Words that are never a name alone --------------------------------------------------------
# Alone, never a name: titles ("Editor's note"), holidays, groups of people (faiths,
# nationalities and their plurals: "Haitian", "Thais"; not the surnames French, English,
# Irish, Welsh), interjections,
# the head or tail of an organization's name ("the Department", "Inc."), time zones and
# common abbreviations the tagger takes for organizations ("9 p.m. ET").
NOT_NAMES = _words("""editor reporter correspondent journalist photographer spokesman
spokeswoman senator governor mayor minister secretary chancellor pope princess queen
sheikh ambassador commissioner inspector detective sergeant captain colonel lieutenant coach
chairman ceo pfc cpl sgt lt gen capt col sen gov rep
christmas easter thanksgiving halloween ramadan hanukkah passover diwali eid
muslim muslims christian christians jew jews hindu hindus sikh sikhs buddhist buddhists
catholic catholics protestant protestants sunni sunnis shiite shiites shia latino latinos
latina latinas hispanic hispanics
americans britons brits afghans iraqis iranians israelis palestinians syrians pakistanis
indians koreans russians ukrainians germans italians spaniards mexicans canadians australians
africans europeans asians arabs kurds somalis thais filipinos egyptians libyans saudis yemenis
nigerians kenyans ethiopians turks greeks cubans venezuelans brazilians colombians haitians
scots swedes norwegians danes finns poles czechs hungarians romanians serbs croats bosnians
albanians armenians jordanians kuwaitis qataris emiratis algerians moroccans tunisians
indonesians malaysians bangladeshis nepalis tibetans uighurs uyghurs yazidis houthis alawites
salafis chechens pashtuns emmys tonys oscars grammys baftas century
american british german italian spanish russian
chinese japanese korean indian pakistani afghan iraqi iranian israeli palestinian syrian
lebanese egyptian libyan saudi qatari yemeni somali haitian mexican canadian australian
african european asian arab kurdish turkish greek cuban brazilian nigerian kenyan
ukrainian polish scottish dutch swedish norwegian danish
oh ok okay hey hi hello goodbye well click try yes sorry please timeline risk
department ministry council commission committee agency centers inc inc. ltd ltd. corp corp.
co. llc plc cmdr brig sens reps dad obamacare ebola
et est edt cst cdt pst pdt gmt utc bst dna pdf tv dvd pc gps hiv cctv suv atm vip ufo iq hq
usb mri video photo credit scroll cd cds sms iptv wifi wi-fi dui dwi gp no. mp3 lcd
hd hdtv lgbt lgbtq r&b copd earth royal oscar emmy grammy internet
englishman englishwoman scotsman scotswoman welshman welshwoman irishman irishwoman frenchman
frenchwoman dutchman""")
# Words the tagger may mark on their own that are never names: days, months but "May" (a
# name too), pronouns, honorifics and two titles, and NOT_NAMES. Never a person,
# organization or place alone, nor a quotation's speaker.
NEVER_ALONE = (WEEKDAY_NAMES | (MONTH_NAMES - {"may"})
               | _words("the a an he she it they we i you one mr mrs ms dr judge president")
               | NOT_NAMES)
# Multi-word holidays and days, never a person, organization or place ("Christmas Eve"),
# and a postal box of an address ("PO Box 3700, Newtown").
NOT_NAME_PHRASES = frozenset(("christmas eve", "christmas day", "new year's eve",
                              "new year's day", "boxing day", "good friday", "easter sunday",
                              "easter monday", "valentine's day", "mother's day", "father's day",
                              "memorial day", "labor day", "labour day", "veterans day",
                              "thanksgiving day", "new year", "po box", "p.o. box"))
# Roles and ranks of several words, which the tagger may take alone for a body ("Chief
# Operating Officer", "Air Commodore" before "Mike Wigston"): a person's title, no entity.
ROLE_PHRASES = frozenset(("chief executive", "chief executive officer", "chief operating officer",
                          "chief financial officer", "chief technology officer",
                          "chief information officer", "chief marketing officer",
                          "managing director", "general manager", "air commodore",
                          "air marshal", "air chief marshal", "air vice-marshal", "rear admiral",
                          "vice admiral", "wing commander", "squadron leader", "group captain",
                          "flight lieutenant", "lieutenant general", "major general",
                          "brigadier general", "lance corporal", "prime minister",
                          "foreign secretary", "home secretary"))

# --- Words that say what kind a name is --------------------------------------------------------
# Words that make a name a place when they end it ("Davies Creek") or open it ("Mount
# Sinjar"), which the tagger may call a person. Not the ones that are also common surnames
# ("Hill", "Hall", "Lake", "Bay", "Wood", "Field", "Castle", "Lane").
PLACE_TAILS = _words("""creek canyon airport avenue boulevard road drive valley mountain
mountains falls highway square harbor harbour peninsula desert glacier reservoir canal
river area areas""")
# Words that make a "person" a place when they end it ("Downing Street", "Buckingham
# Palace", "Staten Island", "Orange County"), and that no surname ends with. Not read for an
# organization, where they often end a body's or a club's name ("Crystal Palace", "Islamic
# Society of Orange County", "Occupy Wall Street").
PERSON_PLACE_TAILS = _words("""street palace island islands county district township stadium
springs cathedral station heights hotel museum gallery theater theatre arena auditorium
building plaza resort casino courthouse prison mansion pagoda""")
# Words that make an "organization" of two or three words a place when they end it, and no
# "of" is in it ("Escambia County", "Bay St", "Northern Territory"; not "Islamic Society of
# Orange County"): the tagger calls a county an organization where its officials act
# ("Escambia County Sheriff David Morgan"), but the county is the place they act for.
ORGANIZATION_PLACE_TAILS = _words("county street st region territory province prefecture")
# Last words of newspapers' names ("Miami Herald", "San Francisco Chronicle"), which the
# tagger may call a person or a place; few surnames or places end with one (not "Post",
# "Star", "Sun", "Times": "Jerrold Post", "Timothy Sun").
NEWSPAPER_TAILS = _words("herald tribune chronicle journal gazette courier inquirer examiner")
# Clubs' last words ("Oldham Athletic", "Bristol Rovers"), after a town's name that stands
# alone for the club ("Oldham"; not "City" or "United", which two clubs of one town share).
CLUB_TAILS = _words("athletic albion rovers wanderers hotspur")
# Businesses named for what they make where they are ("Tai Cheong Bakery", "Glenfiddich
# Distillery"): organizations, whether the tagger calls them people or places.
MAKERS_TAILS = _words("bakery brewery distillery winery")
# Words that make a "person" an organization when they end it ("Virgin Media", "Hallam FM",
# "Harpo Productions", "Teva Pharmaceuticals"), and that no surname ends with; read for a
# "person" only, like PERSON_PLACE_TAILS.
PERSON_ORGANIZATION_TAILS = _words("""media fm radio pharmaceuticals productions films foods
energy magazine daily weekly online partners software solutions academy channel tv
television arts music athletics""") | NEWSPAPER_TAILS | MAKERS_TAILS | CLUB_TAILS
# Words that end the names of venues and landmarks ("Eiffel Tower", "National Stadium",
# "Peak Terminal"), which the tagger calls organizations or people, and few surnames end
# with; a place when a name ends with one and opens with no given name.
VENUE_TAILS = _words("stadium arena terminal tower towers trail grounds gardens mall pier")
# The same for an "organization" only: surnames end with them too ("Nathan Lane", "Damon
# Hill", "Sally Field"), names of bodies seldom.
ORGANIZATION_VENUE_TAILS = VENUE_TAILS | _words("ground bridge lane wall")
# "Ciudad Juarez", "Puerto Vallarta": Spanish for city and port, never a given name.
PLACE_HEADS = _words("mount mt. fort cape gulf lake ciudad puerto")
# More last words of places', venues' and bodies' names, after a given name ("Victoria Park",
# "Virginia Beach", "Virginia Tech", "Victoria Terminus"): two such words are no person's
# name (with the tails above; see facts.entities).
PLACE_WORD_TAILS = _words("""park hills terminus tech queen plain farms center city beach bay
coast port forest woods lakes shores cemetery campground water""")
# "Greater Manchester", "Northern Ireland": before a known place, a place.
PLACE_QUALIFIERS = _words("""greater north south east west northern southern eastern western
central upper lower""")
# "the city of X", "the mayor of X": X is a place.
PLACE_NOUNS = _words("city town village county province municipality suburb mayor")
# Words that make a name an organization when they end it ("Muslim Brotherhood", "Wharton
# School"), which the tagger may call a person. Not those that are also common surnames
# ("Post", "Court", "Press", "Church", "Banks").
ORGANIZATION_TAILS = _words("""brotherhood fund analytics center centre hospital school
college university club organization organisation league studios airways airlines records
labs foundation society institute agency committee network entertainment coalition alliance
association federation corporation company holdings technologies commission council ministry
department bureau""")
# Last words of institutions' names, over which a place before them joins the name
# ("Nottingham" + "City Council"): ORGANIZATION_TAILS and words that are also surnames, which
# only end a name the tagger already called one ("Court", "Church", "Trust").
INSTITUTION_TAILS = ORGANIZATION_TAILS | _words("""police board office party army navy court
authority service services force command trust bank museum zoo church diocese government
administration""")
# Words that end the names of bodies, buildings and papers as often as a surname's: a name
# with a given name first and one of these last is no person ("Royal Opera House", "Sunday
# Times", "Christian Democratic Union", "Omar Makram Mosque").
NOT_PERSON_TAILS = _words("""house mosque church temple pharmacy union times invitational
institutes brothers sisters monitor herald tribune telegraph people family marines express
refinery bridge fire cross place""")
# Institutions named for a place or a person with these words after ("Plainview High School",
# "Mater Dei Hospital", "Dortmund Zoo", "Atlanta Police"), which the tagger may leave out.
INSTITUTION_WORDS = _words("school hospital zoo college university police academy infirmary")
# Bodies news names by one common word, written "in" them as in a place ("in Congress").
LEGISLATURES = _words("congress parliament senate house commons cabinet assembly legislature")
# Last words of the names of bodies that speak ("the Foreign Office said"): a speaker's name so
# ending is kept whole, not cut to the words the article never writes in lower case. Those of
# INSTITUTION_TAILS that name a public body, and "protection" ("Customs and Border
# Protection").
BODY_NAME_TAILS = ORGANIZATION_TAILS | _words("""office protection service services police
administration authority court government""")
# What "it" may stand for after a quotation ("'…,' it said"): a body or a writing (see
# facts.attribution).
IT_NOUNS = BODY_NAME_TAILS | BODY_NOUNS | _words("""statement report article order ruling
indictment suit lawsuit complaint document study survey letter release army""")
# Last words of institutions named after a place, which the tagger may call that place
# ("Grady Hospital", "San Francisco Chronicle", "Illinois Legislature"): a few of
# INSTITUTION_TAILS, "academy", "constabulary", newspapers, and the legislatures named by
# their place, and airlines ("Malaysia Airlines"; not "house": "the White House",
# "Government House").
PLACE_NAMED_INSTITUTIONS = _words("""hospital court police academy constabulary university
college school council legislature parliament assembly senate congress airlines airways""") \
    | NEWSPAPER_TAILS \
    | MAKERS_TAILS
# "X Chamber of Commerce", "University of Y": words that head an organization's name.
ORGANIZATION_HEADS = frozenset("""Chamber Department Ministry Bureau Office Board Council
Institute University College Bank Museum Church Society Association Federation Academy School
Court Commission Agency""".split())
# "Centers for Disease Control", "Institute for American Values": organizations named "Head
# for Name".
FOR_HEADS = frozenset("""Center Centers Centre Institute Council Committee Commission Office
Fund Foundation Alliance Coalition Agency Society Association Network Federation Union
Organization Organisation Department Ministry Bureau Board Court Academy""".split())
# "Department of Health and Human Services": heads of names that go on over "and".
AND_HEADS = frozenset("""Department Ministry Bureau Office Institute Administration
Commission Committee Council Board Centers Center Centre Secretary Department's Organization
Organisation Agency""".split())
# Last words of agencies named "X and Y ..." ("Food and Drug Administration").
AGENCY_TAILS = frozenset("""Administration Service Services Agency Commission Bureau Authority
Board Council Institute Department""".split())
# Heads of organizations named "Head for Subject" / "Head on Subject", in lower case
# ("Council on American-Islamic Relations"; facts.longnames).
LONG_NAME_HEADS = frozenset(w.lower() for w in FOR_HEADS) | _words("""group observatory mission
trust forum campaign service""")
# Last words of an organization's name made of two parts the tagger cut at "and" or "to"
# ("Health and Human Services", "National Right to Life Committee").
TWO_PART_NAME_TAILS = ORGANIZATION_TAILS | _words("services system systems")
# Last words that leave a name cut short ("U.S. District Court for the Eastern ...").
CUT_NAME_ENDS = _words("eastern western northern southern middle central upon")
# Company forms that end a company's name ("Apple Inc." is "Apple").
COMPANY_TAILS = _words("""inc inc. incorporated corp corp. co co. ltd ltd. llc plc group holdings
company corporation limited sa ag nv se bv ab asa spa international lines""")
# Words that follow the name of a club or a company, never a person's or a place's.
CLUB_OR_COMPANY_NOUNS = _words("""striker midfielder defender goalkeeper keeper winger full-back
centre-back fullback playmaker boss manager coach chairman squad quarterback linebacker
cornerback tailback pitcher shortstop outfielder shares shareholders employees shirt jersey
ceo tycoon founder co-founder stores shops executives""")
# Nouns, in lower case, that only a company, a band or another body is called by right
# before its name ("copy protection firm Macrovision", "rock band U2"); not those a person
# may be called by too ("publisher Rupert Murdoch", "documentary maker Michael Moore",
# "clothing manufacturer Abe Goldberg").
COMPANY_NOUNS = _words("""firm company carmaker automaker chipmaker giant retailer
supermarket chain airline carrier insurer lender broadcaster network newspaper
magazine tabloid website band charity startup start-up conglomerate outfit label brewer
distributor drugmaker bookmaker multinational""")
# Endings of web addresses that name a site ("TheDirty.com", "Omaha.com").
SITE_ENDINGS = _words("com org net co.uk")
# Demonym endings: what is left is the place ("bostonians" -> "boston").
DEMONYM_ENDINGS = ("ers", "er", "ns", "ians", "ian", "ites", "ite")
# A person's nationality, the word sports news sets right before a name ("Norwegian Magnus
# Carlsen", "Dane Kevin Magnussen", "Kiwi Lydia Ko"): adjectives and the nouns for one
# person. Not "English" (a surname, and the language of most titles it opens).
NATIONALITIES = _words("""afghan albanian algerian american angolan argentine argentinian
arab armenian australian aussie austrian azerbaijani bahraini bangladeshi belarusian
belgian bolivian bosnian brazilian brit british briton bulgarian burmese cameroonian
canadian chilean chinese colombian congolese croat croatian cuban cypriot czech dane
danish dutch dutchman dutchwoman ecuadorian egyptian emirati englishman englishwoman
eritrean estonian ethiopian fijian filipino finn finnish french frenchman frenchwoman
georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian
indonesian iranian iraqi irish irishman irishwoman israeli italian ivorian jamaican
japanese jordanian kazakh kenyan kiwi korean kosovan kurd kurdish kuwaiti latvian lebanese
liberian libyan lithuanian macedonian malawian malaysian malian maltese mexican moldovan
mongolian montenegrin moroccan mozambican namibian nepalese nigerian norwegian pakistani
palestinian panamanian paraguayan peruvian pole polish portuguese qatari romanian russian
rwandan saudi scot scotsman scotswoman scottish senegalese serb serbian slovak slovakian
slovene slovenian somali spaniard spanish sudanese swede swedish swiss syrian taiwanese
tanzanian thai tunisian turk turkish ugandan ukrainian uruguayan uzbek venezuelan
vietnamese welsh welshman welshwoman yemeni zambian zimbabwean""")

# --- Datelines ------------------------------------------------------------------------------
# "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) --", "(CNN) --": where the story was filed
# and who filed it, not who or what it is about. Three rules read a dateline, each as much as
# it needs; tests/test_lexicon.py holds the examples all three agree on.
# The entity pass skips the names in it: any agency in brackets, then a dash or a colon; or a
# wire's name with the story's first word glued to it, as the official CNN/DailyMail copies
# write it ("(CNN)Two of the best ...").
DATELINE_WITH_AGENCY = regex(
    r"^[A-Z][\w.,'’ /-]{0,60}?\s?\((?:[A-Za-z][\w.&' -]{0,30})\)\s{0,3}(?:-{1,3}|—|–|:)\s{0,3}"
    r"|^\((?:[A-Za-z][\w.&' -]{0,30})\)\s{0,3}(?:-{1,3}|—|–|:)\s{0,3}"
    r"|^(?:[A-Z][\w.,'’ /-]{0,60}?\s?)?\((?:CNN|AP|Reuters|AFP)\)(?=[A-Z0-9\"“‘'])")
# The ranker's feature: a wire's name in brackets (no dash needed), or a place in capitals
# and a dash.
WIRE_DATELINE = regex(
    r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,5} ?)?\((?:CNN|AP|Reuters|AFP)\)"
    r"|^[A-Z][A-Z .,'-]{2,40}(?:\([\w ]{1,20}\))? ?[-—–]{1,2} ")
# The headline's: the place (group "place") and agency cut off the lead, or a place in
# capitals (group "caps") before a dash.
_AGENCY = r"\((?:[A-Z][\w.&'’ -]{0,40})\)"
_PLACE = r"[A-Z][\w.'’-]*(?:[ ,]{1,2}[A-Z][\w.'’-]*){0,5}"
DATELINE_PARTS = regex(
    rf"^\s*(?:(?P<place>{_PLACE}),?\s*)?{_AGENCY}\s*(?:--|—|–|-)?\s*"
    r"|^\s*(?P<caps>[A-Z][A-Z.'’-]{2,}(?:[ ,]{1,2}[A-Z][\w.'’-]*){0,4})\s*(?:--|—|–|\s-)\s+")

# --- Speech verbs: the words that attribute what was said -----------------------------------
# Every speech verb the speaker rules read, in the order their pattern tries them; forms that
# are also common nouns ("states", "notes", "claims") are left out.
SPEECH_VERBS = ("said", "says", "say", "told", "tells", "added", "adds", "asked", "asks",
                "explained", "explains", "wrote", "writes", "stated", "declared", "insisted",
                "insists", "warned", "warns", "noted", "tweeted", "posted", "argued", "argues",
                "claimed", "continued", "recalled", "recalls", "replied", "responded",
                "acknowledged", "admitted", "conceded", "cautioned", "stressed", "suggested",
                "urged", "vowed", "promised", "announced", "predicted", "described", "called",
                "quipped", "joked", "exclaimed", "shouted", "yelled", "whispered", "remarked",
                "observed", "commented", "concluded", "agreed", "countered", "complained",
                "testified", "confirmed", "reiterated", "emphasized", "emphasised", "boasted",
                "pleaded", "lamented", "mused", "recounted", "revealed", "wondered", "screamed",
                "chanted", "admits", "predicts", "recounts", "complains",
                "promises", "calls it", "retorted", "retorts", "exclaims", "responds",
                "replies", "declares", "yells", "whispers", "reveals", "smiled", "laughed",
                "grinned", "sighed", "smiles", "laughs", "raged", "fumed", "gushed", "sobbed",
                "scoffed", "asserted", "asserts", "proclaimed", "proclaims", "enthused",
                "enthuses", "moaned", "moans", "bragged", "brags", "snapped", "hissed",
                "reminded", "reminds", "demanded", "muttered", "mutters", "barked", "gasped",
                "cried", "wailed", "begged", "begs", "pleads", "answered", "inquired",
                "inquires", "enquired", "enquires", "uttered", "sniped", "affirmed", "affirms")
# The common ones, enough to remember who spoke for a later "he said" (facts.attribution).
REPORTING_VERBS = ("said", "says", "told", "tells", "added", "explained", "wrote", "asked")
# Verbs that may take a long object before a colon ("X told magistrates at Blackpool:").
TELLING_VERBS = _words("told tells said says")
# Verbs that name rather than quote ("an ailment called 'guitarist's nipple'").
NAMING_VERBS = _words("called described")
# Verbs after a quotation that make its sentence a quote, for the sentence splitter.
QUOTING_VERBS = _words("said says told added tweeted wrote explained insisted")
# Words that show a sentence reports what someone said, for the ranker ("according" too).
ATTRIBUTION_WORDS = _words("said says told according added stated reported announced")


# --- Words in patterns, in the order the patterns try them --------------------------------------
# Where a photo is, in brackets after a name in a caption ("Elena Komleva (pictured)",
# "(left)"); the ranker's caption words are CAPTION_WORDS.
CAPTION_POSITIONS = ("pictured", "left", "right", "centre", "center", "above", "below", "top",
                     "bottom", "inset", "second", "far", "front", "back", "middle", "circled",
                     "main", "file")
# Words of a sentence that is a photo's caption (the ranker's feature).
CAPTION_WORDS = _words("pictured photographed above below left right inset")
# Words that end a street's name, after which a number is an address ("10 Downing Street");
# as written. Some end places' names too (PLACE_TAILS), written in lower case.
STREET_WORDS = ("Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Lane",
                "Drive", "Way", "Place", "Square")
# Words after a result "3-1" that make it a score ("3-1 down", "a 2-0 win").
SCORE_WORDS_AFTER = ("down", "up", "win", "victory", "defeat", "loss", "draw", "lead", "thrashing",
                     "drubbing", "hammering", "rout", "at", "in", "to", "against", "over",
                     "with", "on")
# Conjunctions that bound the clause of a date on both sides; "because" after it too.
DATE_CLAUSE_JOINS = ("and", "but", "while", "after", "before")

# --- Page furniture -----------------------------------------------------------------------------
# A web page's time stamps, in capitals, before the time: "PUBLISHED: 11:19 EST, 3 September
# 2012 | UPDATED: 21:22 EST" (a one-paragraph copy runs them into the lines around them).
PAGE_STAMPS = ("PUBLISHED:", "UPDATED:")
# A sentence that is page furniture, for the ranker: a label with its colon ("Watch:",
# "Published:"), a short byline; stricter than FURNITURE_LEAD on the words that also open news.
FURNITURE_SENTENCE = regex(
    r"^(?:scroll down|click here|read more|follow us|follow our|share this|sign up|advertisement|"
    r"watch:|video:|photos?:|related:|see also|copyright|©|published:|updated:|last updated|"
    r"by\b[^.!?]{0,60}$|comments|sorry we are|share or comment)", re.IGNORECASE)
# What the headline's lead never opens with: page furniture without its colon ("Watch",
# "Video", "Follow", "By"), editor's notes and story highlights, whose paragraph it skips.
FURNITURE_LEAD = regex(
    r"^(?:scroll down|click here|read more|follow|share this|sign up|advertisement|by\b|"
    r"published|updated|last updated|watch|video|photos?\b|related|see also|copyright|©|"
    r"editor['’]s note|story highlights)", re.IGNORECASE)
# Page furniture glued before a name in copies of web pages ("VIDEO Chelsea", "Relive
# Sportsmail's coverage"), of any kind of name.
FURNITURE_BEFORE_NAMES = _words("watch video pictured relive scroll")
# "Watch Anderson Cooper's report", "Read Jane Smith's column": a web page's link before a name.
LINK_VERBS = _words("watch read follow listen")

# --- Sentence openers -----------------------------------------------------------------------------
# Capitalised words that open sentences, so that a stop after initials before them still ends
# one: "... talks with the U.S. The deal ..."; with English Punkt's own sentence starters.
SENTENCE_OPENERS = (WEEKDAY_NAMES | MONTH_NAMES | _words("""
a an the he she it they we i you his her its their our my your this that these those there
here but and or so yet in on at for from with by to of as after before when while if since
although though because meanwhile however now then still also some many most all both each
every no not nor what who why how where which one two three four five six seven eight nine ten
once later earlier last next today yesterday tomorrow mr mrs ms dr police officials
authorities during despite until unless"""))
# Capitalised words that open the sentence before a speaker's name and are not part of it
# ("But", "Asked", "Monday"), read with the stop words; not SENTENCE_OPENERS, which holds
# far more and not "asked".
SPEAKER_RUN_OPENERS = WEEKDAY_NAMES | _words("""but and so then later meanwhile however
yesterday today earlier asked when while after before in on at as the a an this that""")
# Words that open the sentence a caption runs into ("... get her pregnant A Russian ...").
CAPTION_OPENERS = _words("""a an the he she it they we his her their its this these those
there in on at after when while if as meanwhile however now then""")
# Words that never end a name, which a name the tagger ran into the next sentence ends with
# where a copy lost its paragraph breaks and a caption's or a heading's full stop ("China
# The", "Atletico Madrid Who", "Syria Meanwhile", "Obama All"). Not the numbers, "May",
# "Will", "Best", "Can", "Say", "Said", "Now", "Up", "Down", "No", "You", which do end
# names ("Formula One", "Theresa May", "Emre Can", "Port Said", "Dr. No").
NOT_NAME_ENDS = _words("""the a an and or but nor who whom what why how when where which
there this that these those he she it we they his her their our its more most some many each
every any all both despite meanwhile however although though nevertheless nonetheless
certainly perhaps yet also for from in on at with without before after as if according since
while whatever anyone everyone someone others other another too once usually nearly overall
sometimes having have has are were was is do does did take ask yes correspondent
spokesman spokeswoman spokesperson""")
# Words that never open a name, which a name the tagger ran into from the sentence before
# (or a live blog's "TBA", to be announced) opens with where a copy lost a full stop
# ("Despite Gerrard", "Meanwhile Nguyen", "Since Manchester United", "TBA Arsenal"). Not
# "All", "Our", "His", "This", "What", "With", "Without", "Still", which open names ("All
# Blacks", "Our Lady", "This Morning", "Still Alice").
NOT_NAME_STARTS = _words("""although though despite meanwhile however nevertheless
nonetheless moreover furthermore since once when whenever while whereas if unless until
because before yet both another website under during amid tba""")
# Prefixes of ships' names ("HMS Iron Duke", "USS George Washington"): a vessel is no entity.
SHIP_PREFIXES = frozenset("HMS USS HMAS HMCS HMNZS RMS MV USNS RFA".split())
# Tokens after which a capital says nothing of a name: opening quotes, brackets and dashes.
OPENING_MARKS = frozenset({'"', "(", "``", ":", "-", "“", "‘", "—", "–"})

# --- Phrases before a sentence's subject ----------------------------------------------------
# First words of a phrase fronted before the subject ("In an interview last week, Murray said
# …"), for the participle rule (facts.attribution).
PHRASE_OPENERS = _words("""in at on after before during since speaking asked writing later
earlier yesterday today last this back apart""")
# The same for the search of a pronoun's subject, which skips a longer phrase ("Back in the
# presence of The Balvenie, Sam Simmons …", "Like others, Rosa Lind …"), not "This".
SUBJECT_PHRASE_OPENERS = (PHRASE_OPENERS - {"this"}) | _words("""like unlike despite from with
without for to as among amid following under""")
# Words after which a name is an object or a modifier, not a sentence's subject ("pieces about
# Copeland", "a Casey Anthony movie").
OBJECT_MARKERS = _words("""about like from of by with to for at in on against than including
between among into onto over under a an the despite unlike alongside without behind beside
besides via having featuring starring""")


# --- Prepositions --------------------------------------------------------------------------------
# After a preposition "that" points ("of that country"), it opens no clause; nor does a line
# end on one.
PREPOSITIONS = _words("""of in on at to for with from by about into over under after before
between against through during without within around near toward towards across along behind
beyond upon onto amid among""")
# The common ones, which open no speaker's description ("on Twitter", "a spokesman for").
COMMON_PREPOSITIONS = _words("for of at with from in on to by about")

# --- The words around a number ------------------------------------------------------------------
# Words that end the phrase a number counts: clause openers and auxiliaries.
CLAUSE_WORDS = _words("""who which that when where while because and but or if as than so since
after before until though although whose whom what said says say told according is are was were
be been being has have had will would could should can may might must do does did he she it they
we i you i'm it's later earlier ago afterwards""")
# Going back from a number, only these end its clause ("the deal is worth $4m").
CONJUNCTIONS = _words("""who which that when where while because and but or if as than so
since after before until though although whose whom""")
# Common irregular past tenses: "1,200 homes lost power" counts homes.
PAST_VERBS = _words("""lost died fell rose took made got gave won ran saw came went left hit cut
put kept held brought began found paid sold bought spent became remain remained live lived work
worked die fled""")
# Function words trimmed off the ends of what a number counts ("300 of the" is "300").
CONTEXT_FUNCTION_WORDS = _words("""the a an of in on at for to with by from per each about its
their his her this these those our your my into over under""")
# Capitalised words that may stand before a count and are no name it belongs to ("About
# 300", "Tuesday 40 people"; a name is "Flight 370").
NOT_NAMES_BEFORE_COUNTS = WEEKDAY_NAMES | _words("""about nearly almost some only just over
under around more than least fewer less roughly approximately exactly another all those these
the at in on by of for with from up to and but""")
QUALIFIERS = _words("""about nearly almost some around roughly approximately more less than
least most up over under just only an estimated""")
VAGUE = _words("dozens hundreds thousands millions billions")
# After these an -ed or -ing word qualifies the noun ahead ("the leading", "of rising").
BEFORE_ADJECTIVES = _words("of the a an and or")

# --- Names that are no entity ------------------------------------------------------------------
# Languages and faiths, which the tagger takes for places or bodies ("beer in Mandarin", "the
# holiest sites in Judaism"); not those that are also peoples' or places' names a story may
# mean ("Welsh", "Zulu", "Hebrew" stay to the other rules).
LANGUAGES_AND_FAITHS = _words("""judaism islam christianity buddhism hinduism sikhism
catholicism protestantism mormonism mandarin cantonese latin farsi urdu hindi swahili sanskrit
yiddish esperanto pashto dari tagalog bengali punjabi aramaic hebrew cyrillic""")
# Scriptures, charters, honours, degrees and eras, which the tagger may call a body: no
# entity ("the Constitution", "the Quran", "Purple Heart", "OBE", "PhD", "BCE").
DOCUMENTS_AND_HONOURS = _words("""constitution bible quran koran torah talmud obe mbe cbe kbe
dso phd mba bce grail""") | frozenset(("hebrew bible", "holy grail", "purple heart",
                                       "medal of honor", "medal of honour", "victoria cross",
                                       "george cross", "military cross",
                                       "distinguished service order",
                                       "distinguished flying cross", "bronze star",
                                       "silver star"))
# The Arabic article and its assimilated forms, and "bin", "ibn", "abu", before a hyphen
# in a name ("al-Qaeda", "ad-Din", "Bashar al-Assad").
ARABIC_NAME_PREFIXES = _words("al el ad ar as ash at az an ud ul bin ibn abu")
# Places whose names are common words the gazetteer does not know as places ("at Hull",
# "in Mobile", "the Northeast"), kept where a common word named alone is dropped.
PLACES_THAT_ARE_WORDS = _words("""hull mobile sale wells troy deal northeast northwest
southeast southwest midwest midtown""")
# Bodies whose names are common words ("Nature" the journal, "Oasis" the band, "Hearts" the
# club, "the Cabinet"), kept where a common word named alone as an organization is dropped.
BODIES_THAT_ARE_WORDS = _words("""cabinet assembly nature billboard variety wired oasis lifetime
shell reprieve anonymous occupy hearts hull stoke cruzeiro sporting liberals treasury army
navy""")

# --- Speakers: who a pronoun may stand for ------------------------------------------------------
# The gender of the noun heading a description of someone unnamed ("a spokeswoman said"): a
# "he" after it is someone else.
DESCRIPTION_GENDER = {**GENDERED_NOUNS,
                      **dict.fromkeys("""woman girl spokeswoman businesswoman chairwoman
policewoman congresswoman councilwoman lady""".split(), "female"),
                      **dict.fromkeys("""man boy spokesman businessman chairman policeman
congressman councilman gentleman""".split(), "male")}
# Last words of the names of news outlets and public bodies that a speaker's name may be
# ("The New York Times reported", "... Information System reported"): the whole name stays,
# its first words are no title ("New", "Government" are also written in lower case).
SPEAKING_BODY_TAILS = _words("""times news post journal press herald telegraph guardian tribune
gazette magazine newspaper district system""")
# Verbs that attribute a quotation in news copy but that the entity stage does not take for
# speech after a name (SPEECH_VERBS): a report's, a court's, a written text's words ("the
# agency reported 'great turnout'", "the judge ruled 'not to postpone'", "a statement reads:").
QUOTING_ONLY_VERBS = ("reported", "ruled", "reads")
# Of those, the ones after a quote that credit who passed the words on, not who spoke them,
# when the quote is a phrase inside another's sentence ("Assad said he is committed to
# 'neutrality and independence,' state media reported").
CREDITING_VERBS = _words("reported")
