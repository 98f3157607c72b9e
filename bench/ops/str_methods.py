"""`startswith`, `endswith`, `find`, `strip`, `lower`, `replace`.

Runs the operation in a loop and prints a checksum, which corun and python3 must agree on.
"""

N = 500_000


def main():
    s = '  Hello World  '
    total = 0
    for i in range(N):
        if s.startswith('  He'):
            total += 1
        if s.endswith('d  '):
            total += 1
        total += s.find('o') + len(s.strip()) + len(s.lower()) + len(s.replace('l', 'L'))
    print(total)


main()
