//! The report as pretty JSON: the bytes `serde_json::to_writer_pretty` writes (two-space
//! indent), from a serializer of our own.
//!
//! serde_json's serializer looks every byte of every string up in its escape table and
//! hands each line start to the writer in pieces. Here the output goes to one buffer
//! (handed to the writer every 64 KiB), a line break and its indentation are one copy,
//! and strings are scanned eight bytes at a time: Arabic text has no byte that needs
//! an escape (`"`, `\` and the controls are ASCII). Numbers that are not integers, which
//! the report does not have today, are written by serde_json itself.

use std::io::Write;

use serde::ser::{self, Impossible, Serialize};
use serde_json::Error;

type Result<T> = std::result::Result<T, Error>;

/// Writes `value` as `serde_json::to_writer_pretty` would, byte for byte.
pub fn write_json_pretty<W: Write, T: Serialize + ?Sized>(out: W, value: &T) -> Result<()> {
    let mut ser = Pretty::new(out);
    value.serialize(&mut ser)?;
    ser.flush()
}

/// An object written field by field, one of its fields an array written element by
/// element ([`JsonObject::begin_array`]): the command line writes each article's part of
/// the report as the article comes, with the bytes [`write_json_pretty`] writes for the
/// whole report.
pub struct JsonObject<W: Write> {
    ser: Pretty<W>,
    /// Whether the object has a field yet.
    fields: bool,
    /// In an array field: whether it has an element yet.
    elements: Option<bool>,
}

impl<W: Write> JsonObject<W> {
    /// `{`, nothing in it yet.
    pub fn new(out: W) -> JsonObject<W> {
        let mut ser = Pretty::new(out);
        ser.open(b'{');
        JsonObject { ser, fields: false, elements: None }
    }

    fn key(&mut self, key: &str) {
        self.ser.line_start(self.fields);
        self.fields = true;
        write_str(&mut self.ser.buf, key);
        self.ser.buf.extend_from_slice(b": ");
    }

    /// A field and its value.
    pub fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<()> {
        debug_assert!(self.elements.is_none(), "a field inside an array field");
        self.key(key);
        value.serialize(&mut self.ser)?;
        self.ser.has_value = true;
        self.ser.maybe_flush()
    }

    /// A field whose value is an array, its elements to come ([`JsonObject::element`]).
    pub fn begin_array(&mut self, key: &str) {
        self.key(key);
        self.ser.open(b'[');
        self.elements = Some(false);
    }

    /// The next element of the array field begun last.
    pub fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let any = self.elements.replace(true).unwrap_or(false);
        self.ser.line_start(any);
        value.serialize(&mut self.ser)?;
        self.ser.has_value = true;
        self.ser.maybe_flush()
    }

    /// `]` after the array field's elements.
    pub fn end_array(&mut self) {
        self.ser.has_value = self.elements.take().unwrap_or(false);
        self.ser.close(b']');
        self.ser.has_value = true;
    }

    /// `}`, and everything written handed to the writer, which is given back.
    pub fn end(mut self) -> Result<W> {
        self.ser.has_value = self.fields;
        self.ser.close(b'}');
        self.ser.flush()?;
        Ok(self.ser.out)
    }
}

/// The buffer is handed to the writer once it holds this many bytes.
const FLUSH_AT: usize = 64 * 1024;

struct Pretty<W> {
    out: W,
    buf: Vec<u8>,
    depth: usize,
    /// Whether the array or object being written has a value yet (so its closing
    /// bracket goes on a line of its own).
    has_value: bool,
    /// ",\n" and then spaces: a line start at depth d is `line[1..2 + 2d]`, or
    /// `line[..2 + 2d]` after a comma.
    line: Vec<u8>,
}

impl<W: Write> Pretty<W> {
    /// Nothing written yet.
    fn new(out: W) -> Pretty<W> {
        Pretty { out, buf: Vec::with_capacity(FLUSH_AT + 4096), depth: 0, has_value: false, line: Vec::new() }
    }

    fn flush(&mut self) -> Result<()> {
        self.out.write_all(&self.buf).map_err(Error::io)?;
        self.buf.clear();
        Ok(())
    }

