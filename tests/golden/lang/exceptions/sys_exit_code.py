import sys
print(sys.argv[0], sys.getrecursionlimit(), sys.version_info[:2])
sys.setrecursionlimit(50)
def f(n):
    return f(n+1)
try:
    f(0)
except RecursionError as e:
    print(e)
sys.exit(3)
