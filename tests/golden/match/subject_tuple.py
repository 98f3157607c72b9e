# A subject list without brackets is a tuple; starred items unpack into it.
xs = [2, 3]
match 1, *xs:
    case (1, 2, 3) as t:
        print("tuple subject", t, type(t).__name__)

match 1,:
    case [one]:
        print("one-tuple subject", one)


def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizz(i) for i in range(1, 16)))
