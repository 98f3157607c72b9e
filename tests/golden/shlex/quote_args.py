import shlex

for s in ["simple", "", "with space", "it's", "$HOME", "a*b", "-rf", "semi;colon", "back\\slash",
          "naïve", "tab\there", "x=1,y=2", "@user:%+/.-", 'double"quote', "'"]:
    q = shlex.quote(s)
    print(f"{s!r:16} {q:24} {shlex.split(q) == [s]}")
