# corun-args: --virtual-time
# Failures and errors of async tests, counted by a result object.
import asyncio
import unittest

class AsyncFailures(unittest.IsolatedAsyncioTestCase):
    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(await asyncio.sleep(0, 1), 2)

    async def test_errors(self):
        await asyncio.sleep(0)
        raise LookupError("gone")

    async def test_passes(self):
        self.assertEqual(await asyncio.sleep(0, 3), 3)

suite = unittest.defaultTestLoader.loadTestsFromTestCase(AsyncFailures)
result = unittest.TestResult()
suite.run(result)
print(result)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, text in result.failures + result.errors:
    print(test.id(), "->", text.strip().splitlines()[-1])
