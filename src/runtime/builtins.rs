//! The builtins module: functions like `print` and `len`, the builtin types and exceptions.

use std::rc::Rc;

use crate::eval::call::{call_value, Args};
use crate::eval::{ops, Interp, Types};
use crate::intern::{intern, sym, Symbol};
use crate::runtime::exceptions::{Exc, ExcKind, ExcObj, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::{Class, ClassKind, Kwargs, ModuleObj};
use crate::runtime::repr::{repr, str_of};
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp};
use corun_macros::function;

#[function(builtins, "print(*args, sep=' ', end='\\n', file=None, flush=False)")]
fn print(
    ip: &Interp,
    args: &[Value],
    sep: Option<&Value>,
    end: Option<&Value>,
    file: Option<&Value>,
    flush: bool,
) -> PyResult<Value> {
    let mut to_stderr = false;
    let mut file = match file {
        None | Some(Value::None | Value::Stream(1)) => None,
        Some(Value::Stream(_)) => {
            to_stderr = true;
            None
        }
        Some(other) => Some(other.clone()),
    };
    // As CPython, `sep` and `end` are checked once the file is known: with `sys.stdout` None,
    // print does nothing at all.
    if file.is_none() && !to_stderr {
        // Without `file`, print writes to whatever `sys.stdout` is now.
        match crate::runtime::sys::target(ip, 1) {
            crate::runtime::sys::Target::Own => {}
            crate::runtime::sys::Target::Nowhere => return Ok(Value::None),
            crate::runtime::sys::Target::Object(o) => file = Some(o),
        }
    }
    let sep = print_text(ip, "sep", sep)?;
    let end = print_text(ip, "end", end)?;
    if let Some(f) = file {
        return print_to(ip, &f, args, sep.as_deref(), end.as_deref(), flush);
    }
    if to_stderr {
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(sep.as_deref().unwrap_or(" "));
            }
            match a {
                Value::Str(s) => out.push_str(&s.s),
                other => out.push_str(&str_of(ip, other)?),
            }
        }
        out.push_str(end.as_deref().unwrap_or("\n"));
        ip.write_stderr(&out);
        return Ok(Value::None);
    }
    if ip.stdout.mode() == crate::runtime::stdout::Mode::Closed {
        // `sys.stdout` is None: print does nothing at all.
        return Ok(Value::None);
    }
    // Each piece is written as it is made, as CPython's print does: what comes before an
    // argument whose `__str__` raises is out, and nothing is copied twice.
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            ip.write_out(sep.as_deref().unwrap_or(" "))?;
        }
        match a {
            Value::Str(s) => ip.write_out(&s.s)?,
            other => ip.write_out(&str_of(ip, other)?)?,
        }
    }
    ip.write_out(end.as_deref().unwrap_or("\n"))?;
    if flush {
        ip.flush_stdout()?;
    }
    Ok(Value::None)
}

/// print's `sep` or `end`: None or a str (of any subclass), else CPython's TypeError.
fn print_text(ip: &Interp, what: &str, v: Option<&Value>) -> PyResult<Option<String>> {
    match v.map(crate::eval::classes::value_base) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.s.to_string())),
        Some(_) => ip.type_error(format!(
            "{} must be None or a string, not {}",
            what,
            ops::type_name(ip, v.unwrap_or(&Value::None))
        )),
    }
}

/// `print(..., file=f)` to an object: each piece goes to `f.write` in turn, as CPython's print
/// writes them.
fn print_to(
    ip: &Interp,
    f: &Value,
    args: &[Value],
    sep: Option<&str>,
    end: Option<&str>,
    flush: bool,
) -> PyResult<Value> {
    let write = ops::getattr(ip, f, intern("write"))?;
    let put = |s: Value| crate::stdlib::call_with(ip, &write, &[s]).map(|_| ());
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            put(Value::str(sep.unwrap_or(" ")))?;
        }
        match a {
            Value::Str(_) => put(a.clone())?,
            other => put(Value::string(str_of(ip, other)?))?,
        }
    }
    put(Value::str(end.unwrap_or("\n")))?;
    if flush {
        let fl = ops::getattr(ip, f, intern("flush"))?;
        crate::stdlib::call_with(ip, &fl, &[])?;
    }
    Ok(Value::None)
}

#[function(builtins, "len(obj, /)")]
fn len(ip: &Interp, obj: &Value) -> PyResult<i64> {
    let n = match obj {
        Value::List(l) => l.items.borrow().len(),
        Value::Str(s) if s.ascii => s.s.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        v => ops::len(ip, v)?,
    };
    Ok(n as i64)
}

#[function(builtins, "repr(obj, /)")]
fn repr_fn(ip: &Interp, obj: &Value) -> PyResult<String> {
    repr(ip, obj)
}

#[function(builtins, "abs(x, /)")]
fn abs(ip: &Interp, x: &Value) -> PyResult<Value> {
    let arg = match x {
        v @ Value::Instance(_)
            if crate::eval::classes::user_method(v, crate::intern::sym::__abs__).is_none() =>
        {
            crate::eval::classes::value_base(v)
        }
        v => v,
    };
    match arg {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        Value::Complex(c) => Ok(Value::float(crate::runtime::complex::abs(ip, **c)?)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.magnitude().clone().into())),
        v @ Value::Instance(_)
            if crate::eval::classes::user_method(v, crate::intern::sym::__abs__).is_some() =>
        {
            crate::eval::classes::call_dunder(ip, v, crate::intern::sym::__abs__, &[]).unwrap()
        }
        other => ip.type_error(format!(
            "bad operand type for abs(): '{}'",
            ops::type_name(ip, other)
        )),
    }
}

