//! The run-time half of `match`: the frontend lowers each case to a condition, and
//! sequence, mapping and class patterns call these hidden builtins, which check the
//! subject's shape as CPython 3.11's `MATCH_SEQUENCE`/`MATCH_MAPPING`/`MATCH_CLASS` do and
//! return the values the sub-patterns look at (a list), or None when the shape does not
//! match.
use crate::err::*;
use crate::object::*;
use crate::types::*;

fn small(v: Value) -> i64 {
    v.as_small().unwrap_or(0)
}

/// Is `v` a sequence for a sequence pattern (not str, bytes or a mapping)?
fn is_match_sequence(v: Value) -> bool {
    v.is_heap()
        && (matches!(v.kind(), Kind::List | Kind::Tuple | Kind::Range)
            || (v.kind() == Kind::Other && crate::stdlib::seq(v).is_some()))
}

/// `__pyaot_match_seq__(subject, n, star)`: for a pattern of `n` sub-patterns, the one at
/// `star` (-1: none) starred, the items the sub-patterns match (the starred one a list).
pub fn match_seq(args: &[Value], _kwnames: &[Obj]) -> PyResult {
    let (Some(&s), Some(&n), Some(&star)) = (args.first(), args.get(1), args.get(2)) else {
        return type_error("match: bad arguments");
    };
    if !is_match_sequence(s) {
        return Ok(none_obj());
    }
    let (n, star) = (small(n) as usize, small(star));
    let len = crate::builtins::len_of(s)? as usize;
    let fits = if star < 0 { len == n } else { len + 1 >= n };
    if !fits {
        return Ok(none_obj());
    }
    let mut items = crate::iter::collect(s)?;
    if star >= 0 {
        let star = star as usize;
        let after = n - 1 - star;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(star);
        items.push(crate::list::new_list(middle));
        items.extend(tail);
    }
    Ok(crate::list::new_list(items))
}

/// `__pyaot_match_map__(subject, keys, rest)`: the values of `keys` in a mapping subject
/// (then, with `rest`, a dict of the other items), or None.
pub fn match_map(args: &[Value], _kwnames: &[Obj]) -> PyResult {
    let (Some(&s), Some(&keys), Some(&rest)) = (args.first(), args.get(1), args.get(2)) else {
        return type_error("match: bad arguments");
    };
    if !s.is_heap() || s.kind() != Kind::Dict {
        return Ok(none_obj());
    }
    let keys = crate::tuple::items(keys);
    let mut values = Vec::with_capacity(keys.len() + 1);
    for k in keys {
        match crate::dict::get_item(s, k.v())? {
            Some(v) => values.push(v),
            None => return Ok(none_obj()),
        }
    }
    if rest == py_true() {
        let d = crate::dict::copy(s)?;
        for k in keys {
            crate::dict::pop(d.v(), k.v())?;
        }
        values.push(d);
    }
    Ok(crate::list::new_list(values))
}

/// The builtin types whose class pattern takes the subject itself as its one positional
/// sub-pattern (`case int(x)`).
fn matches_self(t: &TypeObject) -> bool {
    [
        &BOOL_TYPE,
        &BYTEARRAY_TYPE,
        &BYTES_TYPE,
        &DICT_TYPE,
        &FLOAT_TYPE,
        &FROZENSET_TYPE,
        &INT_TYPE,
        &LIST_TYPE,
        &SET_TYPE,
        &STR_TYPE,
        &TUPLE_TYPE,
    ]
    .iter()
    .any(|b| std::ptr::eq(*b, t))
}

/// `getattr(v, name)`, None when it raises AttributeError.
fn attr_or_none(v: Value, name: &str) -> PyResult<Option<Obj>> {
    match crate::ops::getattr(v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `__pyaot_match_class__(subject, cls, npos, kwnames)`: for `cls(p1, …, k1=q1, …)`, the
/// attribute values the sub-patterns match (positional ones named by `__match_args__`),
/// or None when the subject is no instance or lacks an attribute.
pub fn match_class(args: &[Value], _kwnames: &[Obj]) -> PyResult {
    let (Some(&s), Some(&cls), Some(&npos), Some(&kw)) = (args.first(), args.get(1), args.get(2), args.get(3)) else {
        return type_error("match: bad arguments");
    };
    let Some(ty) = crate::builtins::as_type(cls) else {
        return type_error("called match pattern must be a type");
    };
    if !s.ty().is_subtype(ty) {
        return Ok(none_obj());
    }
    let npos = small(npos) as usize;
    let mut values = Vec::new();
    if npos > 0 {
        let match_args = if ty.class.is_some() { attr_or_none(cls, "__match_args__")? } else { None };
        match match_args {
            None if matches_self(ty) => {
                if npos > 1 {
                    return type_error(format!("{}() accepts 1 positional sub-pattern ({npos} given)", ty.name));
                }
                values.push(s.new_ref());
            }
            m => {
                let names: Vec<Obj> = match &m {
                    Some(t) if t.v().is(&TUPLE_TYPE) => crate::tuple::items(t.v()).to_vec(),
                    Some(t) => {
                        return type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            ty.name,
                            t.v().ty().name
                        ))
                    }
                    None => Vec::new(),
                };
                if npos > names.len() {
                    let s = if names.len() == 1 { "" } else { "s" };
                    return type_error(format!(
                        "{}() accepts {} positional sub-pattern{s} ({npos} given)",
                        ty.name,
                        names.len()
                    ));
                }
                for n in &names[..npos] {
                    let Some(name) = crate::str::as_str(n.v()) else {
                        return type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            n.v().ty().name
                        ));
                    };
                    match attr_or_none(s, name)? {
                        Some(v) => values.push(v),
                        None => return Ok(none_obj()),
                    }
                }
            }
        }
    }
    for k in crate::tuple::items(kw) {
        match attr_or_none(s, crate::str::as_str(k.v()).unwrap_or(""))? {
            Some(v) => values.push(v),
            None => return Ok(none_obj()),
        }
    }
    Ok(crate::list::new_list(values))
}

/// `__pyaot_match_bind__(value)`: a capture pattern, which always matches.
pub fn match_bind(_args: &[Value], _kwnames: &[Obj]) -> PyResult {
    Ok(bool_obj(true))
}
