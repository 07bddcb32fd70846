"""Chinese ranking (ranker_zh): the first sentence unless another carries the post better.

Every text here is written for the test.
"""
from __future__ import annotations

from newsbrief import Options, summarize_text
from newsbrief.ranker_zh import MIN_CHARS, counted_chars


def _brief(text: str, n: int = 1) -> list[str]:
    brief = summarize_text(text, Options(sentences=n, language="zh"))
    return [s.text for s in brief.summary]


def test_counted_chars_leave_out_punctuation_and_spaces() -> None:
    assert counted_chars("“大数据”。") == 3
    assert counted_chars("#涨价# （新华网）") == 5
    assert counted_chars("iPhone 6 发布了！") == 10


def test_the_first_sentence_leads_a_news_post() -> None:
    text = ("昨日，南京市地铁三号线正式开通运营，全线共设二十九座车站。"
            "市民纷纷前往体验。"
            "地铁公司表示，开通首月票价打八折。")
    assert _brief(text) == ["昨日，南京市地铁三号线正式开通运营，全线共设二十九座车站。"]


def test_a_hashtag_line_or_source_tag_is_never_the_brief() -> None:
    text = "#恶劣#。（中新网）。一名男子用假币骗走了卖花孩子的钱，警方已介入调查。"
    assert _brief(text) == ["一名男子用假币骗走了卖花孩子的钱，警方已介入调查。"]
    assert counted_chars("#恶劣#。") < MIN_CHARS


def test_a_short_hook_gives_the_lead_to_the_next_sentence() -> None:
    text = ("男子做月嫂？"
            "今年三十二岁的小王辞去公务员工作，到家政学校学习护理新生儿，立志做一名月嫂。"
            "他说做月嫂收入不错。")
    assert _brief(text)[0].startswith("今年三十二岁的小王")


def test_a_long_preamble_loses_to_the_sentence_the_post_is_about() -> None:
    text = ("在经历了一个漫长而又寒冷的冬天之后，许多人都在期待着春天的到来，公园里的游客也渐渐多了起来，"
            "街头巷尾到处都能听到人们谈论天气的声音，而气象专家则提醒大家不要过早减少衣物。"
            "杭州西湖景区昨日樱花盛开，吸引游客赏樱。"
            "西湖景区的樱花预计花期两周，景区游客赏樱人数创下新高。"
            "杭州西湖景区提醒游客赏樱时注意安全。")
    assert _brief(text) != [text.split("。")[0] + "。"]


def test_several_sentences_come_back_in_article_order() -> None:
    text = ("昨日，南京市地铁三号线正式开通运营，全线共设二十九座车站。"
            "#地铁#。"
            "地铁公司表示，三号线开通首月票价打八折。"
            "南京地铁线网总长度因此超过两百公里。")
    chosen = _brief(text, n=2)
    assert chosen[0].startswith("昨日，南京市地铁三号线")
    assert "#地铁#。" not in chosen
    assert [text.index(s) for s in chosen] == sorted(text.index(s) for s in chosen)
