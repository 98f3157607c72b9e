# A bytearray used as a stack and a queue of small ints.
stack = bytearray()
for op in [5, 3, "+", 4, "*", 2, "-"]:
    if isinstance(op, int):
        stack.append(op)
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "*": a * b, "-": a - b}[op])
    print(op, list(stack))
queue = bytearray(b"\x01\x02\x03")
queue.append(4)
print(queue.pop(0), queue.pop(0), queue, bool(queue), queue.index(3))
