//! The binder of native functions: what the `#[function]`/`#[method]` declarations of
//! `corun-macros` expand to.
//!
//! A declaration gives a function's Python signature once (CPython's `__text_signature__`
//! form). From it the binder matches a call's positional and keyword arguments to the
//! parameters, with CPython's error for every way a call can be wrong, and `FromArg` converts
//! each argument to the Rust type the function takes, with CPython's error for a wrong type.
//! The declarations are collected (`Decl`, through `inventory`) and installed into their types
//! and modules by one loop (`install_types`, `module_members`).
//!
//! CPython words argument-count errors differently depending on how a function is written in C;
//! `Style` names those wordings, and a declaration picks the one CPython uses for it.

use std::rc::Rc;

use crate::eval::{ops, Interp};
use crate::intern::Symbol;
use crate::runtime::exceptions::{Exc, ExcKind, PyResult};
use crate::runtime::object::{BuiltinFn, Kwargs};
use crate::runtime::value::Value;

/// Where a declared function goes.
#[derive(Clone, Copy, Debug)]
pub enum Owner {
    /// A type, by its key (`list`, `collections.deque`).
    Type(&'static str),
    /// A module, by its name (`math`; `builtins` for the builtins).
    Module(&'static str),
}

/// How a declared function is installed in its owner.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DeclKind {
    Function,
    Method,
    ClassMethod,
    StaticMethod,
}

/// One declared native function, as the registry keeps it.
pub struct Decl {
    pub owner: Owner,
    pub kind: DeclKind,
    pub f: &'static BuiltinFn,
}

inventory::collect!(Decl);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ParamKind {
    PosOnly,
    PosOrKw,
    KwOnly,
}

pub struct Param {
    pub name: &'static str,
    pub kind: ParamKind,
    pub required: bool,
}

/// How CPython words the argument-count errors of a function, after the way it is written in C.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// `METH_NOARGS`: `list.copy() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Positional-only parameters checked by `_PyArg_CheckPositional`:
    /// `insert expected 2 arguments, got 1`.
    Positional,
    /// `PyArg_ParseTuple`: `count() takes at least 1 argument (0 given)`.
    Tuple,
    /// `PyArg_UnpackTuple` in a `METH_VARARGS` function: `asctime expected at most 1 argument,
    /// got 2`, and `asctime() takes no keyword arguments` with the bare name.
    Unpack,
    /// Argument Clinic with keywords (`_PyArg_UnpackKeywords`):
    /// `round() missing required argument 'number' (pos 1)`.
    Keywords,
    /// A function CPython writes in Python: `sleep() missing 1 required positional argument:
    /// 'delay'`.
    Py,
}

/// A declared function's signature.
pub struct Sig {
    /// The name CPython's errors give the function (`insert`; `count` for the constructor of
    /// `itertools.count`).
    pub name: &'static str,
    /// The attribute it is installed as: its name, or another (`__new__`, `__call__`).
    pub attr: &'static str,
    pub owner: Owner,
    /// The class CPython defines the method in, when it is not the one corun installs it in
    /// (`BaseEventLoop`), or the module it defines a function in (`_asyncio`): the name its
    /// errors use.
    pub defined_in: Option<&'static str>,
    /// The name the count errors of the positional styles give the function, when CPython's C
    /// code passes another than its name (`weakref.ref`'s `__new__`).
    pub count_name: Option<&'static str>,
    /// The parameters as `__text_signature__` gives them: `($self, index, object, /)`.
    pub text: &'static str,
    /// Whether the first parameter is the receiver (`$self` or `$type`).
    pub recv: bool,
    /// The named parameters after the receiver, in order.
    pub params: &'static [Param],
    pub nposonly: u8,
    /// The parameters that may be given by position.
    pub npos: u8,
    /// How many leading positional parameters are required.
    pub min_pos: u8,
    pub varargs: bool,
    pub varkw: bool,
    pub style: Style,
}

