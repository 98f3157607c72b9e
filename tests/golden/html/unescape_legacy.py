import html

# Legacy references work without a semicolon, and as the prefix of a longer word.
for s in ["&copy2024", "&amp", "&ampere", "&notin", "&notit;", "&lt3", "&gtx", "&Eacuteclair",
          "&nbspx", "&eacute", "&pound100", "&unknown;", "&zz", "& alone", "a&b", "&;"]:
    print(repr(s), repr(html.unescape(s)))
