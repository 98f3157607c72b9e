from string import Template


class PercentTemplate(Template):
    delimiter = "%"


t = PercentTemplate("%who owes %amount (100%% sure), not $who")
print(t.substitute(who="Al", amount="$5"))
print(t.get_identifiers())
print(PercentTemplate.pattern.pattern == Template.pattern.pattern)


class DollarBrace(Template):
    delimiter = "#"


print(DollarBrace("#{greeting}, #name! ##tag").substitute(greeting="Hi", name="Zed"))