impl Sig {
    /// `list.insert`, `math.sqrt`, `len`: how CPython names the function in most messages. A
    /// function installed under another attribute (a constructor, a `__call__`) goes by its
    /// name alone.
    pub fn qualified(&self) -> String {
        if self.attr != self.name {
            return self.name.to_string();
        }
        match self.owner {
            Owner::Type(t) => format!("{}.{}", self.class_name(t), self.name),
            Owner::Module("builtins") => self.name.to_string(),
            Owner::Module(m) => format!("{}.{}", self.defined_in.unwrap_or(m), self.name),
        }
    }

    /// The name functions written in Python are known by in their errors (`Event.set`).
    fn py_qualname(&self) -> String {
        match self.owner {
            Owner::Type(t) => format!("{}.{}", self.class_name(t), self.name),
            Owner::Module(_) => self.name.to_string(),
        }
    }

    /// The class a method's errors name: where CPython defines it, else its owner `key`'s name.
    fn class_name<'k>(&self, key: &'k str) -> &'k str {
        match self.defined_in {
            Some(c) => c,
            None => key.rsplit('.').next().unwrap_or(key),
        }
    }

    fn param_name(&self, slot: usize) -> &'static str {
        let i = slot - usize::from(self.recv);
        self.params.get(i).map_or("self", |p| p.name)
    }
}

/// A call's arguments matched to the parameters: `slots[0]` is the receiver when there is one,
/// then the named parameters in order; `rest` are the positional arguments `*args` takes and
/// `extra` the keyword arguments `**kwargs` takes.
pub struct Bound<'a, const N: usize> {
    pub slots: [Option<&'a Value>; N],
    pub rest: &'a [Value],
    pub extra: Vec<(Symbol, Value)>,
}

/// A slot the binder has filled (a required parameter, or the receiver).
#[inline(always)]
pub fn filled(slot: Option<&Value>) -> &Value {
    const UNSET: &Value = &Value::None;
    slot.unwrap_or(UNSET)
}

/// Whether a call is the common one, whose arguments are taken where they are: positional
/// arguments only, as many as the parameters take (any number past them for `*args`).
#[inline(always)]
pub fn fast(sig: &'static Sig, args: &[Value], kw: &Kwargs) -> bool {
    let recv = usize::from(sig.recv);
    let n = args.len();
    kw.is_empty()
        && n >= recv + sig.min_pos as usize
        && (sig.varargs || n <= recv + sig.npos as usize)
        && sig.style != Style::Py
}

/// In the common call (`fast`) of a function with `*args`: how many of the arguments fill
/// slots (the receiver and the positional parameters); the rest are `*args`.
#[inline(always)]
pub fn fast_split(sig: &'static Sig, args: &[Value]) -> usize {
    (usize::from(sig.recv) + sig.npos as usize).min(args.len())
}

/// Whether calling the method `f` with `args` after a receiver held apart is the common call,
/// so that its Rust function may be called at once (any other call goes through `f`, whose
/// binder words the error).
#[inline(always)]
pub fn fast_method(f: &'static BuiltinFn, args: &[Value], kw: &Kwargs) -> bool {
    let Some(sig) = f.sig else { return false };
    let n = args.len();
    sig.recv
        && kw.is_empty()
        && !sig.varargs
        && n >= sig.min_pos as usize
        && n <= sig.npos as usize
        && sig.style != Style::Py
}

/// Whether a call to a function that reads its own arguments (declared `raw`) needs no check:
/// positional arguments only, as many as the signature takes.
#[inline(always)]
pub fn fits(sig: &'static Sig, args: &[Value], kw: &Kwargs) -> bool {
    let recv = usize::from(sig.recv);
    let n = args.len();
    kw.is_empty()
        && n >= recv + sig.min_pos as usize
        && (sig.varargs || n <= recv + sig.npos as usize)
}

