# Reads an RSS 2.0 feed: channel metadata, items, categories and enclosures.
import xml.etree.ElementTree as ET

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Example Engineering Blog</title>
    <link>https://blog.example.com/</link>
    <description>Notes on building things &amp; breaking them</description>
    <item>
      <title>Profiling a slow query</title>
      <link>https://blog.example.com/slow-query</link>
      <category>databases</category>
      <category>performance</category>
      <pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>
    </item>
    <item>
      <title>Caf\u00e9 &lt;script&gt; escaping</title>
      <link>https://blog.example.com/escaping</link>
      <category>security</category>
      <enclosure url="https://cdn.example.com/talk.mp3" length="123456" type="audio/mpeg"/>
    </item>
    <item>
      <title><![CDATA[Generics in <Rust>]]></title>
      <link>https://blog.example.com/generics</link>
    </item>
  </channel>
</rss>
"""

root = ET.fromstring(FEED)
print(root.tag, root.attrib, root.get("version"))
channel = root.find("channel")
print("title:", channel.findtext("title"))
print("description:", channel.findtext("description"))
print("missing:", channel.findtext("language"), channel.findtext("language", "en"))
for n, item in enumerate(channel.iter("item"), 1):
    cats = [c.text for c in item.findall("category")]
    print(f"{n}. {item.findtext('title')!r} -> {item.findtext('link')}")
    print("   categories:", cats or "none")
    enc = item.find("enclosure")
    if enc is not None:
        print("   enclosure:", enc.get("type"), int(enc.get("length")) // 1024, "KiB")
print("all links:", [e.text.rsplit("/", 1)[-1] for e in root.iter("link")][1:])
print("tagged:", [i.findtext("title") for i in root.findall(".//item[category='security']")])
print("count:", len(channel.findall("item")), len(list(root.iter())))
