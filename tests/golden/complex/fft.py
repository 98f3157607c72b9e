# A small recursive FFT and its inverse.
import cmath


def fft(xs):
    n = len(xs)
    if n == 1:
        return list(xs)
    even, odd = fft(xs[0::2]), fft(xs[1::2])
    out = [0j] * n
    for k in range(n // 2):
        t = cmath.exp(-2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out


def ifft(xs):
    n = len(xs)
    return [x.conjugate() / n for x in fft([x.conjugate() for x in xs])]


signal = [0, 1, 0, -1, 0, 1, 0, -1]
spectrum = fft(signal)
print([complex(round(z.real, 9), round(z.imag, 9)) for z in spectrum])
print([round(abs(z), 6) for z in spectrum])
print([round(z.real, 9) for z in ifft(spectrum)])
