"""Names the tagger cannot know: it learnt from 1996 Reuters news, before these existed.

Written for brief (not taken from any dataset): companies and services that news of the
2000s names every day, which the tagger often calls people ("Google said"), and product
lines, which are neither people, organizations nor places.
"""
from __future__ import annotations

ORGANIZATIONS = frozenset("""google facebook twitter instagram youtube whatsapp snapchat tiktok
linkedin reddit pinterest tumblr wikipedia yahoo netflix spotify amazon ebay paypal uber lyft
airbnb tesla spacex nvidia intel qualcomm samsung huawei xiaomi lenovo alibaba tencent baidu
wechat weibo bytedance zoom slack dropbox oracle ibm cisco adobe salesforce motorola nokia
blackberry hulu espn cnn msnbc bbc nasa fema isis isil al-qaeda hamas hezbollah taliban
starbucks mcdonald's walmart costco nike adidas""".split())
PRODUCTS = frozenset("""android iphone ipad ipod macbook kindle windows xbox playstation wii
galaxy nook surface chromebook gmail bitcoin""".split())
