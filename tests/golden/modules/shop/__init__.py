from .pricing import price_of


def make_cart(items):
    return {item: price_of(item) for item in items}
