# Freeing objects chained hundreds of thousands deep (a long linked list, a chain of exception
# contexts, nested dicts, lazy iterators wrapping one another) happens without deep native
# recursion, and a finalizer at the far end runs before the statement that freed the chain
# ends, as in CPython.
N = 250000


class Link:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


class Sentinel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('finalized', self.name)


def linked_list(n):
    head = Link(Sentinel('tail of the linked list'), None)
    for i in range(n):
        head = Link(i, head)
    return head


head = linked_list(N)
total = 0
node = head
while node.next is not None:
    total += node.value
    node = node.next
print('sum of links', total)
node = None
head = None
print('linked list freed')

d = {'leaf': Sentinel('bottom of the dicts')}
for i in range(N // 2):
    d = {'inner': d, 'i': i}
print(d['inner']['inner']['i'])
d = None
print('dicts freed')

err = None
for i in range(N // 2):
    e = ValueError(i)
    e.__context__ = err
    err = e
print(type(err.__context__.__context__).__name__, err.__context__.__context__.args)
err = e = None
print('exception chain freed')

it = iter([-1, -2, -3])
for i in range(N // 2):
    it = map(abs, it)
it = None
print('iterators freed')
