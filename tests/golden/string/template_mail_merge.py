from string import Template

letter = Template("""Dear $title $surname,

Your order #$order ships on ${day}. Total: $$${total}.
""")
customers = [
    {"title": "Ms", "surname": "Ng", "order": 1001, "day": "Monday", "total": "19.99"},
    {"title": "Dr", "surname": "Ivanova", "order": 1002, "day": "Friday", "total": "5.00"},
]
for c in customers:
    print(letter.substitute(c))
print(letter.safe_substitute(title="Mr"))
