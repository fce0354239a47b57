//! Per-site attribute caches: `obj.name`, `obj.name = v` and `obj.name(...)` on instances
//! of classes defined in Python, as compiled code does them over and over at one site.
//!
//! Each site owns one [`AttrCache`] (zeroed memory in the program image for AOT/JIT code).
//! After a full lookup the cache remembers the instance's type, what the class (along its
//! MRO) holds under the name, and the index of the name in the instance dict. The next
//! time the same type comes by, the access is a check of the type, of the global class
//! epoch, and of one dict entry: no hashing, no walk along the MRO, no bound-method
//! object for a method call.
//!
//! What a class holds can change (`C.x = 1`, `del C.f`, a decorator adding methods): every
//! change to a class namespace bumps the epoch (`dict::watch` marks those dicts), which
//! makes every cache miss once. Instance dicts need no such care: the fast paths look the
//! name up in them, only starting at the remembered index.
//!
//! The fallback of every fast path is the generic operation (`ops::getattr`,
//! `ops::setattr`, `ops::call_method`), so the cache never changes what an access does.
use crate::err::*;
use crate::object::*;
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped by every change to a class namespace. Starts at 1, so a zeroed cache is empty.
static EPOCH: AtomicU64 = AtomicU64::new(1);

/// Makes every attribute cache miss once (a class namespace changed).
pub fn invalidate() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// The class epoch now.
#[inline]
pub(crate) fn epoch() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}

/// The class has nothing under the name.
const ABSENT: u32 = 0;
/// A function defined in Python: binds to the instance.
const FUNCTION: u32 = 1;
/// A property: it takes precedence over the instance dict.
const PROPERTY: u32 = 2;
/// Anything else (a class attribute value, staticmethod, classmethod, ...).
const OTHER: u32 = 3;
/// A `__slots__` attribute: kept in the instance's dict of slot values.
const SLOT: u32 = 4;
/// Set with the kind when `obj.name = v` may store straight into the instance dict
/// (no `__setattr__`, no property, allowed by `__slots__`).
const PLAIN_SET: u32 = 1 << 8;

/// What one site remembers about one type.
#[repr(C)]
struct Entry {
    /// The type it was filled for (a class defined in Python whose instances are plain
    /// `InstanceObj`s), as an address.
    ty: Cell<usize>,
    /// The class epoch when it was filled.
    epoch: Cell<u64>,
    /// The class attribute found along the MRO (borrowed: the class namespace holds it
    /// for as long as the epoch has not changed).
    attr: Cell<u64>,
    kind: Cell<u32>,
    /// Where instances keep the name in their dict, last time.
    hint: Cell<u32>,
}

/// Types one site remembers: sites that see instances of several subclasses (a method
/// overridden in each) stay fast.
const WAYS: usize = 4;

impl Default for Entry {
    fn default() -> Entry {
        Entry { ty: Cell::new(0), epoch: Cell::new(0), attr: Cell::new(0), kind: Cell::new(0), hint: Cell::new(0) }
    }
}

/// One site's cache, most recently filled type first. Zeroed memory is an empty cache;
/// generated code reserves `size_of::<AttrCache>()` bytes per site.
#[repr(C)]
pub struct AttrCache {
    ways: [Entry; WAYS],
}

const _: () = assert!(std::mem::size_of::<AttrCache>() == 32 * WAYS);

impl Default for AttrCache {
    /// An empty cache (the VM keeps one per attribute name of a code unit).
    fn default() -> AttrCache {
        AttrCache { ways: Default::default() }
    }
}

impl AttrCache {
    /// The entry for `o`'s type and `o`'s instance dict, when the cache holds one valid
    /// now.
    #[inline]
    fn hit(&self, o: Value) -> Option<(&Entry, &'static crate::dict::DictObj)> {
        if !o.is_heap() {
            return None;
        }
        let ty = o.ty() as *const TypeObject as usize;
        let e = self.ways.iter().find(|e| e.ty.get() == ty)?;
        if e.epoch.get() != epoch() {
            return None;
        }
        Some((e, crate::class::plain_instance_dict(o)?))
    }

    /// Fills an entry for `o`'s type and `name`, when `o` is a plain instance.
    #[inline]
    fn fill(&self, o: Value, name: Value) {
        // Only instances of classes defined in Python are cached: skip the rest without a call.
        if o.is_heap() && o.ty().class.is_some() {
            self.fill_instance(o, name);
        }
    }