#[function(builtins, "id(obj, /)")]
fn id(_ip: &Interp, obj: &Value) -> PyResult<Value> {
    Ok(obj.identity())
}

#[function(builtins, "isinstance(obj, class_or_tuple, /)")]
fn isinstance(ip: &Interp, obj: &Value, class_or_tuple: &Value) -> PyResult<bool> {
    isinstance_of(ip, obj, class_or_tuple)
}

/// `isinstance(obj, c)`.
pub fn isinstance_of(ip: &Interp, obj: &Value, c: &Value) -> PyResult<bool> {
    let t = ops::type_of(ip, obj);
    fn check(ip: &Interp, obj: &Value, t: &Rc<Class>, c: &Value) -> PyResult<bool> {
        match c {
            Value::Class(c) => {
                if Rc::ptr_eq(t, c) {
                    return Ok(true);
                }
                match meta_check(c, sym::__instancecheck__) {
                    Some(m) => {
                        let r = crate::stdlib::call_with(
                            ip,
                            &m,
                            &[Value::Class(c.clone()), obj.clone()],
                        )?;
                        ops::truthy(ip, &r)
                    }
                    None => Ok(t.is_subclass(c)
                        || claimed_class(ip, obj, t)?.is_some_and(|k| k.is_subclass(c))),
                }
            }
            Value::Tuple(ts) => {
                for x in ts.items.iter() {
                    if check(ip, obj, t, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            // `isinstance(x, int | str)`: as with a tuple of the members.
            _ if crate::stdlib::typing::union_members(c).is_some() => {
                let members = crate::stdlib::typing::union_members(c).unwrap_or_default();
                for x in members.to_vec().iter() {
                    if check(ip, obj, t, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                // Any object may answer through its class's `__instancecheck__`, or act as a
                // class through `__bases__`.
                let check = intern("__instancecheck__");
                if let Some(r) =
                    crate::eval::classes::call_dunder(ip, c, check, std::slice::from_ref(obj))
                {
                    return ops::truthy(ip, &r?);
                }
                if abstract_bases(ip, c)?.is_none() {
                    return ip.type_error(
                        "isinstance() arg 2 must be a type, a tuple of types, or a union",
                    );
                }
                let cls = ops::getattr(ip, obj, sym::__class__)?;
                abstract_subclass(ip, &cls, c)
            }
        }
    }
    check(ip, obj, &t, c)
}

/// The class an instance claims through a `__class__` its own class defines (a mock made with
/// a spec says it is of the spec's class), when it is another class than its type: CPython's
/// `isinstance` accepts it too.
fn claimed_class(ip: &Interp, obj: &Value, t: &Rc<Class>) -> PyResult<Option<Rc<Class>>> {
    if !matches!(obj, Value::Instance(_)) || !t.user {
        return Ok(None);
    }
    match t.lookup_in(sym::__class__) {
        Some((_, holder)) if holder.user => {}
        _ => return Ok(None),
    }
    match ops::getattr(ip, obj, sym::__class__)? {
        Value::Class(k) if !Rc::ptr_eq(&k, t) => Ok(Some(k)),
        _ => Ok(None),
    }
}

/// The `__bases__` of an object standing in for a class, when it is a tuple.
fn abstract_bases(ip: &Interp, v: &Value) -> PyResult<Option<Vec<Value>>> {
    match ops::getattr(ip, v, sym::__bases__) {
        Ok(Value::Tuple(t)) => Ok(Some(t.items.to_vec())),
        Ok(_) => Ok(None),
        Err(e) if e.is_instance(ip.exc_class(ExcKind::AttributeError)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether `derived` is `cls` or reaches it through `__bases__`, as CPython checks objects
/// that are not classes.
fn abstract_subclass(ip: &Interp, derived: &Value, cls: &Value) -> PyResult<bool> {
    let mut todo = vec![derived.clone()];
    let mut steps = 0usize;
    while let Some(d) = todo.pop() {
        if d.is(cls) {
            return Ok(true);
        }
        steps += 1;
        if steps > 100_000 {
            return Err(ip.err(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded in __subclasscheck__",
            ));
        }
        if let Some(bases) = abstract_bases(ip, &d)? {
            todo.extend(bases.into_iter().rev());
        }
    }
    Ok(false)
}

/// A user metaclass's `__instancecheck__` or `__subclasscheck__` for the class `c`.
fn meta_check(c: &Rc<Class>, name: Symbol) -> Option<Value> {
    let meta = c.meta.borrow().clone()?;
    crate::eval::classes::user_method_of(&meta, name)
}

/// Binds the arguments of a builtin the way CPython's Argument Clinic does, with its messages:
/// `names` are the parameters in order, the first `posonly` positional-only, the first
/// `required` required.
pub fn clinic_args<const N: usize>(
    ip: &Interp,
    fname: &str,
    args: &[Value],
    kw: &Kwargs,
    names: [&str; N],
    posonly: usize,
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let nargs = args.len();
    let total = nargs + kw.len();
    if total > N {
        return ip.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            N,
            if nargs == 0 { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
            total
        ));
    }
    if nargs < posonly.min(required) {
        let min = posonly.min(required);
        return ip.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if min < N { "at least" } else { "exactly" },
            min,
            if min == 1 { "" } else { "s" },
            nargs
        ));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
    let mut used = 0;
    for i in nargs..N {
        if i >= posonly {
            if let Some((_, v)) = kw.iter().find(|(k, _)| k.as_str() == names[i]) {
                out[i] = Some(v.clone());
                used += 1;
                continue;
            }
        }
        if i < required {
            return ip.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            ));
        }
    }
    if used < kw.len() {
        for (k, _) in kw {
            let pos = names.iter().position(|n| *n == k.as_str());
            match pos {
                Some(i) if i >= nargs && i >= posonly => {}
                Some(i) if i >= posonly => {
                    return ip.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        fname,
                        k,
                        i + 1
                    ))
                }
                _ => {
                    return ip.type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        k, fname
                    ))
                }
            }
        }
    }
    Ok(out)
}

