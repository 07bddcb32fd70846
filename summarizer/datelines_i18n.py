"""Datelines and agency tags as other languages' news opens with them: "BERLIN (dpa) -",
"PARIS (AFP) —", "MADRID, 3 mar (EFE).-", "МОСКВА, 3 мар — РИА Новости.", "Berlin." alone,
"Von Anna Schmidt, Berlin -", "新华社北京3月3日电".

Written for brief (not taken from any dataset). Only articles that are not in English import
this module; English datelines stay in newsbrief.lexicon (DATELINE_PARTS).
"""
from __future__ import annotations

from newsbrief.precompiled import regex

# Words that open a byline before the dateline ("Von Anna Schmidt, Berlin -"), by language.
BYLINE_WORDS: dict[str, str] = {
    "de": "Von", "fr": "Par", "es": "Por", "it": "Di Da", "pt": "Por De", "nl": "Door Van",
    "sv": "Av", "da": "Af", "no": "Av", "pl": "Autor:", "ca": "Per", "ro": "De",
}
# News agencies as datelines name them in brackets ("(dpa)", "(EFE)", "(dpa-AFX)"); a known
# one needs no dash after it, any other bracket does ("Olaf Scholz (SPD) hat ..." is a lead).
WIRE_AGENCIES = ("dpa", "AFP", "Reuters", "AP", "EFE", "EFECOM", "ANSA", "Adnkronos", "APA",
                 "SDA", "sda", "Keystone-SDA", "KNA", "epd", "AFX", "ANP", "Belga", "PAP",
                 "ČTK", "TASR", "MTI", "Agerpres", "BTA", "HINA", "STA", "Tanjug", "Lusa",
                 "Agência Brasil", "Europa Press", "AA", "DHA", "İHA", "NTB", "TT", "Ritzau",
                 "STT", "TASS", "ТАСС", "РИА Новости", "Интерфакс", "Укрінформ", "УНН",
                 "Xinhua", "Kyodo", "Yonhap", "Bloomberg", "AFP/dpa")
# Agencies named after a dash rather than in brackets ("МОСКВА, 3 мар — РИА Новости.").
WIRE_NAMES = ("РИА Новости", "ТАСС", "Интерфакс", "ПРАЙМ", "РБК", "БелТА", "Укринформ", "УНН",
              "Sputnik", "Anadolu", "Xinhua")
# News services that open a Chinese story ("新华社北京3月3日电").
CHINESE_SERVICES = ("新华社", "中新社", "中新网", "人民网", "央视网", "央视新闻", "新华网",
                    "环球网", "澎湃新闻", "财新网", "本报")

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŞĞİŠČŘŽĽŤŇĎÅÆА-ЯЁІЇЄҐΑ-Ω"
_CAP_WORD = rf"[{_UPPER}][\w.'’-]*"
_PARTICLE = r"(?:de|da|do|del|di|am|an|im|la|el|sur|en|na|nad)"
_PLACE = rf"{_CAP_WORD}(?:(?:\s{_PARTICLE})?(?:\s|/|,\s?){_CAP_WORD}){{0,3}}"
_CAPS_PLACE = rf"[{_UPPER}][{_UPPER}.'’-]+(?:(?:\s|/|,\s?)[{_UPPER}][{_UPPER}.'’-]+){{0,3}}"
# ", 3 mar", ", 3. März", ", 3 марта": the day after the place
_DAY = r",?\s\d{1,2}\.?\s?[^\W\d_]{2,12}\.?(?:\s\d{4})?"
_AGENCY = r"\((?:[^()\n]{1,40})\)"
# Abbreviations a sentence may open with that are no place ("Prof. Müller sagte").
_TITLES = r"(?:Prof|Abg|Sen|Gen|Ing|Mme|Mlle|Sra|Sig|Dott|Dra|Hr|Fr|Dir|Bsp|Vgl|Ca|Nr)\."
_SEPARATOR = r"\s?(?:\.?\s?(?:--|[-–—])|\.|:)"
_DASH = r"\s?\.?\s?(?:--|[-–—])"
# a known agency, maybe with a second name or a desk ("dpa-AFX", "Reuters/dpa", "EFE/AP")
_KNOWN = (rf"(?:{'|'.join(sorted(WIRE_AGENCIES, key=len, reverse=True))})"
          r"(?:[-/,]\s?[\w.]{1,15}){0,3}")


