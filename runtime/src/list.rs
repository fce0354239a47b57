//! `list`: a mutable sequence: subscripting (with slice assignment and deletion), the
//! methods, and the stable sort.
//!
//! Rule: never hold the `items()` borrow across a call that may run Python code
//! (comparisons, key functions, iteration of arbitrary iterables); clone what is needed
//! first and index again afterwards, since the list may have changed meanwhile.
use crate::err::*;
use crate::func::Arity;
use crate::object::*;
use crate::ops::CmpOp;
use crate::range::SliceObj;
use crate::typeobj::{MethodDef, Params, TypeSpec, BASETYPE, EMPTY};
use crate::types::*;
use std::cell::UnsafeCell;

#[repr(C)]
pub struct ListObj {
    pub hdr: Header,
    pub items: UnsafeCell<Vec<Obj>>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for ListObj {
    fn type_object() -> &'static TypeObject {
        &LIST_TYPE
    }
}

impl ListObj {
    #[allow(clippy::mut_from_ref)]
    pub fn items(&self) -> &mut Vec<Obj> {
        // SAFETY: single-threaded runtime; see the module rule about borrows.
        unsafe { &mut *self.items.get() }
    }
}

pub fn new_list(items: Vec<Obj>) -> Obj {
    alloc(ListObj { hdr: Header::new(&LIST_TYPE), items: UnsafeCell::new(items) })
}

/// The items of a list (empty for other types). Same borrow rule as `items()`.
pub fn list_items(v: Value) -> &'static [Obj] {
    match v.downcast::<ListObj>() {
        Some(l) => l.items(),
        None => &[],
    }
}

pub fn list_of(l: Value) -> PyResult<&'static ListObj> {
    match l.downcast::<ListObj>() {
        Some(x) => Ok(x),
        None => type_error(format!("descriptor requires a 'list' object but received a '{}'", l.ty().name)),
    }
}

/// The item at `i`, if the list still has one there.
fn item_at(lo: &ListObj, i: usize) -> Option<Obj> {
    lo.items().get(i).cloned()
}

/// `a == b` with the identity shortcut of CPython's containers.
pub fn eq_item(a: Value, b: Value) -> PyResult<bool> {
    Ok(a == b || crate::ops::eq(a, b)?)
}

#[cold]
fn bad_index<T>(k: Value) -> PyResult<T> {
    type_error(format!("list indices must be integers or slices, not {}", k.ty().name))
}

// ---------------------------------------------------------------------------------------
// Subscripting.

/// `l[k]`.
pub fn getitem(l: Value, k: Value) -> PyResult {
    let lo = list_of(l)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        let len = lo.items().len() as i64;
        let (start, _, step, count) = crate::range::slice_indices(sl, len)?;
        return Ok(new_list(pick(lo.items(), start, step, count)));
    }
    if !crate::int::is_int(k) {
        return bad_index(k);
    }
    let i = crate::range::seq_index(k, lo.items().len(), "list")?;
    Ok(lo.items()[i].clone())
}

/// The `count` items at `start + i*step` (as computed by `slice_indices`).
pub fn pick(items: &[Obj], start: i64, step: i64, count: i64) -> Vec<Obj> {
    let mut out = Vec::with_capacity(count.max(0) as usize);
    let mut i = start;
    for _ in 0..count {
        if let Some(x) = usize::try_from(i).ok().and_then(|j| items.get(j)) {
            out.push(x.clone());
        }
        i = i.wrapping_add(step);
    }
    out
}

/// `l[k] = v`.
pub fn setitem(l: Value, k: Value, v: Value) -> PyResult<()> {
    let lo = list_of(l)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        return set_slice(lo, sl, v);
    }
    if !crate::int::is_int(k) {
        return bad_index(k);
    }
    let i = crate::range::seq_index(k, lo.items().len(), "list assignment")?;
    let old = std::mem::replace(&mut lo.items()[i], v.new_ref());
    drop(old);
    Ok(())
}

