"""Numbers as other languages' news writes them: 12 Milliarden Euro, 3 milliards d'euros,
10 000 infirmiers, 150 миллиардов рублей, 1200亿元, each with what it counts.

Per-language tables (written for brief, not taken from any dataset) and the finder that reads
them; newsbrief.facts.multilingual turns what it finds into key facts. Only articles that are
not in English import this module. Percent words stay with the other number conventions in
newsbrief.languages.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from newsbrief.dates_i18n import month_table
from newsbrief.languages import CJK
from newsbrief.precompiled import regex

# Words and abbreviations of magnitude written after the digits, as the press writes them
# (several words: "mil millones", "mil milhões"); an abbreviation keeps its full stop.
MAGNITUDES: dict[str, str] = {
    "de": "Tausend Tsd. Million Millionen Mio. Milliarde Milliarden Mrd. Mia. Billion Billionen "
          "Bio.",
    "fr": "mille million millions milliard milliards Md Mds Mrd",
    "es": "mil|millones mil millón millones billón billones mill.",
    "it": "mila mille milione milioni miliardo miliardi mln mln. mld mld. mrd",
    "pt": "mil|milhões mil|milhão mil milhão milhões bilhão bilhões bi mi trilhão trilhões",
    "ca": "mil|milions mil milió milions bilió bilions",
    "nl": "duizend miljoen miljard mln mln. mld mld. mrd mrd. biljoen",
    "sv": "tusen miljon miljoner miljard miljarder mnkr mdkr mn md",
    "da": "tusind million millioner milliard milliarder mio. mia. mio mia",
    "no": "tusen million millioner milliard milliarder mill. mrd. mill mrd",
    "fi": "tuhatta miljoona miljoonaa miljardi miljardia milj. mrd.",
    "pl": "tys. tysiąc tysiące tysięcy mln milion miliony milionów mld miliard miliardy "
          "miliardów bln",
    "cs": "tis. tisíc tisíce milion miliony milionů mil. mld. miliarda miliardy miliard",
    "sk": "tis. tisíc milión milióny miliónov mil. mld. miliarda miliardy miliárd",
    "ro": "mii milion milioane miliard miliarde mil. mld.",
    "hu": "ezer millió milliárd mrd. md.",
    "ru": "тыс. тысяча тысячи тысяч млн млн. миллион миллиона миллионов млрд млрд. миллиард "
          "миллиарда миллиардов трлн трлн. триллион триллиона триллионов",
    "uk": "тис. тисяча тисячі тисяч млн млн. мільйон мільйона мільйонів млрд млрд. мільярд "
          "мільярда мільярдів",
    "bg": "хил. хиляди млн. млн милион милиона млрд. млрд милиард милиарда",
    "tr": "bin milyon milyar trilyon",
    "el": "χιλ. χιλιάδες εκατ. εκατομμύριο εκατομμύρια δισ. δισεκατομμύριο δισεκατομμύρια",
    "id": "ribu juta miliar triliun",
    "hr": "tisuća tis. milijun milijuna milijarda milijardi mil. mlrd.",
    "sl": "tisoč milijon milijona milijonov milijarda milijard mio. mrd.",
    "zh": "万亿 千亿 百亿 亿 千万 百万 十万 万 千",
    "ja": "兆 億 千万 百万 万 千",
    "ko": "조 억 천만 백만 만 천",
}
# Currencies written after the number (with the magnitude between: "12 Milliarden Euro"),
# beside the signs and ISO codes every language writes (_SIGNS, _CODES).
CURRENCY_WORDS: dict[str, str] = {
    "de": "Euro US-Dollar Dollar Franken Pfund Yen Yuan Rubel Kronen Cent Rappen D-Mark Mark",
    "fr": "euros euro dollars dollar francs franc livres yuans roubles centimes",
    "es": "euros euro dólares dólar pesos peso libras yuanes rublos soles reales céntimos "
          "bolívares pesetas francos marcos liras escudos",
    "it": "euro dollari dollaro franchi sterline yuan rubli centesimi lire",
    "pt": "euros euro reais real dólares dólar libras ienes cêntimos centavos",
    "ca": "euros euro dòlars",
    "nl": "euro dollar pond frank yuan cent gulden",
    "sv": "kronor euro dollar kr",
    "da": "kroner euro dollar kr.",
    "no": "kroner euro dollar kr",
    "fi": "euroa dollaria",
    "pl": "złotych złote złoty zł euro dolarów dolary funtów groszy",
    "cs": "korun koruny Kč eur dolarů",
    "sk": "eur eurá dolárov",
    "ro": "lei euro dolari",
    "hu": "forint forintot Ft euró eurót dollár",
    "ru": "рублей рубля рубль руб. евро долларов доллара доллар юаней ₽",
    "uk": "гривень гривні грн євро доларів долара",
    "bg": "лева лв. евро долара",
    "tr": "lira liralık TL dolar avro euro",
    "el": "ευρώ δολάρια",
    "id": "rupiah dolar Rp",
    "hr": "kuna eura eur dolara",
    "sl": "evrov evra evrov",
    "zh": "人民币 美元 欧元 日元 港元 英镑 元 块",
    "ja": "ドル ユーロ ウォン 元 円",
    "ko": "달러 유로 엔 원",
}
# "3 milliards d'euros", "2.500 millones de euros", "4 miliardi di euro": the word that
# joins a magnitude to what it counts.
MAGNITUDE_LINKS: dict[str, str] = {
    "fr": "d' d’ de", "es": "de", "it": "di", "pt": "de", "ca": "de d' d’", "ro": "de",
}
# Words right after a number that make it a clock time ("um 14 Uhr", "à 14 h").
CLOCK_WORDS: dict[str, str] = {
    "de": "Uhr", "fr": "h heures heure", "es": "horas hora h", "it": "ore", "pt": "horas hora h",
    "ca": "hores h", "nl": "uur u.", "sv": "tiden", "da": "tiden", "ru": "часов часа ч.",
    "uk": "годин години", "pl": "godz.", "cs": "hodin hod.", "ro": "ora", "tr": "saat",
    "zh": "点 时", "ja": "時", "ko": "시",
}
# Words right before a number that make it a page, a section, a rank or a name's number
# ("Seite 12", "article 5", "§ 3", "n° 7"), not a count.
REFERENCE_WORDS: dict[str, str] = {
    "de": "Staffel Folge Etappe Seite S. Artikel Art. Paragraf Paragraph Absatz Abs. Kapitel "
          "Nr. Nummer Ziffer Punkt Band Bd. Ausgabe Heft Zimmer Gleis Linie Flug Platz Rang "
          "Klasse Stufe Tor Minute Spieltag Kalenderwoche KW Tagesordnungspunkt TOP",
    "fr": "saison épisode étape page p. pages article art. alinéa chapitre numéro no n° section "
          "ligne vol minute classe rang tome",
    "es": "temporada episodio etapa página pág. artículo art. capítulo número núm. nº sección "
          "línea vuelo minuto puesto inciso",
    "it": "stagione episodio tappa pagina pag. articolo art. comma capitolo numero n. sezione "
          "linea volo minuto posto",
    "pt": "temporada episódio etapa página pág. artigo art. capítulo número nº n.º secção seção "
          "linha voo minuto lugar inciso",
    "nl": "pagina blz. artikel art. hoofdstuk nummer nr. lijn vlucht minuut plaats",
    "sv": "sidan sida artikel kapitel nummer nr paragraf minuten plats",
    "da": "side artikel kapitel nummer nr. paragraf minut plads",
    "no": "side artikkel kapittel nummer nr. paragraf minutt plass",
    "pl": "strona str. strony artykuł artykułu art. rozdział numer nr punkt pkt minucie miejsce",
    "cs": "strana str. článek čl. paragraf číslo č. minutě místo",
    "ru": "страница стр. статья статьи статье ст. пункт п. глава номер минуте место",
    "uk": "сторінка стор. стаття статті ст. пункт п. розділ номер",
    "tr": "madde maddesi sayfa numara no dakikada",
    "ro": "pagina articolul art. capitolul numărul nr. minutul locul",
}
# Languages whose ordinals are digits and a full stop ("der 3. Platz", "3. května").
ORDINAL_DOT = frozenset({"de", "da", "no", "fi", "pl", "cs", "sk", "hu", "hr", "sl", "sr",
                         "et", "lt", "tr"})
# Languages writing 1,234.5 (a comma groups, a dot is the decimal point).
POINT_DECIMAL = frozenset({"zh", "ja", "ko", "he", "ar", "hi", "th"}) | {"en"}
_SIGNS = r"Rp\.?|US\$|R\$|C\$|A\$|HK\$|NT\$|\$|€|£|¥|￥|₽|₺|₹|₩|₴|₪"
_CODES = r"EUR|USD|GBP|CHF|JPY|CNY|RUB|PLN|TRY|SEK|NOK|DKK|CZK|HUF|BRL|RMB|IDR|KRW"
# Units that say a number is a measure, in every language.
_UNITS = (r"km²|km2|m²|m2|m³|km/h|km|kg|mg|cm|mm|m|ha|kWh|MWh|GWh|TWh|kW|MW|GW|°C|°F|"
          r"ml|hl|GB|TB|MB|км²|км|кг|га|кВт|МВт|ГВт")


def _alternatives(words: str) -> str:
    """Space-separated words as branches, longest first; "|" inside a word stands for a
    space (``mil|millones``)."""
    forms = sorted({w.replace("|", " ") for w in words.split()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in forms)


def _digits(language: str) -> str:
    """One number in ``language``'s writing: groups of three and a decimal part."""
    if language in POINT_DECIMAL:
        return r"\d{1,3}(?:,\d{3})+(?:\.\d{1,9})?|\d{1,15}(?:\.\d{1,9})?"
    spaces = "\u00a0\u202f\u2009 "
    return (rf"\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,9}})?|\d{{1,3}}(?:['’]\d{{3}})+(?:[.,]\d{{1,9}})?"
            rf"|\d{{1,3}}(?:[{spaces}]\d{{3}}){{1,4}}(?:,\d{{1,9}})?|\d{{1,15}}(?:,\d{{1,9}})?")


