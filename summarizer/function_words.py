"""Very frequent function words per language, written by hand for brief.

They serve two purposes: a cheap first vote in language detection (so that
most articles are identified without loading a statistical model), and a
stop-word list for the languages for which sumy ships none. Languages that
are easily confused (da/no, cs/sk, es/ca/pt) are all listed so that they
compete: a word in several lists counts for each of them only in part.
"""
from __future__ import annotations

_WORDS = {
    # Latin script
    "en": "the of and to a in is was that for on with as it at by from he she his her its "
          "they their this be been has have had are were will would said which who not but "
          "after an about than more also into there one all when what out up",
    "de": "der die und den das dem des ist nicht mit sich auf für ein eine einen einer eines "
          "im zu von auch wurde wird hat sind werden nach bei aus dass sie er es wie am um "
          "über noch nur vor zum zur durch war haben kann oder aber wenn seit ihre sein",
    "nl": "de het een van en is dat op te in voor met zijn niet aan er om ook als bij door "
          "naar heeft werd wordt worden maar nog uit over deze dit die haar hij ze zich "
          "hebben tot al dan wel geen na",
    "fr": "le la les des du de l d qu et est une un en dans pour que qui pas sur au aux par "
          "avec ce "
          "cette il elle ont a été sont ses son sa plus ne se mais leur ou comme selon après "
          "entre aussi tout même était être",
    "es": "el la los las de del y en que un una por con para es se su sus al lo como más "
          "pero fue ha han este esta entre sobre también según no ya desde muy sin hasta "
          "era están está hay dijo",
    "pt": "o a os as de do da dos das e em no na nos nas que um uma para com por não se é "
          "foi ao aos pelo pela mais seu sua como também segundo já entre sobre está são "
          "ser ou mas há disse",
    "it": "il lo la l dell all nell i gli le di del della dei delle degli e è che un una per "
          "con non in da "
          "al alla nel nella sono ha hanno si anche più come ma dal dalla sul sulla questo "
          "questa stato essere tra dopo ancora",
    "gl": "o a os as de do da dos das e en no na nos nas que un unha para con por non se é "
          "foi ao aos polo pola máis como tamén segundo xa entre sobre está son ser ou pero "
          "hai dixo coa despois",
    "ca": "els les dels amb és va van però també aquest aquesta aquests seva seus seves "
          "són segons hi ho fins perquè molt més han i per",
    "ro": "și în de la a cu pe care din că nu o un este au să mai fost pentru se sunt după "
          "ca despre iar al ale lui unei unui fi acest această către",
    "sv": "och att det som en ett på är av för med till den har inte om var de sig så men "
          "vid efter från kan också under eller hade sina skulle nu än",
    "da": "og at det som en et på er af for med til den har ikke om var de sig så men ved "
          "efter fra kan også blev der havde være været nogle mellem jeg",
    "no": "og at det som en et på er av for med til den har ikke om var de seg så men ved "
          "etter fra kan også ble der hadde være vært noen mellom jeg",
    "fi": "ja on ei se että oli hän ovat mutta kun myös joka jo sen tai kuin vain nyt ole "
          "olla sekä mukaan jälkeen vuonna kanssa",
    "pl": "i w z na się nie do to że o jest od po przez jak ale dla za co jego jej był była "
          "było są tym także oraz który która które już tak jako przy",
    "cs": "a v se na je že s z o do to i k ve by jako ale za po pro od jsou byl byla bylo "
          "který která které také podle jeho jejich už při nebo",
    "sk": "a v sa na je že s z o do to i k vo by ako ale za po pre od sú bol bola bolo "
          "ktorý ktorá ktoré tiež podľa jeho ich už pri alebo",
    "hr": "i u je na da se za su od s a kao što koji koja koje ali iz će bio bila bilo "
          "nije sa prema nakon te ili",
    "sl": "in v je na da se za so od s z kot ki ali iz bo bil bila bilo ni po tudi pa "
          "ter še",
    "hu": "a az és hogy nem is egy meg van volt de mint már csak el ki be még ez azt után "
          "szerint pedig vagy amely aki",
    "tr": "ve bir bu da de için ile olarak olan gibi daha çok en ama sonra kadar ise değil "
          "her ki o şu olduğu göre",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh "
          "karena telah kata adalah sebagai bahwa",
    "vi": "của và là các những được trong có cho với này đã không người một để khi theo "
          "đến về từ",
    # Cyrillic script
    "ru": "и в не на что с по как он она это из за к от для о но же у был была было были "
          "его ее её также так который которые при уже после",
    "uk": "і в не на що з по як він вона це із за до від для про але же у був була було "
          "були його її також так який які при вже після та й",
    "bg": "и в не на че с по как той тя това от за към да е са се който които при след "
          "още много беше бяха",
}

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split()) for language, words in _WORDS.items()
}
CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "bg"})

# Letters that only some of the languages above use: weaker evidence than a
# function word, but they decide short texts in Turkish, Polish or Czech,
# whose function words are few or short.
_LETTERS = {
    "ı": "tr", "ğ": "tr", "ş": "tr ro", "ç": "tr fr pt ca", "ö": "de sv fi hu tr",
    "ü": "de hu tr", "ä": "de sv fi sk", "ß": "de", "å": "sv da no", "æ": "da no",
    "ø": "da no", "ł": "pl", "ą": "pl", "ę": "pl", "ż": "pl", "ś": "pl", "ź": "pl",
    "ń": "pl", "ć": "pl hr", "ě": "cs", "ř": "cs", "ů": "cs", "č": "cs sk hr sl",
    "š": "cs sk hr sl", "ž": "cs sk hr sl", "ý": "cs sk", "ľ": "sk", "ĺ": "sk", "ŕ": "sk",
    "ô": "sk fr pt", "ă": "ro vi", "ș": "ro", "ț": "ro", "â": "ro fr pt", "î": "ro fr",
    "ő": "hu", "ű": "hu", "ã": "pt vi", "õ": "pt", "ñ": "es", "è": "fr it ca",
    "à": "fr it ca pt", "ò": "it ca", "ì": "it", "ù": "fr it", "ê": "fr pt vi", "œ": "fr",
    "ë": "fr nl", "ï": "fr ca nl", "đ": "hr vi", "ơ": "vi", "ư": "vi",
    "ы": "ru", "э": "ru", "ё": "ru", "і": "uk", "ї": "uk", "є": "uk", "ґ": "uk", "ъ": "bg ru",
}
DISTINCTIVE_LETTERS: dict[str, tuple[str, ...]] = {
    letter: tuple(languages.split()) for letter, languages in _LETTERS.items()
}
