import html

for s in ["plain", "a < b && c > d", 'say "hi"', "it's", "<script>alert('x')</script>", "",
          "&amp; already", "naïve ☃"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))