@lru_cache(maxsize=None)
def number_regex(language: str, bounded: bool = True) -> re.Pattern[str]:
    """A number with its sign, magnitude, currency or unit, as ``language`` writes it; not
    glued to a word or a sign before it unless ``bounded`` is false (a range's second)."""
    cjk = language in CJK or language == "ko"
    gap = "" if language in CJK else r"\s?"  # Korean spaces its words ("5000억 원")
    end = "" if cjk else r"(?!\w)"
    before = r"(?<![\d.,/#@+:\-–])" if cjk else r"(?<![\w.,/#@+:\-–])"
    sign = rf"(?P<sign>(?:{_SIGNS}|(?:{_CODES})\s)\s?)?"
    parts = [rf"{before if bounded else ''}{sign}(?P<num>{_digits(language)})"]
    # (an empty group where the language has no magnitude words, so every pattern has one)
    magnitudes = _alternatives(MAGNITUDES[language]) if language in MAGNITUDES else "(?!)"
    parts.append(rf"(?P<mag>{gap}(?:{magnitudes}){end})?")
    words = _alternatives(CURRENCY_WORDS[language]) + "|" if language in CURRENCY_WORDS else ""
    link = (rf"(?:(?:{_alternatives(MAGNITUDE_LINKS[language])})\s?)?"
            if language in MAGNITUDE_LINKS else "")
    currency = rf"(?:{words}{_SIGNS}|{_CODES})"
    parts.append(rf"(?:(?P<cur>{gap}(?:{link}(?:{currency})){end})"
                 rf"|(?P<unit>\s?(?:{_UNITS})(?![\w/²³])))?")
    return regex("".join(parts), re.IGNORECASE if not cjk else 0)


