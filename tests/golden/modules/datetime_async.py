import asyncio
from datetime import datetime, timedelta, timezone


class Job:
    def __init__(self, name, delay_ms):
        self.name = name
        self.delay = timedelta(milliseconds=delay_ms)
        self.started = None
        self.finished = None

    async def run(self):
        self.started = datetime.now()
        await asyncio.sleep(self.delay.total_seconds())
        self.finished = datetime.now()
        return self.finished - self.started


async def main():
    # Delays far enough apart that a loaded machine does not change the order.
    jobs = [Job("a", 300), Job("b", 100), Job("c", 200)]
    results = await asyncio.gather(*(j.run() for j in jobs))
    for job, took in zip(jobs, results):
        print(job.name, type(took).__name__, took >= job.delay - timedelta(milliseconds=2),
              took < timedelta(seconds=30))
    order = sorted(jobs, key=lambda j: j.finished)
    print([j.name for j in order])
    deadline = datetime(2024, 6, 1, 9, 30, tzinfo=timezone.utc)
    schedule = [deadline + timedelta(minutes=15 * i) for i in range(4)]
    for when in schedule:
        print(when.strftime("%H:%M"), when.isoformat())
    print(max(schedule) - min(schedule), repr(schedule[1] - schedule[0]))


asyncio.run(main())
