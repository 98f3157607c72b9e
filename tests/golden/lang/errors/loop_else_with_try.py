# for/else combined with try: else is skipped after break, run after a clean loop.
def search(items, target):
    for i, x in enumerate(items):
        try:
            if 10 // x == target:
                print("found at", i)
                break
        except ZeroDivisionError:
            print("skip zero at", i)
    else:
        print("not found")


search([5, 0, 2], 5)
search([0, 3], 9)