# A number glued to what follows is a code, a time, a date, an ordinal or a name ("14.30",
# "3-й", "3º", "4G"), and one after digits and a space is part of a phone number.
_GLUED = regex(r"[-–./:]\d|[-‐][^\W\d_]|[º°ª]|[^\W\d_]|\s\d")
# In Chinese and Japanese a number before a date, time, age, century, address or ordinal
# character is none of them: 2019年, 14時, 35岁, 19世紀, 3丁目, 5枚目, 13条, 3区.
_GLUED_CJK = regex(r"[-–./:：]\d|[年月日號号时時点點分秒岁歳度届屆期楼樓世条條区區線线番]"
                   r"|\w?目|丁")
_ORDINAL_DOT = regex(r"\.\s{1,3}[^\W\d_]")
_YEAR = regex(r"(?:1[89]|20)\d\d")
_RANGE_DASH = regex(r"(?:[-–]|\s–\s)(?=\d)")  # not "2 - 4", a score
_NOT_DIGIT = regex(r"\D")
_CODE = regex(r"0\d+")
_BEFORE_DIGITS = regex(r"\d\s?(?:[-–:]\s?)?$")  # "20 7946", "2 - 4": a code, a score
_CJK_ORDINAL = regex(r"第\s?$")
_REFERENCE_SIGN = regex(r"(?:§|№|#|n°|nº|N°|Nº)\s?$")
_SHORT_WORD = regex(r"\s([^\W\d_]{3,4})(?:\.|(?![\w-]))")
_LAST_ABBREVIATION = regex(r"\d\s?([^\W\d_]{1,6}\.)$")
_NEXT_WORD = regex(r"\s{1,3}([^\W\d_][\w'’-]*)")
_LAST_WORD = regex(r"([^\W\d_][\w.'’-]*)\s{1,3}$")
_WORD = regex(r"[^\W\d_][\w'’-]*")
_DIGIT = regex(r"\d")
_ELIDED = regex(r"^(?:[dlDL]|qu|Qu)['’]")
# Marks that end a clause; not a comma inside a number ("3,5").
_CLAUSE_MARK = regex(r"[;:()\[\]«»\"“”„—–?!]|,(?!\d)")
_CJK_RUN = regex(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+")
_CJK_PARTICLES = frozenset("的了在是和与及将已被把对为从向也都就还又等至到余多近约达"
                           "下上中内后前起以来天はがをにでのともへや、이가을를은는에의도로와과")
# Adjective endings of languages whose adjectives stand before the noun they describe:
# "20.000 boze boeren", "10 000 пострадавших жителей" count farmers and residents.
_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "nl": ("e",),
    "ru": ("ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя"),
    "uk": ("их", "і", "ий", "ій", "а"), "pl": ("ych", "ich", "ymi", "imi"),
    "cs": ("ých", "ích", "é", "í"), "sk": ("ých", "ich", "é", "í"),
}
# Adjectives that stand before the noun in languages that mostly put them after it
# ("180.000 nuevas líneas", "10 000 nouveaux logements").
ADJECTIVES_BEFORE_NOUNS: dict[str, str] = {
    "es": "nuevos nuevas grandes pequeños pequeñas jóvenes antiguos antiguas",
    "fr": "nouveaux nouvelles grands grandes petits petites jeunes anciens anciennes",
    "it": "nuovi nuove grandi piccoli piccole giovani vecchi vecchie",
    "pt": "novos novas grandes pequenos pequenas jovens antigos antigas",
    "ca": "nous noves grans petits petites joves",
    "ro": "noi mari mici tineri",
}
# Words for "of" after a percentage: what it is a share of follows them ("12 % der Wähler").
OF_WORDS: dict[str, str] = {
    "de": "der des von", "fr": "des de du", "es": "de del", "it": "dei degli delle del della di",
    "pt": "dos das do da de", "ca": "dels de del", "nl": "van", "sv": "av", "no": "av",
    "da": "af", "pl": "z", "cs": "z", "sk": "z", "ro": "din dintre",
}
# Words that qualify a number rather than say what it counts ("rund", "environ", "около"):
# trimmed off the end of the words before it.
QUALIFIERS: dict[str, str] = {
    "de": "etwa rund fast knapp mehr weniger als über unter insgesamt ca gut weitere bis zu",
    "fr": "environ près presque plus moins quelque quelques de d' à jusqu'à",
    "es": "unos unas cerca casi más menos de hasta alrededor aproximadamente a",
    "it": "circa quasi oltre più meno di fino a",
    "pt": "cerca quase mais menos de até aproximadamente a",
    "nl": "ongeveer bijna ruim circa zo'n meer minder dan tot nog eens nu",
    "sv": "cirka ca nästan drygt över under mer än hela medan",
    "no": "cirka ca nær nærmere nesten drøyt snaut omtrent rundt hele over under mer enn mens",
    "da": "cirka ca næsten knap godt omkring hele over under mere end mens",
    "ru": "около почти более менее свыше до порядка примерно",
    "pl": "około ok prawie ponad blisko niemal mniej więcej niż do",
    "tr": "yaklaşık neredeyse fazla az",
}
_MAX_BEFORE = 5
_GERMAN_ADJECTIVE = ("e", "en", "er", "es", "em")


