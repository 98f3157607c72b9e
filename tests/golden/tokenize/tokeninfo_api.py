# TokenInfo is a named tuple with an exact_type; token has the names and numbers.
import io
import token
import tokenize

toks = list(tokenize.generate_tokens(io.StringIO("a[1] **= -b.c @ d ... <= e -> f := g\n").readline))
for t in toks:
    print(repr(t))
    print("   ", t.type, tokenize.tok_name[t.type], t.exact_type, token.tok_name[t.exact_type])
t = toks[0]
print(t._fields, t.type == t[0], t._replace(string="z").string, tuple(t)[:2])
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(token.N_TOKENS, token.NT_OFFSET, token.OP, token.ENCODING, token.COMMENT, token.NL, token.ERRORTOKEN)
print(len(token.EXACT_TOKEN_TYPES), token.EXACT_TOKEN_TYPES["**="], token.EXACT_TOKEN_TYPES[":="])
print(sorted(token.tok_name.items())[:5], token.tok_name[256])
print(token.__all__[:6], len(token.__all__), "tokenize" in tokenize.__all__, len(tokenize.__all__))
print(tokenize.tabsize, len(tokenize.single_quoted), len(tokenize.triple_quoted), len(tokenize.endpats))