fn set_slice(lo: &ListObj, sl: &SliceObj, v: Value) -> PyResult<()> {
    let step_is_one = sl.step.v().is_none() || sl.step.v().as_small() == Some(1);
    // The new items, taken before touching the list (`l[:] = l` copies first).
    let new_items = if matches!(v.kind(), Kind::List | Kind::Tuple) {
        crate::iter::seq_items(v)
    } else {
        let it = match crate::iter::get_iter(v) {
            Ok(it) => it,
            Err(e) if e.matches(&TYPE_ERROR) => {
                return type_error(if step_is_one {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                })
            }
            Err(e) => return Err(e),
        };
        crate::iter::collect(it.v())?
    };
    let len = lo.items().len() as i64;
    let (start, stop, step, count) = crate::range::slice_indices(sl, len)?;
    if step == 1 {
        let start = start.clamp(0, len) as usize;
        let stop = (stop.max(start as i64)).clamp(0, len) as usize;
        let removed: Vec<Obj> = lo.items().splice(start..stop, new_items).collect();
        drop(removed);
        return Ok(());
    }
    if new_items.len() as i64 != count {
        return value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {count}",
            new_items.len()
        ));
    }
    let mut old = Vec::with_capacity(new_items.len());
    let items = lo.items();
    let mut i = start;
    for x in new_items {
        if let Some(slot) = usize::try_from(i).ok().and_then(|j| items.get_mut(j)) {
            old.push(std::mem::replace(slot, x));
        }
        i = i.wrapping_add(step);
    }
    drop(old);
    Ok(())
}

/// `del l[k]`.
pub fn delitem(l: Value, k: Value) -> PyResult<()> {
    let lo = list_of(l)?;
    if let Some(sl) = k.downcast::<SliceObj>() {
        let len = lo.items().len() as i64;
        let (start, _, step, count) = crate::range::slice_indices(sl, len)?;
        if count <= 0 {
            return Ok(());
        }
        let items = lo.items();
        let removed: Vec<Obj> = if step == 1 {
            let a = start as usize;
            items.drain(a..a + count as usize).collect()
        } else {
            // Normalize to an ascending walk over the doomed indices.
            let (mut lo_i, st) = if step < 0 { (start + (count - 1) * step, -step) } else { (start, step) };
            let old = std::mem::take(items);
            let mut keep = Vec::with_capacity(old.len());
            let mut gone = Vec::with_capacity(count as usize);
            let mut left = count;
            for (j, x) in old.into_iter().enumerate() {
                if left > 0 && j as i64 == lo_i {
                    gone.push(x);
                    left -= 1;
                    lo_i += st;
                } else {
                    keep.push(x);
                }
            }
            *items = keep;
            gone
        };
        drop(removed);
        return Ok(());
    }
    if !crate::int::is_int(k) {
        return bad_index(k);
    }
    let i = crate::range::seq_index(k, lo.items().len(), "list assignment")?;
    let x = lo.items().remove(i);
    drop(x);
    Ok(())
}

/// `x in l`.
pub fn contains(l: Value, x: Value) -> PyResult<bool> {
    let lo = list_of(l)?;
    let mut i = 0;
    while let Some(item) = item_at(lo, i) {
        if eq_item(item.v(), x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

// ---------------------------------------------------------------------------------------
// Methods.

fn lo(l: Value) -> PyResult<&'static ListObj> {
    list_of(l)
}

fn append(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    lo(l)?.items().push(a[0].new_ref());
    Ok(none_obj())
}

fn extend_method(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    extend(l, a[0])?;
    Ok(none_obj())
}

fn insert(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let lo = lo(l)?;
    let i = crate::int::index_of(a[0], "")?;
    let items = lo.items();
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, a[1].new_ref());
    Ok(none_obj())
}

fn pop(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let lo = lo(l)?;
    let i = match a.first() {
        Some(v) => crate::int::index_of(*v, "")?,
        None => -1,
    };
    let items = lo.items();
    if items.is_empty() {
        return index_error("pop from empty list");
    }
    let len = items.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return index_error("pop index out of range");
    }
    Ok(items.remove(j as usize))
}

fn remove(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let lo = lo(l)?;
    let mut i = 0;
    while let Some(item) = item_at(lo, i) {
        if eq_item(item.v(), a[0])? {
            if i < lo.items().len() {
                let x = lo.items().remove(i);
                drop(x);
            }
            return Ok(none_obj());
        }
        i += 1;
    }
    value_error("list.remove(x): x not in list")
}

fn index(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let lo = lo(l)?;
    let len = lo.items().len() as i64;
    let (start, stop) = index_bounds(a, len)?;
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(lo, i as usize) else { break };
        if eq_item(item.v(), a[0])? {
            return Ok(crate::int::from_i64(i));
        }
        i += 1;
    }
    let r = crate::ops::repr_of(a[0])?;
    value_error(format!("{} is not in list", crate::str::as_str(r.v()).unwrap_or("?")))
}

