# Keyword arguments go on to the child: cwd and env.
import asyncio
import os
import tempfile
from asyncio.subprocess import PIPE


async def main():
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "marker.txt"), "w") as f:
            f.write("x")
        proc = await asyncio.create_subprocess_exec("ls", cwd=d, stdout=PIPE)
        out, _ = await proc.communicate()
        print("ls in cwd:", out)
    proc = await asyncio.create_subprocess_shell("echo \"$GREETING $WHO\"", stdout=PIPE,
                                                 env={"GREETING": "hi", "WHO": "there",
                                                      "PATH": os.environ["PATH"]})
    out, _ = await proc.communicate()
    print("env:", out)
    try:
        await asyncio.create_subprocess_exec("ls", cwd="/no/such/dir")
    except FileNotFoundError as e:
        print("bad cwd:", e)


asyncio.run(main())
