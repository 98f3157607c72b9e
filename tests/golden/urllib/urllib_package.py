# urllib as a package: importing the submodule in the usual ways.
import urllib.parse
import urllib
from urllib import parse
from urllib.parse import SplitResult, ParseResult, DefragResult

print(urllib.parse is parse, parse.__name__, urllib.__name__)
print(hasattr(urllib, "parse"))
r = SplitResult("https", "h:1", "/p", "q", "")
print(r, r.geturl(), r.port)
p = ParseResult(scheme="http", netloc="x", path="/", params="", query="", fragment="f")
print(p.geturl(), p._asdict())
print(DefragResult("u", "f").geturl(), DefragResult("u", "").geturl())
print([n in parse.__all__ for n in ["urlparse", "quote", "urlencode", "parse_qs"]])
print("http" in parse.uses_netloc, "mailto" in parse.uses_relative)
