class RetryError(RuntimeError):
    pass

def attempt(n):
    if n > 2:
        raise RetryError(f"gave up after {n} attempts")
    return attempt(n + 1)

attempt(0)
