# An expat error nobody catches ends the program with its traceback.
import xml.parsers.expat

parser = xml.parsers.expat.ParserCreate()
parser.StartElementHandler = lambda name, attrs: print("open", name, attrs)
parser.Parse("<order id='1'>\n  <item sku='A'>\n</order>", True)
