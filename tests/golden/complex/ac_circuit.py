# An AC circuit calculator: impedances of resistors, inductors and capacitors in series and parallel.
import cmath
import math

FREQ = 50.0
OMEGA = 2 * math.pi * FREQ


def resistor(r):
    return complex(r, 0)


def inductor(henry):
    return 1j * OMEGA * henry


def capacitor(farad):
    return 1 / (1j * OMEGA * farad)


def series(*zs):
    return sum(zs, 0j)


def parallel(*zs):
    return 1 / sum(1 / z for z in zs)


circuit = series(resistor(100), parallel(inductor(0.5), capacitor(20e-6)), resistor(22))
voltage = cmath.rect(230, 0)
current = voltage / circuit
magnitude, angle = cmath.polar(current)
print(f"Z = {circuit:.3f}")
print(f"|Z| = {abs(circuit):.3f} ohm, angle {math.degrees(cmath.phase(circuit)):.2f} deg")
print(f"I = {current:.4f} -> {magnitude:.4f} A at {math.degrees(angle):.2f} deg")
power = voltage * current.conjugate()
print(f"S = {power:.2f}, real power {power.real:.2f} W, reactive {power.imag:.2f} var")