/// Calls a function declared `raw` after the binder has checked the call against `sig`: the
/// arguments that name positional parameters reach it by position (as far as they follow on
/// from the ones given so), the rest as keywords.
#[inline(never)]
pub fn call_raw<const N: usize>(
    ip: &Interp,
    sig: &'static Sig,
    args: &[Value],
    kw: &Kwargs,
    f: crate::runtime::object::BuiltinImpl,
) -> PyResult<Value> {
    let b = bind_slow::<N>(ip, sig, args, kw)?;
    if kw.is_empty() {
        return f(ip, args, &[]);
    }
    let recv = usize::from(sig.recv);
    let npos = sig.npos as usize;
    let mut pos: Vec<Value> = Vec::with_capacity(args.len() + kw.len());
    if sig.recv {
        pos.push(filled(b.slots[0]).clone());
    }
    let mut upto = 0;
    while upto < npos {
        match b.slots[recv + upto] {
            Some(v) => pos.push(v.clone()),
            None => break,
        }
        upto += 1;
    }
    if upto == npos {
        pos.extend(b.rest.iter().cloned());
    }
    let mut rest_kw: Vec<(Symbol, Value)> = Vec::new();
    for (i, p) in sig.params.iter().enumerate() {
        if i < upto {
            continue;
        }
        if let Some(v) = b.slots[recv + i] {
            rest_kw.push((crate::intern::intern(p.name), v.clone()));
        }
    }
    rest_kw.extend(b.extra);
    f(ip, &pos, &rest_kw)
}

/// Matches a call's arguments to `sig`'s parameters (`N` slots: receiver and named ones), with
/// CPython's error for every way the call can be wrong.
#[inline(never)]
pub fn bind_slow<'a, const N: usize>(
    ip: &Interp,
    sig: &'static Sig,
    args: &'a [Value],
    kw: &'a Kwargs,
) -> PyResult<Bound<'a, N>> {
    if sig.style == Style::Py {
        return bind_py(ip, sig, args, kw);
    }
    let recv = usize::from(sig.recv);
    if sig.recv && args.is_empty() {
        return Err(type_error(
            ip,
            format!("unbound method {}() needs an argument", sig.qualified()),
        ));
    }
    let pos = &args[recv..];
    let nargs = pos.len();
    let fq = sig.qualified();
    let npos = sig.npos as usize;
    let min = sig.min_pos as usize;
    match sig.style {
        Style::NoArgs | Style::One | Style::Positional | Style::Tuple | Style::Unpack => {
            if !kw.is_empty() && !sig.varkw {
                // `METH_VARARGS` functions name themselves bare here.
                let who = if matches!(sig.style, Style::Tuple | Style::Unpack) && !sig.recv {
                    sig.name
                } else {
                    &fq
                };
                return Err(type_error(
                    ip,
                    format!("{who}() takes no keyword arguments"),
                ));
            }
            let max = if sig.varargs { usize::MAX } else { npos };
            if nargs < min || nargs > max {
                return Err(type_error(ip, count_error(sig, &fq, nargs, min, max)));
            }
        }
        Style::Keywords => {
            keywords_precheck(ip, sig, nargs, kw)?;
        }
        Style::Py => unreachable!("bound by bind_py"),
    }
    let mut slots: [Option<&'a Value>; N] = [None; N];
    if sig.recv {
        slots[0] = Some(&args[0]);
    }
    let taken = nargs.min(npos);
    for i in 0..taken {
        slots[recv + i] = Some(&pos[i]);
    }
    let rest = if sig.varargs { &pos[taken..] } else { &[][..] };
    let mut extra = Vec::new();
    // CPython reports a missing argument first, then one given twice, then an unknown keyword.
    let mut twice: Option<(&str, usize)> = None;
    let mut unknown: Option<Symbol> = None;
    for (k, v) in kw {
        let name = k.as_str();
        match sig
            .params
            .iter()
            .position(|p| p.name == name && p.kind != ParamKind::PosOnly)
        {
            Some(i) if slots[recv + i].is_some() => {
                twice.get_or_insert((name, i));
            }
            Some(i) => slots[recv + i] = Some(v),
            None if sig.varkw => extra.push((*k, v.clone())),
            None => {
                unknown.get_or_insert(*k);
            }
        }
    }
    for (i, p) in sig.params.iter().enumerate() {
        if p.required && slots[recv + i].is_none() {
            return Err(type_error(
                ip,
                format!(
                    "{}() missing required argument '{}' (pos {})",
                    sig.name,
                    p.name,
                    i + 1
                ),
            ));
        }
    }
    if let Some((name, i)) = twice {
        return Err(type_error(
            ip,
            format!(
                "argument for {}() given by name ('{}') and position ({})",
                sig.name,
                name,
                i + 1
            ),
        ));
    }
    if let Some(k) = unknown {
        return Err(type_error(
            ip,
            format!("'{}' is an invalid keyword argument for {}()", k, sig.name),
        ));
    }
    Ok(Bound { slots, rest, extra })
}

