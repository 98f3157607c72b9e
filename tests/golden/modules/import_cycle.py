import cyc_a
import cyc_b

print(cyc_a.hello(), cyc_b.partial_view())
try:
    from cyc_from_a import VALUE
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
