# Calls with keyword arguments, in any order, after positional ones.
def describe(name, age, city="nowhere"):
    print(name, "is", age, "and lives in", city)


describe("Ann", 30)
describe(age=41, name="Bob")
describe("Cy", city="Paris", age=25)
describe("Di", 19, "Oslo")
