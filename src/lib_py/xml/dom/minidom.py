"""xml.dom.minidom: a small DOM (documents, elements, attributes, text, comments, CDATA
sections, processing instructions, document types), parsed with pyexpat and written back as
XML."""

import io

import xml.dom
from xml.dom import EMPTY_NAMESPACE, XMLNS_NAMESPACE, Node as _NodeTypes


def _write_data(writer, data):
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;") \
            .replace(">", "&gt;")
        writer.write(data)


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


class Node(_NodeTypes):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_NAMESPACE
    nodeValue = None
    attributes = None

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.getvalue().encode(encoding, "xmlcharrefreplace")

    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    @property
    def localName(self):
        return None

    def _relink(self):
        nodes = self.childNodes
        for i, n in enumerate(nodes):
            n.parentNode = self
            n.previousSibling = nodes[i - 1] if i else None
            n.nextSibling = nodes[i + 1] if i + 1 < len(nodes) else None

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.childNodes.append(newChild)
        else:
            for i, c in enumerate(self.childNodes):
                if c is refChild:
                    self.childNodes.insert(i, newChild)
                    break
            else:
                raise xml.dom.NotFoundErr()
        self._relink()
        return newChild

    def appendChild(self, node):
        return self.insertBefore(node, None)

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        self.insertBefore(newChild, oldChild)
        self.removeChild(oldChild)
        return oldChild

    def removeChild(self, oldChild):
        for i, c in enumerate(self.childNodes):
            if c is oldChild:
                del self.childNodes[i]
                break
        else:
            raise xml.dom.NotFoundErr()
        self._relink()
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        return oldChild

    def normalize(self):
        out = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    continue
                if out and out[-1].nodeType == Node.TEXT_NODE:
                    out[-1].data = out[-1].data + child.data
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            out.append(child)
        self.childNodes[:] = out
        self._relink()

    def cloneNode(self, deep):
        return self._clone(deep, self.ownerDocument)

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    def getElementsByTagName(self, name):
        out = NodeList()
        _by_tag(self, name, out)
        return out

    def getElementsByTagNameNS(self, namespaceURI, localName):
        out = NodeList()
        for e in _elements(self):
            if (localName == "*" or e.localName == localName) and \
                    (namespaceURI == "*" or e.namespaceURI == namespaceURI):
                out.append(e)
        return out


def _elements(node):
    for c in node.childNodes:
        if c.nodeType == Node.ELEMENT_NODE:
            yield c
            yield from _elements(c)


def _by_tag(node, name, out):
    for e in _elements(node):
        if name == "*" or e.tagName == name:
            out.append(e)


class Attr(Node):
    nodeType = Node.ATTRIBUTE_NODE
    specified = False

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._localName = localName
        self.value = ""
        self.childNodes = NodeList()
        self.ownerElement = None

    @property
    def nodeValue(self):
        return self.value

    @property
    def localName(self):
        if self._localName is not None:
            return self._localName
        return self.name.split(":", 1)[-1]

    @property
    def prefix(self):
        return self.name.split(":", 1)[0] if ":" in self.name else None

    def __repr__(self):
        return "<xml.dom.minidom.Attr object at %#x>" % id(self)


class NamedNodeMap:
    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[list(self._attrs.keys())[index]]
        except IndexError:
            return None

    def items(self):
        return [(name, a.value) for name, a in self._attrs.items()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, key):
        return key in self._attrs

    def __getitem__(self, name):
        return self._attrs[name]

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def __setitem__(self, name, value):
        if isinstance(value, str):
            a = Attr(name)
            a.value = value
            value = a
        self._attrs[name] = value

    def __delitem__(self, name):
        del self._attrs[name]


class Element(Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                         Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def prefix(self):
        return self.tagName.split(":", 1)[0] if ":" in self.tagName else None

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def _clone(self, deep, doc):
        e = Element(self.tagName, self.namespaceURI)
        e.ownerDocument = doc
        for name, a in self._attrs.items():
            e.setAttribute(name, a.value)
        if deep:
            for c in self.childNodes:
                e.appendChild(c._clone(True, doc))
        return e

    def getAttribute(self, attname):
        a = self._attrs.get(attname)
        return a.value if a is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a.value
        return ""

    def setAttribute(self, attname, value):
        a = self._attrs.get(attname)
        if a is None:
            a = Attr(attname)
            a.ownerDocument = self.ownerDocument
            a.ownerElement = self
            self._attrs[attname] = a
        a.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        self.setAttribute(qualifiedName, value)
        self._attrs[qualifiedName].namespaceURI = namespaceURI

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    def removeAttribute(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise xml.dom.NotFoundErr()

    def removeAttributeNode(self, node):
        return self._attrs.pop(node.name)

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, a in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, a.value)
            writer.write('"')
        if self.childNodes:
            writer.write(">")
            if len(self.childNodes) == 1 and self.childNodes[0].nodeType in (
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
                self.childNodes[0].writexml(writer, "", "", "")
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)


class _Leaf(Node):
    childNodes = NodeList()

    def _check_child(self, node):
        raise xml.dom.HierarchyRequestErr("%s nodes do not have children" % self.nodeName)

    @property
    def firstChild(self):
        return None

    @property
    def lastChild(self):
        return None


class CharacterData(_Leaf):
    def __init__(self, data=""):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dotdotdot = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)

    def appendData(self, arg):
        self.data = self.data + arg

    def substringData(self, offset, count):
        return self.data[offset:offset + count]

    def _clone(self, deep, doc):
        n = self.__class__(self.data)
        n.ownerDocument = doc
        return n


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        return self.data


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def _clone(self, deep, doc):
        n = ProcessingInstruction(self.target, self.data)
        n.ownerDocument = doc
        return n

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.name = self.nodeName = qualifiedName
        self.entities = NamedNodeMap({})
        self.notations = NamedNodeMap({})

    def _clone(self, deep, doc):
        n = DocumentType(self.name)
        n.publicId, n.systemId, n.internalSubset = self.publicId, self.systemId, \
            self.internalSubset
        return n

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_node_types = Element._child_node_types

    def __init__(self):
        self.childNodes = NodeList()


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        d = DocumentType(qualifiedName)
        d.publicId = publicId
        d.systemId = systemId
        return d


