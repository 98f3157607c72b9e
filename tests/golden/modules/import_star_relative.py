from shop.checkout import total
from shop.helpers import *
import shop.checkout

print(total(["apple", "apple"]), shout("hi"))
try:
    whisper
except NameError as e:
    print("NameError:", e)
print(shop.checkout.models.Item("x", 1))