    #[inline]
    fn maybe_flush(&mut self) -> Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    #[inline]
    fn line_start(&mut self, comma: bool) {
        let end = 2 + 2 * self.depth;
        if self.line.len() < end {
            self.line.clear();
            self.line.extend_from_slice(b",\n");
            self.line.resize(end.max(64), b' ');
        }
        self.buf.extend_from_slice(&self.line[usize::from(!comma)..end]);
    }

    /// `[` or `{`: one level deeper, nothing in it yet.
    #[inline]
    fn open(&mut self, bracket: u8) {
        self.depth += 1;
        self.has_value = false;
        self.buf.push(bracket);
    }

    /// `]` or `}`: on a line of its own when something was in it.
    #[inline]
    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if self.has_value {
            self.line_start(false);
        }
        self.buf.push(bracket);
    }

    /// An array or object opened; `[]` or `{}` at once when it is known to be empty.
    fn begin(&mut self, open: u8, close: u8, len: Option<usize>) -> Compound<'_, W> {
        self.open(open);
        if len == Some(0) {
            self.close(close);
            Compound { ser: self, state: State::Empty, close }
        } else {
            Compound { ser: self, state: State::First, close }
        }
    }

    /// `{` and the key of a one-entry object (an enum variant with data).
    fn begin_variant(&mut self, variant: &str) {
        self.open(b'{');
        self.line_start(false);
        write_str(&mut self.buf, variant);
        self.buf.extend_from_slice(b": ");
    }

    /// `}` after the value of [`Pretty::begin_variant`].
    fn end_variant(&mut self) {
        self.has_value = true;
        self.close(b'}');
    }
}

/// serde_json's escapes: 0 none, `u` as \u00XX, else the letter after the backslash.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// Whether any of the eight bytes is a control character, `"` or `\`.
#[inline]
fn any_to_escape(v: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Some byte is zero (exact as a yes/no answer, whatever borrows do to the bytes above).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let below_space = v.wrapping_sub(ONES * 0x20) & !v & HIGH != 0;
    below_space || zero(v ^ (ONES * b'"' as u64)) || zero(v ^ (ONES * b'\\' as u64))
}

/// Whether some byte of `b` needs an escape: eight bytes at a time, the last eight
/// again (overlapping) for the bytes left over.
#[inline]
fn needs_escape(b: &[u8]) -> bool {
    if b.len() < 8 {
        return b.iter().any(|&c| ESCAPE[c as usize] != 0);
    }
    let word = |w: &[u8]| u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
    let mut chunks = b.chunks_exact(8);
    let found = chunks.any(|w| any_to_escape(word(w)));
    found || (!chunks.remainder().is_empty() && any_to_escape(word(&b[b.len() - 8..])))
}

/// `s` as a JSON string, escaped as serde_json escapes it.
#[inline]
fn write_str(buf: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    buf.reserve(b.len() + 2);
    buf.push(b'"');
    if needs_escape(b) {
        write_escaped(buf, b);
    } else {
        buf.extend_from_slice(b);
    }
    buf.push(b'"');
}

/// The bytes of a string with the escapes serde_json writes.
#[cold]
fn write_escaped(buf: &mut Vec<u8>, b: &[u8]) {
    let mut start = 0;
    for (i, &byte) in b.iter().enumerate() {
        let escape = ESCAPE[byte as usize];
        if escape == 0 {
            continue;
        }
        buf.extend_from_slice(&b[start..i]);
        start = i + 1;
        if escape == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(byte >> 4) as usize], HEX[(byte & 0xf) as usize]]);
        } else {
            buf.extend_from_slice(&[b'\\', escape]);
        }
    }
    buf.extend_from_slice(&b[start..]);
}

/// The decimal digits of `v` (what serde_json's `itoa` writes).
#[inline]
fn write_u64(buf: &mut Vec<u8>, mut v: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[at..]);
}

#[inline]
fn write_i64(buf: &mut Vec<u8>, v: i64) {
    if v < 0 {
        buf.push(b'-');
    }
    write_u64(buf, v.unsigned_abs());
}