/// The count checks `_PyArg_UnpackKeywords` makes before it matches keywords.
fn keywords_precheck(ip: &Interp, sig: &Sig, nargs: usize, kw: &Kwargs) -> PyResult<()> {
    let maxargs = sig.params.len();
    let npos = sig.npos as usize;
    let nkw = kw.len();
    // With `*args` the positional arguments are taken apart and only the keywords are parsed
    // (`PyArg_ParseTupleAndKeywords` over an empty tuple: `max`, `itertools.product`).
    let nargs_parsed = if sig.varargs { 0 } else { nargs };
    if !sig.varkw && nargs_parsed + nkw > maxargs {
        let nargs = nargs_parsed;
        return Err(type_error(
            ip,
            format!(
                "{}() takes at most {} {}argument{} ({} given)",
                sig.name,
                maxargs,
                if nargs == 0 { "keyword " } else { "" },
                if maxargs == 1 { "" } else { "s" },
                nargs + nkw
            ),
        ));
    }
    if !sig.varargs && nargs > npos {
        let msg = if npos == 0 {
            format!("{}() takes no positional arguments", sig.name)
        } else {
            format!(
                "{}() takes {} {} positional argument{} ({} given)",
                sig.name,
                if (sig.min_pos as usize) < npos {
                    "at most"
                } else {
                    "exactly"
                },
                npos,
                if npos == 1 { "" } else { "s" },
                nargs
            )
        };
        return Err(type_error(ip, msg));
    }
    let min_posonly = (sig.nposonly as usize).min(sig.min_pos as usize);
    if nargs < min_posonly {
        return Err(type_error(
            ip,
            format!(
                "{}() takes {} {} positional argument{} ({} given)",
                sig.name,
                if min_posonly < npos {
                    "at least"
                } else {
                    "exactly"
                },
                min_posonly,
                if min_posonly == 1 { "" } else { "s" },
                nargs
            ),
        ));
    }
    Ok(())
}

/// The argument-count error of the positional styles.
fn count_error(sig: &Sig, fq: &str, nargs: usize, min: usize, max: usize) -> String {
    let s = |k: usize| if k == 1 { "" } else { "s" };
    match sig.style {
        Style::NoArgs => format!("{fq}() takes no arguments ({nargs} given)"),
        Style::One => format!("{fq}() takes exactly one argument ({nargs} given)"),
        Style::Tuple => {
            let (how, k) = if min == max {
                ("exactly", min)
            } else if nargs < min {
                ("at least", min)
            } else {
                ("at most", max)
            };
            format!(
                "{}() takes {how} {k} argument{} ({nargs} given)",
                sig.name,
                s(k)
            )
        }
        _ => {
            let (how, k) = if min == max {
                ("", min)
            } else if nargs < min {
                ("at least ", min)
            } else {
                ("at most ", max)
            };
            format!(
                "{} expected {how}{k} argument{}, got {nargs}",
                sig.count_name.unwrap_or(sig.name),
                s(k)
            )
        }
    }
}

