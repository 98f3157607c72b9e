# format(value, spec) formats as f-strings do; without a spec it is str().
print(format(42), format('abc'), format(1.5), format(True), format(None), format(2**70))
print(format(255, 'x'), format(3.14159, '.2f'), format('ab', '>5'), format(-7, '+d'))
def show(g):
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: format(12, 3))
show(lambda: format([], 'x'))
show(lambda: format(1, 'z'))
show(lambda: format(1.5, 'x'))
show(lambda: format())