/// Calls `f(x)`.
fn call1(ip: &Interp, f: &Value, x: Value) -> PyResult<Value> {
    let mut args: Args = Args::new();
    args.push(x);
    call_value(ip, f, &mut args, &[])
}

fn minmax(
    ip: &Interp,
    args: &[Value],
    key: Option<&Value>,
    default: Option<&Value>,
    name: &str,
    want_max: bool,
) -> PyResult<Value> {
    let key = key.filter(|k| !k.is_none());
    let mut it = match args.len() {
        0 => {
            return ip.type_error(format!("{} expected at least 1 argument, got 0", name));
        }
        1 => ops::iter(ip, &args[0])?,
        _ => {
            if default.is_some() {
                return ip.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                ));
            }
            ops::iter(ip, &Value::tuple(args.to_vec()))?
        }
    };
    let op = if want_max { CmpOp::Gt } else { CmpOp::Lt };
    let mut best: Option<(Value, Value)> = None;
    while let Some(x) = it.next_checked(ip)? {
        let k = match &key {
            Some(f) => call1(ip, f, x.clone())?,
            None => x.clone(),
        };
        match &best {
            None => best = Some((x, k)),
            Some((_, bk)) => {
                if ops::compare(ip, op, &k, bk)? {
                    best = Some((x, k));
                }
            }
        }
    }
    match (best, default) {
        (Some((x, _)), _) => Ok(x),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(ip.err(
            ExcKind::ValueError,
            format!("{}() arg is an empty sequence", name),
        )),
    }
}

#[function(builtins, "min(*args, key=None, default=<unrepresentable>)")]
fn min(
    ip: &Interp,
    args: &[Value],
    key: Option<&Value>,
    default: Option<&Value>,
) -> PyResult<Value> {
    minmax(ip, args, key, default, "min", false)
}

#[function(builtins, "max(*args, key=None, default=<unrepresentable>)")]
fn max(
    ip: &Interp,
    args: &[Value],
    key: Option<&Value>,
    default: Option<&Value>,
) -> PyResult<Value> {
    minmax(ip, args, key, default, "max", true)
}

