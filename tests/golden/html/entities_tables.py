from html import entities

print(sorted(entities.__all__))
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name),
      len(entities.entitydefs))
print(entities.name2codepoint["amp"], entities.name2codepoint["euro"],
      entities.name2codepoint["lang"])
print(entities.codepoint2name[0x3b1], entities.codepoint2name[169])
print(repr(entities.entitydefs["nbsp"]), entities.entitydefs["hearts"])
print(repr(entities.html5["amp;"]), repr(entities.html5["amp"]), repr(entities.html5["lang;"]))
print(list(entities.html5)[:8])
print(list(entities.name2codepoint)[:5], list(entities.codepoint2name)[:5])
