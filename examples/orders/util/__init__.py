from .delay_functions import delay
from .timing import async_timed

__all__ = ["delay", "async_timed"]