fn count(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let lo = lo(l)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = item_at(lo, i) {
        if eq_item(item.v(), a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(crate::int::from_i64(n))
}

fn sort_method(l: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    if !pos.is_empty() {
        return type_error("sort() takes no positional arguments");
    }
    let [key, reverse] = kw.parse("sort", ["key", "reverse"])?;
    let reverse = match reverse {
        Some(r) => crate::int::index_of(r, "")? != 0,
        None => false,
    };
    sort(l, key.filter(|k| !k.is_none()), reverse)?;
    Ok(none_obj())
}

fn reverse(l: Value, _: &[Value], _: &[Obj]) -> PyResult {
    lo(l)?.items().reverse();
    Ok(none_obj())
}

fn clear(l: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let old = std::mem::take(lo(l)?.items());
    drop(old);
    Ok(none_obj())
}

fn copy(l: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(new_list(lo(l)?.items().clone()))
}

// Operator dunders: what `list` itself does, whatever a subclass overrides.

fn is_list(v: Value) -> bool {
    v.is_heap() && v.kind() == Kind::List
}

crate::cmp_slots!(cmp, is_list, crate::ops::seq_order);

fn len_slot(l: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(lo(l)?.items().len() as i64))
}
fn getitem_slot(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    getitem(l, a[0])
}
fn setitem_slot(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    setitem(l, a[0], a[1])?;
    Ok(none_obj())
}
fn delitem_slot(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    delitem(l, a[0])?;
    Ok(none_obj())
}
fn contains_slot(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(contains(l, a[0])?))
}
fn iter_slot(l: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::iter::get_iter(l)
}
fn reversed_slot(l: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::iter::reversed_of(l)
}
fn add_slot(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::seq_binop(crate::ops::BinOp::Add, l, a[0])
}
fn mul_slot(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::repeat(l, a[0])
}
fn iadd_slot(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    extend(l, a[0])?;
    Ok(l.new_ref())
}
fn imul_slot(l: Value, a: &[Value], _: &[Obj]) -> PyResult {
    crate::ops::inplace_repeat(l, a[0])?;
    Ok(l.new_ref())
}

fn list_new(cls: &'static TypeObject, _args: &[Value], _kwnames: &[Obj]) -> PyResult {
    if std::ptr::eq(cls, &LIST_TYPE) {
        return Ok(new_list(Vec::new()));
    }
    Ok(crate::class::alloc_instance(cls))
}

