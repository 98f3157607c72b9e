# corun-args: --virtual-time
import asyncio
from dataclasses import dataclass, field

@dataclass
class Job:
    name: str
    delay: float
    log: list = field(default_factory=list)

    async def run(self):
        self.log.append("start")
        await asyncio.sleep(self.delay)
        self.log.append("end")
        return self.name

async def main():
    jobs = [Job("a", 0.02), Job("b", 0.01)]
    print(await asyncio.gather(*(j.run() for j in jobs)))
    print(jobs)

asyncio.run(main())
