# An IsolatedAsyncioTestCase runs setUp, asyncSetUp, the test, the tear-downs and the
# cleanups in one context of its own: a ContextVar set in asyncSetUp is seen by the test,
# and nothing leaks into the next test.
import asyncio
import contextvars
import unittest

request_id = contextvars.ContextVar("request_id", default="none")
tenant = contextvars.ContextVar("tenant", default="none")


class Handlers(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        tenant.set("acme")

    async def asyncSetUp(self):
        print("asyncSetUp sees tenant", tenant.get(), "request", request_id.get())
        request_id.set(f"req-{self._testMethodName}")
        self.addAsyncCleanup(self.cleanup)

    async def cleanup(self):
        await asyncio.sleep(0)
        print("cleanup sees", request_id.get())

    def tearDown(self):
        print("tearDown sees", request_id.get(), tenant.get())

    async def test_handler(self):
        async def handle():
            await asyncio.sleep(0)
            return request_id.get()
        self.assertEqual(await asyncio.create_task(handle()), "req-test_handler")
        print("test sees", request_id.get(), tenant.get())

    async def test_second(self):
        print("second sees", request_id.get())
        request_id.set("changed in test")

    def test_sync(self):
        print("sync test sees", request_id.get(), tenant.get())


if __name__ == "__main__":
    unittest.main(verbosity=2, exit=False)
    print("outside:", request_id.get(), tenant.get())
