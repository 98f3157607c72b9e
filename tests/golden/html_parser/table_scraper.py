# Reads the rows of an HTML table into dictionaries keyed by the header cells.
from html.parser import HTMLParser


class TableScraper(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows = []
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""
            span = dict(attrs).get("colspan")
            self.span = int(span) if span else 1

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.extend([self.cell.strip()] * self.span)
            self.cell = None
        elif tag == "tr":
            self.rows.append(self.row)

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


HTML = """
<table class="stats">
  <thead><tr><th>City</th><th>Country</th><th>Population</th></tr></thead>
  <tbody>
    <tr><td>Tokyo</td><td>Japan</td><td>37,400,068</td></tr>
    <tr><td>Delhi</td><td>India</td><td>28,514,000</td></tr>
    <tr><td>S&atilde;o Paulo</td><td>Brazil</td><td>21,650,000</td></tr>
    <tr><TD colspan="2">Unknown &mdash; no data</TD><td>0</td></tr>
  </tbody>
</table>"""

s = TableScraper()
s.feed(HTML)
s.close()
header, *body = s.rows
records = [dict(zip(header, r)) for r in body]
for r in records:
    print(r)
total = sum(int(r["Population"].replace(",", "")) for r in records)
print(f"total population: {total:,}")
