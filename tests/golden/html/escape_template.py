import html

# Rendering user data into a page.
rows = [("Widget <small>", 3, "5\" long"), ("Tom & Jerry's", 1, "<b>bold</b>")]
out = ["<table>"]
for name, qty, note in rows:
    out.append(f'  <tr title="{html.escape(note)}"><td>{html.escape(name)}</td>'
               f"<td>{qty}</td></tr>")
out.append("</table>")
print("\n".join(out))
