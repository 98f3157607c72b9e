"""`asyncio.tasks`: tasks and the functions that wait for them. They are asyncio's own
(native), gathered here under CPython's module."""

from asyncio import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait,
                     wait_for, as_completed, sleep, gather, shield, ensure_future,
                     run_coroutine_threadsafe, current_task, all_tasks)

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
           'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks')
