# A script importing a module that sits beside it (helper_greetings.py, which has no .out and
# so is not a test of its own).
import helper_greetings

print(helper_greetings.greet("module"))
print(helper_greetings.TIMES)
