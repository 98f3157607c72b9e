# A `break` or `continue` in a `finally` block drops a pending `return` (and a pending
# exception), as a retry loop with cleanup does.
def retry(attempts):
    tried = []
    for i in range(attempts):
        try:
            tried.append(i)
            if i < attempts - 1:
                return f"returned at {i}"
        finally:
            continue
    return tried


print(retry(3))


def first_ok(values):
    for v in values:
        try:
            try:
                return 10 // v
            finally:
                print("cleanup", v)
        finally:
            if v == 0:
                break
    return "no result"


print(first_ok([0, 5]))
print(first_ok([2]))


def swallow():
    while True:
        try:
            raise ValueError("lost")
        finally:
            break
    return "after loop"


print(swallow())


def nested_continue(n):
    total = 0
    for i in range(n):
        try:
            try:
                total += i
                return -1
            finally:
                try:
                    1 / 0
                finally:
                    return 42
        finally:
            continue
    return total


print(nested_continue(4))


async def agen_style():
    for i in range(2):
        try:
            return i
        finally:
            continue
    return "async done"


import asyncio
print(asyncio.run(agen_style()))
