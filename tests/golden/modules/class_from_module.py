from shop.models import Item, OutOfStock

i = Item("pen", 0)
print(i)
try:
    i.take()
except OutOfStock as e:
    print(type(e).__name__, e)
i.take()
