# Standard input that is empty (as under the test runner), and one the program replaces.
import io
import sys

print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable())
print(sys.stdin is sys.__stdin__, type(sys.stdin.buffer).__name__, sys.stdin.buffer.name)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(repr(sys.stdin.buffer.read()))
try:
    input("prompt> ")
except EOFError as e:
    print("\nEOFError:", e)

sys.stdin = io.StringIO("alice\n42\nrest of it\n")
name = input("name? ")
age = int(input("age? "))
print()
print(name, age, sys.stdin.read().split())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
sys.stdin = sys.__stdin__
print(sys.stdin.read() == "")
