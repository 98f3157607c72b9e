# Rules written as expressions, compiled once and evaluated against many records.
rules = {
    "adult": "age >= 18",
    "senior": "age >= 65",
    "vip": "spent > 1000 or 'gold' in tags",
    "risky": "not verified and spent > 500",
}
compiled = {name: compile(src, f"<rule {name}>", "eval") for name, src in rules.items()}
records = [
    {"name": "ann", "age": 34, "spent": 1200, "tags": [], "verified": True},
    {"name": "bob", "age": 70, "spent": 50, "tags": ["gold"], "verified": True},
    {"name": "cy", "age": 16, "spent": 600, "tags": [], "verified": False},
]
for rec in records:
    matched = [name for name, code in compiled.items() if eval(code, {}, rec)]
    print(rec["name"], matched)
