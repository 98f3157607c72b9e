# Functions with annotations and default values.
def greet(name: str, greeting: str = "Hello", times: int = 1) -> str:
    return (greeting + ", " + name + "! ") * times


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", 2))
print(greet("Di", times=3))
