import plugins_ns.exporters.csv_out as csv_out

REGISTRY = {csv_out.NAME: csv_out.export}