/// Binding with the rules and messages of a function written in Python (the receiver is its
/// first parameter, `self`).
fn bind_py<'a, const N: usize>(
    ip: &Interp,
    sig: &'static Sig,
    args: &'a [Value],
    kw: &'a Kwargs,
) -> PyResult<Bound<'a, N>> {
    let qual = sig.py_qualname();
    let recv = usize::from(sig.recv);
    let npos = recv + sig.npos as usize;
    let names = |slot: usize| -> &'static str { sig.param_name(slot) };
    let mut slots: [Option<&'a Value>; N] = [None; N];
    let taken = args.len().min(npos);
    for i in 0..taken {
        slots[i] = Some(&args[i]);
    }
    let rest = if sig.varargs { &args[taken..] } else { &[][..] };
    if !sig.varargs && args.len() > npos {
        let ndefaults = sig
            .params
            .iter()
            .filter(|p| p.kind != ParamKind::KwOnly && !p.required)
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", npos - ndefaults, npos)
        } else if npos == 1 {
            "1 positional argument".to_string()
        } else {
            format!("{npos} positional arguments")
        };
        let given = args.len();
        return Err(type_error(
            ip,
            format!(
                "{qual}() takes {takes} but {given} {} given",
                if given == 1 { "was" } else { "were" }
            ),
        ));
    }
    let mut extra = Vec::new();
    for (k, v) in kw {
        let name = k.as_str();
        match sig.params.iter().position(|p| p.name == name) {
            Some(i) if sig.params[i].kind != ParamKind::PosOnly => {
                if slots[recv + i].is_some() {
                    return Err(type_error(
                        ip,
                        format!("{qual}() got multiple values for argument '{name}'"),
                    ));
                }
                slots[recv + i] = Some(v);
            }
            _ if sig.varkw => extra.push((*k, v.clone())),
            _ => {
                return Err(type_error(
                    ip,
                    format!("{qual}() got an unexpected keyword argument '{name}'"),
                ))
            }
        }
    }
    let mut missing: Vec<&str> = Vec::new();
    if sig.recv && slots[0].is_none() {
        missing.push("self");
    }
    let mut missing_kw: Vec<&str> = Vec::new();
    for (i, p) in sig.params.iter().enumerate() {
        if p.required && slots[recv + i].is_none() {
            if p.kind == ParamKind::KwOnly {
                missing_kw.push(names(recv + i));
            } else {
                missing.push(names(recv + i));
            }
        }
    }
    for (list, what) in [
        (&missing, "positional argument"),
        (&missing_kw, "keyword-only argument"),
    ] {
        if !list.is_empty() {
            let quoted: Vec<String> = list.iter().map(|n| format!("'{n}'")).collect();
            let joined = match quoted.len() {
                1 => quoted[0].clone(),
                2 => format!("{} and {}", quoted[0], quoted[1]),
                k => format!("{}, and {}", quoted[..k - 1].join(", "), quoted[k - 1]),
            };
            return Err(type_error(
                ip,
                format!(
                    "{qual}() missing {} required {what}{}: {joined}",
                    list.len(),
                    if list.len() == 1 { "" } else { "s" }
                ),
            ));
        }
    }
    Ok(Bound { slots, rest, extra })
}

fn type_error(ip: &Interp, msg: String) -> Exc {
    ip.err(ExcKind::TypeError, msg)
}

/// The keyword arguments named in `names`, in their order; Err names the first keyword that is
/// not among them (each caller words CPython's message for its builtin).
pub fn pick_kwargs<'k, const N: usize>(
    kw: &'k Kwargs,
    names: [&str; N],
) -> Result<[Option<Value>; N], &'k str> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(k.as_str()),
        }
    }
    Ok(out)
}

