# An uncaught exception raised explicitly with several args.
def validate(x):
    if x < 0:
        raise ValueError("negative", x)
    return x


print(validate(5))
validate(-2)
