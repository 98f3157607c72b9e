# The methods of int and float, and their errors for wrong receivers and arguments.
class F(float): pass
class I(int): pass
# The methods of int and float, and their errors for wrong receivers and arguments.
try:
    print('(5).bit_length()', "->", repr((5).bit_length()))
except Exception as e:
    print('(5).bit_length()', "->", type(e).__name__ + ":", e)
try:
    print('(5).bit_length(1)', "->", repr((5).bit_length(1)))
except Exception as e:
    print('(5).bit_length(1)', "->", type(e).__name__ + ":", e)
try:
    print('(5).bit_length(x=1)', "->", repr((5).bit_length(x=1)))
except Exception as e:
    print('(5).bit_length(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('int.bit_length()', "->", repr(int.bit_length()))
except Exception as e:
    print('int.bit_length()', "->", type(e).__name__ + ":", e)
try:
    print('int.bit_length(2.0)', "->", repr(int.bit_length(2.0)))
except Exception as e:
    print('int.bit_length(2.0)', "->", type(e).__name__ + ":", e)
try:
    print('int.bit_length(True)', "->", repr(int.bit_length(True)))
except Exception as e:
    print('int.bit_length(True)', "->", type(e).__name__ + ":", e)
try:
    print('(-7).bit_count()', "->", repr((-7).bit_count()))
except Exception as e:
    print('(-7).bit_count()', "->", type(e).__name__ + ":", e)
try:
    print('True.bit_count()', "->", repr(True.bit_count()))
except Exception as e:
    print('True.bit_count()', "->", type(e).__name__ + ":", e)
try:
    print('(10**30).bit_length()', "->", repr((10**30).bit_length()))
except Exception as e:
    print('(10**30).bit_length()', "->", type(e).__name__ + ":", e)
try:
    print('(5).conjugate()', "->", repr((5).conjugate()))
except Exception as e:
    print('(5).conjugate()', "->", type(e).__name__ + ":", e)
try:
    print('(5).as_integer_ratio()', "->", repr((5).as_integer_ratio()))
except Exception as e:
    print('(5).as_integer_ratio()', "->", type(e).__name__ + ":", e)
try:
    print('(2.5).is_integer()', "->", repr((2.5).is_integer()))
except Exception as e:
    print('(2.5).is_integer()', "->", type(e).__name__ + ":", e)
try:
    print('(2.0).is_integer()', "->", repr((2.0).is_integer()))
except Exception as e:
    print('(2.0).is_integer()', "->", type(e).__name__ + ":", e)
try:
    print('float.is_integer(1)', "->", repr(float.is_integer(1)))
except Exception as e:
    print('float.is_integer(1)', "->", type(e).__name__ + ":", e)
try:
    print('float.is_integer()', "->", repr(float.is_integer()))
except Exception as e:
    print('float.is_integer()', "->", type(e).__name__ + ":", e)
try:
    print('(2.5).hex().upper()', "->", repr((2.5).hex().upper()))
except Exception as e:
    print('(2.5).hex().upper()', "->", type(e).__name__ + ":", e)
try:
    print('(-0.0).hex().upper()', "->", repr((-0.0).hex().upper()))
except Exception as e:
    print('(-0.0).hex().upper()', "->", type(e).__name__ + ":", e)
try:
    print("float('inf').hex().upper()", "->", repr(float('inf').hex().upper()))
except Exception as e:
    print("float('inf').hex().upper()", "->", type(e).__name__ + ":", e)
try:
    print('(2.5).as_integer_ratio()', "->", repr((2.5).as_integer_ratio()))
except Exception as e:
    print('(2.5).as_integer_ratio()', "->", type(e).__name__ + ":", e)
try:
    print("float('inf').as_integer_ratio()", "->", repr(float('inf').as_integer_ratio()))
except Exception as e:
    print("float('inf').as_integer_ratio()", "->", type(e).__name__ + ":", e)
try:
    print('(1.5).conjugate()', "->", repr((1.5).conjugate()))
except Exception as e:
    print('(1.5).conjugate()', "->", type(e).__name__ + ":", e)
try:
    print('float.hex(1.0, 2)', "->", repr(float.hex(1.0, 2)))
except Exception as e:
    print('float.hex(1.0, 2)', "->", type(e).__name__ + ":", e)
try:
    print('F(2.5).hex().upper()', "->", repr(F(2.5).hex().upper()))
except Exception as e:
    print('F(2.5).hex().upper()', "->", type(e).__name__ + ":", e)
try:
    print('I(9).bit_length()', "->", repr(I(9).bit_length()))
except Exception as e:
    print('I(9).bit_length()', "->", type(e).__name__ + ":", e)
try:
    print('float.hex(F(3.0)).upper()', "->", repr(float.hex(F(3.0)).upper()))
except Exception as e:
    print('float.hex(F(3.0)).upper()', "->", type(e).__name__ + ":", e)