/// A float as serde_json writes it (`null` when not finite).
fn write_float<T: Serialize>(buf: &mut Vec<u8>, v: T) -> Result<()> {
    serde_json::to_writer(buf, &v)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Known to be empty: the brackets are written already.
    Empty,
    First,
    Rest,
}

struct Compound<'a, W> {
    ser: &'a mut Pretty<W>,
    state: State,
    close: u8,
}

impl<W: Write> Compound<'_, W> {
    /// The line start before an element or a key.
    #[inline]
    fn next(&mut self) {
        self.ser.line_start(self.state == State::Rest);
        self.state = State::Rest;
    }

    #[inline]
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.next();
        value.serialize(&mut *self.ser)?;
        self.ser.has_value = true;
        self.ser.maybe_flush()
    }

    #[inline]
    fn end(self) {
        if self.state != State::Empty {
            self.ser.close(self.close);
        }
    }

    #[inline]
    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.next();
        key.serialize(MapKey { buf: &mut self.ser.buf })
    }

    #[inline]
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.ser.buf.extend_from_slice(b": ");
        value.serialize(&mut *self.ser)?;
        self.ser.has_value = true;
        Ok(())
    }
}

impl<'a, W: Write> ser::Serializer for &'a mut Pretty<W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, W>;
    type SerializeTuple = Compound<'a, W>;
    type SerializeTupleStruct = Compound<'a, W>;
    type SerializeTupleVariant = Compound<'a, W>;
    type SerializeMap = Compound<'a, W>;
    type SerializeStruct = Compound<'a, W>;
    type SerializeStructVariant = Compound<'a, W>;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.buf.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        write_i64(&mut self.buf, v.into());
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        write_i64(&mut self.buf, v.into());
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        write_i64(&mut self.buf, v.into());
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        write_i64(&mut self.buf, v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<()> {
        write!(self.buf, "{v}").map_err(Error::io)
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        write_u64(&mut self.buf, v.into());
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        write_u64(&mut self.buf, v.into());
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        write_u64(&mut self.buf, v.into());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        write_u64(&mut self.buf, v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<()> {
        write!(self.buf, "{v}").map_err(Error::io)
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        write_float(&mut self.buf, v)
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        write_float(&mut self.buf, v)
    }
    fn serialize_char(self, v: char) -> Result<()> {
        write_str(&mut self.buf, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        write_str(&mut self.buf, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        let mut seq = self.begin(b'[', b']', None);
        for b in v {
            seq.element(b)?;
        }
        seq.end();
        Ok(())
    }
    fn serialize_none(self) -> Result<()> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        self.buf.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<()> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<()> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        self.begin_variant(variant);
        value.serialize(&mut *self)?;
        self.end_variant();
        Ok(())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'a, W>> {
        Ok(self.begin(b'[', b']', len))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, W>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, W>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>> {
        self.begin_variant(variant);
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a, W>> {
        Ok(self.begin(b'{', b'}', len))
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a, W>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, W>> {
        self.begin_variant(variant);
        self.serialize_map(Some(len))
    }
}

/// Sequences, tuples and tuple structs are all written as JSON arrays: one body,
/// under the method name each trait gives its element.
macro_rules! array_like {
    ($($trait:ident :: $method:ident),*) => {$(
        impl<W: Write> ser::$trait for Compound<'_, W> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.element(value)
            }
            fn end(self) -> Result<()> {
                Compound::end(self);
                Ok(())
            }
        }
    )*};
}

array_like!(SerializeSeq::serialize_element, SerializeTuple::serialize_element, SerializeTupleStruct::serialize_field);

impl<W: Write> ser::SerializeTupleVariant for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }
    fn end(self) -> Result<()> {
        let ser = &mut *self.ser;
        if self.state != State::Empty {
            ser.close(b']');
        }
        ser.end_variant();
        Ok(())
    }
}

impl<W: Write> ser::SerializeMap for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.key(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.value(value)
    }
    fn end(self) -> Result<()> {
        Compound::end(self);
        Ok(())
    }
}

impl<W: Write> ser::SerializeStruct for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        self.next();
        write_str(&mut self.ser.buf, key);
        self.value(value)
    }
    fn end(self) -> Result<()> {
        Compound::end(self);
        Ok(())
    }
}

