# Run a program and collect its output with communicate().
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec("echo", "hello", "world", stdout=PIPE)
    print("pid is an int:", isinstance(proc.pid, int) and proc.pid > 0)
    print("stdin/stderr:", proc.stdin, proc.stderr)
    out, err = await proc.communicate()
    print("stdout:", out)
    print("stderr:", err)
    print("returncode:", proc.returncode)
    # A second communicate() after the end gives empty output.
    print("again:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("printf", "a\\nb\\nc", stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    print(out.decode().split("\n"), err, proc.returncode)


asyncio.run(main())
