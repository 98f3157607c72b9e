# Converting Markdown-style links and emphasis to HTML.
import re

md = "See [the docs](https://docs.python.org/3/) and **bold** or *italic* text, [bad link](no close"
html = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', md)
html = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html)
html = re.sub(r"\*(.+?)\*", r"<i>\1</i>", html)
print(html)
links = re.findall(r"\[([^\]]+)\]\(([^)]+)\)", md)
print(links)
print(re.sub(r"(?P<url>https?://[^\s)]+)", lambda m: m["url"].upper(), md))
