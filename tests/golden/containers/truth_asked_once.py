# and/or ask each operand for its truth once (a nested one passes its truth on), the last
# one of a value not at all; if, while and assert conditions alike, sync and async.
import asyncio
class ExplodingBool:
    def __init__(self, value):
        self.value = value
        self.booled = False
    def __bool__(self):
        assert not self.booled
        self.booled = True
        return self.value
    def __repr__(self):
        return 'EB(%s)' % self.value

def sync_part():
    print(ExplodingBool(False) and False and True)
    if ExplodingBool(True) or False:
        print('if ok')
    assert ExplodingBool(True) or False
    n = 0
    while ExplodingBool(n < 1) and True:
        n += 1
    print('while ran', n)
    assert (ExplodingBool(False) and False or False) == False
    print([x for x in [1, 2] if ExplodingBool(x > 1) or False])

async def async_part():
    await asyncio.sleep(0)
    if ExplodingBool(True) or False:
        print('async if ok')
    assert ExplodingBool(True) or False
    n = 0
    while ExplodingBool(n < 2) and True:
        await asyncio.sleep(0)
        n += 1
    print('async while ran', n)

sync_part()
asyncio.run(async_part())
