"""Numbers beyond English: magnitude words, separators, currencies and percent as each
language writes them, each with what it counts (newsbrief.numbers_i18n's tables, read by
newsbrief.facts.numbers_other). The sentences are written for these tests (invented
events)."""
from __future__ import annotations

import pytest

from newsbrief import Options, summarize_text


def _numbers(text: str, language: str) -> set[tuple[str, str, str]]:
    facts = summarize_text(text, Options(language=language)).facts
    return {(n.text, n.kind, n.context) for n in facts.numbers}


# (language, sentence, a fact it must give: (value, kind, what it counts))
CASES = [
    ("de", "Die Bundesregierung will 12 Milliarden Euro in die Schiene stecken.",
     ("12 Milliarden Euro", "money", "Bundesregierung will")),
    ("de", "Der Konzern zahlt 1,5 Mio. Euro an die Opfer.", ("1,5 Mio. Euro", "money", "Konzern zahlt")),
    ("de", "Der Umsatz stieg um 3,5 Prozent auf 4,2 Mrd. Euro.", ("4,2 Mrd. Euro", "money", "Umsatz stieg")),
    ("de", "Der Umsatz stieg um 3,5 Prozent auf 4,2 Mrd. Euro.", ("3,5 Prozent", "percent", "Umsatz stieg")),
    ("de", "Rund 10.000 Beschäftigte legten die Arbeit nieder.", ("10.000", "number", "Beschäftigte")),
    ("de", "In Zürich zogen 10'000 Menschen durch die Straßen.", ("10'000", "number", "Menschen")),
    # (the narrow no-break space reads as a space once the text is normalised)
    ("de", "Die Stadt baut 2\u202f300 neue Wohnungen am Fluss.", ("2 300", "number", "neue Wohnungen")),
    ("de", "Etwa 200-300 Menschen kamen zum Rathaus.", ("200-300", "number", "Menschen")),
    ("de", "Die Stadt verkaufte 40 Tsd. Tickets für das Fest.", ("40 Tsd.", "number", "Tickets")),
    ("de", "Die Mieten in Berlin stiegen um 12 %.", ("12 %", "percent", "Mieten in Berlin stiegen")),
    ("fr", "Le gouvernement va débloquer 3 milliards d'euros pour l'hôpital.",
     ("3 milliards d'euros", "money", "gouvernement va débloquer")),
    ("fr", "Quelque 10 000 infirmiers ont manifesté mardi à Lyon.", ("10 000", "number", "infirmiers")),
    ("fr", "La région compte 10\u00a0000 nouveaux logements.", ("10 000", "number", "nouveaux logements")),
    ("fr", "Plus de 2 millions de personnes ont voté.", ("2 millions", "number", "personnes")),
    ("fr", "Le chômage a baissé de 0,4 pour cent en un an.", ("0,4 pour cent", "percent", "chômage a baissé")),
    ("fr", "Le budget de la ville atteint 4,5 Md€ cette année.", ("4,5 Md€", "money", "budget de la ville atteint")),
    ("es", "El Gobierno destinará 2.500 millones de euros a la sanidad pública.",
     ("2.500 millones de euros", "money", "Gobierno destinará")),
    ("es", "La obra costará 3 mil millones de pesos al estado.", ("3 mil millones de pesos", "money", "obra costará")),
    ("es", "Unas 12.000 personas se manifestaron en el centro.", ("12.000", "number", "personas")),
    ("es", "La empresa instaló 180.000 nuevas líneas en un año.", ("180.000", "number", "nuevas líneas")),
    ("es", "El paro bajó un 12 por ciento en la región.", ("12 por ciento", "percent", "paro bajó")),
    ("it", "Il governo stanzierà 4 miliardi di euro per la scuola.", ("4 miliardi di euro", "money", "governo stanzierà")),
    ("it", "Circa 25.000 studenti hanno protestato davanti al ministero.", ("25.000", "number", "studenti")),
    ("it", "Il Comune ha ricevuto 2,3 mld di euro dall'Europa.", ("2,3 mld di euro", "money", "Comune ha ricevuto")),
    ("it", "La disoccupazione è scesa del 15 per cento.", ("15 per cento", "percent", "disoccupazione è scesa")),
    ("pt", "O Governo vai investir 2,5 mil milhões de euros na ferrovia.",
     ("2,5 mil milhões de euros", "money", "Governo vai investir")),
    ("pt", "A prefeitura anunciou um corte de R$ 4 bilhões no orçamento.", ("R$ 4 bilhões", "money", "prefeitura anunciou um corte")),
    ("pt", "Em Lisboa, 30 mil pessoas protestaram no sábado.", ("30 mil", "number", "pessoas")),
    ("pt", "O desemprego caiu 0,4 por cento no trimestre.", ("0,4 por cento", "percent", "desemprego caiu")),
    ("nl", "Het kabinet trekt 1,5 miljard euro uit voor de zorg.", ("1,5 miljard euro", "money", "kabinet trekt")),
    ("nl", "Zo'n 20.000 boze boeren demonstreerden in Den Haag.", ("20.000", "number", "boze boeren")),
    ("nl", "De werkloosheid daalde met 0,4 procent.", ("0,4 procent", "percent", "werkloosheid daalde")),
    ("ru", "Правительство выделит 150 миллиардов рублей на дороги.",
     ("150 миллиардов рублей", "money", "Правительство выделит")),
    ("ru", "В акции приняли участие около 10 000 человек.", ("10 000", "number", "человек")),
    ("ru", "Бюджет проекта составит 2 млрд руб. в этом году.", ("2 млрд руб.", "money", "Бюджет проекта составит")),
    ("ru", "Город потратил 40 млн долларов на новые мосты.", ("40 млн долларов", "money", "Город потратил")),
    ("ru", "Цены на хлеб выросли на 7,5%.", ("7,5%", "percent", "Цены на хлеб выросли")),
    ("pl", "Rząd przeznaczy 5 miliardów złotych na szpitale.", ("5 miliardów złotych", "money", "Rząd przeznaczy")),
    ("pl", "W proteście wzięło udział 15 tys. osób.", ("15 tys.", "number", "osób")),
    ("pl", "Koszt budowy mostu wyniesie 300 mln zł.", ("300 mln zł", "money", "Koszt budowy mostu wyniesie")),
    ("pl", "Bezrobocie spadło o 0,4 proc. w marcu.", ("0,4 proc.", "percent", "Bezrobocie spadło")),
    ("de", "Rund 12 % der Wähler blieben zu Hause.", ("12 %", "percent", "der Wähler")),
    ("es", "Ganó el 54 por ciento de los votos en la capital.", ("54 por ciento", "percent", "de los votos")),
    ("no", "Nær 70 prosent av velgerne sier nei til planen.", ("70 prosent", "percent", "av velgerne")),
    ("es", "La empresa subirá su cuota de mercado desde el 8 al 20 por ciento.",
     ("20 por ciento", "percent", "cuota de mercado")),
    ("tr", "Hükümet altyapıya 40 milyar lira yatırım yapacak.", ("40 milyar lira", "money", "Hükümet altyapıya")),
    ("tr", "Şirket geçen yıl 3,5 milyar TL kaybetti.", ("3,5 milyar TL", "money", "Şirket geçen yıl")),
    ("tr", "Fabrikada 5 bin kişi işini kaybetti.", ("5 bin", "number", "kişi")),
    ("tr", "Enflasyon yüzde 12 arttı.", ("yüzde 12", "percent", "Enflasyon")),
    ("sv", "Regeringen satsar 3 miljarder kronor på järnvägen.", ("3 miljarder kronor", "money", "Regeringen satsar")),
    ("sv", "Omkring 12 000 lärare strejkade i Göteborg.", ("12 000", "number", "lärare")),
    ("da", "Regeringen bruger 3 mia. kr. på jernbanen.", ("3 mia. kr.", "money", "Regeringen bruger")),
    ("fi", "Noin 10 000 opettajaa lakkoili torstaina.", ("10 000", "number", "opettajaa")),
    ("fi", "Hallitus käyttää 12 miljardia euroa rautateihin.", ("12 miljardia euroa", "money", "Hallitus käyttää")),
    ("cs", "Vláda dá 12 miliard korun na silnice.", ("12 miliard korun", "money", "Vláda dá")),
    ("uk", "Уряд виділить 150 мільярдів гривень на дороги.", ("150 мільярдів гривень", "money", "Уряд виділить")),
    ("ro", "Guvernul va aloca 2,5 miliarde de euro pentru spitale.", ("2,5 miliarde de euro", "money", "Guvernul va aloca")),
    ("el", "Περίπου 10.000 εκπαιδευτικοί απεργούν σήμερα.", ("10.000", "number", "εκπαιδευτικοί")),
    ("hu", "Mintegy 10 ezer tanár sztrájkolt kedden.", ("10 ezer", "number", "tanár")),
    ("id", "Pemerintah akan menghabiskan Rp 12 triliun untuk kereta api.",
     ("Rp 12 triliun", "money", "Pemerintah akan menghabiskan")),
    ("ko", "정부는 철도에 5000억 원을 투자한다.", ("5000억 원", "money", "철도")),
    ("ko", "행사에는 약 3만 명이 참가했다.", ("3만", "number", "명")),
    ("zh", "国务院宣布将投资1200亿元用于铁路建设。", ("1200亿元", "money", "国务院宣布将投资")),
    ("zh", "约有3万人参加了当天的活动。", ("3万", "number", "人")),
    ("zh", "今年共有50名学生获得奖学金。", ("50", "number", "名学生")),
    ("ja", "政府は5000億円の補正予算を決定した。", ("5000億円", "money", "政府")),
    ("ja", "週末のイベントには約3万人が参加した。", ("3万", "number", "人")),
]


