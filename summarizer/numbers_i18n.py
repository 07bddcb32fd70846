"""Numbers as other languages' news writes them: 12 Milliarden Euro, 3 milliards d'euros,
10 000 infirmiers, 150 миллиардов рублей, 1200亿元, each with what it counts.

Per-language tables (written for brief, not taken from any dataset) and the pattern of one
written number they make; newsbrief.facts.numbers_other reads them in a sentence. Only
articles that are not in English import this module. Percent words stay with the other
number conventions in newsbrief.languages.
"""
from __future__ import annotations

import re
from functools import lru_cache

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


def branches(words: str) -> str:
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
    magnitudes = branches(MAGNITUDES[language]) if language in MAGNITUDES else "(?!)"
    parts.append(rf"(?P<mag>{gap}(?:{magnitudes}){end})?")
    words = branches(CURRENCY_WORDS[language]) + "|" if language in CURRENCY_WORDS else ""
    link = (rf"(?:(?:{branches(MAGNITUDE_LINKS[language])})\s?)?"
            if language in MAGNITUDE_LINKS else "")
    currency = rf"(?:{words}{_SIGNS}|{_CODES})"
    parts.append(rf"(?:(?P<cur>{gap}(?:{link}(?:{currency})){end})"
                 rf"|(?P<unit>\s?(?:{_UNITS})(?![\w/²³])))?")
    return regex("".join(parts), re.IGNORECASE if not cjk else 0)

CJK_PARTICLES = frozenset("的了在是和与及将已被把对为从向也都就还又等至到余多近约达"
                           "下上中内后前起以来天はがをにでのともへや、이가을를은는에의도로와과")
# Adjective endings of languages whose adjectives stand before the noun they describe:
# "20.000 boze boeren", "10 000 пострадавших жителей" count farmers and residents.
ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": ("e", "en", "er", "es", "em"),  # German nouns are capitalised: up to the noun
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
