from string import Template

s = Template("$who likes ${what}, costs $$10")
print(s.substitute(who="tim", what="kung pao"))
print(s.substitute({"who": "ann", "what": "tea"}))
print(s.substitute({"who": "ann", "what": "tea"}, who="bob"))
print(s.safe_substitute(who="eve"), s.template)
print(s.get_identifiers(), s.is_valid(), Template("$ 1").is_valid())
print(Template("${x}y $x_1 $1x ${}").safe_substitute(x=5, x_1=[1]))
print(Template("héllo $naïve").safe_substitute())
for t, kw in (("$missing", {}), ("ab $ c", {}), ("line1\nline2 ${ bad}", {}), ("$", {}), ("${x", {"x": 1})):
    try:
        print(Template(t).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
