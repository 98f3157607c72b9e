import asyncio

for f in (asyncio.get_running_loop, asyncio.current_task, asyncio.all_tasks):
    try:
        f()
    except RuntimeError as e:
        print(f.__name__, e)