/// Takes the keyword arguments a builtin accepts, in order; any other keyword is CPython's
/// "unexpected keyword argument" TypeError.
pub fn take_kwargs<const N: usize>(
    ip: &Interp,
    fname: &str,
    kw: &Kwargs,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    pick_kwargs(kw, names).map_err(|k| {
        ip.err(
            ExcKind::TypeError,
            format!("{}() got an unexpected keyword argument '{}'", fname, k),
        )
    })
}

// ---- conversions ----

/// Which argument a conversion is for, so that its error can name it as CPython does.
#[derive(Clone, Copy)]
pub struct At {
    pub sig: &'static Sig,
    /// The slot (see `Bound`): 0 is the receiver when the function has one.
    pub slot: usize,
}

impl At {
    pub fn is_recv(&self) -> bool {
        self.sig.recv && self.slot == 0
    }

    /// How CPython's `_PyArg_BadArgument` names the argument: `argument` for the one argument
    /// of a `METH_O` function, `argument 2` for a positional-only parameter, `argument 'name'`
    /// otherwise.
    fn display(&self) -> String {
        let i = self.slot - usize::from(self.sig.recv);
        match self.sig.params.get(i) {
            Some(p) if p.kind != ParamKind::PosOnly => format!("argument '{}'", p.name),
            _ if self.sig.style == Style::One => "argument".to_string(),
            _ => format!("argument {}", i + 1),
        }
    }

    /// The error for an argument of the wrong type: `replace() argument 1 must be str, not
    /// int`, or for the receiver `descriptor 'append' for 'list' objects doesn't apply to a
    /// 'int' object`.
    pub fn wrong_type(&self, ip: &Interp, expected: &str, v: &Value) -> Exc {
        let got = ops::type_name(ip, v);
        if self.is_recv() {
            // The type's full name, as C types carry it (`collections.deque`).
            let owner = match self.sig.owner {
                Owner::Type(t) | Owner::Module(t) => t,
            };
            return descriptor_mismatch(ip, self.sig.name, owner, v);
        }
        // `_PyArg_BadArgument` names None itself rather than its type.
        let got = if v.is_none() { "None".into() } else { got };
        type_error(
            ip,
            format!(
                "{}() {} must be {}, not {}",
                self.sig.name,
                self.display(),
                expected,
                got
            ),
        )
    }
}

/// A Rust value made from a call's argument.
pub trait FromArg<'a>: Sized {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self>;
}

impl<'a> FromArg<'a> for &'a Value {
    #[inline(always)]
    fn from_arg(_: &Interp, v: &'a Value, _: At) -> PyResult<Self> {
        Ok(v)
    }
}

impl<'a> FromArg<'a> for Value {
    #[inline(always)]
    fn from_arg(_: &Interp, v: &'a Value, _: At) -> PyResult<Self> {
        Ok(v.clone())
    }
}

/// An int as CPython's `Py_ssize_t` converter takes it: through `__index__`, with
/// `OverflowError` past the machine word.
impl<'a> FromArg<'a> for i64 {
    #[inline]
    fn from_arg(ip: &Interp, v: &'a Value, _: At) -> PyResult<Self> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            _ => index_to_i64(ip, v),
        }
    }
}

/// An int as CPython's `int` converter takes it: through `__index__`, with `OverflowError` past
/// a C int.
impl<'a> FromArg<'a> for i32 {
    #[inline]
    fn from_arg(ip: &Interp, v: &'a Value, _: At) -> PyResult<Self> {
        use num_traits::ToPrimitive;
        let fits = match v {
            Value::Int(i) => i32::try_from(*i).ok(),
            Value::Bool(b) => Some(b.get() as i32),
            _ => crate::runtime::numbers::index(ip, v)?.to_i32(),
        };
        fits.ok_or_else(|| {
            ip.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )
        })
    }
}

