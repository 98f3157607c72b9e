from html.entities import codepoint2name, name2codepoint

# Writing non-ASCII text with named references where HTML 4 has one.
def encode(text):
    out = []
    for ch in text:
        name = codepoint2name.get(ord(ch))
        if name and ord(ch) > 127:
            out.append(f"&{name};")
        elif ord(ch) > 127:
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


print(encode("Größe: 5 µm ± 0,1 — “ok” → ☃"))
print(sorted(n for n, c in name2codepoint.items() if 0x391 <= c <= 0x395))
