from . import pricing
from .helpers import *
from . import models


def total(items):
    return shout(str(round(sum(pricing.price_of(i) for i in items), 2)))
