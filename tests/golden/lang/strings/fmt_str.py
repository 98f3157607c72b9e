# Strings: fill, alignment, width and precision (counted in characters).
s = "abc"
r = "Привет"
print(f"[{s:5}] [{s:>5}] [{s:^6}] [{s:*^7}] [{s:.2}] [{s:5.1}] [{s:.0}] [{s:s}]")
print(f"[{r:10}] [{r:>10}] [{r:-^10}] [{r:.3}] [{r:ё<8.2}]")
print(f"[{'':3}] [{'x':<0}] [{s:02}] [{s:0>5}]")
