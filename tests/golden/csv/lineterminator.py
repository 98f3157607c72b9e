import csv
import io

buf = io.StringIO()
w = csv.writer(buf, lineterminator="!\n")
w.writerow(["a!b", "c\nd", "e\rf", "plain"])
print(repr(buf.getvalue()))
print(list(csv.reader(["a,b\r\n", "c,d\n", "e,f\r"])))
print(list(csv.reader(["a,b", "", "c"])))
print(csv.__version__, "Sniffer" in csv.__all__, len(csv.__all__))
