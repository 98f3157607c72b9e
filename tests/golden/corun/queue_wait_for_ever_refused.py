# A get from an empty queue with no timeout would wait for ever on one thread (CPython hangs
# there): corun raises NotImplementedError naming the wait instead.
import queue

q = queue.Queue()
q.put("only")
print(q.get())
q.get()
