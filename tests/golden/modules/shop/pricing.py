TAX = 0.2
PRICES = {"apple": 3, "pear": 4}


def price_of(item):
    return PRICES[item] * (1 + TAX)
