# while/else: the else runs when the loop ends without break.
n = 0
while n < 3:
    print('n', n)
    n += 1
else:
    print('else ran, n =', n)
n = 0
while n < 10:
    if n == 2:
        print('break at', n)
        break
    n += 1
else:
    print('not printed')
while False:
    print('never')
else:
    print('else of empty while')
