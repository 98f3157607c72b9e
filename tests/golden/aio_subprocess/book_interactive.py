# Talking to an interactive child: write a question, read the answer, several times over,
# then close its input and wait for the stream to close.
import asyncio
from asyncio.subprocess import PIPE

CALCULATOR = """
while read a op b; do
  case $op in
    +) echo "$a + $b = $((a + b))" ;;
    '*') echo "$a * $b = $((a * b))" ;;
    *) echo "unknown operator $op" >&2; echo "?" ;;
  esac
done
echo bye
"""


async def main():
    proc = await asyncio.create_subprocess_shell(CALCULATOR, stdin=PIPE, stdout=PIPE,
                                                 stderr=PIPE)
    for question in ["2 + 3", "6 * 7", "1 / 0", "10 + 20"]:
        proc.stdin.write(question.encode() + b"\n")
        await proc.stdin.drain()
        answer = await proc.stdout.readline()
        print(f"{question!r} -> {answer.decode().strip()}")
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print("stdin closing:", proc.stdin.is_closing())
    print("last words:", await proc.stdout.read())
    print("errors:", await proc.stderr.read())
    print("exit:", await proc.wait())


asyncio.run(main())