class Found(NamedTuple):
    """A number of a sentence with its kind and what it counts."""

    start: int
    end: int
    kind: str
    context: str


def find_numbers(text: str, language: str, dates: list[tuple[int, int]],
                 percents: list[tuple[int, int]], function_words: frozenset[str]) -> list[Found]:
    """The counts, money, measures and ``percents`` of one sentence, left to right, each with
    the words saying what it counts; digits inside ``dates`` are none of them. A count says
    it by the noun after it, the others by the words before them back to their clause (or to
    the number before, whose words they then share: "stieg um 3 % auf 4 Mrd. Euro")."""
    spans = [(start, end, "percent") for start, end in percents]
    pattern = number_regex(language)
    position = 0
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if start < position or _inside(start, end, dates + percents):
            continue
        if (second := _range_end(text, match, language)) is not None:
            match = second  # "200-300 Menschen", "2–3 Milliarden Euro"
            end = position = match.end()
        kind = _kind(match)
        if kind != "number" or not _not_a_count(text, match, language, function_words, start):
            spans.append((start, end, kind))
    found: list[Found] = []
    floors = [0]  # where each number before this one ends, and the start of the sentence
    starts: list[int] = []
    shared = ""
    for start, end, kind in sorted(spans):
        if kind == "number":
            context = _after(text, end, language, function_words)
        elif kind == "percent" and (share := _share_of(text, end, language, function_words)):
            context = share  # "70 prosent av SVs velgere", "12 % der Wähler"
        else:
            before = _before(text, start, floors[-1], language, function_words)
            if before is None and not shared and starts:  # "desde el 8 al 20 por ciento"
                before = _before(text, starts[-1], floors[-2], language, function_words)
            context = (shared if before is None else before) \
                or _after(text, end, language, function_words)
            shared = context
        floors.append(end)
        starts.append(start)
        if context or kind == "percent":
            found.append(Found(start, end, kind, context))
    return found


