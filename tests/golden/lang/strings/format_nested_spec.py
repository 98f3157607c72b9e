# A format spec built from further fields: {:{}}, {:{w}.{p}f}.
print("[{:{}}]".format("ab", 6))
print("[{:{w}.{p}f}]".format(3.14159, w=10, p=2))
print("[{0:{1}{2}}]".format(7, ">", 5))
print("[{:{}{}{}}]".format(42, "*", "^", 8))
print("[{x:{fill}<{n}}]".format(x="k", fill="-", n=4))
