# Stacked decorators are applied bottom-up and run top-down.
def mark(label):
    print('making', label)
    def deco(fn):
        print('decorating with', label)
        def wrapper():
            print('enter', label)
            r = fn()
            print('exit', label)
            return r
        return wrapper
    return deco
@mark('outer')
@mark('inner')
def work():
    print('working')
    return 42
print('defined')
print(work())
