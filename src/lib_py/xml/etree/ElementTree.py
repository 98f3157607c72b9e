"""xml.etree.ElementTree: the Element tree, its parsing (over pyexpat), serialization and
ElementPath queries."""

import io
import re
import sys

from . import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "indent",
    "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName",
    "SubElement", "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, "tag")


class Element:
    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        return self.__copy__()

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._children = [copy.deepcopy(c, memo) for c in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            # The new children are taken once, as a list, then checked.
            element = list(_children_of(element))
            for e in element:
                if not isinstance(e, Element):
                    self._assert_is_element(e)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("append() argument must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        self._children.append(subelement)

    def extend(self, elements):
        for element in list(_children_of(elements)):
            if not isinstance(element, Element):
                self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError("expected an Element, not \"%s\"" % type(e).__name__)

    def remove(self, subelement):
        for i, c in enumerate(self._children):
            if c is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    # A plain tag (no namespaces given) is looked for among the children directly, as the C
    # accelerator does; a path goes to ElementPath.
    def find(self, path, namespaces=None):
        if namespaces is None and not _is_path(path):
            for e in self._children:
                if e.tag == path:
                    return e
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if namespaces is None and not _is_path(path):
            for e in self._children:
                if e.tag == path:
                    text = e.text
                    return "" if text is None else text
            return default
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        if namespaces is None and not _is_path(path):
            return [e for e in self._children if e.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        # A walk over the live lists of children (as the C accelerator's iterator reads them),
        # one generator for the whole tree: the element, then each child's subtree in turn.
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        stack = []
        kids = self._children
        i = 0
        while True:
            if i < len(kids):
                e = kids[i]
                i += 1
                if tag is None or e.tag == tag:
                    yield e
                sub = e._children
                if sub:
                    stack.append((kids, i))
                    kids = sub
                    i = 0
            elif stack:
                kids, i = stack.pop()
            else:
                return

    def itertext(self):
        t = self.text
        if t:
            yield t
        # Each entry: the list a parent's walk goes on in, the index there, and the parent,
        # whose tail comes once its own children are done.
        stack = []
        kids = self._children
        i = 0
        while True:
            if i < len(kids):
                e = kids[i]
                i += 1
                t = e.text
                if t:
                    yield t
                sub = e._children
                if sub:
                    stack.append((kids, i, e))
                    kids = sub
                    i = 0
                    continue
            elif stack:
                kids, i, e = stack.pop()
            else:
                return
            t = e.tail
            if t:
                yield t


_new_object = object.__new__
_PATH_CHAR = re.compile("[/*\\[@.]")


def _is_path(path):
    """Whether `path` needs ElementPath: a str or bytes with one of / * [ @ . outside the
    braces of a namespace; anything else is handed to ElementPath too."""
    if isinstance(path, bytes):
        path = path.decode("latin-1")
    elif not isinstance(path, str):
        return True
    if "{" not in path and "}" not in path:
        return _PATH_CHAR.search(path) is not None
    check = True
    for ch in path:
        if ch == "{":
            check = False
        elif ch == "}":
            check = True
        elif check and ch in "/*[@.":
            return True
    return False


def _element(tag, attrib):
    """A new Element holding the dict `attrib` itself, as the C accelerator's tree builder and
    SubElement make them (whatever the class of the parent, without calling its methods)."""
    element = _new_object(Element)
    element.tag = tag
    element.attrib = attrib
    element._children = []
    return element


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be xml.etree.ElementTree.Element, not %s"
                        % type(parent).__name__)
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    element = _element(tag, {**attrib, **extra})
    parent._children.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __le__(self, other):
        return self.text <= (other.text if isinstance(other, QName) else other)

    def __lt__(self, other):
        return self.text < (other.text if isinstance(other, QName) else other)

    def __ge__(self, other):
        return self.text >= (other.text if isinstance(other, QName) else other)

    def __gt__(self, other):
        return self.text > (other.text if isinstance(other, QName) else other)

    def __eq__(self, other):
        return self.text == (other.text if isinstance(other, QName) else other)


class ElementTree:
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future "
                "version.  If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not encoding:
            encoding = "us-ascii"
        parts = _serialize(self._root, encoding, xml_declaration, default_namespace, method,
                           short_empty_elements)
        text = "".join(parts)
        if encoding.lower() == "unicode":
            data = text
        else:
            data = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            f = file_or_filename
            if isinstance(data, bytes) and isinstance(f, io.TextIOBase):
                f.write(data.decode(encoding))
            else:
                f.write(data)
        else:
            if isinstance(data, str):
                with open(file_or_filename, "w", encoding="utf-8",
                          errors="xmlcharrefreplace") as f:
                    f.write(data)
            else:
                with open(file_or_filename, "wb") as f:
                    f.write(data)

    def write_c14n(self, file):
        raise NotImplementedError("corun's ElementTree does not write C14N")


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _serialize(root, encoding, xml_declaration, default_namespace, method,
               short_empty_elements):
    """The pieces of text a tree is written as, in the order they are written."""
    if not method:
        method = "xml"
    elif method not in ("xml", "html", "text"):
        raise ValueError("unknown method %r" % method)
    if method == "html":
        raise NotImplementedError("corun's ElementTree does not write method='html'")
    parts = []
    write = parts.append
    if method == "xml" and (xml_declaration or (
            xml_declaration is None and encoding.lower() not in
            ("utf-8", "us-ascii", "unicode"))):
        declared = "utf-8" if encoding.lower() == "unicode" else encoding
        write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
    if method == "text":
        write("".join(root.itertext()))
    else:
        qnames, namespaces = _namespaces(root, default_namespace)
        _serialize_xml(write, root, qnames, namespaces, short_empty_elements)
    return parts


def _namespaces(elem, default_namespace=None):
    """The serialized name of every tag and attribute name, and the prefixes to declare."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError(
                        "cannot use non-qualified names with default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in (e.attrib.items() if type(e) is Element else e.items()):
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in _children_of(elem):
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            write("<" + tag)
            if type(elem) is Element:
                items = list(elem.attrib.items())
                kids = elem._children
            else:
                items = list(elem.items())
                kids = elem
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ":" + k
                        write(' xmlns%s="%s"' % (k, _escape_attrib(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(v)
                    write(' %s="%s"' % (qnames[k], v))
            if text or len(kids) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in kids:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _children_of(elem):
    """What iterating `elem` gives: an Element's own list of children, read directly (the
    class cannot be changed, as the C accelerator's cannot), or a subclass's iteration."""
    return elem._children if type(elem) is Element else elem


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if '"' in text:
            text = text.replace('"', "&quot;")
        if "\r" in text:
            text = text.replace("\r", "&#13;")
        if "\n" in text:
            text = text.replace("\n", "&#10;")
        if "\t" in text:
            text = text.replace("\t", "&#09;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    parts = _serialize(element, encoding or "us-ascii", xml_declaration, default_namespace,
                       method, short_empty_elements)
    if encoding != "unicode":
        parts = [p.encode(encoding or "us-ascii", "xmlcharrefreplace") for p in parts]
    return parts


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def _indent_children(elem, level):
        child_indentation = level + 1
        if len(indentations) <= child_indentation:
            indentations.append(indentations[level] + space)
        if not elem.text or not elem.text.strip():
            elem.text = indentations[child_indentation]
        for child in elem:
            if len(child):
                _indent_children(child, child_indentation)
            if not child.tail or not child.tail.strip():
                child.tail = indentations[child_indentation]
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    pullparser = XMLPullParser(events=events, _parser=parser)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True

    class IterParseIterator:
        root = None

        def __init__(self):
            self._it = self._run()

        def _run(self):
            try:
                while True:
                    yield from pullparser.read_events()
                    data = source.read(16 * 1024)
                    if not data:
                        break
                    pullparser.feed(data)
                root = pullparser._close_and_return_root()
                yield from pullparser.read_events()
                it.root = root
            finally:
                if close_source:
                    source.close()

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._it)

    it = IterParseIterator()
    return it


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        # None: Elements made directly, holding the attribute dict they are given (as the C
        # accelerator's builder does: `builder.start(tag, attrs).attrib is attrs`).
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        if self._data:
            self._flush()
        if self._factory is None and type(attrs) is dict:
            elem = _element(tag, attrs if attrs else {})
        else:
            elem = (Element if self._factory is None else self._factory)(tag, attrs)
        self._last = elem
        if self._elem:
            parent = self._elem[-1]
            if type(parent) is Element:
                parent._children.append(elem)
            else:
                parent.append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        if self._data:
            self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    def __init__(self, *, target=None, encoding=None):
        from xml.parsers import expat
        parser = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        parser.DefaultHandlerExpand = self._default
        if hasattr(target, "start"):
            parser.StartElementHandler = self._start
        if hasattr(target, "end"):
            parser.EndElementHandler = self._end
        if hasattr(target, "start_ns"):
            parser.StartNamespaceDeclHandler = self._start_ns
        if hasattr(target, "end_ns"):
            parser.EndNamespaceDeclHandler = self._end_ns
        if hasattr(target, "data"):
            parser.CharacterDataHandler = target.data
        if hasattr(target, "comment"):
            parser.CommentHandler = target.comment
        if hasattr(target, "pi"):
            parser.ProcessingInstructionHandler = target.pi
        if hasattr(target, "doctype"):
            parser.StartDoctypeDeclHandler = self._doctype
        parser.buffer_text = 1
        parser.ordered_attributes = 1
        self._doctype_seen = None
        self.entity = {}
        self.version = "Expat 2.5.0"

    def _setevents(self, events_queue, events_to_report):
        parser = self._parser
        append = events_queue.append
        for event_name in events_to_report:
            if event_name == "start":
                def handler(tag, attrib_in, event=event_name, append=append,
                            start=self._start):
                    append((event, start(tag, attrib_in)))
                parser.StartElementHandler = handler
            elif event_name == "end":
                def handler(tag, event=event_name, append=append, end=self._end):
                    append((event, end(tag)))
                parser.EndElementHandler = handler
            elif event_name == "start-ns":
                if hasattr(self.target, "start_ns"):
                    def handler(prefix, uri, event=event_name, append=append,
                                start_ns=self._start_ns):
                        append((event, start_ns(prefix, uri)))
                else:
                    def handler(prefix, uri, event=event_name, append=append):
                        append((event, (prefix or "", uri or "")))
                parser.StartNamespaceDeclHandler = handler
            elif event_name == "end-ns":
                if hasattr(self.target, "end_ns"):
                    def handler(prefix, event=event_name, append=append,
                                end_ns=self._end_ns):
                        append((event, end_ns(prefix)))
                else:
                    def handler(prefix, event=event_name, append=append):
                        append((event, None))
                parser.EndNamespaceDeclHandler = handler
            elif event_name == "comment":
                def handler(text, event=event_name, append=append, self=self):
                    append((event, self.target.comment(text)))
                parser.CommentHandler = handler
            elif event_name == "pi":
                def handler(pi_target, data, event=event_name, append=append, self=self):
                    append((event, self.target.pi(pi_target, data)))
                parser.ProcessingInstructionHandler = handler
            else:
                raise ValueError("unknown event %r" % event_name)

    def _raiseerror(self, value):
        err = ParseError(str(value))
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err

    def _fixname(self, key):
        try:
            name = self._names[key]
        except KeyError:
            name = key
            if "}" in name:
                name = "{" + name
            self._names[key] = name
        return name

    def _start_ns(self, prefix, uri):
        return self.target.start_ns(prefix or "", uri or "")

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or "")

    def _start(self, tag, attr_list):
        fixname = self._fixname
        tag = self._names.get(tag) or fixname(tag)
        attrib = {}
        if attr_list:
            for i in range(0, len(attr_list), 2):
                attrib[fixname(attr_list[i])] = attr_list[i + 1]
        return self.target.start(tag, attrib)

    def _end(self, tag):
        return self.target.end(self._names.get(tag) or self._fixname(tag))

    def _default(self, text):
        pass

    def _doctype(self, name, sysid, pubid, has_internal_subset):
        self.target.doctype(name, pubid, sysid)

    def _parse(self, data, final):
        # The error is raised outside the handler: a ParseError has no expat error as context.
        try:
            self.parser.Parse(data, final)
            return
        except self._error as v:
            error = v
        self._raiseerror(error)

    def feed(self, data):
        self._parse(data, False)

    def close(self):
        self._parse(b"", True)
        try:
            close_handler = self.target.close
        except AttributeError:
            pass
        else:
            return close_handler()
        finally:
            del self.parser, self._parser
            del self.target, self._target

    def flush(self):
        pass


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("corun's ElementTree does not support canonicalize (C14N 2.0)")


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError("corun's ElementTree does not support C14NWriterTarget")
