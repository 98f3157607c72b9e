# Trees of async code: the nodes for await, async for/with and async comprehensions; the tree is
# compiled and run by asyncio.
import ast
import asyncio

SOURCE = '''
import asyncio

class Resource:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        print("exit")

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    async with Resource() as r:
        values = [i async for i in ticks(4) if i % 2 == 0]
        async for i in ticks(2):
            print("tick", i)
    return values, await asyncio.gather(*(asyncio.sleep(0, result=k) for k in "ab"))
'''

tree = ast.parse(SOURCE)
kinds = sorted({type(n).__name__ for n in ast.walk(tree)
                if isinstance(n, (ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await))})
print(kinds)
comp = tree.body[3].body[0].body[0].value
print(ast.dump(comp.generators[0]))
print(ast.unparse(tree.body[3]))
ns = {}
exec(compile(tree, "<async>", "exec"), ns)
print(asyncio.run(ns["main"]()))
