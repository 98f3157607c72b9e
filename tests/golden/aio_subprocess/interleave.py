# Two children writing at different times: their lines arrive interleaved as they are
# written, because the loop reads whichever pipe has data. (Half a second apart, so that a loaded
# machine keeps the order.)
import asyncio
from asyncio.subprocess import PIPE

SCRIPT_A = "echo a1; sleep 1; echo a2; sleep 1; echo a3"
SCRIPT_B = "sleep 0.5; echo b1; sleep 1; echo b2"


async def follow(name, cmd, log):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE)
    async for line in proc.stdout:
        log.append(line.decode().strip())
        print(f"{name}: {line.decode().strip()}")
    return await proc.wait()


async def main():
    log = []
    codes = await asyncio.gather(follow("A", SCRIPT_A, log), follow("B", SCRIPT_B, log))
    print("order:", " ".join(log))
    print("codes:", codes)


asyncio.run(main())
