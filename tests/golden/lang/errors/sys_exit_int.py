# sys.exit with an int: the exit status, no traceback; finally still runs.
import sys


def main():
    try:
        print("exiting with 3")
        sys.exit(3)
    finally:
        print("finally ran")


main()
print("never")
