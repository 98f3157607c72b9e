import io
import shutil

src = io.StringIO("line\n" * 5)
dst = io.StringIO()
shutil.copyfileobj(src, dst)
print(repr(dst.getvalue()))
src = io.StringIO("x" * 100)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()))
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
