# An uncaught complex division by zero.
def impedance(r, x):
    return complex(r, x)


z = impedance(0, 0)
print("current:", 10 / z)
