# An undo stack walks its history backwards and saves its place: reversed iterators of lists
# and tuples pickle as reversed(seq) with the index of the next item.
import pickle

history = ["open", "type", "paste", "save"]
frozen = tuple(history)

for seq in (history, frozen):
    undo = reversed(seq)
    print(type(undo).__name__, undo.__reduce__()[0].__name__, undo.__reduce__()[2])
    next(undo)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(undo, proto))
        assert type(again) is type(undo)
        assert list(again) == ["paste", "type", "open"]
    print(list(undo), undo.__reduce__())

for state in (0, 2, -7, 40):
    undo = reversed(history)
    undo.__setstate__(state)
    print(state, list(undo))