fn index_to_i64(ip: &Interp, v: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    let b = crate::runtime::numbers::index(ip, v)?;
    b.to_i64().ok_or_else(|| {
        ip.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// An int of any size: through `__index__` as an argument; as the receiver, the value of an
/// int (or of an instance of a subclass of int).
impl<'a> FromArg<'a> for num_bigint::BigInt {
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        if at.is_recv() {
            return crate::runtime::numbers::as_bigint(v)
                .ok_or_else(|| at.wrong_type(ip, "int", v));
        }
        crate::runtime::numbers::index(ip, v)
    }
}

/// A float as CPython's `double` converter takes it (`must be real number, not str`); as the
/// receiver, the value of a float (or of an instance of a subclass of float).
impl<'a> FromArg<'a> for f64 {
    #[inline]
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match v {
            Value::Float(f) => Ok(f.get()),
            _ if at.is_recv() => match crate::eval::classes::value_base(v) {
                Value::Float(f) => Ok(f.get()),
                _ => Err(at.wrong_type(ip, "float", v)),
            },
            Value::Int(i) => Ok(*i as f64),
            _ => crate::stdlib::math::to_f64(ip, v),
        }
    }
}

/// A truth value, as CPython's `p` converter takes it.
impl<'a> FromArg<'a> for bool {
    #[inline]
    fn from_arg(ip: &Interp, v: &'a Value, _: At) -> PyResult<Self> {
        ops::truthy(ip, v)
    }
}

/// A str, also found in an instance of a subclass of str (as CPython's `U` converter).
impl<'a> FromArg<'a> for &'a str {
    #[inline]
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match v {
            Value::Str(s) => Ok(&s.s),
            _ => match crate::eval::classes::value_base(v) {
                Value::Str(s) => Ok(&s.s),
                _ => Err(at.wrong_type(ip, "str", v)),
            },
        }
    }
}

impl<'a> FromArg<'a> for &'a Rc<crate::runtime::value::PyStr> {
    #[inline]
    fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
        match v {
            Value::Str(s) => Ok(s),
            _ => match crate::eval::classes::value_base(v) {
                Value::Str(s) => Ok(s),
                _ => Err(at.wrong_type(ip, "str", v)),
            },
        }
    }
}

/// The builtin containers, also found in an instance of a subclass of them.
macro_rules! container_arg {
    ($ty:ty, $variant:ident, $name:literal) => {
        impl<'a> FromArg<'a> for &'a $ty {
            #[inline]
            fn from_arg(ip: &Interp, v: &'a Value, at: At) -> PyResult<Self> {
                match v {
                    Value::$variant(x) => Ok(x),
                    Value::Instance(i) => match &i.base {
                        Some(Value::$variant(x)) => Ok(x),
                        _ => Err(at.wrong_type(ip, $name, v)),
                    },
                    _ => Err(at.wrong_type(ip, $name, v)),
                }
            }
        }
    };
}

container_arg!(Rc<crate::runtime::value::PyList>, List, "list");
container_arg!(Rc<crate::runtime::value::PyTuple>, Tuple, "tuple");
container_arg!(Rc<crate::runtime::dict::PyDict>, Dict, "dict");

/// What a parameter whose default is `None` holds when the argument is not given.
pub trait NoneDefault {
    fn none() -> Self;
}

impl NoneDefault for Value {
    fn none() -> Self {
        Value::None
    }
}

impl NoneDefault for &Value {
    fn none() -> Self {
        const NONE: &Value = &Value::None;
        NONE
    }
}

/// A native function's Rust result as a Python value.
pub trait IntoValue {
    fn into_value(self) -> Value;
}

impl IntoValue for Value {
    #[inline(always)]
    fn into_value(self) -> Value {
        self
    }
}

impl IntoValue for () {
    #[inline(always)]
    fn into_value(self) -> Value {
        Value::None
    }
}

impl IntoValue for bool {
    #[inline(always)]
    fn into_value(self) -> Value {
        Value::bool(self)
    }
}

