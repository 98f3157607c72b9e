# An uncaught KeyError shows the repr of the missing key.
def lookup(table, key):
    return table[key]


def main():
    table = {"a": 1, "b": 2}
    print(lookup(table, "a"))
    print(lookup(table, "c"))


main()
