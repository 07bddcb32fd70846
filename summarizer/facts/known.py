"""Names the tagger cannot know: it learnt from 1996 Reuters news, before these existed.

Written for brief (not taken from any dataset): companies and services that news of the
2000s names every day, which the tagger often calls people ("Google said"); product lines,
which are neither people, organizations nor places; and words it marks on their own that
are never a name by themselves.
"""
from __future__ import annotations

ORGANIZATIONS = frozenset("""google facebook twitter instagram youtube whatsapp snapchat tiktok
linkedin reddit pinterest tumblr wikipedia yahoo netflix spotify amazon ebay paypal uber lyft
airbnb tesla spacex nvidia intel qualcomm samsung huawei xiaomi lenovo alibaba tencent baidu
wechat weibo bytedance zoom slack dropbox oracle ibm cisco adobe salesforce motorola nokia
blackberry hulu espn cnn msnbc bbc nasa fema isis isil al-qaeda qaeda hamas hezbollah taliban
starbucks mcdonald's walmart costco nike adidas
apple microsoft sony nintendo sega boeing airbus toyota nissan volkswagen chrysler ryanair
easyjet tesco sainsbury's asda waitrose primark ikea unilever nestle kfc reuters bloomberg
mail mailonline""".split()) | {"al qaeda", "boko haram"}
# Political parties, which news names as modifiers too ("Tory MP", "a Republican senator").
PARTIES = frozenset("""tory tories labour ukip snp republican republicans democrat democrats
gop likud bjp""".split())
PRODUCTS = frozenset("""android iphone ipad ipod macbook kindle windows xbox playstation wii
galaxy nook surface chromebook gmail bitcoin""".split())
# Alone, never a name: titles ("Editor's note"), holidays, groups of people (faiths,
# nationalities and their plurals: "Haitian", "Thais"; not the surnames French, English,
# Irish, Welsh), interjections,
# the head or tail of an organization's name ("the Department", "Inc."), time zones and
# common abbreviations the tagger takes for organizations ("9 p.m. ET").
NOT_NAMES = frozenset("""editor reporter correspondent journalist photographer spokesman
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
salafis chechens pashtuns emmys tonys oscars grammys baftas
american british german italian spanish russian
chinese japanese korean indian pakistani afghan iraqi iranian israeli palestinian syrian
lebanese egyptian libyan saudi qatari yemeni somali haitian mexican canadian australian
african european asian arab kurdish turkish greek cuban brazilian nigerian kenyan
ukrainian polish scottish dutch swedish norwegian danish
oh ok okay hey hi hello goodbye well click try yes sorry please timeline risk
department ministry council commission committee agency centers inc inc. ltd ltd. corp corp.
co. llc plc cmdr brig sens reps dad obamacare ebola
et est edt cst cdt pst pdt gmt utc bst dna pdf tv dvd pc gps hiv cctv suv atm vip ufo iq hq
usb mri video photo credit scroll""".split())
# Words the tagger may mark on their own that are never names ("May" can be one), and
# NOT_NAMES: never a person, organization or place alone, nor a quotation's speaker.
NEVER_ALONE = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december the a an he she it
they we i you mr mrs ms dr judge president""".split()) | NOT_NAMES
# Multi-word holidays and days, never a person, organization or place ("Christmas Eve").
NOT_NAME_PHRASES = frozenset(("christmas eve", "christmas day", "new year's eve",
                              "new year's day", "boxing day", "good friday", "easter sunday",
                              "easter monday", "valentine's day", "mother's day", "father's day",
                              "memorial day", "labor day", "labour day", "veterans day",
                              "thanksgiving day", "new year"))
# Events and competitions, which the key facts list nowhere (they are neither people,
# organizations nor places): by name, and by the last word of their names ("Boston
# Marathon", "Emmy Awards", "New York Fashion Week"; not "League", which ends
# organizations' names too: "National Football League").
EVENTS = frozenset(("olympics", "olympic games", "paralympics", "super bowl", "world cup",
                    "champions league", "europa league", "premier league", "fa cup",
                    "tour de france", "commonwealth games", "six nations", "four nations",
                    "world series", "stanley cup", "ryder cup", "grand national"))
EVENT_TAILS = frozenset("""marathon marathons bowl bowls championship championships award
awards festival festivals jubilee jubilees trophy week""".split())
# Words that make a name a place when they end it ("Davies Creek") or open it ("Mount
# Sinjar"), which the tagger may call a person. Not the ones that are also common surnames
# ("Hill", "Hall", "Lake", "Bay", "Wood", "Field", "Castle", "Lane").
PLACE_TAILS = frozenset("""creek canyon airport avenue boulevard road drive valley mountain
mountains falls highway square harbor harbour peninsula desert glacier reservoir canal
river""".split())
# Words that make a name an organization when they end it ("Muslim Brotherhood", "Wharton
# School"), which the tagger may call a person. Not those that are also common surnames
# ("Post", "Court", "Press", "Church", "Banks").
ORGANIZATION_TAILS = frozenset("""brotherhood fund analytics center centre hospital school
college university club organization organisation league studios airways airlines records
labs foundation society institute agency committee network entertainment coalition alliance
association federation corporation company holdings technologies commission council ministry
department bureau""".split())
PLACE_HEADS = frozenset("mount mt. fort cape gulf lake".split())
# "Greater Manchester", "Northern Ireland": before a known place, a place.
PLACE_QUALIFIERS = frozenset("""greater north south east west northern southern eastern western
central upper lower""".split())
# First words of names that are never people's, though a person may share their last word
# ("Hurricane Irene", "Ciudad Juarez").
NOT_PERSON_HEADS = frozenset("hurricane typhoon cyclone storm tropical ciudad".split())
# First words of storms' names, which are events, not entities ("Hurricane Katrina").
STORMS = frozenset("hurricane typhoon cyclone storm".split())


def never_alone(key: str) -> bool:
    """Whether ``key`` (lower case) is never a name by itself: a word of NEVER_ALONE
    ("friday", "president", "haitian") or an organization's tail ("school", "institute")."""
    return key in NEVER_ALONE or key in ORGANIZATION_TAILS
