"""Briefs beyond English: detection, sentences, words, summaries and facts that stay honest."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief import Options, summarize_text
from newsbrief.detection import detect_language, identify, script_counts
from newsbrief.languages import facts_supported, normalize_language
from newsbrief.text import count_words, split_sentences, terms, words

from .conftest import WIRE_ARTICLE
from .multilingual_texts import ARTICLES, SPLITS

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "langid_news.tsv"


def _labelled() -> list[tuple[str, str, str]]:
    rows = []
    for line in LABELLED.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(tuple(line.split("\t")))
    return rows


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_articles_are_detected(language):
    assert detect_language(ARTICLES[language]) == language


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt", "nl", "ru"])
def test_articles_are_decided_without_the_model(language):
    # Function words settle a paragraph of a common language: no model load.
    assert identify(ARTICLES[language]).method == "words"


def test_script_decides_cjk():
    assert identify(ARTICLES["zh"]) .method == "script"
    assert identify("市議会は予算を可決した。").language == "ja"
    assert identify("시의회는 새 예산안을 통과시켰다.").language == "ko"
    assert script_counts("abc 中文 かな") == {"latin": 3, "han": 2, "kana": 2}


def test_labelled_sentences_are_mostly_right():
    rows = [r for r in _labelled() if r[1] == "sentence"]
    right = sum(detect_language(text) == language for language, _, text in rows)
    assert right / len(rows) >= 0.95


def test_function_word_vote_is_never_wrong_on_the_labelled_set():
    for language, _, text in _labelled():
        found = identify(text)
        if found.method == "words":
            assert found.language == language, text


def test_english_needs_no_model_import():
    code = ("import sys\nfrom newsbrief.detection import detect_language\n"
            f"assert detect_language({WIRE_ARTICLE!r}) == 'en'\n"
            "assert 'py3langid' not in sys.modules and 'numpy' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                   env={"PYTHONPATH": str(ROOT)})


def test_text_without_letters_gets_the_default():
    assert detect_language("12 345 — 67", default="en") == "en"


def test_language_codes_are_normalised():
    assert normalize_language("DE-at") == "de"
    assert normalize_language("pt_BR") == "pt"
    assert normalize_language("nb") == "no"
    with pytest.raises(ValueError):
        normalize_language("german!")


@pytest.mark.parametrize(("language", "text", "expected"), SPLITS)
def test_sentences_per_language(language, text, expected):
    sentences = split_sentences(text, language)
    assert [s.text for s in sentences] == expected
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_hard_wrapped_cjk_is_joined_without_spaces():
    text = ("市政府周三宣布，将在城市东部新建一座大型公园，公园占地约一百二十\n"
            "公顷。市长在新闻发布会上表示，这座公园将属于每一位市民，他说公园\n"
            "内将建设跑道和儿童游乐场。")
    sentences = split_sentences(text, "zh")
    assert [s.text for s in sentences] == [
        "市政府周三宣布，将在城市东部新建一座大型公园，公园占地约一百二十公顷。",
        "市长在新闻发布会上表示，这座公园将属于每一位市民，他说公园内将建设跑道和儿童游乐场。"]


def test_unbalanced_cjk_quote_does_not_swallow_the_text():
    sentences = split_sentences("「" + "这是一句话。" * 100, "zh")
    assert len(sentences) > 50 and len(sentences[0].text) <= 300


def test_danda_and_arabic_question_mark_end_sentences():
    assert len(split_sentences("सरकार ने नया बजट पेश किया। विपक्ष ने विरोध किया।", "hi")) == 2
    assert len(split_sentences("هل هذا ممكن؟ نعم، قال الوزير.", "ar")) == 2


def test_cjk_words_and_terms():
    assert count_words("央行维持利率不变") == 8
    assert words("销量 iPhone 12") == ["销", "量", "iPhone", "12"]
    zh = terms("央行维持利率不变，理由是通胀前景不明朗。", "zh")
    assert {"央行", "利率", "通胀", "前景"} <= set(zh)
    assert "是" not in "".join(zh)  # a stop character cuts the bigrams
    ja = terms("中央銀行はインフレの先行きが不透明だとして金利を据え置いた。", "ja")
    assert {"中央", "銀行", "金利", "インフレ"} <= set(ja)
    assert not any(re.search("[ぁ-ゖ]", t) for t in ja)  # hiragana is grammar


def test_terms_stem_and_drop_stop_words():
    german = terms("Die Männer wurden festgenommen.", "de")
    assert "die" not in german and {"mann", "festgenomm"} <= set(german)
    assert "the" not in terms("The men were arrested.", "en")


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_summary_is_verbatim_in_order_and_language_is_reported(language):
    article = ARTICLES[language]
    brief = summarize_text(article, Options(sentences=2))
    assert brief.language == language
    flat = re.sub(r"\s+", "", article)
    indices = [s.index for s in brief.summary]
    assert indices == sorted(indices) and len(indices) == 2
    for sentence in brief.summary:
        assert re.sub(r"\s+", "", sentence.text) in flat


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_no_english_entities_on_other_languages(language):
    facts = summarize_text(ARTICLES[language]).facts
    assert facts.people == () and facts.organizations == () and facts.places == ()
    if "speakers" not in facts_supported(language):
        assert all(q.speaker is None for q in facts.quotes)


def test_speakers_where_the_attribution_names_them():
    """German, French, Spanish, Italian, Portuguese and Dutch (newsbrief.speakers_i18n)."""
    assert [q.speaker for q in summarize_text(ARTICLES["de"]).facts.quotes] == [
        "Bürgermeisterin Anna Vogt"]
    assert [q.speaker for q in summarize_text(ARTICLES["fr"]).facts.quotes] == [
        "la présidente de la région"]
    # "dijo en el parlamento regional", "ha detto ai giornalisti": where and to whom, not who
    assert [q.speaker for q in summarize_text(ARTICLES["es"]).facts.quotes] == [None]
    assert [q.speaker for q in summarize_text(ARTICLES["it"]).facts.quotes] == [None]


def test_english_keeps_every_fact_kind():
    assert {"people", "organizations", "places", "speakers"} <= facts_supported("en")
    assert "people" not in facts_supported("de")
    assert "speakers" in facts_supported("de") and "speakers" not in facts_supported("pl")


def test_language_option_overrides_detection():
    brief = summarize_text(ARTICLES["de"], Options(language="fr"))
    assert brief.language == "fr"


@pytest.mark.parametrize("language", ["zh", "ja"])
def test_cjk_first_paragraph_is_not_taken_for_a_title(language):
    from newsbrief.pipeline import article_from_text, split

    document = split(article_from_text(ARTICLES[language]))
    assert document.article.title is None
    assert document.sentences[0].text[:4] == ARTICLES[language][:4]


def test_cli_detects_and_overrides_the_language(tmp_path):
    import json

    from typer.testing import CliRunner

    from newsbrief.cli.main import app

    path = tmp_path / "zh.txt"
    path.write_text(ARTICLES["zh"], encoding="utf-8")
    runner = CliRunner()
    detected = runner.invoke(app, [str(path), "--format", "json"])
    assert detected.exit_code == 0 and json.loads(detected.stdout)["language"] == "zh"
    text = runner.invoke(app, [str(path), "--format", "text", "-n", "1"])
    assert text.stdout.startswith("zh · ") and "Summary:" in text.stdout  # English labels
    forced = runner.invoke(app, [str(path), "--format", "json", "-l", "ja-JP"])
    assert json.loads(forced.stdout)["language"] == "ja"
    wrong = runner.invoke(app, [str(path), "-l", "chinese!"])
    assert wrong.exit_code == 2 and "ISO 639-1" in wrong.stderr


def test_old_py3langid_that_unpickles_is_not_used(monkeypatch):
    py3langid = pytest.importorskip("py3langid")
    monkeypatch.setattr(py3langid, "__version__", "0.3.0")
    assert identify("Dimite el ministro", default="xx").method == "default"
