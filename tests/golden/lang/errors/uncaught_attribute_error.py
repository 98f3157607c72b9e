# Asking a list for a method it does not have.
def add_item(items, x):
    items.push(x)


data = [1, 2]
add_item(data, 3)
