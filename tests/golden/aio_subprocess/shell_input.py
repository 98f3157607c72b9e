# A shell command reading its input from communicate(input).
import asyncio
import asyncio.subprocess as sp


async def main():
    proc = await asyncio.create_subprocess_shell(
        "tr a-z A-Z; echo 'done' >&2; exit 4",
        stdin=sp.PIPE, stdout=sp.PIPE, stderr=sp.PIPE)
    out, err = await proc.communicate(b"shout this\nand this\n")
    print(out.decode(), end="")
    print("stderr:", err)
    print("code:", proc.returncode)

    # The book's greeting program: it reads a name and answers.
    proc = await asyncio.create_subprocess_shell(
        'read name; echo "Hello, $name!"', stdin=sp.PIPE, stdout=sp.PIPE)
    out, _ = await proc.communicate(input=b"Ada\n")
    print(out)
    # Empty input: stdin is closed, so the child sees the end of its input at once.
    proc = await asyncio.create_subprocess_exec("wc", "-c", stdin=sp.PIPE, stdout=sp.PIPE)
    out, _ = await proc.communicate(b"")
    print(out.strip())


asyncio.run(main())
