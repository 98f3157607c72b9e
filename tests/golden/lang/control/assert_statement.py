# assert with and without a message.
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], 'list was empty'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
def msg():
    print('message evaluated')
    return 'lazy'
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
try:
    assert False, {'k': 1}
except AssertionError as e:
    print(e.args[0])
