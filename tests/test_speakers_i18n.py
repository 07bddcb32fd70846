"""Quote speakers in German, French, Spanish, Italian, Portuguese and Dutch (issue 24);
every sentence is written for these tests."""
from __future__ import annotations

import pytest

from newsbrief import Options, summarize_text


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in summarize_text(text, Options(language=language)).facts.quotes]


CASES = {
    "de": [
        ("„Wir werden keine neuen Schulden machen“, sagte Kanzlerin Anna Berg am Montag.",
         "Kanzlerin Anna Berg"),
        ("„Das ist eine reine Luftnummer“, so Friedrich Hahn.", "Friedrich Hahn"),
        ("Ein Sprecher des Ministeriums erklärte: „Die Zahlen liegen noch nicht vor.“",
         "ein Sprecher des Ministeriums"),
        ("„Wir prüfen das alles sehr genau“, sagte Hahn Dienstag in Bonn.", "Hahn"),
        ("„Wir prüfen das alles sehr genau“, sagte er.", None),
    ],
    "fr": [
        ("« Nous ne lèverons pas de nouveaux impôts », a déclaré Claire Morel lundi.",
         "Claire Morel"),
        ("« C'est un mensonge complet et grave », selon le porte-parole du parti.",
         "le porte-parole du parti"),
        ("Le ministre a déclaré : « Les chiffres seront publiés demain matin. »",
         "le ministre"),
        ("« Les chiffres seront publiés demain », a-t-il dit.", None),
    ],
    "es": [
        ("«No subiremos los impuestos este año», dijo Pedro Lara en Madrid.", "Pedro Lara"),
        ("«Estamos muy satisfechos con el trabajo», dijo a EFE Marta Ruiz.", "Marta Ruiz"),
        ("«El fallo se conocerá en dos semanas», dijo a los periodistas el presidente del "
         "tribunal, Rubén Soto.", "el presidente del tribunal"),
        ("«Es una lucha en la que se avanza poco», advirtió la juez.", "la juez"),
        ("«Es una lucha en la que se avanza poco», le dijo a Sánchez.", None),
    ],
    "it": [
        ("«Non aumenteremo le tasse quest'anno», ha detto Giulia Conti a Roma.",
         "Giulia Conti"),
        ("«È una promessa vuota e pericolosa», secondo il portavoce del partito.",
         "il portavoce del partito"),
    ],
    "pt": [
        ('"Não vamos aumentar os impostos este ano", disse Luiz Costa da Silva em Lisboa.',
         "Luiz Costa da Silva"),
        ('"É uma promessa vazia e perigosa", afirmou o porta-voz do partido.',
         "o porta-voz do partido"),
    ],
    "nl": [
        ("„We gaan de belastingen niet verhogen”, zei Mark de Wit maandag in Den Haag.",
         "Mark de Wit"),
        ("„Op speculatie geven wij nooit commentaar”, aldus de woordvoerder.",
         "de woordvoerder"),
        ("„Noodscenario's zijn geen overbodige luxe”, stelt de Belgische professor Jan Peeters.",
         "Jan Peeters"),
        ("„Ik heb besloten alles te vertellen”, verklaarde de inmiddels 39-jarige Argentijn.",
         "de inmiddels 39-jarige Argentijn"),
    ],
}


@pytest.mark.parametrize("language, text, expected",
                         [(lang, text, who) for lang, cases in CASES.items()
                          for text, who in cases])
def test_the_speaker_the_attribution_names(language, text, expected):
    assert speakers(text, language) == [expected]


def test_other_languages_leave_the_speaker_unknown():
    text = "„Nie podniesiemy podatków w tym roku”, powiedział Jan Kowalski w Warszawie."
    assert speakers(text, "pl") == [None]
