# corun-args: --virtual-time
# IsolatedAsyncioTestCase: async set-up, tests, tear-down and cleanups, a fresh loop per test.
import asyncio
import unittest

events = []

class Service:
    def __init__(self):
        self.open = False

    async def start(self):
        await asyncio.sleep(0)
        self.open = True

    async def stop(self):
        await asyncio.sleep(0)
        self.open = False
        events.append("stopped")

class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        self.service = Service()
        await self.service.start()
        self.addAsyncCleanup(self.service.stop)
        self.loop = asyncio.get_running_loop()
        events.append("asyncSetUp")

    async def test_running(self):
        self.assertTrue(self.service.open)
        self.assertIs(asyncio.get_running_loop(), self.loop)
        result = await asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b"))
        self.assertEqual(result, ["a", "b"])
        events.append("test_running")

    async def test_timeout(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(10), 0.01)
        events.append("test_timeout")

    def test_sync_method(self):
        events.append("test_sync_method")

    @unittest.skip("later")
    async def test_skipped(self):
        pass

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

if __name__ == "__main__":
    unittest.main(verbosity=2, exit=False)
    print("\n".join(events))
