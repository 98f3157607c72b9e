//! The attributes that declare corun's native functions and methods.
//!
//! ```ignore
//! #[method(list, "insert($self, index, object, /)")]
//! fn insert(ip: &Interp, this: &PyList, index: i64, object: Value) -> PyResult<Value> { … }
//! ```
//!
//! The string is the function's Python signature in CPython's `__text_signature__` form: its
//! name, then its parameters (`$self` or `$type` for the receiver, `/` after the positional-only
//! ones, `*` or `*args` before the keyword-only ones, `**kwargs`, `name=default`). The Rust
//! function takes the interpreter first, then one parameter for each Python one in the same
//! order; its types say how each argument is converted (`corun::runtime::bind::FromArg`). A
//! parameter with a default is an `Option<T>` (None when not given) or has a literal default
//! (`-1`, `True`, `'x'`, `None`) that the Rust type can hold.
//!
//! The attribute keeps the function as written and adds, beside it, a `static` `BuiltinFn`
//! named after the function in upper case, whose `call` binds a call's arguments by the
//! signature (with CPython's errors) and converts them, and registers it with the registry
//! that installs methods into their types and functions into their modules.
//!
//! Attributes: `function(module, "…")` (a module's function; `builtins` for the builtins),
//! `method(type, "…")`, `classmethod(type, "…")`, `staticmethod(type, "…")`. The owner is an
//! identifier or a string (`"collections.deque"`). Options after the signature:
//! `style = one | noargs | positional | tuple | unpack | keywords | py` picks CPython's wording
//! of argument-count errors when the default for the signature's shape is not the one CPython
//! uses for that function (see `Style` in the binder); `attr = "__new__"` installs the function
//! under another attribute than the signature's name, which stays the name its errors use (a
//! constructor, named after its class; a `__call__`). `raw` declares a function that reads its
//! own arguments (`fn f(ip: &Interp, args: &[Value], kw: &Kwargs) -> PyResult<Value>`): the
//! binder checks a call against the signature first (with CPython's errors), and arguments given
//! by keyword for positional parameters reach the function by position. `defined_in = "Base"`
//! names the class CPython defines a method in, when corun installs it in a class of another
//! name (`BaseEventLoop.call_soon` on the loop's class), or the module it defines a function in
//! (`_asyncio.get_running_loop`): its errors name that class or module. `count_name = "…"` is
//! the name the positional styles' count errors give the function when CPython's C code passes
//! another than its name (`weakref.ref`: `__new__ expected at least 1 argument, got 0`).

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Error, FnArg, Ident, ItemFn, LitStr, Result, Token, Type};

#[proc_macro_attribute]
pub fn function(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr, item, "Function")
}

#[proc_macro_attribute]
pub fn method(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr, item, "Method")
}

#[proc_macro_attribute]
pub fn classmethod(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr, item, "ClassMethod")
}

#[proc_macro_attribute]
pub fn staticmethod(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr, item, "StaticMethod")
}

