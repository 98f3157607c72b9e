import html

attrs = {"title": 'He said "no"', "data-x": "a<b", "alt": "O'Brien & co"}
tag = "<img " + " ".join(f'{k}="{html.escape(v)}"' for k, v in attrs.items()) + ">"
print(tag)
parsed = dict(re_pair.split("=", 1) for re_pair in tag[5:-1].split('" '))
print({k: html.unescape(v.strip('"')) for k, v in parsed.items()} == attrs)