def ends_in_abbreviation(text: str, language: str) -> bool:
    """Whether ``text`` ends in a magnitude or currency abbreviation ("15 tys.", "2 Mrd."),
    where a sentence splitter may have cut a number from what it counts."""
    word = _LAST_ABBREVIATION.search(text)
    return word is not None and word.group(1).lower() in _abbreviations(language)


@lru_cache(maxsize=None)
def _abbreviations(language: str) -> frozenset[str]:
    words = f"{MAGNITUDES.get(language, '')} {CURRENCY_WORDS.get(language, '')}".split()
    return frozenset(w.lower() for w in words if w.endswith("."))


def _range_end(text: str, match: re.Match, language: str) -> re.Match | None:
    """The second number of a range ("200-300", "2–3 Milliarden") when it is bigger than
    the first and neither is a year; None otherwise (a score "3-1", a span of years)."""
    if match.group("mag") or match.group("cur") or match.group("unit"):
        return None
    dash = _RANGE_DASH.match(text, match.end())
    second = number_regex(language, False).match(text, dash.end()) if dash else None
    if second is None or _GLUED.match(text, second.end("num")) and not second.group("mag"):
        return None
    first, other = match.group("num"), second.group("num")
    if _YEAR.fullmatch(first) or _YEAR.fullmatch(other) or _value(other) <= _value(first):
        return None
    return second


