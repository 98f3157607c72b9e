# Text that float() rejects.
for s in ['', ' ', '0x10', '1.2.3', 'e5', '.e5', '1e', '1_e5', '1e_5', '_1', '1_', '1__0', 'infinit', 'nan1', '- 1']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
