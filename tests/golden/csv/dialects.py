import csv
import io

print(sorted(csv.list_dialects()))
for name in ["excel", "excel-tab", "unix"]:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting,
          d.doublequote, d.skipinitialspace, d.strict, d.escapechar)
for name in ["excel", "excel-tab", "unix"]:
    buf = io.StringIO()
    csv.writer(buf, dialect=name).writerow(["a b", 1, "c,d"])
    print(name, repr(buf.getvalue()))
print(csv.excel.delimiter, csv.excel_tab.delimiter == "\t", csv.unix_dialect.quoting == csv.QUOTE_ALL)
