from cyc_from_b import OTHER

VALUE = 1