class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    nodeValue = None
    doctype = None
    implementation = DOMImplementation()
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()
        self.actualEncoding = None
        self.encoding = None
        self.standalone = None
        self.version = None

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        if newChild.nodeType == Node.DOCUMENT_TYPE_NODE:
            self.doctype = newChild
        return Node.insertBefore(self, newChild, refChild)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        return self._own(Element(qualifiedName, namespaceURI))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        return self._own(Attr(qualifiedName, namespaceURI))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def getElementById(self, id):
        for e in _elements(self):
            if e.getAttribute("id") == id:
                return e
        return None

    def importNode(self, node, deep):
        return node._clone(deep, self)

    def cloneNode(self, deep):
        doc = Document()
        if deep:
            for c in self.childNodes:
                doc.appendChild(c._clone(True, doc))
        return doc

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        declarations = []
        if encoding:
            declarations.append('encoding="%s"' % encoding)
        if standalone is not None:
            declarations.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(declarations), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


def _namespace_of(element, prefix):
    """The namespace a prefix (None: the default) names at `element`."""
    key = "xmlns:" + prefix if prefix else "xmlns"
    node = element
    while node is not None and node.nodeType == Node.ELEMENT_NODE:
        a = node._attrs.get(key)
        if a is not None:
            return a.value or None
        node = node.parentNode
    if prefix == "xml":
        return xml.dom.XML_NAMESPACE
    return None


class _Builder:
    def __init__(self):
        from xml.parsers import expat
        self.document = Document()
        self.stack = [self.document]
        self.cdata = False
        p = self.parser = expat.ParserCreate()
        p.ordered_attributes = True
        p.buffer_text = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.data
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartCdataSectionHandler = self.start_cdata
        p.EndCdataSectionHandler = self.end_cdata
        p.StartDoctypeDeclHandler = self.doctype
        p.XmlDeclHandler = self.xml_decl

    def _add(self, node):
        node.ownerDocument = self.document
        parent = self.stack[-1]
        parent.childNodes.append(node)
        node.parentNode = parent
        if len(parent.childNodes) > 1:
            prev = parent.childNodes[-2]
            prev.nextSibling = node
            node.previousSibling = prev

    def start(self, name, attrs):
        e = Element(name)
        self._add(e)
        # Namespace declarations come first, as CPython's namespace-aware builder puts them.
        pairs = [(attrs[i], attrs[i + 1]) for i in range(0, len(attrs), 2)]
        pairs.sort(key=lambda kv: not (kv[0] == "xmlns" or kv[0].startswith("xmlns:")))
        for k, v in pairs:
            e.setAttribute(k, v)
            a = e._attrs[k]
            a.ownerDocument = self.document
            if k == "xmlns" or k.startswith("xmlns:"):
                a.namespaceURI = XMLNS_NAMESPACE
            elif ":" in k:
                a.namespaceURI = _namespace_of(e, k.split(":", 1)[0])
        e.namespaceURI = _namespace_of(e, e.prefix)
        self.stack.append(e)

    def end(self, name):
        self.stack.pop()

    def data(self, text):
        parent = self.stack[-1]
        if self.cdata:
            self._add(CDATASection(text))
            return
        last = parent.childNodes[-1] if parent.childNodes else None
        if last is not None and last.nodeType == Node.TEXT_NODE:
            last.data = last.data + text
            return
        self._add(Text(text))

    def comment(self, text):
        self._add(Comment(text))

    def pi(self, target, data):
        self._add(ProcessingInstruction(target, data))

    def start_cdata(self):
        self.cdata = True

    def end_cdata(self):
        self.cdata = False

    def doctype(self, name, sysid, pubid, has_internal_subset):
        d = DocumentType(name)
        d.systemId = sysid
        d.publicId = pubid
        self._add(d)
        self.document.doctype = d

    def xml_decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        self.document.standalone = standalone == 1 if standalone != -1 else None

    def run(self, data):
        self.parser.Parse(data, True)
        return self.document


def parseString(string, parser=None):
    if parser is not None:
        raise NotImplementedError("corun's minidom does not parse with a SAX parser")
    return _Builder().run(string)


def parse(file, parser=None, bufsize=None):
    if parser is not None:
        raise NotImplementedError("corun's minidom does not parse with a SAX parser")
    if isinstance(file, str):
        with open(file, "rb") as f:
            return _Builder().run(f.read())
    return _Builder().run(file.read())


def getDOMImplementation(features=None):
    return Document.implementation
