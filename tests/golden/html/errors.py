import html

for f, arg in [(html.escape, None), (html.escape, 5), (html.unescape, None), (html.unescape, b"&amp;"),
               (html.unescape, 12)]:
    try:
        f(arg)
    except (TypeError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)
print(html.__all__)