def _value(number: str) -> float:
    digits = _NOT_DIGIT.sub("", number.split(",")[0])
    return float(digits) if digits else 0.0


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


def _kind(match: re.Match) -> str:
    if match.group("sign") or match.group("cur"):
        return "money"
    return "measure" if match.group("unit") else "number"


def _not_a_count(text: str, match: re.Match, language: str, function_words: frozenset[str],
                 start: int | None = None) -> bool:
    """Years, clock times, dates, ordinals, codes, pages and numbers in names are no counts,
    as in English; a number with a magnitude word always counts. ``start``: where a range
    whose second number ``match`` is begins."""
    number, after = match.group("num"), match.end("num")
    if match.group("mag"):
        return False
    if _YEAR.fullmatch(number) or _CODE.fullmatch(number):
        return True
    if language in CJK or language == "ko":
        first = start if start is not None else match.start()
        return bool(_GLUED_CJK.match(text, after) or _CJK_ORDINAL.search(text, 0, first)
                    or _clock(text, after, language))
    if _GLUED.match(text, after) or _clock(text, after, language):
        return True
    if language in ORDINAL_DOT and _ORDINAL_DOT.match(text, after):
        return True  # "am 3. März", "der 3. Platz"
    if _month_abbreviation(text, after, language):
        return True  # "MADRID, 3 mar (EFE)", "le 5 déc."
    return _named_before(text, start if start is not None else match.start(), language,
                         function_words)


def _named_before(text: str, start: int, language: str, function_words: frozenset[str]) -> bool:
    """Whether what stands before the number makes it a page, a rank, a code or part of a
    name ("Seite 12", "§ 5", "20 7946", "Ligue 1")."""
    before = text[max(0, start - 40):start]
    if _BEFORE_DIGITS.search(before) or _REFERENCE_SIGN.search(before):
        return True
    word = _LAST_WORD.search(before)
    if word is None:
        return False
    last = word.group(1)
    if last.lower() in _references(language):
        return True
    # "Ligue 1", "Boeing 737": a capitalised word inside the sentence makes the number part
    # of a name; not in German, which capitalises every noun.
    return (language != "de" and last[:1].isupper() and last.lower() not in function_words
            and bool(text[:start - len(word.group(0))].strip()))


def _month_abbreviation(text: str, end: int, language: str) -> bool:
    """Whether a short word after the number begins a month's name ("3 mar", "5 sept.")."""
    word = _SHORT_WORD.match(text, end)
    if word is None:
        return False
    prefix = word.group(1).lower()
    return any(name.startswith(prefix) for name in month_table(language))


def _clock(text: str, end: int, language: str) -> bool:
    return language in CLOCK_WORDS and bool(_clock_regex(language).match(text, end))