impl<W: Write> ser::SerializeStructVariant for Compound<'_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<()> {
        let ser = &mut *self.ser;
        if self.state != State::Empty {
            ser.close(b'}');
        }
        ser.end_variant();
        Ok(())
    }
}

/// A map key: a string, or what serde_json writes as one (numbers and booleans quoted).
struct MapKey<'a> {
    buf: &'a mut Vec<u8>,
}

fn key_must_be_a_string() -> Error {
    ser::Error::custom("key must be a string")
}

impl MapKey<'_> {
    fn quoted(self, write: impl FnOnce(&mut Vec<u8>)) -> Result<()> {
        self.buf.push(b'"');
        write(self.buf);
        self.buf.push(b'"');
        Ok(())
    }

    fn float<T: Serialize>(self, v: T, finite: bool) -> Result<()> {
        if !finite {
            return Err(ser::Error::custom("float key must be finite (got NaN or +/-inf)"));
        }
        self.buf.push(b'"');
        write_float(self.buf, v)?;
        self.buf.push(b'"');
        Ok(())
    }
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<()> {
        write_str(self.buf, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<()> {
        write_str(self.buf, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<()> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_bool(self, v: bool) -> Result<()> {
        self.quoted(|b| b.extend_from_slice(if v { b"true" } else { b"false" }))
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        self.quoted(|b| write_i64(b, v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        self.quoted(|b| write_i64(b, v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        self.quoted(|b| write_i64(b, v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        self.quoted(|b| write_i64(b, v))
    }
    fn serialize_i128(self, v: i128) -> Result<()> {
        self.quoted(|b| b.extend_from_slice(v.to_string().as_bytes()))
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        self.quoted(|b| write_u64(b, v.into()))
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        self.quoted(|b| write_u64(b, v.into()))
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        self.quoted(|b| write_u64(b, v.into()))
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        self.quoted(|b| write_u64(b, v))
    }
    fn serialize_u128(self, v: u128) -> Result<()> {
        self.quoted(|b| b.extend_from_slice(v.to_string().as_bytes()))
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        self.float(v, v.is_finite())
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        self.float(v, v.is_finite())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<()> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<()> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<()> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<()> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<()> {
        Err(key_must_be_a_string())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<()> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeTupleStruct> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use super::{any_to_escape, write_json_pretty, JsonObject};
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// An object written field by field and element by element is the object written
    /// whole, byte for byte: with elements, without, and with nested values.
    #[test]
    fn an_object_written_in_parts_is_the_object_written_whole() {
        #[derive(Serialize)]
        struct Part {
            name: String,
            tags: Vec<&'static str>,
            empty: Vec<u32>,
            inner: BTreeMap<&'static str, Option<u32>>,
        }
        #[derive(Serialize)]
        struct Whole {
            documents: Vec<Part>,
            entities: Vec<u32>,
            rest: Option<Vec<String>>,
            nothing: BTreeMap<String, u32>,
        }
        let part = |i: u32| Part {
            name: format!("part \"{i}\" \u{0645}"),
            tags: vec!["a"; i as usize],
            empty: Vec::new(),
            inner: [("x", Some(i)), ("y", None)].into_iter().collect(),
        };
        for n in [0, 1, 3] {
            let whole = Whole {
                documents: (0..n).map(part).collect(),
                entities: (0..n).collect(),
                rest: Some(vec!["r".into()]),
                nothing: BTreeMap::new(),
            };
            let mut at_once = Vec::new();
            write_json_pretty(&mut at_once, &whole).unwrap();
            let mut in_parts = Vec::new();
            let mut object = JsonObject::new(&mut in_parts);
            object.begin_array("documents");
            for d in &whole.documents {
                object.element(d).unwrap();
            }
            object.end_array();
            object.field("entities", &whole.entities).unwrap();
            object.field("rest", &whole.rest).unwrap();
            object.field("nothing", &whole.nothing).unwrap();
            object.end().unwrap();
            assert_eq!(String::from_utf8(in_parts).unwrap(), String::from_utf8(at_once).unwrap(), "{n} parts");
        }
    }

    fn same_as_serde_json<T: Serialize + ?Sized>(v: &T) {
        let mut ours = Vec::new();
        write_json_pretty(&mut ours, v).unwrap();
        assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string_pretty(v).unwrap());
    }

    #[test]
    fn values_are_written_as_the_pretty_printer_writes_them() {
        let deep = (0..40).fold(serde_json::json!("x"), |v, i| serde_json::json!({ "k": [v, i, [], {}] }));
        let values = [
            serde_json::json!(null),
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!([[], {}, [[]], {"a": {}}, {"b": []}]),
            serde_json::json!({"a": 1, "b": [1, 2, {"c": null, "d": "\"\u{1}بغداد\n"}], "e": {"f": [true, false]}}),
            serde_json::json!([0, -1, i64::MIN, u64::MAX, 1.5, -0.25, 1e-7, 3e300]),
            deep,
        ];
        for v in &values {
            same_as_serde_json(v);
        }
    }

    #[derive(Serialize)]
    enum Shape {
        Unit,
        New(u8),
        Tuple(u8, &'static str),
        Struct { a: Vec<u8>, b: Option<char> },
        EmptyStruct {},
        EmptyTuple(),
    }

    #[derive(Serialize)]
    struct Row<'a> {
        #[serde(rename = "type")]
        kind: Shape,
        name: &'a str,
        none: Option<&'a str>,
        #[serde(flatten)]
        more: BTreeMap<&'a str, usize>,
        shapes: Vec<Shape>,
        bytes: serde_bytes_like::Bytes,
        keys: BTreeMap<i32, bool>,
        unit: (),
        pair: (u16, i8),
    }

    mod serde_bytes_like {
        /// Serialized with `serialize_bytes`.
        pub struct Bytes(pub Vec<u8>);
        impl serde::Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(&self.0)
            }
        }
    }

    #[test]
    fn serde_shapes_are_written_as_the_pretty_printer_writes_them() {
        let row = Row {
            kind: Shape::Unit,
            name: "سفير \\ \"x\" \t\r\u{8}\u{c}\u{1f}\u{7f} end",
            none: None,
            more: [("k", 1), ("ل", 2)].into_iter().collect(),
            shapes: vec![
                Shape::New(3),
                Shape::Tuple(1, "t"),
                Shape::Struct { a: vec![], b: Some('ب') },
                Shape::Struct { a: vec![1, 2], b: None },
                Shape::EmptyStruct {},
                Shape::EmptyTuple(),
            ],
            bytes: serde_bytes_like::Bytes(vec![0, 255]),
            keys: [(-3, true), (7, false)].into_iter().collect(),
            unit: (),
            pair: (65535, -128),
        };
        same_as_serde_json(&row);
        same_as_serde_json(&vec![Row { shapes: vec![], bytes: serde_bytes_like::Bytes(vec![]), ..row }]);
        let mut float_keys = BTreeMap::new();
        float_keys.insert("a", BTreeMap::from([(1u8, 0.5f64)]));
        same_as_serde_json(&float_keys);
    }

    #[test]
    fn every_byte_at_every_place_of_a_word() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = b;
                let want = b < 0x20 || b == b'"' || b == b'\\';
                assert_eq!(any_to_escape(u64::from_le_bytes(word)), want, "byte {b:#x} at {at}");
                // Arabic around it (bytes ≥ 0x80) must not hide or fake an escape.
                let mut word = [0xd9u8; 8];
                word[at] = b;
                assert_eq!(any_to_escape(u64::from_le_bytes(word)), want, "byte {b:#x} at {at} among 0xd9");
            }
        }
        // Strings of every length around each escape, written as serde_json writes them.
        for len in 0..20 {
            for at in 0..len {
                for c in ['"', '\\', '\n', '\u{1}', 'ب', 'x'] {
                    let s: String = (0..len).map(|i| if i == at { c } else { 'ع' }).collect();
                    same_as_serde_json(&s);
                }
            }
        }
    }
}
