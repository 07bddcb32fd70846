"""Who said a quote, in German, French, Spanish, Italian, Portuguese and Dutch news.

Written for brief (not taken from any dataset). News in these languages attributes a quote
the way English news does, with a speech verb and the speaker next to the quotation:
after it (`„…", sagte Olaf Scholz`, `« … », a déclaré le ministre`, `«…», dijo el
presidente`, `«…», ha detto Meloni`, `"…", disse Lula`, `„…", zei Rutte`, `„…", so
Scholz`) or before it with a colon (`Scholz sagte: „…"`, `Le ministre a déclaré : « … »`).
Only these forms are read. A pronoun (`sagte er`, `a-t-il dit`) or anything else leaves the
speaker unknown, which is better than a wrong one; there is no tagger for these languages
to tell a person's name from another capitalised word, so a name is a short capitalised
run, without the weekday or month that may follow it (`sagte Scholz am Montag` is Scholz).
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.dates_i18n import month_table

# Speech verbs and the prepositions of attribution, as written after a quote and after a
# speaker before one (past and present; compound pasts with their auxiliary).
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "de": ("sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
           "ergänzte", "ergänzt", "warnte", "warnt", "schrieb", "schreibt", "kritisierte",
           "sagten", "erklärten", "so"),
    "fr": ("a déclaré", "a dit", "a affirmé", "a expliqué", "a ajouté", "a souligné",
           "a indiqué", "a estimé", "a assuré", "a averti", "a précisé", "déclare", "dit",
           "affirme", "explique", "ajoute", "souligne", "indique", "estime", "assure",
           "précise", "selon"),
    "es": ("dijo", "afirmó", "declaró", "explicó", "añadió", "aseguró", "señaló", "indicó",
           "subrayó", "advirtió", "dice", "afirma", "declara", "explica", "añade", "asegura",
           "señala", "según"),
    "it": ("ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto",
           "ha sottolineato", "ha sostenuto", "dice", "dichiara", "afferma", "spiega",
           "aggiunge", "sottolinea", "secondo"),
    "pt": ("disse", "afirmou", "declarou", "explicou", "acrescentou", "garantiu",
           "sublinhou", "sublinha", "diz", "afirma", "declara", "explica", "acrescenta",
           "segundo"),
    "nl": ("zei", "zegt", "verklaarde", "verklaart", "stelde", "stelt", "schreef",
           "schrijft", "aldus", "volgens"),
}
# Articles and determiners that open a description of the speaker ("der Sprecher",
# "le ministre", "un portavoz"), and the pronouns that leave the speaker unknown.
DETERMINERS: dict[str, frozenset[str]] = {
    "de": frozenset("der die das ein eine einer des dem den".split()),
    "fr": frozenset("le la les l' un une des son sa ses".split()),
    "es": frozenset("el la los las un una su sus".split()),
    "it": frozenset("il lo la i gli le l' un uno una un' il suo la sua".split()),
    "pt": frozenset("o a os as um uma seu sua".split()),
    "nl": frozenset("de het een zijn haar".split()),
}
# Lower-case words inside names ("Ursula von der Leyen", "Pedro de la Cruz")
_PARTICLES = "von|van|der|den|de|del|della|di|da|das|dos|du|la|le|y|e|ten|ter|zu"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
# A name: up to four capitalised words, particles between them
_NAME = rf"{_CAP}(?:\s(?:(?:{_PARTICLES})\s)*{_CAP}){{0,3}}"
_MAX_DESCRIPTION_WORDS = 6
# The prepositions of whom something was said to
_TO = r"(?:a|à|ao|aos|al|alla|ai|tegen|zu|gegenüber)"


def speaker(text: str, start: int, end: int, language: str) -> str | None:
    """The speaker of the quotation at ``text[start:end]`` (marks included), as its
    sentence attributes it; None when it does not, or by a pronoun."""
    if language not in SPEECH_VERBS:
        return None
    after, before = _patterns(language)
    found = after.match(text, end)
    if found:
        return _clean(found.group("who"), language)
    found = before.search(text, 0, start)
    if found:
        return _clean(found.group("who"), language)
    return None


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after a quote, before one) for ``language``; compiled once a language is seen."""
    verbs = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s") for v in SPEECH_VERBS[language]),
                            key=len, reverse=True))
    determiners = "|".join(sorted(map(re.escape, DETERMINERS[language]), key=len,
                                  reverse=True))
    description = (rf"(?i:{determiners})\s?[\w'’-]+(?:\s[\w'’.-]+)"
                   rf"{{0,{_MAX_DESCRIPTION_WORDS - 1}}}")
    who = rf"(?P<who>{_NAME}|{description})"
    # Between the verb and the speaker: whom it was said to ("dijo a EFE", "dijo a los
    # periodistas", "a déclaré à l'AFP") and an adverb ("sagte gestern Scholz"); nothing else
    # ("dijo en el parlamento regional" names where, not who)
    told = rf"(?:{_TO}\s(?:(?i:{determiners})\s?)?[\w'’-]+\s)?"
    adverbs = "|".join(ADVERBS[language].split())
    after = re.compile(rf"\s?[,.]?\s(?:{verbs})\s{told}(?:(?:{adverbs})\s)?{who}"
                       r"(?=[\s,.;:!?)]|$)")
    before = re.compile(rf"(?:^|[.;]\s|,\s)\s*{who}\s(?:{verbs})(?:\s\w+){{0,3}}\s?:\s*$")
    return after, before


