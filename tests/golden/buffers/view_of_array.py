# A memoryview of an array shares its items: writes through the view change the array.
from array import array

samples = array("h", [100, -200, 300, -400])
view = memoryview(samples)
print(view.format, view.itemsize, view.nbytes, view.readonly, view.ndim)
print(view.shape, view.strides, len(view), view.obj is samples)
print(view.tolist())
view[0] = 7
view[-1] = -7
print(samples)
view[1:3] = array("h", [11, 22])
print(samples, view[1], view[::2].tolist())
print(view.tobytes())
view.release()
print(view)
