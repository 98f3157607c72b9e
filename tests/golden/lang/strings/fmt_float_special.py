# inf, nan and negative zero; 'z' turns negative zero into zero.
inf = float("inf")
nan = float("nan")
for x in [inf, -inf, nan]:
    print(f"[{x}] [{x:f}] [{x:F}] [{x:e}] [{x:E}] [{x:g}] [{x:+}] [{x:08}] [{x:^9}] [{x:%}]")
z = -0.0
print(f"[{z}] [{z:f}] [{z:z}] [{z:zf}] [{z:z.1f}] [{-0.0001:.2f}] [{-0.0001:z.2f}] [{-0.0001:+z.2f}]")
print(f"[{-1e-9:z.3e}] [{-1e-9:ze}] [{z:z.0%}]")