    #[inline(never)]
    fn fill_instance(&self, o: Value, name: Value) {
        if crate::class::plain_instance_dict(o).is_none() {
            return;
        }
        let ty = o.ty();
        let Some(s) = crate::str::as_str(name) else { return };
        if s == "__dict__" || s == "__class__" {
            return;
        }
        let slot = ty.class.is_some_and(|c| crate::class::is_slot(c, s));
        let attr = crate::class::lookup_name(ty, name);
        let kind = match &attr {
            None if slot => SLOT,
            None => ABSENT,
            Some(a) if a.v().downcast::<crate::func::FuncObj>().is_some() => FUNCTION,
            Some(a) if a.v().downcast::<crate::class::PropertyObj>().is_some() => PROPERTY,
            Some(_) => OTHER,
        };
        let plain_set = kind != PROPERTY
            && slot == (kind == SLOT)
            && crate::class::lookup(ty, "__setattr__").is_none()
            && ty.class.is_some_and(|c| c.slots.as_ref().is_none_or(|sl| sl.iter().any(|x| x == s)));
        let addr = ty as *const TypeObject as usize;
        // The type's own entry when it has a stale one, else the least recently filled.
        let at = self.ways.iter().position(|e| e.ty.get() == addr).unwrap_or(WAYS - 1);
        for i in (0..at).rev() {
            let (from, to) = (&self.ways[i], &self.ways[i + 1]);
            to.ty.set(from.ty.get());
            to.epoch.set(from.epoch.get());
            to.attr.set(from.attr.get());
            to.kind.set(from.kind.get());
            to.hint.set(from.hint.get());
        }
        let e = &self.ways[0];
        e.ty.set(addr);
        e.epoch.set(epoch());
        // The class namespace keeps the attribute alive while the epoch holds.
        e.attr.set(attr.map_or(0, |a| a.v().0));
        e.kind.set(kind | if plain_set { PLAIN_SET } else { 0 });
    }
}

impl Entry {
    fn attr(&self) -> Value {
        Value(self.attr.get())
    }
}

/// `o.name`, through the site's cache.
pub fn getattr(o: Value, name: Value, c: &AttrCache) -> PyResult {
    if let Some((c, d)) = c.hit(o) {
        let kind = c.kind.get() & 0xff;
        if kind == SLOT {
            if let Some(v) =
                crate::class::plain_instance_slots(o).and_then(|s| crate::dict::get_hinted(s, name, &c.hint))
            {
                return Ok(v.new_ref());
            }
        } else if kind != PROPERTY {
            if let Some(v) = crate::dict::get_hinted(d, name, &c.hint) {
                return Ok(v.new_ref());
            }
        }
        match kind {
            FUNCTION => return Ok(crate::class::new_method(c.attr().new_ref(), o.new_ref())),
            PROPERTY | OTHER => return crate::class::bind_attr(c.attr(), o),
            _ => {}
        }
    }
    let r = crate::ops::getattr(o, crate::str::as_str(name).unwrap_or(""));
    c.fill(o, name);
    r
}

/// `o.name = v`, through the site's cache.
pub fn setattr(o: Value, name: Value, v: Value, c: &AttrCache) -> PyResult<()> {
    if let Some((c, d)) = c.hit(o) {
        if c.kind.get() & PLAIN_SET != 0 {
            if c.kind.get() & 0xff == SLOT {
                if let Some(s) = crate::class::plain_instance_slots(o) {
                    crate::dict::set_hinted(s, name, v.new_ref(), &c.hint);
                    return Ok(());
                }
            } else {
                crate::dict::set_hinted(d, name, v.new_ref(), &c.hint);
                return Ok(());
            }
        }
    }
    let r = crate::ops::setattr(o, crate::str::as_str(name).unwrap_or(""), v);
    c.fill(o, name);
    r
}

/// `o.name(*args)`, through the site's cache: a method defined in Python is called with
/// `o` put before the arguments, without a bound-method object.
pub fn call_method(o: Value, name: Value, args: &[Value], kwnames: &[Obj], c: &AttrCache) -> PyResult {
    if let Some((c, d)) = c.hit(o) {
        if c.kind.get() & 0xff == FUNCTION && crate::dict::get_hinted(d, name, &c.hint).is_none() {
            // Held for the call: the method may remove itself from its class.
            let f = c.attr().new_ref();
            return crate::func::with_first(o, args, |full| crate::func::call(f.v(), full, kwnames));
        }
    }
    let r = crate::ops::call_method(o, crate::str::as_str(name).unwrap_or(""), args, kwnames);
    c.fill(o, name);
    r
}