def _clean(who: str, language: str) -> str | None:
    """The speaker's words without what cannot be part of them: a weekday or month after
    a name, and the words after a description's noun that are no part of it."""
    words = who.rstrip(".").split()
    stop = _not_in_names(language)
    if words[0].lower() in DETERMINERS[language] or words[0].lower().endswith("'"):
        # a description: the determiner, then words up to the first that ends its phrase;
        # a name after its role is the speaker ("de Belgische professor Emmanuel Vanopdenbosch")
        named = _name_after_role(words)
        if named:
            return named
        kept = [words[0]]
        for word in words[1:]:
            if word.lower() in stop or word.lower() in _AFTER_DESCRIPTION:
                break
            kept.append(word)
        while len(kept) > 1 and (kept[-1].lower() in _LINKS
                                 or kept[-1].lower() in DETERMINERS[language]):
            kept.pop()  # "el presidente del" of "el presidente del tribunal, Rubén ..."
        kept[0] = kept[0].lower()  # "Ein Sprecher sagte": capitalised as the sentence opens
        return " ".join(kept) if len(kept) > 1 else None
    kept = []
    for word in words:
        if word.lower() in stop:
            break
        kept.append(word)
    return " ".join(kept) or None


def _name_after_role(words: list[str]) -> str | None:
    """A name of two or more capitalised words right after a lower-case role word in a
    description ("de Belgische professor Emmanuel Vanopdenbosch" → "Emmanuel
    Vanopdenbosch"); not after a link ("la portavoz de Linda Woods" speaks for her), nor a
    lone capitalised noun ("de 39-jarige Argentijn")."""
    for start in range(2, len(words)):
        before = words[start - 1]
        if not before.islower() or before in _LINKS or before in _DETERMINER_WORDS:
            continue
        run = []
        for word in words[start:]:
            if not word[:1].isupper():
                break
            run.append(word.rstrip(".,"))
        if len(run) >= 2:
            return " ".join(run)
    return None


@lru_cache(maxsize=None)
def _not_in_names(language: str) -> frozenset[str]:
    """The weekdays and months of ``language`` (lower case): no part of a name."""
    return frozenset(WEEKDAYS[language].split()) | frozenset(month_table(language))


# Adverbs that may stand between a speech verb and its speaker ("dijo ayer Sánchez")
ADVERBS: dict[str, str] = {
    "de": "gestern heute nun jetzt außerdem auch zudem weiter dazu später damals",
    "fr": "aussi également encore ensuite alors hier aujourd'hui plus tard",
    "es": "ayer hoy también además luego entonces después",
    "it": "ieri oggi anche inoltre poi allora",
    "pt": "ontem hoje também ainda depois então",
    "nl": "gisteren vandaag ook verder nog later toen",
}
WEEKDAYS: dict[str, str] = {
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
}


# Words after which a description does not go on (prepositions and conjunctions of the six
# languages: "der Sprecher am Montag", "le ministre lundi", "el portavoz en Madrid")
_AFTER_DESCRIPTION = frozenset("""am im in an auf bei mit nach vor und oder gegenüber zu
lundi mardi mercredi jeudi vendredi samedi dimanche à au aux en dans sur avec et ou pour lors
durant pendant après avant devant
en a al con y o para por ante en a ao com e ou para no na em op aan bij met en of voor
in""".split())
# Words that link a description to what follows it and never end it
_LINKS = frozenset("de del della dello dei degli delle di da do dos das du des van von der".split())
_DETERMINER_WORDS = frozenset(w for words in DETERMINERS.values() for w in words)
