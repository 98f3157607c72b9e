# terminate(), send_signal() and kill(), and their return codes.
import asyncio
import signal


async def main():
    proc = await asyncio.create_subprocess_exec("sleep", "5")
    proc.terminate()
    print("terminate:", await proc.wait())

    proc = await asyncio.create_subprocess_exec("sleep", "5")
    proc.send_signal(signal.SIGINT)
    print("SIGINT:", await proc.wait())

    # The shell says when its trap is set; a TERM before that would end it unheard.
    proc = await asyncio.create_subprocess_shell(
        "trap 'echo caught; exit 3' TERM; echo ready; sleep 5 & wait", stdout=asyncio.subprocess.PIPE)
    print("shell:", await proc.stdout.readline())
    proc.terminate()
    out, _ = await proc.communicate()
    print("trapped:", out, proc.returncode)

    # Signalling a child that has ended and been waited for.
    proc = await asyncio.create_subprocess_exec("true")
    print("true:", await proc.wait())
    try:
        proc.kill()
    except ProcessLookupError as e:
        print("kill after exit:", type(e).__name__)


asyncio.run(main())
