# The '%' presentation multiplies by 100 and adds a percent sign.
for x in [0.0, 0.5, 0.125, 1.0, -0.0375, 12.3456]:
    print(f"{x:%} {x:.0%} {x:.1%} {x:>10.2%}|")
print(f"{3:%} {True:.1%} {1234.5:,.1%}")
