from cyc_from_a import VALUE

OTHER = 2
