# Recursive functions.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(factorial(5), factorial(20), factorial(30))
print(fib(20))
print(fib(0), fib(1), fib(10))
