from shop import make_cart
from shop.pricing import price_of, TAX
import shop.pricing as pricing

cart = make_cart(["apple", "pear"])
print(cart, price_of("apple"), TAX, pricing.price_of("pear"))
