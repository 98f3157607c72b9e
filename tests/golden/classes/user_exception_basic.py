class AppError(Exception):
    pass

class NotFound(AppError):
    pass

try:
    raise NotFound("missing item")
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e))
    print(isinstance(e, Exception), isinstance(e, NotFound))
