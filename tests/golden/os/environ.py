# Reading and changing the environment.
import os

print(os.getenv("HOME") is not None, os.getenv("NO_SUCH_VAR_42"), os.getenv("NO_SUCH_VAR_42", "dflt"))
print("PATH" in os.environ, isinstance(os.environ, dict))
os.environ["CORUN_TEST_VAR"] = "1"
print(os.environ["CORUN_TEST_VAR"], os.getenv("CORUN_TEST_VAR"))
os.environ.setdefault("CORUN_TEST_VAR", "2")
os.environ.setdefault("CORUN_TEST_OTHER", "3")
print(os.environ["CORUN_TEST_VAR"], os.environ.get("CORUN_TEST_OTHER"))
del os.environ["CORUN_TEST_VAR"]
print(os.getenv("CORUN_TEST_VAR"), os.environ.pop("CORUN_TEST_OTHER"), "CORUN_TEST_OTHER" in os.environ)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ["NO_SUCH_VAR_42"]
except KeyError as e:
    print("KeyError:", e)
