import cyc_a

NAME = "b"


def partial_view():
    return hasattr(cyc_a, "NAME")
