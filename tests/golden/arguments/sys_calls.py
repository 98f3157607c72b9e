# The sys module's functions and the methods of sys.stdout and sys.stderr, called rightly and wrongly.
import sys
try:
    print('sys.exit(1, 2)', "->", repr(sys.exit(1, 2)))
except Exception as e:
    print('sys.exit(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('sys.exit(status=1)', "->", repr(sys.exit(status=1)))
except Exception as e:
    print('sys.exit(status=1)', "->", type(e).__name__ + ":", e)
try:
    print('sys.getrecursionlimit()', "->", repr(sys.getrecursionlimit()))
except Exception as e:
    print('sys.getrecursionlimit()', "->", type(e).__name__ + ":", e)
try:
    print('sys.getrecursionlimit(1)', "->", repr(sys.getrecursionlimit(1)))
except Exception as e:
    print('sys.getrecursionlimit(1)', "->", type(e).__name__ + ":", e)
try:
    print('sys.getrecursionlimit(x=1)', "->", repr(sys.getrecursionlimit(x=1)))
except Exception as e:
    print('sys.getrecursionlimit(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit()', "->", repr(sys.setrecursionlimit()))
except Exception as e:
    print('sys.setrecursionlimit()', "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit(1, 2)', "->", repr(sys.setrecursionlimit(1, 2)))
except Exception as e:
    print('sys.setrecursionlimit(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit(limit=100)', "->", repr(sys.setrecursionlimit(limit=100)))
except Exception as e:
    print('sys.setrecursionlimit(limit=100)', "->", type(e).__name__ + ":", e)
try:
    print("sys.setrecursionlimit('a')", "->", repr(sys.setrecursionlimit('a')))
except Exception as e:
    print("sys.setrecursionlimit('a')", "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit(1.5)', "->", repr(sys.setrecursionlimit(1.5)))
except Exception as e:
    print('sys.setrecursionlimit(1.5)', "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit(0)', "->", repr(sys.setrecursionlimit(0)))
except Exception as e:
    print('sys.setrecursionlimit(0)', "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit(-5)', "->", repr(sys.setrecursionlimit(-5)))
except Exception as e:
    print('sys.setrecursionlimit(-5)', "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit(10**30)', "->", repr(sys.setrecursionlimit(10**30)))
except Exception as e:
    print('sys.setrecursionlimit(10**30)', "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit(2000)', "->", repr(sys.setrecursionlimit(2000)))
except Exception as e:
    print('sys.setrecursionlimit(2000)', "->", type(e).__name__ + ":", e)
try:
    print('sys.getrecursionlimit()', "->", repr(sys.getrecursionlimit()))
except Exception as e:
    print('sys.getrecursionlimit()', "->", type(e).__name__ + ":", e)
try:
    print('sys.setrecursionlimit(1000)', "->", repr(sys.setrecursionlimit(1000)))
except Exception as e:
    print('sys.setrecursionlimit(1000)', "->", type(e).__name__ + ":", e)
try:
    print('sys.stdout.write()', "->", repr(sys.stdout.write()))
except Exception as e:
    print('sys.stdout.write()', "->", type(e).__name__ + ":", e)
try:
    print('sys.stdout.write(1)', "->", repr(sys.stdout.write(1)))
except Exception as e:
    print('sys.stdout.write(1)', "->", type(e).__name__ + ":", e)
try:
    print("sys.stdout.write('a', 'b')", "->", repr(sys.stdout.write('a', 'b')))
except Exception as e:
    print("sys.stdout.write('a', 'b')", "->", type(e).__name__ + ":", e)
try:
    print("sys.stdout.write(s='a')", "->", repr(sys.stdout.write(s='a')))
except Exception as e:
    print("sys.stdout.write(s='a')", "->", type(e).__name__ + ":", e)
try:
    print("sys.stdout.write('written\\n')", "->", repr(sys.stdout.write('written\n')))
except Exception as e:
    print("sys.stdout.write('written\\n')", "->", type(e).__name__ + ":", e)
try:
    print("sys.stdout.write('')", "->", repr(sys.stdout.write('')))
except Exception as e:
    print("sys.stdout.write('')", "->", type(e).__name__ + ":", e)
try:
    print('sys.stdout.flush()', "->", repr(sys.stdout.flush()))
except Exception as e:
    print('sys.stdout.flush()', "->", type(e).__name__ + ":", e)
try:
    print('sys.stdout.flush(1)', "->", repr(sys.stdout.flush(1)))
except Exception as e:
    print('sys.stdout.flush(1)', "->", type(e).__name__ + ":", e)
try:
    print('sys.stdout.flush(x=1)', "->", repr(sys.stdout.flush(x=1)))
except Exception as e:
    print('sys.stdout.flush(x=1)', "->", type(e).__name__ + ":", e)
try:
    print("type(sys.stdout).write(1, 'a')", "->", repr(type(sys.stdout).write(1, 'a')))
except Exception as e:
    print("type(sys.stdout).write(1, 'a')", "->", type(e).__name__ + ":", e)
try:
    print('type(sys.stdout).write()', "->", repr(type(sys.stdout).write()))
except Exception as e:
    print('type(sys.stdout).write()', "->", type(e).__name__ + ":", e)
try:
    print("type(sys.stdout).write(sys.stdout, 'via the class\\n')", "->", repr(type(sys.stdout).write(sys.stdout, 'via the class\n')))
except Exception as e:
    print("type(sys.stdout).write(sys.stdout, 'via the class\\n')", "->", type(e).__name__ + ":", e)
try:
    print('type(sys.stdout).flush()', "->", repr(type(sys.stdout).flush()))
except Exception as e:
    print('type(sys.stdout).flush()', "->", type(e).__name__ + ":", e)
try:
    print('type(sys.stdout).flush(5)', "->", repr(type(sys.stdout).flush(5)))
except Exception as e:
    print('type(sys.stdout).flush(5)', "->", type(e).__name__ + ":", e)
try:
    print("sys.stderr.write('')", "->", repr(sys.stderr.write('')))
except Exception as e:
    print("sys.stderr.write('')", "->", type(e).__name__ + ":", e)
try:
    print('sys.stderr.write(None)', "->", repr(sys.stderr.write(None)))
except Exception as e:
    print('sys.stderr.write(None)', "->", type(e).__name__ + ":", e)
try:
    print('sys.stderr.flush()', "->", repr(sys.stderr.flush()))
except Exception as e:
    print('sys.stderr.flush()', "->", type(e).__name__ + ":", e)
