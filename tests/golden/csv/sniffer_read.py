import csv
import io

# Read a file whose format is not known in advance.
DATA = '''product;price;stock
"Coffee; dark roast";12.50;30
Tea;4.20;120
"Cocoa ""Dutch""";6.75;0
'''
sample = DATA[:1024]
dialect = csv.Sniffer().sniff(sample)
has_header = csv.Sniffer().has_header(sample)
print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote, has_header)
rows = csv.reader(io.StringIO(DATA), dialect)
if has_header:
    print("columns:", next(rows))
for row in rows:
    print(row)