@lru_cache(maxsize=None)
def _clock_regex(language: str) -> re.Pattern[str]:
    return regex(rf"\s?(?:{_alternatives(CLOCK_WORDS[language])})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _references(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in REFERENCE_WORDS.get(language, "").split())


@lru_cache(maxsize=None)
def _links(language: str) -> frozenset[str]:
    return frozenset(MAGNITUDE_LINKS.get(language, "").split())


def _after(text: str, end: int, language: str, function_words: frozenset[str]) -> str:
    """The noun after a number, which says what it counts ("Menschen", "infirmiers",
    "человек"), with the adjective before it where the language puts one there."""
    if language in CJK or language == "ko":
        return _after_cjk(text, end)
    words: list[re.Match] = []
    position = end
    for token in _WORD.finditer(text, end, min(len(text), end + 120)):
        if text[position:token.start()].strip():
            break  # punctuation or a number between
        position = token.end()
        word = token.group(0)
        if not words and word.lower() in _links(language) | {"of"}:
            continue  # "10 millions de personnes"
        if _weak(word, function_words):
            break
        words.append(token)
        if not _goes_on(words, language):
            break
    if language == "de":
        while words and not words[-1].group(0)[:1].isupper():
            words.pop()  # "2.300 neue Wohnungen": German nouns are capitalised
    if not words:
        return ""
    phrase = text[words[0].start():words[-1].end()]
    elided = _ELIDED.match(phrase)
    return phrase[elided.end():] if elided else phrase


def _share_of(text: str, end: int, language: str, function_words: frozenset[str]) -> str:
    """What a percentage is a share of, when a word for "of" follows it: "der Wähler",
    "de los votos", "av SVs velgere"; "" otherwise."""
    word = _NEXT_WORD.match(text, end)
    if word is None or word.group(1).lower() not in _of_words(language):
        return ""
    position = word.end()
    while (article := _NEXT_WORD.match(text, position)) and _weak(article.group(1),
                                                                function_words):
        position = article.end()  # "de los votos"
    noun = _after(text, position, language, function_words)
    if not noun:
        return ""
    return text[word.start(1):text.index(noun, position) + len(noun)]


@lru_cache(maxsize=None)
def _of_words(language: str) -> frozenset[str]:
    return frozenset(OF_WORDS.get(language, "").split())


def _goes_on(words: list[re.Match], language: str) -> bool:
    """Whether the noun phrase after a number may take one more word."""
    last = words[-1].group(0)
    if language == "de":  # "2.300 neue Wohnungen"; not "1352 in seinem Hausbuch"
        return not last[:1].isupper() and last.endswith(_GERMAN_ADJECTIVE) and len(words) < 3
    if len(words) >= 3:
        return False  # a noun and up to two adjectives before it ("16 uitgedeelde gele kaarten")
    return (last.lower().endswith(_ADJECTIVE_ENDINGS.get(language, ("\0",)))
            or last.lower() in _adjectives(language))


@lru_cache(maxsize=None)
def _qualifiers(language: str) -> frozenset[str]:
    return frozenset(QUALIFIERS.get(language, "").lower().split())


@lru_cache(maxsize=None)
def _adjectives(language: str) -> frozenset[str]:
    return frozenset(ADJECTIVES_BEFORE_NOUNS.get(language, "").split())


def _after_cjk(text: str, end: int) -> str:
    run = _CJK_RUN.match(text, end + (text[end:end + 1] == " "))  # Korean: "3만 명이"
    if run is None:
        return ""
    chars = run.group(0)
    if chars[0] == "人":
        return "人"  # "3万人参加": people, not "人参"
    out = ""
    for char in chars[:3]:
        if char in _CJK_PARTICLES:
            break
        out += char
    return out


def _before(text: str, start: int, floor: int, language: str,
            function_words: frozenset[str]) -> str | None:
    """Up to four words before a number, back to its clause or to the number before it
    (``floor``): what the money or the share belongs to ("Der Umsatz stieg um" → "Umsatz
    stieg"); None when only function words stand between it and the number before."""
    base = max(0, start - 80, floor)
    head = text[base:start]
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(head)), default=0)
    if language in CJK or language == "ko":
        return _before_cjk(head[clause:].rstrip())
    words = [token for token in _WORD.finditer(head, clause)][-_MAX_BEFORE:]
    while words and _weak(words[0].group(0), function_words):
        words.pop(0)
    qualifiers = _qualifiers(language)
    while words and (_weak(words[-1].group(0), function_words)
                     or words[-1].group(0).lower() in qualifiers
                     or words[-1].group(0).endswith(("'", "’"))):  # "corrispondeva all'"
        words.pop()  # "ein Defizit von etwa": the qualifier belongs to the number
    if not words:
        return None if floor and base == floor and not clause else ""
    return head[words[0].start():words[-1].end()]


def _weak(word: str, function_words: frozenset[str]) -> bool:
    """A function word or a single letter ("a", "à", "в"), which says nothing alone."""
    return len(word) == 1 or word.lower() in function_words


def _before_cjk(chars: str) -> str:
    runs = list(_CJK_RUN.finditer(chars))
    if not runs or runs[-1].end() != len(chars):
        return ""
    tail = runs[-1].group(0)[-8:]
    if len(tail) > 2 and tail[-1] in _CJK_PARTICLES:
        tail = tail[:-1]  # one particle ("政府は", "물가가"): more would eat the noun
    if len(tail) > 2 and tail[0] in _CJK_PARTICLES:
        tail = tail[1:]
    return tail