def _bylines() -> str:
    words = sorted({w for value in BYLINE_WORDS.values() for w in value.split()})
    return "|".join(map(_escape, words))


def _escape(word: str) -> str:
    return "".join("\\" + ch if not ch.isalnum() else ch for ch in word)


# (group "place" when the dateline names one)
DATELINE_I18N = regex(
    rf"^\s*(?:(?:{_bylines()})\s(?:{_CAP_WORD}\s?){{1,4}},?\s)?(?:"
    # BERLIN (dpa) -, MADRID, 3 mar (EFE).-, (AFP) -, Berlin (dpa) -,
    # Sao Paulo (Brasil), 23 may (EFE).
    rf"(?:(?P<place>{_PLACE})(?:\s?{_AGENCY}(?={_DAY}))?(?:{_DAY})?\s?)?"
    rf"(?:\((?:{_KNOWN})\){_SEPARATOR}?(?:\s+|$)|{_AGENCY}{_DASH}\s+)"
    # МОСКВА, 3 мар — РИА Новости.
    rf"|(?P<wire_place>{_CAPS_PLACE})(?:{_DAY})?\s(?:--|[-–—])\s"
    rf"(?:{'|'.join(WIRE_NAMES)})\.(?:\s+|$)"
    # BERLIN -, PARIS — (not "SPD – 7 Sitze", a line of a table)
    rf"|(?P<caps>{_CAPS_PLACE})(?:{_DAY})?\s?(?:--|[-–—])\s+(?=[^\W\d_])"
    # Berlin - Die ..., Von Anna Schmidt, Berlin - Etwa ...: a place of one or two words
    # and a sentence of six words or more after the dash
    rf"|(?P<dash>{_CAP_WORD}(?:\s{_CAP_WORD})?)\s(?:--|[-–—])\s+(?=[{_UPPER}](?:\S+\s+){{5}})"
    # Berlin. Der Umsatz (a place alone before the story)
    rf"|(?!{_TITLES})(?P<alone>[{_UPPER}][^\W\d_]{{2,}}(?:[\s/-][{_UPPER}][^\W\d_]{{2,}})?)\."
    rf"(?:\s+(?=[{_UPPER}])|$)"
    r")")
DATELINE_CJK = regex(
    rf"^\s*(?:(?:{'|'.join(CHINESE_SERVICES)})[^\s，。！？]{{0,12}}?"
    r"(?:\d{1,2}月\d{1,2}日)?(?:电|讯)(?:\s?[（(][^）)]{0,30}[）)])?"
    r"|【[^】\n]{1,40}】)\s*")


def strip_dateline(text: str, cjk: bool) -> tuple[str, str | None]:
    """``text`` without the dateline, byline or agency tag it opens with, and the place the
    dateline named (None for none)."""
    place = None
    for _ in range(2):  # "(ANSA) - ROMA, 03 MAR - Il governo ...": the agency, then the place
        match = (DATELINE_CJK if cjk else DATELINE_I18N).match(text)
        if match is None or match.end() == 0:
            break
        groups = match.groupdict()
        place = place or next((groups[name] for name in
                               ("place", "wire_place", "caps", "dash", "alone")
                               if groups.get(name)), None)
        text = text[match.end():]
    return text, _place_name(place) if place else None


def _place_name(place: str) -> str:
    """"MADRID" → "Madrid", "MOSKAU/BERLIN" → "Moskau/Berlin", "DEN HAAG" → "Den Haag"."""
    city = place.split(",")[0].strip()
    return "/".join(" ".join(w.capitalize() if w.isupper() and len(w) > 1 else w
                             for w in part.split()) for part in city.split("/"))
