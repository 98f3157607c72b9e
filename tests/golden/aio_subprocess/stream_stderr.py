# Following stdout and stderr of one child at the same time, as a build tool shows them.
# (Half a second apart, so that a loaded machine keeps the order.)
import asyncio
from asyncio.subprocess import PIPE

SCRIPT = """
echo 'compiling a.c'
sleep 0.5
echo 'a.c:3: warning: unused variable' >&2
sleep 0.5
echo 'compiling b.c'
sleep 0.5
echo 'b.c:9: error: expected ;' >&2
exit 1
"""


async def follow(stream, tag, log):
    async for line in stream:
        log.append(f"{tag} {line.decode().rstrip()}")


async def main():
    proc = await asyncio.create_subprocess_shell(SCRIPT, stdout=PIPE, stderr=PIPE)
    log = []
    await asyncio.gather(follow(proc.stdout, "out", log), follow(proc.stderr, "ERR", log))
    code = await proc.wait()
    print("\n".join(log))
    print("build", "failed" if code else "succeeded", f"(exit {code})")


asyncio.run(main())
