"""Short news articles in several languages, written for brief's tests (invented events)."""
from __future__ import annotations

ARTICLES = {
    "de": """Die Stadt Lindenau hat am Montag ein neues Hallenbad eröffnet. Der Bau dauerte
zwei Jahre und kostete rund 18 Millionen Euro.

Bürgermeisterin Anna Vogt sagte bei der Eröffnung: „Das Bad gehört allen Bürgern der Stadt.“
Viele Vereine, z.B. der Schwimmclub und die Wasserwacht, wollen dort trainieren.

Die Eintrittspreise sollen ab dem 20. September 2020 um zehn Prozent sinken. Der Stadtrat
wird im Oktober über weitere Öffnungszeiten entscheiden.
""",
    "fr": """Le conseil régional a présenté mardi un plan pour rénover les lignes de train
entre les petites villes du nord. Le projet coûtera environ 240 millions d'euros.

« Nous voulons que chacun puisse prendre le train sans voiture », a déclaré la présidente
de la région lors d'une conférence de presse. Les travaux commenceront le 20 septembre 2020.

Les syndicats de cheminots ont salué l'annonce, mais ils demandent plus de personnel dans
les gares. Une réunion est prévue le mois prochain.
""",
    "es": """El gobierno regional aprobó el jueves un plan para plantar un millón de árboles
en las afueras de la ciudad. La medida busca reducir el calor durante los veranos.

Según la consejera de Medio Ambiente, las primeras plantaciones empezarán en otoño. «Es una
inversión para nuestros hijos», dijo en el parlamento regional.

Los grupos ecologistas celebraron la decisión, aunque piden que se usen especies locales.
El plan costará unos 35 millones de euros durante los próximos cinco años.
""",
    "it": """Il comune ha deciso di chiudere il centro storico alle auto durante i fine
settimana. La misura entrerà in vigore all'inizio del mese prossimo.

Il sindaco ha spiegato che l'obiettivo è ridurre il rumore e l'inquinamento nelle strade più
strette. «Vogliamo restituire le piazze ai cittadini», ha detto ai giornalisti.

I commercianti sono divisi: alcuni temono di perdere clienti, altri sperano in più turisti.
Il consiglio comunale valuterà i risultati dopo sei mesi.
""",
    "pt": """A câmara municipal anunciou na quarta-feira a construção de uma nova ponte
sobre o rio. A obra deverá ficar concluída dentro de três anos.

O presidente da câmara afirmou que a ponte vai reduzir o trânsito no centro da cidade. Os
moradores da margem sul esperam há mais de vinte anos por esta ligação.

O projeto custará cerca de 60 milhões de euros, pagos em parte por fundos europeus. As
obras começam no próximo verão, segundo o calendário apresentado.
""",
    "nl": """De gemeente heeft woensdag besloten om in het centrum twintig nieuwe
fietsenstallingen te bouwen. Daarmee komen er ruim drieduizend plekken voor fietsen bij.

Volgens de wethouder staan er nu te veel fietsen op de stoep, wat gevaarlijk is voor
voetgangers. De eerste stallingen moeten in het voorjaar klaar zijn.

Winkeliers in de binnenstad zijn blij met het plan. Zij klagen al jaren over fietsen die
voor hun deuren worden gezet.
""",
    "ru": """Городские власти в среду объявили о строительстве новой линии трамвая. Она
соединит вокзал с новыми жилыми районами на востоке города.

По словам мэра, первые поезда пойдут по линии через три года. «Это важный шаг для всего
города», — сказал он журналистам после заседания совета.

Стоимость проекта оценивается в 12 миллиардов рублей. Жители восточных районов давно
жалуются на пробки и переполненные автобусы.
""",
    "zh": """市政府周三宣布，将在城市东部新建一座大型公园。公园占地约120公顷，预计2022年建成。

市长在新闻发布会上表示：「这座公园将属于每一位市民。」他说，公园内将建设跑道、儿童游乐场和湖泊。

环保组织对这一计划表示欢迎，但也提醒政府保护现有的湿地。有关部门称，工程将于2020年9月20日正式开工。
""",
    "ja": """市は水曜日、駅前に新しい図書館を建設すると発表した。
建設費は約30億円で、2023年の開館を目指す。

市長は記者会見で「子どもから高齢者まで、誰もが集まれる場所にしたい。」と述べた。館内にはカフェや学習室も設ける予定だ。

一方、市民団体からは駐車場が足りないとの声も上がっている。工事は2020年9月20日に始まる。
""",
}

# Sentences the splitter must keep whole (language, text, expected sentences).
SPLITS = [
    ("de", "Viele Vereine, z.B. der Schwimmclub, wollen dort trainieren. "
           "Der Rat entscheidet im Oktober.",
     ["Viele Vereine, z.B. der Schwimmclub, wollen dort trainieren.",
      "Der Rat entscheidet im Oktober."]),
    ("de", "Am 3. Oktober feiert die Stadt. Das Fest beginnt um 10 Uhr.",
     ["Am 3. Oktober feiert die Stadt.", "Das Fest beginnt um 10 Uhr."]),
    ("de", "Sie sagte: „Das Bad gehört allen.“\nViele Vereine wollen dort trainieren. "
           "Er sagte: „Gut. Sehr gut.“ Dann ging er.",
     ["Sie sagte: „Das Bad gehört allen.“", "Viele Vereine wollen dort trainieren.",
      "Er sagte: „Gut. Sehr gut.“", "Dann ging er."]),
    ("fr", "« Nous allons gagner. Nous sommes prêts », a dit la ministre. "
           "Les syndicats ont protesté.",
     ["« Nous allons gagner. Nous sommes prêts », a dit la ministre.",
      "Les syndicats ont protesté."]),
    ("zh", "市长说：「这座公园属于每一位市民。我们会保护湿地。」专家表示欢迎。工程明年开工。",
     ["市长说：「这座公园属于每一位市民。我们会保护湿地。」", "专家表示欢迎。", "工程明年开工。"]),
    ("zh", "「这是第一步。」他说。工程将于明年开工！谁来负责？",
     ["「这是第一步。」他说。", "工程将于明年开工！", "谁来负责？"]),
    ("ja", "「今日は雨だ。明日は晴れる。」と彼は言った。市議会は予算を可決した。",
     ["「今日は雨だ。明日は晴れる。」と彼は言った。", "市議会は予算を可決した。"]),
    ("ja", "会議は終わった。「賛成です！」「反対です。」結論は来週に出る。",
     ["会議は終わった。", "「賛成です！」", "「反対です。」", "結論は来週に出る。"]),
]
