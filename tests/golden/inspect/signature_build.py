# Building signatures by hand and replacing parts.
import inspect

P = inspect.Parameter
params = [P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=2),
          P("c", P.KEYWORD_ONLY, annotation=int)]
sig = inspect.Signature(params, return_annotation=str)
print(sig)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(params[1].replace(name="bee", default=3))
for bad in [lambda: P("x", P.VAR_POSITIONAL, default=1), lambda: P("1x", P.KEYWORD_ONLY),
            lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_OR_KEYWORD, default=1),
                                       P("b", P.POSITIONAL_OR_KEYWORD)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(sig == inspect.Signature(params, return_annotation=str))