#[function(builtins, "sum(iterable, /, start=0)")]
fn sum(ip: &Interp, iterable: &Value, start: Option<&Value>) -> PyResult<Value> {
    let mut acc = start.cloned().unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return ip.type_error("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Value::Bytes(_) => {
            return ip.type_error("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        _ => {}
    }
    let mut it = ops::iter(ip, iterable)?;
    while let Some(x) = it.next_checked(ip)? {
        acc = ops::binary_op(ip, BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}

#[function(builtins, "any(iterable, /)")]
fn any(ip: &Interp, iterable: &Value) -> PyResult<bool> {
    let mut it = ops::iter(ip, iterable)?;
    while let Some(x) = it.next_checked(ip)? {
        if ops::truthy(ip, &x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

#[function(builtins, "all(iterable, /)")]
fn all(ip: &Interp, iterable: &Value) -> PyResult<bool> {
    let mut it = ops::iter(ip, iterable)?;
    while let Some(x) = it.next_checked(ip)? {
        if !ops::truthy(ip, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ---- sorting: CPython's timsort, comparison for comparison ----

/// One run waiting to be merged: where it starts, how long it is, and its powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

const MIN_GALLOP: usize = 7;

/// The state of one sort. The sort permutes `perm`, indices into `keys`, so that keys never
/// move and the values follow at the end; the comparisons made, and their order, are those of
/// CPython's `list.sort`, so a failing comparison fails where CPython's does.
struct MergeState<'a> {
    ip: &'a Interp,
    keys: &'a [Value],
    perm: Vec<usize>,
    tmp: Vec<usize>,
    min_gallop: usize,
    pending: Vec<Run>,
}

impl MergeState<'_> {
    /// `keys[a] < keys[b]`.
    fn lt(&self, a: usize, b: usize) -> PyResult<bool> {
        ops::compare(self.ip, CmpOp::Lt, &self.keys[a], &self.keys[b])
    }

    /// Sorts `perm[lo..hi]` by binary insertion; `perm[lo..start]` is sorted already.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.perm[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.perm[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.perm.copy_within(l..start, l + 1);
            self.perm[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// The length of the run starting at `lo` (before `hi`), and whether it descends strictly.
    fn count_run(&self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        let mut i = lo + 2;
        if self.lt(self.perm[lo + 1], self.perm[lo])? {
            while i < hi {
                if self.lt(self.perm[i], self.perm[i - 1])? {
                    n += 1;
                    i += 1;
                } else {
                    break;
                }
            }
            Ok((n, true))
        } else {
            while i < hi {
                if self.lt(self.perm[i], self.perm[i - 1])? {
                    break;
                }
                n += 1;
                i += 1;
            }
            Ok((n, false))
        }
    }

    /// Where `key` goes in the sorted `a` (left of any equal items), searching from `hint`.
    fn gallop_left(&self, key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
        let n = a.len();
        let (mut lastofs, mut ofs);
        lastofs = 0isize;
        ofs = 1isize;
        let hint_i = hint as isize;
        if self.lt(a[hint], key)? {
            let maxofs = (n - hint) as isize;
            while ofs < maxofs {
                if self.lt(a[hint + ofs as usize], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint_i;
            ofs += hint_i;
        } else {
            let maxofs = hint_i + 1;
            while ofs < maxofs {
                if self.lt(a[(hint_i - ofs) as usize], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint_i - ofs;
            ofs = hint_i - k;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(a[m as usize], key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// Like `gallop_left`, but right of any equal items.
    fn gallop_right(&self, key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
        let n = a.len();
        let (mut lastofs, mut ofs);
        lastofs = 0isize;
        ofs = 1isize;
        let hint_i = hint as isize;
        if self.lt(key, a[hint])? {
            let maxofs = hint_i + 1;
            while ofs < maxofs {
                if self.lt(key, a[(hint_i - ofs) as usize])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            let k = lastofs;
            lastofs = hint_i - ofs;
            ofs = hint_i - k;
        } else {
            let maxofs = (n - hint) as isize;
            while ofs < maxofs {
                if self.lt(key, a[hint + ofs as usize])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if ofs > maxofs {
                ofs = maxofs;
            }
            lastofs += hint_i;
            ofs += hint_i;
        }
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.lt(key, a[m as usize])? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// Merges the runs `perm[pa..pa+na]` and `perm[pa+na..pa+na+nb]`, na <= nb, copying the
    /// first to temporary space.
    fn merge_lo(&mut self, pa0: usize, mut na: usize, pb0: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.perm[pa0..pa0 + na]);
        let mut dest = pa0;
        let mut pa = 0usize; // in tmp
        let mut pb = pb0; // in perm
        self.perm[dest] = self.perm[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let mut result: PyResult<()> = Ok(());
        'done: {
            if nb == 0 {
                break 'done;
            }
            if na == 1 {
                return self.merge_lo_copy_b(dest, pa, pb, nb);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    match self.lt(self.perm[pb], self.tmp[pa]) {
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                        Ok(true) => {
                            self.perm[dest] = self.perm[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'done;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.perm[dest] = self.tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                return self.merge_lo_copy_b(dest, pa, pb, nb);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = self.perm[pb];
                    let tmp = std::mem::take(&mut self.tmp);
                    let k = self.gallop_right(key, &tmp[pa..pa + na], 0);
                    self.tmp = tmp;
                    let k = match k {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    acount = k;
                    if k > 0 {
                        self.perm[dest..dest + k].copy_from_slice(&self.tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            return self.merge_lo_copy_b(dest, pa, pb, nb);
                        }
                        if na == 0 {
                            break 'done;
                        }
                    }
                    self.perm[dest] = self.perm[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'done;
                    }
                    let key = self.tmp[pa];
                    let perm = std::mem::take(&mut self.perm);
                    let k = self.gallop_left(key, &perm[pb..pb + nb], 0);
                    self.perm = perm;
                    let k = match k {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    bcount = k;
                    if k > 0 {
                        self.perm.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'done;
                        }
                    }
                    self.perm[dest] = self.tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        return self.merge_lo_copy_b(dest, pa, pb, nb);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        if na > 0 {
            self.perm[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
        }
        result
    }

    /// The end of `merge_lo` when one item of the first run is left: it goes last.
    fn merge_lo_copy_b(&mut self, dest: usize, pa: usize, pb: usize, nb: usize) -> PyResult<()> {
        self.perm.copy_within(pb..pb + nb, dest);
        self.perm[dest + nb] = self.tmp[pa];
        Ok(())
    }

    /// Merges the runs `perm[pa..pa+na]` and `perm[pa+na..pa+na+nb]`, na >= nb, from the
    /// right, copying the second to temporary space.
    fn merge_hi(&mut self, pa0: usize, mut na: usize, pb0: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.perm[pb0..pb0 + nb]);
        let basea = pa0 as isize;
        // Indices may step one below their array's start, as CPython's pointers do.
        let mut dest = (pb0 + nb - 1) as isize;
        let mut pa = (pa0 + na - 1) as isize; // in perm
        let mut pb = nb as isize - 1; // in tmp
        let at = |i: isize| i as usize;
        self.perm[at(dest)] = self.perm[at(pa)];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let mut result: PyResult<()> = Ok(());
        'done: {
            if na == 0 {
                break 'done;
            }
            if nb == 1 {
                return self.merge_hi_copy_a(dest, pa, pb, na);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    match self.lt(self.tmp[at(pb)], self.perm[at(pa)]) {
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                        Ok(true) => {
                            self.perm[at(dest)] = self.perm[at(pa)];
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'done;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.perm[at(dest)] = self.tmp[at(pb)];
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                return self.merge_hi_copy_a(dest, pa, pb, na);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = self.tmp[at(pb)];
                    let perm = std::mem::take(&mut self.perm);
                    let k = self.gallop_right(key, &perm[at(basea)..at(basea) + na], na - 1);
                    self.perm = perm;
                    let k = match k {
                        Ok(k) => na - k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        self.perm
                            .copy_within(at(pa + 1)..at(pa + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'done;
                        }
                    }
                    self.perm[at(dest)] = self.tmp[at(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return self.merge_hi_copy_a(dest, pa, pb, na);
                    }
                    let key = self.perm[at(pa)];
                    let tmp = std::mem::take(&mut self.tmp);
                    let k = self.gallop_left(key, &tmp[..nb], nb - 1);
                    self.tmp = tmp;
                    let k = match k {
                        Ok(k) => nb - k,
                        Err(e) => {
                            result = Err(e);
                            break 'done;
                        }
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        self.perm[at(dest + 1)..at(dest + 1) + k]
                            .copy_from_slice(&self.tmp[at(pb + 1)..at(pb + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            return self.merge_hi_copy_a(dest, pa, pb, na);
                        }
                        if nb == 0 {
                            break 'done;
                        }
                    }
                    self.perm[at(dest)] = self.perm[at(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        if nb > 0 {
            let start = at(dest - (nb as isize - 1));
            self.perm[start..start + nb].copy_from_slice(&self.tmp[..nb]);
        }
        result
    }

    /// The end of `merge_hi` when one item of the second run is left: it goes first.
    fn merge_hi_copy_a(&mut self, dest: isize, pa: isize, pb: isize, na: usize) -> PyResult<()> {
        let n = na as isize;
        let from = (pa + 1 - n) as usize;
        let to = (dest + 1 - n) as usize;
        self.perm.copy_within(from..from + na, to);
        self.perm[(dest - n) as usize] = self.tmp[pb as usize];
        Ok(())
    }

    /// Merges the runs at stack positions i and i + 1.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let Run {
            base: pa, len: na, ..
        } = self.pending[i];
        let Run {
            base: pb, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        let key = self.perm[pb];
        let perm = std::mem::take(&mut self.perm);
        let k = self.gallop_right(key, &perm[pa..pa + na], 0);
        self.perm = perm;
        let k = k?;
        let (pa, na) = (pa + k, na - k);
        if na == 0 {
            return Ok(());
        }
        let key = self.perm[pa + na - 1];
        let perm = std::mem::take(&mut self.perm);
        let nb2 = self.gallop_left(key, &perm[pb..pb + nb], nb - 1);
        self.perm = perm;
        let nb = nb2?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(pa, na, pb, nb)
        } else {
            self.merge_hi(pa, na, pb, nb)
        }
    }

    /// Powersort: merges the runs on the stack whose power is above the new run's.
    fn found_new_run(&mut self, n2: usize) -> PyResult<()> {
        if let Some(last) = self.pending.last().copied() {
            let power = powerloop(last.base, last.len, n2, self.keys.len());
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            let top = self.pending.len() - 1;
            self.pending[top].power = power;
        }
        Ok(())
    }

    fn merge_force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    fn sort(&mut self) -> PyResult<()> {
        let total = self.perm.len();
        if total < 2 {
            return Ok(());
        }
        let minrun = compute_minrun(total);
        let mut lo = 0;
        let mut remaining = total;
        while remaining > 0 {
            let (mut n, descending) = self.count_run(lo, lo + remaining)?;
            if descending {
                self.perm[lo..lo + n].reverse();
            }
            if n < minrun {
                let force = remaining.min(minrun);
                self.binarysort(lo, lo + force, lo + n)?;
                n = force;
            }
            self.found_new_run(n)?;
            self.pending.push(Run {
                base: lo,
                len: n,
                power: 0,
            });
            lo += n;
            remaining -= n;
        }
        self.merge_force_collapse()
    }
}

fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `items` as `list.sort(key=key, reverse=reverse)` does: stable, by `<` only, making
/// CPython's comparisons in CPython's order. The key function is called once per item, first.
/// On an error from a comparison the items are left in some order, all of them kept.
pub fn sort_values(
    ip: &Interp,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let key = key.filter(|k| !k.is_none());
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in items.iter() {
                keys.push(call1(ip, f, x.clone())?);
            }
            keys
        }
        None => items.clone(),
    };
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Reversing first and last keeps equal items in their order under reverse=True.
    let mut perm: Vec<usize> = (0..n).collect();
    if reverse {
        perm.reverse();
    }
    // The algorithm permutes positions; it compares keys through `perm`, so it sees the keys
    // in the order `perm` gives them.
    let ordered: Vec<Value> = perm.iter().map(|&i| keys[i].clone()).collect();
    let mut ms = MergeState {
        ip,
        keys: &ordered,
        perm: (0..n).collect(),
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let r = ms.sort();
    let mut order: Vec<usize> = ms.perm.iter().map(|&j| perm[j]).collect();
    if reverse {
        order.reverse();
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    items.extend(
        order
            .iter()
            .map(|&i| slots[i].take().unwrap_or(Value::None)),
    );
    r
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: as in CPython, the call's one positional
/// argument is checked here, and the new list is sorted by `list.sort` with the call's
/// keywords, whose errors are sort's.
#[function(builtins, "sorted(iterable, /, **kwargs)", style = positional)]
fn sorted(ip: &Interp, iterable: &Value, kwargs: &[(Symbol, Value)]) -> PyResult<Value> {
    let list = Value::list(ops::collect(ip, iterable)?);
    (crate::runtime::lists::SORT.call)(ip, std::slice::from_ref(&list), kwargs)?;
    Ok(list)
}

// ---- numbers ----

#[function(builtins, "round(number, ndigits=None)")]
fn round(ip: &Interp, number: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
    let number = match number {
        v @ Value::Instance(_)
            if crate::eval::classes::user_method(v, crate::intern::sym::__round__).is_none() =>
        {
            crate::eval::classes::value_base(v)
        }
        v => v,
    };
    numbers::round(ip, number, ndigits)
}

#[function(builtins, "divmod(x, y, /)")]
fn divmod(ip: &Interp, x: &Value, y: &Value) -> PyResult<Value> {
    if let Some(r) = crate::eval::classes::user_divmod(ip, x, y) {
        return r;
    }
    numbers::divmod(ip, x, y)
}

#[function(builtins, "pow(base, exp, mod=None)")]
fn pow(ip: &Interp, base: &Value, exp: &Value, m: Option<&Value>) -> PyResult<Value> {
    match m {
        Some(m) if !m.is_none() => {
            // A class of the program takes the modulus in its own `__pow__` (Decimal does).
            let args = [exp.clone(), m.clone()];
            if let Some(r) = crate::eval::classes::call_dunder(ip, base, sym::__pow__, &args) {
                let r = r?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            numbers::pow_mod(ip, base, exp, m)
        }
        _ => ops::binary_op(ip, BinOp::Pow, base, exp),
    }
}

#[function(builtins, "hex(number, /)")]
fn hex(ip: &Interp, number: &Value) -> PyResult<Value> {
    numbers::int_to_base(ip, crate::eval::classes::value_base(number), 16)
}

#[function(builtins, "oct(number, /)")]
fn oct(ip: &Interp, number: &Value) -> PyResult<Value> {
    numbers::int_to_base(ip, crate::eval::classes::value_base(number), 8)
}

#[function(builtins, "bin(number, /)")]
fn bin(ip: &Interp, number: &Value) -> PyResult<Value> {
    numbers::int_to_base(ip, crate::eval::classes::value_base(number), 2)
}

#[function(builtins, "chr(i, /)")]
fn chr(ip: &Interp, i: i32) -> PyResult<Value> {
    if !(0..0x110000).contains(&i) {
        return Err(ip.err(ExcKind::ValueError, "chr() arg not in range(0x110000)"));
    }
    Ok(Value::string(char_of_code(ip, i as u32)?.to_string()))
}

/// The character that stands for the code point `i` (below 0x110000) in corun's strings: a
/// lone surrogate is one of the characters kept for them (see `crate::surrogates`).
pub fn char_of_code(ip: &Interp, i: u32) -> PyResult<char> {
    match char::from_u32(i) {
        Some(c) if crate::surrogates::code_of(c).is_some() => Err(crate::eval::sync::not_yet(
            ip,
            "chr() of U+10F000..U+10F7FF (these code points stand for surrogates)",
        )),
        Some(c) => Ok(c),
        None => Ok(crate::surrogates::char_of(i)),
    }
}

#[function(builtins, "ord(c, /)")]
fn ord(ip: &Interp, c: &Value) -> PyResult<Value> {
    let n = match crate::eval::classes::value_base(c) {
        Value::Str(s) => {
            let mut cs = s.s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => return Ok(Value::Int(crate::surrogates::python_code(c) as i64)),
                _ => s.char_len(),
            }
        }
        Value::Bytes(b) => {
            if b.b.len() == 1 {
                return Ok(Value::Int(b.b[0] as i64));
            }
            b.b.len()
        }
        other if crate::runtime::bytearray::of(other).is_some() => {
            let b =
                crate::runtime::bytearray::of(other).map_or(Vec::new(), |a| a.b.borrow().to_vec());
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            b.len()
        }
        other => {
            return ip.type_error(format!(
                "ord() expected string of length 1, but {} found",
                ops::type_name(ip, other)
            ))
        }
    };
    ip.type_error(format!(
        "ord() expected a character, but string of length {} found",
        n
    ))
}

#[function(builtins, "hash(obj, /)")]
fn hash(ip: &Interp, obj: &Value) -> PyResult<i64> {
    numbers::hash(ip, obj)
}

// ---- objects and attributes ----

#[function(builtins, "callable(obj, /)")]
fn callable(_ip: &Interp, obj: &Value) -> PyResult<bool> {
    Ok(is_callable(obj))
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) => {
            crate::eval::classes::user_method(v, crate::intern::sym::__call__).is_some()
        }
        Value::Native(o) => crate::stdlib::is_callable(o),
        _ => false,
    }
}

fn attr_name(ip: &Interp, v: &Value) -> PyResult<Symbol> {
    match v {
        Value::Str(s) => Ok(intern(&s.s)),
        other => ip.type_error(format!(
            "attribute name must be string, not '{}'",
            ops::type_name(ip, other)
        )),
    }
}

fn is_attribute_error(ip: &Interp, e: &Exc) -> bool {
    e.is_instance(ip.exc_class(ExcKind::AttributeError))
}

#[function(builtins, "getattr(object, name, default=<unrepresentable>, /)")]
fn getattr(ip: &Interp, object: &Value, name: &Value, default: Option<&Value>) -> PyResult<Value> {
    let name = attr_name(ip, name)?;
    match (ops::getattr(ip, object, name), default) {
        (Err(e), Some(d)) if is_attribute_error(ip, &e) => Ok(d.clone()),
        (r, _) => r,
    }
}

#[function(builtins, "hasattr(obj, name, /)")]
fn hasattr(ip: &Interp, obj: &Value, name: &Value) -> PyResult<bool> {
    let name = attr_name(ip, name)?;
    match ops::getattr(ip, obj, name) {
        Ok(_) => Ok(true),
        Err(e) if is_attribute_error(ip, &e) => Ok(false),
        Err(e) => Err(e),
    }
}

#[function(builtins, "setattr(obj, name, value, /)")]
fn setattr(ip: &Interp, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let name = attr_name(ip, name)?;
    ops::setattr(ip, obj, name, value)
}

#[function(builtins, "delattr(obj, name, /)")]
fn delattr(ip: &Interp, obj: &Value, name: &Value) -> PyResult<()> {
    let name = attr_name(ip, name)?;
    if let Value::Module(_) = obj {
        return ops::delattr(ip, obj, name);
    }
    if matches!(
        obj,
        Value::Instance(_) | Value::Class(_) | Value::Exception(_) | Value::Function(_)
    ) {
        return ops::delattr(ip, obj, name);
    }
    ops::getattr(ip, obj, name)?;
    Err(ip.err(
        ExcKind::AttributeError,
        format!(
            "attribute '{}' of '{}' objects is not writable",
            name,
            ops::type_name(ip, obj)
        ),
    ))
}

#[function(builtins, "issubclass(cls, class_or_tuple, /)")]
fn issubclass(ip: &Interp, cls: &Value, class_or_tuple: &Value) -> PyResult<bool> {
    fn check(ip: &Interp, derived: &Value, b: &Value) -> PyResult<bool> {
        if let Some(members) = crate::stdlib::typing::union_members(b) {
            // `issubclass(bool, int | str)`: as with a tuple of the members.
            return check_tuple(ip, derived, &Value::tuple(members.to_vec()));
        }
        let c = match (derived, b) {
            (Value::Class(c), Value::Class(_) | Value::Tuple(_)) => c,
            (_, Value::Tuple(_)) => return check_tuple(ip, derived, b),
            (_, Value::Class(b)) if meta_check(b, sym::__subclasscheck__).is_none() => {
                return ip.type_error("issubclass() arg 1 must be a class")
            }
            (_, Value::Class(b)) => {
                let m = meta_check(b, sym::__subclasscheck__).unwrap();
                let r =
                    crate::stdlib::call_with(ip, &m, &[Value::Class(b.clone()), derived.clone()])?;
                return ops::truthy(ip, &r);
            }
            _ => {
                // Any object may answer through its class's `__subclasscheck__`, or act as a
                // class through `__bases__`.
                let sub = intern("__subclasscheck__");
                if let Some(r) =
                    crate::eval::classes::call_dunder(ip, b, sub, std::slice::from_ref(derived))
                {
                    return ops::truthy(ip, &r?);
                }
                if abstract_bases(ip, derived)?.is_none() {
                    return ip.type_error("issubclass() arg 1 must be a class");
                }
                if abstract_bases(ip, b)?.is_none() {
                    return ip.type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    );
                }
                return abstract_subclass(ip, derived, b);
            }
        };
        match b {
            Value::Class(b) => match meta_check(b, sym::__subclasscheck__) {
                Some(m) => {
                    let r = crate::stdlib::call_with(
                        ip,
                        &m,
                        &[Value::Class(b.clone()), Value::Class(c.clone())],
                    )?;
                    ops::truthy(ip, &r)
                }
                None => Ok(c.is_subclass(b)),
            },
            Value::Tuple(_) => check_tuple(ip, derived, b),
            _ => unreachable!("classes and tuples only"),
        }
    }
    fn check_tuple(ip: &Interp, derived: &Value, b: &Value) -> PyResult<bool> {
        let Value::Tuple(ts) = b else {
            return Ok(false);
        };
        for x in ts.items.iter() {
            if check(ip, derived, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
    check(ip, cls, class_or_tuple)
}

// ---- text ----

#[function(builtins, "format(value, format_spec='', /)")]
fn format(ip: &Interp, value: &Value, format_spec: &str) -> PyResult<String> {
    crate::runtime::format::format_value(ip, value, format_spec)
}

#[function(builtins, "ascii(obj, /)")]
fn ascii(ip: &Interp, obj: &Value) -> PyResult<String> {
    crate::runtime::format::ascii_of(ip, obj)
}

#[function(builtins, "input(prompt=None, /)")]
fn input(ip: &Interp, prompt: Option<&Value>) -> PyResult<Value> {
    if let Some(prompt) = prompt {
        let text = str_of(ip, prompt)?;
        ip.write_sys_stdout(&text)?;
    }
    ip.flush_io();
    // A program that put its own object in `sys.stdin` is read through it.
    if let Some(stdin) = replaced_stdin(ip)? {
        let readline = crate::eval::ops::getattr(ip, &stdin, crate::intern::intern("readline"))?;
        let line = crate::eval::call::call_value(ip, &readline, &mut Default::default(), &[])?;
        let Value::Str(s) = &line else {
            return ip.type_error("object.readline() returned non-string");
        };
        if s.s.is_empty() {
            return Err(eof_error(ip, "EOF when reading a line"));
        }
        return Ok(Value::str(s.s.strip_suffix('\n').unwrap_or(&s.s)));
    }
    let mut line = crate::stdlib::io::stdin_line(ip, -1)?;
    if line.is_empty() {
        return Err(eof_error(ip, "EOF when reading a line"));
    }
    if line.ends_with(b"\n") {
        line.pop();
    }
    let utf8 = crate::runtime::codecs::lookup(ip, "utf-8")?;
    Ok(Value::string(crate::runtime::codecs::decode(
        ip, &line, utf8, "strict",
    )?))
}

/// `sys.stdin` when the program set it to an object of its own (not the standard input
/// `sys.__stdin__` is).
fn replaced_stdin(ip: &Interp) -> PyResult<Option<Value>> {
    let sys = crate::runtime::modules::import_dotted(ip, "sys")?;
    let Value::Module(m) = &sys else {
        return Ok(None);
    };
    let current = m.get(crate::intern::intern("stdin"));
    let original = m.get(crate::intern::intern("__stdin__"));
    Ok(match (current, original) {
        (Some(c), Some(o)) if c.is(&o) => None,
        (Some(Value::None), _) => {
            return Err(ip.err(ExcKind::RuntimeError, "input(): lost sys.stdin"))
        }
        (Some(c), _) => Some(c),
        (None, _) => None,
    })
}

/// An EOFError (kept as a builtin class here until the exception table has it).
fn eof_error(ip: &Interp, msg: &str) -> Exc {
    match ip.builtin("EOFError") {
        Value::Class(c) => Exc(ExcObj::new(c, vec![Value::str(msg)])),
        _ => ip.err(ExcKind::Exception, msg),
    }
}

/// The `builtins` module: the scope every name look-up ends in. The resolver turns a builtin
/// name into its slot here, so reading one costs what reading a global does.
pub fn make_builtins(types: &Types, exc_classes: &[Rc<Class>]) -> Rc<ModuleObj> {
    let m = ModuleObj::new(intern("builtins"), None);
    let add = |name: &str, v: Value| m.set(intern(name), v);
    add("__name__", Value::str("builtins"));
    add("__doc__", Value::str(BUILTINS_DOC));
    add("__package__", Value::str(""));
    crate::runtime::modules::pend_import_attrs(&m, crate::runtime::object::ModuleKind::Builtin);
    add("None", Value::None);
    add("True", Value::bool(true));
    add("False", Value::bool(false));
    // The builtins declared here and beside the modules they belong with (`open`, in
    // `stdlib::io`).
    for f in crate::runtime::bind::module_members("builtins") {
        add(f.name, Value::Builtin(f));
    }
    for &(name, _) in crate::runtime::iterators::ITER_TYPES {
        add(
            name,
            Value::Class(crate::runtime::iterators::iter_type(&types.object, name)),
        );
    }
    for (name, t) in [
        ("object", &types.object),
        ("type", &types.type_),
        ("bool", &types.bool_),
        ("int", &types.int),
        ("float", &types.float),
        ("complex", &types.complex),
        ("str", &types.str_),
        ("bytes", &types.bytes),
        ("bytearray", &types.bytearray),
        ("memoryview", &types.memoryview),
        ("list", &types.list),
        ("dict", &types.dict),
        ("tuple", &types.tuple),
        ("range", &types.range),
        ("set", &types.set),
        ("frozenset", &types.frozenset),
        ("staticmethod", &types.staticmethod),
        ("classmethod", &types.classmethod),
        ("property", &types.property),
        ("super", &types.super_),
    ] {
        add(name, Value::Class(t.clone()));
    }
    add(
        "slice",
        Value::Class(crate::stdlib::slice::make_class(&types.object)),
    );
    for &k in ExcKind::ALL {
        if matches!(
            k,
            ExcKind::CancelledError
                | ExcKind::InvalidStateError
                | ExcKind::QueueEmpty
                | ExcKind::QueueFull
        ) {
            continue;
        }
        add(k.name(), Value::Class(exc_classes[k as usize].clone()));
    }
    // The old names of OSError, kept by CPython as aliases.
    for alias in ["IOError", "EnvironmentError"] {
        add(
            alias,
            Value::Class(exc_classes[ExcKind::OSError as usize].clone()),
        );
    }
    // EOFError, for input(), until the exception table has it.
    if !ExcKind::ALL.iter().any(|k| k.name() == "EOFError") {
        add(
            "EOFError",
            Value::Class(Class::new_builtin(
                "EOFError",
                "builtins",
                ClassKind::Exception,
                Some(exc_classes[ExcKind::Exception as usize].clone()),
            )),
        );
    }
    add("Ellipsis", Value::Ellipsis);
    add("NotImplemented", Value::NotImplemented);
    // corun has no -O: assertions always run.
    add("__debug__", Value::bool(true));
    m
}

const BUILTINS_DOC: &str = "Built-in functions, types, exceptions, and other objects.\n\n\
This module provides direct access to all 'built-in'\n\
identifiers of Python; for example, builtins.len is\n\
the full name for the built-in function len().\n\n\
This module is not normally accessed explicitly by most\n\
applications, but can be useful in modules that provide\n\
objects with the same name as a built-in value, but in\n\
which the built-in of that name is also needed.";
