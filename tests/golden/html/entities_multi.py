from html.entities import html5

# Some references stand for two code points.
multi = sorted(k for k, v in html5.items() if len(v) > 1)
print(len(multi))
for k in multi[:12]:
    print(k, " ".join(f"U+{ord(c):04X}" for c in html5[k]))
print(sum(1 for k in html5 if not k.endswith(";")))
print(all(html5[k] == html5[k + ";"] for k in html5 if not k.endswith(";")))
