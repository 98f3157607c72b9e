# Names added to the builtins module are seen everywhere: module level, functions, class
# bodies, lambdas and other modules, after the code using them was compiled.
import builtins
import new_name_helper


def show():
    return APP_NAME + " " + str(VERSION)


try:
    show()
except NameError as e:
    print("before:", e)
builtins.APP_NAME = "demo"
builtins.VERSION = 3

print(show())


class Config2:
    label = APP_NAME.upper()

    def describe(self):
        return f"{self.label} v{VERSION}"


print(Config2().describe())
print((lambda: APP_NAME * 2)())
print(new_name_helper.greet())
print([VERSION * i for i in range(3)])

# a module global of the same name hides the builtin, and `del` shows it again
APP_NAME = "local"
print(show())
del APP_NAME
print(show())

# once removed from the builtins, the name is gone
del builtins.VERSION
try:
    show()
except NameError as e:
    print("NameError:", e)
print(hasattr(builtins, "VERSION"), hasattr(builtins, "APP_NAME"))
