# Walking e.__traceback__ by hand: tb_frame, tb_lineno, tb_next, f_code.
def parse(text):
    raise ValueError(f"cannot parse {text!r}")

def load(text):
    parse(text)

def main():
    load("x=1")

try:
    main()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, type(tb.tb_frame.f_code).__name__)
    depth = 0
    while tb is not None:
        code = tb.tb_frame.f_code
        print(depth, code.co_name, tb.tb_lineno, code.co_filename.endswith("tb_object_chain.py"))
        tb = tb.tb_next
        depth += 1