impl IntoValue for i64 {
    #[inline(always)]
    fn into_value(self) -> Value {
        Value::Int(self)
    }
}

impl IntoValue for usize {
    #[inline(always)]
    fn into_value(self) -> Value {
        Value::Int(self as i64)
    }
}

impl IntoValue for f64 {
    #[inline(always)]
    fn into_value(self) -> Value {
        Value::float(self)
    }
}

impl IntoValue for String {
    #[inline(always)]
    fn into_value(self) -> Value {
        Value::string(self)
    }
}

// ---- the registry ----

/// The declared functions of a module, in the order of the source.
pub fn module_members(name: &str) -> impl Iterator<Item = &'static BuiltinFn> + '_ {
    inventory::iter::<Decl>
        .into_iter()
        .filter(move |d| matches!(d.owner, Owner::Module(m) if m == name))
        .map(|d| d.f)
}

/// The declared members of a type, with how each is installed.
pub fn type_members(key: &str) -> impl Iterator<Item = &'static Decl> + '_ {
    inventory::iter::<Decl>
        .into_iter()
        .filter(move |d| matches!(d.owner, Owner::Type(t) if t == key))
}

/// The value a declared member takes in its class's namespace.
pub fn member_value(d: &'static Decl) -> Value {
    use crate::runtime::instance::Descr;
    match d.kind {
        DeclKind::Function | DeclKind::Method => Value::Builtin(d.f),
        DeclKind::ClassMethod => Value::Descr(Rc::new(Descr::ClassMethod(Value::Builtin(d.f)))),
        DeclKind::StaticMethod => Value::Descr(Rc::new(Descr::StaticMethod(Value::Builtin(d.f)))),
    }
}

/// Puts every declared method of the builtin types into its class.
pub fn install_types(ip: &Interp) {
    for d in inventory::iter::<Decl> {
        let Owner::Type(key) = d.owner else { continue };
        if let Some(c) = ip.types.by_key(key) {
            c.dict
                .borrow_mut()
                .insert(crate::intern::intern(d.f.name), member_value(d));
        }
    }
    for key in crate::runtime::slots::UNHASHABLE {
        if let Some(c) = ip.types.by_key(key) {
            c.dict
                .borrow_mut()
                .insert(crate::intern::sym::__hash__, Value::None);
        }
    }
}

/// Fills the namespace of a builtin class made when first needed (an iterator type, a class
/// of a native module) with what is declared for its key: its methods and special-method
/// wrappers, and `__hash__ = None` for an unhashable type.
pub fn fill_class(key: &str, d: &mut crate::runtime::object::ClassDict) {
    for decl in type_members(key) {
        d.insert(crate::intern::intern(decl.f.name), member_value(decl));
    }
    if crate::runtime::slots::UNHASHABLE.contains(&key) {
        d.insert(crate::intern::sym::__hash__, Value::None);
    }
}

/// CPython's error for a method of a builtin type given an object of another type as its
/// receiver: `descriptor 'append' for 'list' objects doesn't apply to a 'int' object`.
pub fn descriptor_mismatch(ip: &Interp, name: &str, owner: &str, got: &Value) -> Exc {
    type_error(
        ip,
        format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            owner,
            ops::type_name(ip, got)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each name is declared once in its owner: a second declaration would silently replace
    /// the first in an order the linker chooses (a debug and a release build differed so).
    #[test]
    fn every_declaration_is_the_only_one_of_its_name() {
        let mut seen = std::collections::HashMap::new();
        let mut twice = Vec::new();
        for d in inventory::iter::<Decl> {
            let owner = match d.owner {
                Owner::Type(k) => format!("type {k}"),
                Owner::Module(m) => format!("module {m}"),
            };
            let key = (owner, d.f.name);
            if seen.insert(key.clone(), ()).is_some() {
                twice.push(format!("{}.{}", key.0, key.1));
            }
        }
        twice.sort();
        assert!(twice.is_empty(), "declared twice: {twice:?}");
    }
}
