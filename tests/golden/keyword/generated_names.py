import keyword

# A code generator must not emit reserved words as identifiers.
fields = ["for", "while", "value", "import", "match", "case", "type", "async"]
print([f + "_" if keyword.iskeyword(f) else f for f in fields])
print([f for f in fields if keyword.issoftkeyword(f)])
