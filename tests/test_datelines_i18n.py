""""What happened" beyond English skips the dateline, byline and agency tag a story opens
with (newsbrief.datelines_i18n). The stories are written for these tests (invented events)."""
from __future__ import annotations

import pytest

from newsbrief import Options, summarize_text

from .conftest import WIRE_ARTICLE


def _headline(text: str, language: str) -> str | None:
    return summarize_text(text, Options(language=language)).facts.headline


# (language, opening, story sentence, the line "what happened" must be)
CASES = [
    ("de", "BERLIN (dpa) - ", "Die Bundesregierung will mehr Geld in die Bahn stecken.",
     "Die Bundesregierung will mehr Geld in die Bahn stecken — Berlin"),
    ("de", "MOSKAU/BERLIN (Reuters) - ", "Die Gespräche über den neuen Vertrag wurden vertagt.",
     "Die Gespräche über den neuen Vertrag wurden vertagt — Moskau/Berlin"),
    ("de", "Berlin. ", "Der Bundestag hat am Donnerstag das neue Gesetz beschlossen.",
     "Der Bundestag hat am Donnerstag das neue Gesetz beschlossen — Berlin"),
    ("de", "Von Anna Schmidt, Hamburg - ", "Rund 2.000 Menschen haben gegen den Ausbau protestiert.",
     "Rund 2.000 Menschen haben gegen den Ausbau protestiert — Hamburg"),
    ("de", "Frankfurt (dpa-AFX) - ", "Die Aktien der Bank haben am Morgen deutlich verloren.",
     "Die Aktien der Bank haben am Morgen deutlich verloren — Frankfurt"),
    ("fr", "PARIS (AFP) — ", "Le gouvernement a présenté mardi son plan pour les hôpitaux.",
     "Le gouvernement a présenté mardi son plan pour les hôpitaux — Paris"),
    ("es", "MADRID, 3 mar (EFE).- ", "El Gobierno aprobó este martes la reforma de las pensiones.",
     "El Gobierno aprobó este martes la reforma de las pensiones — Madrid"),
    ("es", "Sevilla (España), 23 may (EFE). - ", "Miles de personas celebraron la feria en la calle.",
     "Miles de personas celebraron la feria en la calle — Sevilla"),
    ("it", "ROMA (ANSA) - ", "Il governo ha approvato la nuova legge sul lavoro.",
     "Il governo ha approvato la nuova legge sul lavoro — Roma"),
    ("it", "(ANSA) - ROMA, 03 MAR - ", "Il governo ha approvato la nuova legge sul lavoro.",
     "Il governo ha approvato la nuova legge sul lavoro — Roma"),
    ("pt", "Lisboa, 03 mar 2024 (Lusa) - ", "O Governo aprovou hoje o orçamento para o próximo ano.",
     "O Governo aprovou hoje o orçamento para o próximo ano — Lisboa"),
    ("fr", "PARIS, 3 mars (AFP) - ", "Le gouvernement a présenté son plan pour les hôpitaux.",
     "Le gouvernement a présenté son plan pour les hôpitaux — Paris"),
    ("de", "Berlin (dpa/lno) - ", "Die Landesregierung hat am Montag neue Regeln beschlossen.",
     "Die Landesregierung hat am Montag neue Regeln beschlossen — Berlin"),
    ("pt", "LISBOA (Lusa) - ", "O Governo aprovou hoje o orçamento para o próximo ano.",
     "O Governo aprovou hoje o orçamento para o próximo ano — Lisboa"),
    ("nl", "DEN HAAG (ANP) - ", "Het kabinet trekt extra geld uit voor de zorg.",
     "Het kabinet trekt extra geld uit voor de zorg — Den Haag"),
    ("ru", "МОСКВА, 3 мар — РИА Новости. ", "Правительство выделит деньги на ремонт дорог.",
     "Правительство выделит деньги на ремонт дорог — Москва"),
    ("pl", "WARSZAWA (PAP) - ", "Rząd przyjął w piątek projekt nowej ustawy o szpitalach.",
     "Rząd przyjął w piątek projekt nowej ustawy o szpitalach — Warszawa"),
    ("zh", "新华社北京3月3日电 ", "国务院宣布将投资建设一条新的铁路。",
     "国务院宣布将投资建设一条新的铁路"),
]


@pytest.mark.parametrize(("language", "opening", "story", "expected"), CASES)
def test_what_happened_skips_the_dateline(language, opening, story, expected):
    assert _headline(opening + story, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Die Stadt Hamburg hat am Montag einen neuen Hafen eröffnet."),
    ("de", "Prof. Müller sagte, das Projekt sei ein Erfolg für die ganze Region."),
    ("fr", "Le conseil régional a présenté mardi un plan pour les petites lignes."),
    ("es", "La Coruña celebró el martes el título de liga con miles de aficionados."),
    # a party in brackets is no agency, unless a dash follows it
    ("de", "Bundeskanzler Olaf Scholz (SPD) hat am Montag die neuen Pläne vorgestellt."),
    ("de", "Wallfahrtskirche St. Maria in Würzburg wird ab Montag renoviert."),
])
def test_a_lead_without_a_dateline_is_kept_whole(language, text):
    assert _headline(text, language) == text[:-1]


def test_english_what_happened_is_unchanged():
    headline = _headline(WIRE_ARTICLE, "en")
    assert headline and not headline.startswith(("WASHINGTON", "(Reuters)"))