fn expand(attr: TokenStream, item: TokenStream, kind: &str) -> TokenStream {
    let attr = syn::parse_macro_input!(attr as Attr);
    let func = syn::parse_macro_input!(item as ItemFn);
    match generate(&attr, &func, kind) {
        Ok(t) => t.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// `owner, "signature"` then `, style = name` and `, attr = "name"`.
struct Attr {
    owner: String,
    sig: LitStr,
    style: Option<Ident>,
    attr: Option<LitStr>,
    raw: bool,
    defined_in: Option<LitStr>,
    count_name: Option<LitStr>,
}

impl Parse for Attr {
    fn parse(input: ParseStream) -> Result<Attr> {
        let owner = if input.peek(LitStr) {
            input.parse::<LitStr>()?.value()
        } else {
            input.parse::<Ident>()?.to_string()
        };
        input.parse::<Token![,]>()?;
        let sig: LitStr = input.parse()?;
        let mut style = None;
        let mut attr = None;
        let mut raw = false;
        let mut defined_in = None;
        let mut count_name = None;
        while input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: Ident = input.parse()?;
            if key == "raw" {
                raw = true;
                continue;
            }
            input.parse::<Token![=]>()?;
            match key.to_string().as_str() {
                "style" => style = Some(input.parse::<Ident>()?),
                "attr" => attr = Some(input.parse::<LitStr>()?),
                "defined_in" => defined_in = Some(input.parse::<LitStr>()?),
                "count_name" => count_name = Some(input.parse::<LitStr>()?),
                other => return Err(Error::new(key.span(), format!("unknown option `{other}`"))),
            }
        }
        Ok(Attr {
            owner,
            sig,
            style,
            attr,
            raw,
            defined_in,
            count_name,
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    PosOnly,
    PosOrKw,
    KwOnly,
}

/// One parameter of the text signature.
enum Token_ {
    Recv,
    Param {
        name: String,
        kind: Kind,
        default: Option<String>,
    },
    VarArgs,
    VarKw,
}

struct Parsed {
    name: String,
    tokens: Vec<Token_>,
}

/// Splits `a, b='x,y', c=(1, 2)` at the commas outside quotes and brackets.
fn split_params(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in s.chars() {
        if let Some(q) = quote {
            cur.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                cur.push(c);
            }
            '(' | '[' | '{' => {
                depth += 1;
                cur.push(c);
            }
            ')' | ']' | '}' => {
                depth -= 1;
                cur.push(c);
            }
            ',' if depth == 0 => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out.into_iter().map(|p| p.trim().to_string()).collect()
}

fn parse_sig(lit: &LitStr) -> Result<Parsed> {
    let text = lit.value();
    let err = |m: &str| Error::new(lit.span(), m.to_string());
    let open = text
        .find('(')
        .ok_or_else(|| err("signature needs `name(...)`"))?;
    if !text.ends_with(')') {
        return Err(err("signature must end with `)`"));
    }
    let name = text[..open].trim().to_string();
    if name.is_empty() {
        return Err(err("signature needs a name"));
    }
    let inner = &text[open + 1..text.len() - 1];
    let mut tokens = Vec::new();
    let mut kwonly = false;
    for (i, p) in split_params(inner).into_iter().enumerate() {
        match p.as_str() {
            "$self" | "$type" | "$module" => {
                if i != 0 {
                    return Err(err("the receiver must come first"));
                }
                tokens.push(Token_::Recv);
            }
            "/" => {
                let mut any = false;
                for t in tokens.iter_mut() {
                    if let Token_::Param { kind, .. } = t {
                        *kind = Kind::PosOnly;
                        any = true;
                    }
                }
                if !any && !matches!(tokens.first(), Some(Token_::Recv)) {
                    return Err(err("`/` with no parameter before it"));
                }
            }
            "*" => kwonly = true,
            _ if p.starts_with("**") => tokens.push(Token_::VarKw),
            _ if p.starts_with('*') => {
                tokens.push(Token_::VarArgs);
                kwonly = true;
            }
            _ => {
                let (pname, default) = match p.split_once('=') {
                    Some((n, d)) => (n.trim().to_string(), Some(d.trim().to_string())),
                    None => (p.clone(), None),
                };
                if pname.is_empty() || !pname.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    return Err(err(&format!("bad parameter `{p}`")));
                }
                tokens.push(Token_::Param {
                    name: pname,
                    kind: if kwonly { Kind::KwOnly } else { Kind::PosOrKw },
                    default,
                });
            }
        }
    }
    Ok(Parsed { name, tokens })
}

/// `Option<T>` → `Some(T)`.
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(a) = &seg.arguments else {
        return None;
    };
    match a.args.first()? {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// A Python default literal as a Rust expression of the parameter's type.
fn default_expr(text: &str, ty: &Type, span: Span) -> Result<Tokens> {
    if text == "None" {
        return Ok(quote!(crate::runtime::bind::NoneDefault::none()));
    }
    if text == "True" {
        return Ok(quote!(true));
    }
    if text == "False" {
        return Ok(quote!(false));
    }
    if (text.starts_with('\'') && text.ends_with('\'') && text.len() >= 2)
        || (text.starts_with('"') && text.ends_with('"') && text.len() >= 2)
    {
        let body = &text[1..text.len() - 1];
        let unescaped = body
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\'", "'")
            .replace("\\\\", "\\");
        let lit = LitStr::new(&unescaped, span);
        return Ok(quote!(#lit));
    }
    if let Ok(e) = syn::parse_str::<syn::Expr>(text) {
        if matches!(e, syn::Expr::Lit(_) | syn::Expr::Unary(_)) {
            let _ = ty;
            return Ok(quote!(#e));
        }
    }
    Err(Error::new(
        span,
        format!("default `{text}` is not a literal: make the parameter an Option"),
    ))
}

fn generate(attr: &Attr, func: &ItemFn, kind: &str) -> Result<Tokens> {
    let parsed = parse_sig(&attr.sig)?;
    let span = attr.sig.span();
    let fn_name = &func.sig.ident;
    let static_name = format_ident!("{}", fn_name.to_string().to_uppercase());
    let inputs: Vec<&FnArg> = func.sig.inputs.iter().collect();
    if inputs.is_empty() {
        return Err(Error::new(
            func.sig.ident.span(),
            "the first parameter must be the interpreter (`ip: &Interp`)",
        ));
    }
    let rust_params: Vec<&syn::PatType> = inputs[1..]
        .iter()
        .map(|a| match a {
            FnArg::Typed(t) => Ok(t),
            FnArg::Receiver(r) => Err(Error::new_spanned(r, "no `self` here")),
        })
        .collect::<Result<_>>()?;
    if !attr.raw && rust_params.len() != parsed.tokens.len() {
        return Err(Error::new(
            span,
            format!(
                "the signature has {} parameters but the function takes {} after the interpreter",
                parsed.tokens.len(),
                rust_params.len()
            ),
        ));
    }

    let has_recv = matches!(parsed.tokens.first(), Some(Token_::Recv));
    if matches!(kind, "Method" | "ClassMethod") && !has_recv {
        return Err(Error::new(
            span,
            "a method's signature starts with `$self` or `$type`",
        ));
    }
    let varargs = parsed.tokens.iter().any(|t| matches!(t, Token_::VarArgs));
    let varkw = parsed.tokens.iter().any(|t| matches!(t, Token_::VarKw));

    // The parameters' table and the counts the binder's fast path needs.
    let mut param_entries = Vec::new();
    let mut nposonly = 0usize;
    let mut npos = 0usize;
    let mut min_pos = 0usize;
    let mut nslots = usize::from(has_recv);
    let mut any_kw_capable = false;
    for t in &parsed.tokens {
        if let Token_::Param {
            name,
            kind,
            default,
        } = t
        {
            let k = match kind {
                Kind::PosOnly => {
                    nposonly += 1;
                    npos += 1;
                    quote!(PosOnly)
                }
                Kind::PosOrKw => {
                    npos += 1;
                    any_kw_capable = true;
                    quote!(PosOrKw)
                }
                Kind::KwOnly => {
                    any_kw_capable = true;
                    quote!(KwOnly)
                }
            };
            let required = default.is_none();
            if required && *kind != Kind::KwOnly {
                min_pos = npos;
            }
            param_entries.push(quote! {
                crate::runtime::bind::Param {
                    name: #name,
                    kind: crate::runtime::bind::ParamKind::#k,
                    required: #required,
                }
            });
            nslots += 1;
        }
    }
    let style = match &attr.style {
        Some(s) => {
            let v = match s.to_string().as_str() {
                "one" => "One",
                "noargs" => "NoArgs",
                "positional" => "Positional",
                "tuple" => "Tuple",
                "unpack" => "Unpack",
                "keywords" => "Keywords",
                "py" => "Py",
                other => return Err(Error::new(s.span(), format!("unknown style `{other}`"))),
            };
            format_ident!("{}", v)
        }
        None => {
            let v = if any_kw_capable || varkw {
                "Keywords"
            } else if npos == 0 && !varargs {
                "NoArgs"
            } else if npos == 1 && min_pos == 1 && !varargs {
                "One"
            } else {
                "Positional"
            };
            format_ident!("{}", v)
        }
    };

    let (owner_expr, decl_kind) = match kind {
        "Function" => {
            let m = &attr.owner;
            (
                quote!(crate::runtime::bind::Owner::Module(#m)),
                quote!(Function),
            )
        }
        k => {
            let t = &attr.owner;
            let dk = format_ident!("{}", k);
            (quote!(crate::runtime::bind::Owner::Type(#t)), quote!(#dk))
        }
    };
    let py_name = &parsed.name;
    let attr_name = attr.attr.as_ref().map_or(py_name.clone(), |a| a.value());
    let text = {
        let full = attr.sig.value();
        let open = full.find('(').unwrap_or(0);
        full[open..].to_string()
    };

    // The conversion of each argument, in signature order.
    let mut converts = Vec::new();
    let mut call_args = Vec::new();
    let mut slot = 0usize;
    let typed = if attr.raw {
        &[][..]
    } else {
        &parsed.tokens[..]
    };
    for (i, (t, rp)) in typed.iter().zip(&rust_params).enumerate() {
        let var = format_ident!("__a{}", i);
        let ty = &*rp.ty;
        match t {
            Token_::Recv => {
                converts.push(quote! {
                    let #var: #ty = crate::runtime::bind::FromArg::from_arg(
                        __ip, crate::runtime::bind::filled(__slot(0)), crate::runtime::bind::At { sig: &__SIG, slot: 0 })?;
                });
                slot += 1;
            }
            Token_::Param { default, .. } => {
                let s = slot;
                let at = quote!(crate::runtime::bind::At { sig: &__SIG, slot: #s });
                if let Some(inner) = option_inner(ty) {
                    converts.push(quote! {
                        let #var: #ty = match __slot(#s) {
                            Some(v) => Some(<#inner as crate::runtime::bind::FromArg>::from_arg(__ip, v, #at)?),
                            None => None,
                        };
                    });
                } else if let Some(d) = default {
                    let d = default_expr(d, ty, span)?;
                    converts.push(quote! {
                        let #var: #ty = match __slot(#s) {
                            Some(v) => crate::runtime::bind::FromArg::from_arg(__ip, v, #at)?,
                            None => #d,
                        };
                    });
                } else {
                    converts.push(quote! {
                        let #var: #ty = crate::runtime::bind::FromArg::from_arg(
                            __ip, crate::runtime::bind::filled(__slot(#s)), #at)?;
                    });
                }
                slot += 1;
            }
            Token_::VarArgs => {
                converts.push(quote! { let #var: #ty = __rest; });
            }
            Token_::VarKw => {
                converts.push(quote! { let #var: #ty = __extra; });
            }
        }
        call_args.push(var);
    }

    let short_owner = match kind {
        "Function" => quote!(None),
        _ => {
            let short = attr
                .owner
                .rsplit('.')
                .next()
                .unwrap_or(&attr.owner)
                .to_string();
            quote!(Some(#short))
        }
    };
    let fast_path = if varargs {
        quote! {
            if crate::runtime::bind::fast(&__SIG, __args, __kw) {
                let __n = crate::runtime::bind::fast_split(&__SIG, __args);
                let (__slots, __rest) = __args.split_at(__n);
                return __run(__ip, |i| __slots.get(i), __rest, &[]);
            }
        }
    } else {
        quote! {
            if crate::runtime::bind::fast(&__SIG, __args, __kw) {
                return __run(__ip, |i| __args.get(i), &[], &[]);
            }
        }
    };
    let call_body = if attr.raw {
        quote! {
            if crate::runtime::bind::fits(&__SIG, __args, __kw) {
                return #fn_name(__ip, __args, __kw);
            }
            crate::runtime::bind::call_raw::<#nslots>(__ip, &__SIG, __args, __kw, #fn_name)
        }
    } else {
        quote! {
            // The conversions and the call, given where each slot's argument is.
            #[inline(always)]
            fn __run<'a>(
                __ip: &crate::eval::Interp,
                __slot: impl Fn(usize) -> Option<&'a crate::runtime::value::Value>,
                __rest: &'a [crate::runtime::value::Value],
                __extra: &'a [(crate::intern::Symbol, crate::runtime::value::Value)],
            ) -> crate::runtime::exceptions::PyResult<crate::runtime::value::Value> {
                let _ = (&__slot, __rest, __extra);
                #(#converts)*
                Ok(crate::runtime::bind::IntoValue::into_value(#fn_name(__ip, #(#call_args),*)?))
            }
            // The common call takes its arguments where they are.
            #fast_path
            let __b = crate::runtime::bind::bind_slow::<#nslots>(__ip, &__SIG, __args, __kw)?;
            __run(__ip, |i| __b.slots[i], __b.rest, &__b.extra)
        }
    };
    let defined_in = match &attr.defined_in {
        Some(c) => quote!(Some(#c)),
        None => quote!(None),
    };
    let count_name = match &attr.count_name {
        Some(c) => quote!(Some(#c)),
        None => quote!(None),
    };
    let nposonly_u8 = nposonly as u8;
    let npos_u8 = npos as u8;
    let min_pos_u8 = min_pos as u8;
    let vis = &func.vis;
    Ok(quote! {
        #func

        #[allow(non_upper_case_globals)]
        #vis static #static_name: crate::runtime::object::BuiltinFn = {
            static __SIG: crate::runtime::bind::Sig = crate::runtime::bind::Sig {
                name: #py_name,
                attr: #attr_name,
                owner: #owner_expr,
                defined_in: #defined_in,
                count_name: #count_name,
                text: #text,
                recv: #has_recv,
                params: &[#(#param_entries),*],
                nposonly: #nposonly_u8,
                npos: #npos_u8,
                min_pos: #min_pos_u8,
                varargs: #varargs,
                varkw: #varkw,
                style: crate::runtime::bind::Style::#style,
            };
            fn __call(
                __ip: &crate::eval::Interp,
                __args: &[crate::runtime::value::Value],
                __kw: &crate::runtime::object::Kwargs,
            ) -> crate::runtime::exceptions::PyResult<crate::runtime::value::Value> {
                #call_body
            }
            crate::runtime::object::BuiltinFn {
                name: #attr_name,
                owner: #short_owner,
                call: __call,
                sig: Some(&__SIG),
            }
        };

        ::inventory::submit! {
            crate::runtime::bind::Decl {
                owner: #owner_expr,
                kind: crate::runtime::bind::DeclKind::#decl_kind,
                f: &#static_name,
            }
        }
    })
}
