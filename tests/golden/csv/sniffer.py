import csv
import io

samples = {
    "commas": "a,b,c\n1,2,3\n4,5,6\n",
    "semicolons": "name;age\nann;30\nbob;25\n",
    "tabs": "x\ty\tz\n1\t2\t3\n",
    "quoted": '"a","b"\n"c","d"\n',
    "single quotes": "'x', 'y'\n'1', '2'\n",
    "doubled quotes": 'id,"desc"\n1,"he said ""hi"""\n',
    "spaced": "Name, Age, City\nAnn, 30, Oslo\nBob, 25, Rome\n",
    "pipes": "a|b\n1|2\n3|4\n",
}
sniffer = csv.Sniffer()
for label, text in samples.items():
    d = sniffer.sniff(text)
    print(f"{label:15} {d.delimiter!r:5} {d.quotechar!r} {d.doublequote} {d.skipinitialspace} "
          f"{sniffer.has_header(text)}")
d = sniffer.sniff("a;b,c\n1;2,3\n", delimiters=",")
print(repr(d.delimiter), d._name, issubclass(d, csv.Dialect), d.lineterminator == "\r\n")
try:
    sniffer.sniff("abc\ndef\n")
except csv.Error as e:
    print("Error:", e)
print(sniffer.preferred)
