# termios on something that is not a terminal raises termios.error with errno and message.
import os
import termios

r, w = os.pipe()
for fd in (r, -1):
    try:
        termios.tcgetattr(fd)
    except (termios.error, ValueError) as e:
        print(type(e).__name__, e.args, isinstance(e, OSError))
with open(os.devnull, "rb") as f:
    try:
        termios.tcgetattr(f)
    except termios.error as e:
        print("devnull:", e.args)
try:
    termios.tcgetattr("x")
except TypeError as e:
    print("TypeError", e)
try:
    termios.tcsetattr(r, termios.TCSANOW, [0] * 7)
except (TypeError, termios.error) as e:
    print(type(e).__name__, e)
try:
    termios.tcsetattr(r, termios.TCSANOW, [0, 0, 0, 0, 0, 0, [b"\0"] * termios.NCCS])
except (TypeError, termios.error) as e:
    print(type(e).__name__, e)
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.ECHO, termios.ICANON)
os.close(r)
os.close(w)