/// What `list` declares (see `typeobj.rs`).
pub static SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", cmp::lt, Params::One),
        MethodDef::slot("__le__", cmp::le, Params::One),
        MethodDef::slot("__eq__", cmp::eq, Params::One),
        MethodDef::slot("__ne__", cmp::ne, Params::One),
        MethodDef::slot("__gt__", cmp::gt, Params::One),
        MethodDef::slot("__ge__", cmp::ge, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__init__", crate::slots::container_init, Params::Any),
        MethodDef::slot("__len__", len_slot, Params::NoArgs),
        MethodDef::slot("__getitem__", getitem_slot, Params::One),
        MethodDef::slot("__setitem__", setitem_slot, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::slot("__delitem__", delitem_slot, Params::One),
        MethodDef::slot("__add__", add_slot, Params::One),
        MethodDef::slot("__mul__", mul_slot, Params::One),
        MethodDef::slot("__rmul__", mul_slot, Params::One),
        MethodDef::slot("__contains__", contains_slot, Params::One),
        MethodDef::slot("__iadd__", iadd_slot, Params::One),
        MethodDef::slot("__imul__", imul_slot, Params::One),
        MethodDef::method("__reversed__", reversed_slot, Params::NoArgs),
        MethodDef::method("__sizeof__", crate::slots::sizeof, Params::NoArgs),
        MethodDef::method("clear", clear, Params::NoArgs),
        MethodDef::method("copy", copy, Params::NoArgs),
        MethodDef::method("append", append, Params::One),
        MethodDef::method("insert", insert, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::method("extend", extend_method, Params::One),
        MethodDef::method("pop", pop, Params::Pos(0, 1, Arity::Expected)),
        MethodDef::method("remove", remove, Params::One),
        MethodDef::method("index", index, Params::Pos(1, 3, Arity::Expected)),
        MethodDef::method("count", count, Params::One),
        MethodDef::method("reverse", reverse, Params::NoArgs),
        MethodDef::method("sort", sort_method, Params::Any),
        MethodDef::class("__class_getitem__", crate::slots::class_getitem, Params::One),
    ],
    nones: &["__hash__"],
    new: Some(list_new),
    flags: BASETYPE,
    ..EMPTY
};

/// `start`/`stop` of `index()` (slice-index semantics, negative from the end).
pub fn index_bounds(pos: &[Value], len: i64) -> PyResult<(i64, i64)> {
    let arg = |i: usize, default: i64| -> PyResult<i64> {
        match pos.get(i) {
            None => Ok(default),
            Some(v) if crate::int::is_int(*v) => crate::range::index_clamped(*v),
            Some(_) => type_error("slice indices must be integers or have an __index__ method"),
        }
    };
    let mut start = arg(1, 0)?;
    let mut stop = arg(2, i64::MAX)?;
    if start < 0 {
        start = (start + len).max(0);
    }
    if stop < 0 {
        stop = (stop + len).max(0);
    }
    Ok((start, stop))
}

/// `l.extend(iterable)` (also `l += iterable`).
pub fn extend(l: Value, iterable: Value) -> PyResult<()> {
    let lo = list_of(l)?;
    let new_items = crate::iter::collect(iterable)?;
    lo.items().extend(new_items);
    Ok(())
}

/// `[*it]` and `f(*it)`: appends the items of `it`, with CPython's message when `it` is
/// not iterable (naming the called function `f`, when given).
pub fn star_extend(l: Value, it: Value, f: Value) -> PyResult<()> {
    let items = match crate::iter::collect(it) {
        Ok(items) => items,
        Err(e) if e.matches(&crate::err::TYPE_ERROR) && crate::iter::get_iter(it).is_err() => {
            let what = it.ty().name;
            return crate::err::type_error(if f.is_null() {
                format!("Value after * must be an iterable, not {what}")
            } else {
                format!("{} argument after * must be an iterable, not {what}", crate::func::describe(f))
            });
        }
        Err(e) => return Err(e),
    };
    list_of(l)?.items().extend(items);
    Ok(())
}

/// `l.sort(key=key, reverse=reverse)`: a stable merge sort that compares with `<` only.
/// While sorting, the list looks empty (as in CPython); ValueError if it was modified.
pub fn sort(l: Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let lo = list_of(l)?;
    let mut items = std::mem::take(lo.items());
    let r = sort_vec(&mut items, key, reverse);
    let meddled = std::mem::replace(lo.items(), items);
    let modified = !meddled.is_empty();
    drop(meddled);
    r?;
    if modified {
        return value_error("list modified during sort");
    }
    Ok(())
}

/// Sorts `items` in place (stable; `reverse` keeps equal items in their original order).
/// On error `items` keeps its original order.
pub fn sort_vec(items: &mut Vec<Obj>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let keys: Vec<Obj> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(n);
            for x in items.iter() {
                ks.push(crate::func::call(f, &[x.v()], &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..n).collect();
    if reverse {
        order.reverse();
    }
    let kv: Vec<Value> = keys.iter().map(Obj::v).collect();
    if kv.iter().all(|v| v.is_small_int()) {
        merge_sort(&mut order, |a, b| Ok(kv[a].as_small() < kv[b].as_small()))?;
    } else if kv.iter().all(|v| v.is(&STR_TYPE)) {
        let ss: Vec<&str> = kv.iter().map(|v| crate::str::as_str(*v).unwrap_or("")).collect();
        merge_sort(&mut order, |a, b| Ok(ss[a] < ss[b]))?;
    } else if kv.iter().all(|v| v.is(&TUPLE_TYPE)) {
        // The first items usually decide: keep them in one dense array.
        let tk: Vec<&[Obj]> = kv.iter().map(|v| crate::tuple::items(*v)).collect();
        let first: Vec<Option<i64>> = tk.iter().map(|t| t.first().and_then(|x| x.v().as_small())).collect();
        merge_sort(&mut order, |a, b| match (first[a], first[b]) {
            (Some(x), Some(y)) if x != y => Ok(x < y),
            _ => tuple_lt(tk[a], tk[b]),
        })?;
    } else {
        merge_sort(&mut order, |a, b| lt(kv[a], kv[b]))?;
    }
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<Obj>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
    Ok(())
}

/// `a < b` for the common scalar pairs without a trip through `ops` (same results).
fn fast_lt(a: Value, b: Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Some(x < y);
    }
    if a.is(&STR_TYPE) && b.is(&STR_TYPE) {
        return Some(crate::str::as_str(a) < crate::str::as_str(b));
    }
    if a.is(&FLOAT_TYPE) && b.is(&FLOAT_TYPE) {
        return Some(crate::float::as_f64(a).ok()? < crate::float::as_f64(b).ok()?);
    }
    None
}

/// `a == b` for the common scalar pairs (with the identity shortcut of containers).
fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    if a.is(&STR_TYPE) && b.is(&STR_TYPE) {
        return Some(crate::str::as_str(a) == crate::str::as_str(b));
    }
    None
}

fn lt(a: Value, b: Value) -> PyResult<bool> {
    match fast_lt(a, b) {
        Some(r) => Ok(r),
        None => crate::ops::compare_bool(CmpOp::Lt, a, b),
    }
}

/// Tuple `<` as CPython computes it: the first items that differ decide, else length.
fn tuple_lt(a: &[Obj], b: &[Obj]) -> PyResult<bool> {
    for (x, y) in a.iter().zip(b) {
        let same = match fast_eq(x.v(), y.v()) {
            Some(r) => r,
            None => crate::ops::eq(x.v(), y.v())?,
        };
        if !same {
            return lt(x.v(), y.v());
        }
    }
    Ok(a.len() < b.len())
}

/// Stable merge sort of `v` by `lt` (insertion sort on short runs, then bottom-up merges).
/// On error `v` is left a permutation of its input.
fn merge_sort(v: &mut [usize], mut lt: impl FnMut(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    const RUN: usize = 16;
    let n = v.len();
    for chunk in v.chunks_mut(RUN) {
        for i in 1..chunk.len() {
            let x = chunk[i];
            let mut j = i;
            while j > 0 && lt(x, chunk[j - 1])? {
                chunk[j] = chunk[j - 1];
                j -= 1;
            }
            chunk[j] = x;
        }
    }
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (lo + 2 * width).min(n);
            // Already in order: nothing to merge.
            if !lt(v[mid], v[mid - 1])? {
                lo = hi;
                continue;
            }
            buf.clear();
            let (mut i, mut j) = (lo, mid);
            let mut err = None;
            while i < mid && j < hi {
                match lt(v[j], v[i]) {
                    Ok(true) => {
                        buf.push(v[j]);
                        j += 1;
                    }
                    Ok(false) => {
                        buf.push(v[i]);
                        i += 1;
                    }
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            buf.extend_from_slice(&v[i..mid]);
            buf.extend_from_slice(&v[j..hi]);
            v[lo..hi].copy_from_slice(&buf);
            if let Some(e) = err {
                return Err(e);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(l: &Obj) -> Vec<i64> {
        list_items(l.v()).iter().map(|x| x.v().as_small().unwrap()).collect()
    }
    fn list(v: &[i64]) -> Obj {
        new_list(v.iter().map(|&i| Obj::small(i)).collect())
    }

    #[test]
    fn sort_is_stable_and_correct() {
        let mut data: Vec<i64> = (0..500).map(|i| (i * 7919) % 263).collect();
        let l = list(&data);
        sort(l.v(), None, false).unwrap();
        data.sort();
        assert_eq!(ints(&l), data);
        let l = list(&[3, 1, 2]);
        sort(l.v(), None, true).unwrap();
        assert_eq!(ints(&l), vec![3, 2, 1]);
        // Stability via a lossy ordering on indices.
        let mut v: Vec<usize> = (0..100).collect();
        merge_sort(&mut v, |a, b| Ok(a % 3 < b % 3)).unwrap();
        let mut expect: Vec<usize> = (0..100).collect();
        expect.sort_by_key(|x| x % 3);
        assert_eq!(v, expect);
    }

    #[test]
    fn slices() {
        let l = list(&[0, 1, 2, 3, 4, 5]);
        let s = crate::range::new_slice(none_obj(), none_obj(), Obj::small(2));
        delitem(l.v(), s.v()).unwrap();
        assert_eq!(ints(&l), vec![1, 3, 5]);
        let s = crate::range::new_slice(Obj::small(1), Obj::small(2), none_obj());
        let r = list(&[7, 8, 9]);
        setitem(l.v(), s.v(), r.v()).unwrap();
        assert_eq!(ints(&l), vec![1, 7, 8, 9, 5]);
        let s = crate::range::new_slice(none_obj(), none_obj(), Obj::small(-2));
        delitem(l.v(), s.v()).unwrap();
        assert_eq!(ints(&l), vec![7, 9]);
        let s = crate::range::new_slice(none_obj(), none_obj(), Obj::small(-1));
        let r = list(&[1]);
        assert!(setitem(l.v(), s.v(), r.v()).is_err());
        setitem(l.v(), s.v(), l.v()).unwrap();
        assert_eq!(ints(&l), vec![9, 7]);
    }
}
