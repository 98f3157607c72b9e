# A tiny code formatter built on tokenize: normalises spacing around operators and commas,
# keeps comments and strings untouched, and re-indents with four spaces.
import io
import tokenize

SOURCE = """\
def  area( w,h ):
  # compute the area
  if w<0 or h<0 :
     raise ValueError( 'negative size' )
  return w*h   # done

values=[ area(2,3),area( 4 ,5 ) ]
print( values,sum( values ) )
"""

BINARY = {"=", "==", "<", ">", "<=", ">=", "!=", "+", "-", "*", "/", "//", "%", "and", "or", "+=", "-="}


def fmt(source):
    out = []
    line = []
    depth = 0
    prev = None
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        kind, text = tok.type, tok.string
        if kind == tokenize.INDENT:
            depth += 1
            continue
        if kind == tokenize.DEDENT:
            depth -= 1
            continue
        if kind in (tokenize.NEWLINE, tokenize.NL):
            out.append(("    " * depth if line else "") + "".join(line).rstrip())
            line = []
            prev = None
            continue
        if kind == tokenize.ENDMARKER:
            break
        if kind == tokenize.COMMENT:
            line.append(("  " if line else "") + text)
        elif text in BINARY or (kind == tokenize.NAME and text in ("and", "or", "not", "in", "if")) and line:
            line.append(" " + text + " " if line else text + " ")
        elif text == ",":
            line.append(", ")
        elif text in ")]:" or (text in "([" and prev is not None and prev.type == tokenize.NAME and prev.string not in ("if", "return", "in", "and", "or")):
            line[-1:] = [line[-1].rstrip()] if line else []
            line.append(text)
        elif text in "([":
            line.append(text)
        else:
            if line and not line[-1].endswith((" ", "(", "[")):
                line.append(" ")
            line.append(text)
        prev = tok
    return "\n".join(out)


print(fmt(SOURCE))
