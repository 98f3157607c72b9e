class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"

class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak().upper()

for a in [Animal("generic"), Dog("rex"), Cat("tom")]:
    print(a.speak())
print(isinstance(Dog("x"), Animal), issubclass(Cat, Animal), issubclass(Animal, Dog))