@pytest.mark.parametrize(("language", "text", "fact"), CASES)
def test_number_with_its_magnitude_and_what_it_counts(language, text, fact):
    assert fact in _numbers(text, language)


# (language, sentence, digits that must not be reported as an amount)
NOT_AMOUNTS = [
    ("de", "Im Jahr 2019 stimmten am 12.03.2021 genau 412 Abgeordnete zu.", {"2019", "12", "03", "2021"}),
    ("de", "Die Sitzung beginnt um 14.30 Uhr, der Zug fährt um 9 Uhr ab.", {"14", "30", "9"}),
    ("de", "Laut Seite 12 des Berichts und § 5 des Gesetzes arbeiten 30 Leute dort.", {"12", "5"}),
    ("de", "Am 3. März belegte das Team den 3. Platz vor 400 Fans.", {"3"}),
    ("fr", "Le train part à 9 h, selon l'article 5 de la loi qui concerne 30 salariés.", {"9", "5"}),
    ("fr", "Le 12 mars 2020, le PSG a battu Lyon 3-1 devant 40 000 spectateurs.", {"12", "2020", "3", "1"}),
    ("es", "MADRID, 3 mar (EFE).- La sesión empieza a las 14.30 horas con 200 diputados.", {"3", "14", "30"}),
    ("es", "Según el artículo 5 de la ley, en 2019 había 30 trabajadores.", {"5", "2019"}),
    ("it", "Secondo l'articolo 5, alle ore 14 sono arrivati 30 dipendenti.", {"5", "14"}),
    ("ru", "Согласно статье 5 закона, заседание 12 марта начнется в 14:30, придут 40 депутатов.",
     {"5", "12", "14", "30"}),
    ("pl", "Zgodnie z art. 5 ustawy w 2019 roku posiedzenie zaczęło się o godz. 14.", {"5", "2019", "14"}),
    ("de", "Konrad erwähnt den Brunnen 1352 in seinem Hausbuch.", {"1352"}),
    ("es", "El partido terminó Barcelona 2 - 4 Emelec ante 300 aficionados.", {"2", "4", "2 - 4"}),
    ("fr", "Saison 1 de la série, avec 12 épisodes.", {"1"}),
    ("ja", "小松未歩の5枚目のシングルは、ルイ15世の時代の歌で、汐入町1丁目で30人が聴いた。", {"5", "15", "1"}),
    ("zh", "2019年3月5日，根据第5条规定，会议于14时30分开始，共有40名员工参加。", {"2019", "3", "5", "14", "30"}),
]


@pytest.mark.parametrize(("language", "text", "digits"), NOT_AMOUNTS)
def test_years_dates_clock_times_and_pages_are_no_amounts(language, text, digits):
    assert not {value for value, _, _ in _numbers(text, language)} & digits


def test_a_number_without_what_it_counts_is_left_out():
    # "... stieg auf 250." says nothing of what 250 counts, as in English
    assert _numbers("Die Zahl der Fälle stieg im Herbst auf 250.", "de") == set()


def test_a_run_of_numbers_is_a_code_not_an_amount():
    numbers = _numbers("Die Koordinaten lauten 331 376 321 374 321 371 313 371 Nord.", "de")
    assert numbers == set()


def test_a_cut_after_an_abbreviation_keeps_what_the_number_counts():
    # Punkt may end the sentence at "Tsd."; the next one says what the number counts
    assert ("40 Tsd.", "number", "Tickets") in _numbers(
        "Die Stadt verkaufte 40 Tsd. Tickets für das Fest.", "de")
