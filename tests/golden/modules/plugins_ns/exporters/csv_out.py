from plugins_ns.exporters import helpers

NAME = "csv"


def export(rows):
    return "\n".join(helpers.join(r, ",") for r in rows)
