# Adding a str and an int is a TypeError.
def label(n):
    return "item " + n


def main():
    print(label("one"))
    print(label(2))


main()
