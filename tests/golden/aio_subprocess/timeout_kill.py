# A slow child stopped by a timeout: wait_for gives up, the child is killed and reaped.
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("sleep", "5")
    print("running:", proc.returncode)
    try:
        await asyncio.wait_for(proc.wait(), timeout=0.2)
    except asyncio.TimeoutError:
        print("too slow, killing it")
        proc.kill()
    print("code:", await proc.wait())
    print("returncode:", proc.returncode)

    # The same with communicate() and captured output so far.
    proc = await asyncio.create_subprocess_shell(
        "echo started; sleep 5; echo never", stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.readline())
    try:
        await asyncio.wait_for(proc.communicate(), 0.2)
    except asyncio.TimeoutError:
        print("timed out")
        proc.kill()
        print("after kill:", await proc.wait())


asyncio.run(main())
