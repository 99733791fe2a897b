//! The JSON underneath the format, read by hand in one borrowing pass.
//!
//! Three tools, each for one job:
//! - [`Splitter`] splits the top level of a document into its fields, and the
//!   record lists into one slice per record, by matching brackets without
//!   looking inside the records;
//! - [`Reader`] reads one value strictly (every rule of RFC 8259) into the
//!   shapes the format has: strings borrowed from the document when they
//!   have no escape, Texts, lists of strings, records field by field;
//! - [`check`] reads a whole document strictly and says where its first
//!   syntax error is, in serde_json's words and at serde_json's place, so a
//!   refusal reads as it always has. It runs only when one of the first two
//!   has met something that is not JSON.
//!
//! Where it differs from serde_json, it does so on purpose: a control
//! character in a string is placed on the character itself; a number is not
//! checked against a float's range (`1e999` is a number, of the wrong type
//! wherever the format wants a string); nesting has no depth limit, and
//! nothing here recurses on it: a value nested 100,000 deep is skipped with
//! a stack of bytes.

use std::borrow::Cow;
use std::ops::Range;

use super::problem::{Expected, Found};

/// A syntax error: serde_json's message and the 1-based line and column
/// (in characters) where serde_json places it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

/// Why a value could not be read as the format wants it.
#[derive(Debug)]
pub enum Fail {
    /// The document is not JSON here; [`check`] says where and why.
    Syntax,
    /// A value of the wrong type. `path` is where, inside the value read
    /// (`.themes[1]`, empty for the value itself).
    Type {
        path: String,
        expected: Expected,
        found: Found,
    },
    /// A value JSON allows but the reader cannot take: a field given twice,
    /// a string with half of a surrogate pair. Worded as serde_json words it.
    Malformed { path: String, message: String },
}

impl Fail {
    /// The same failure one level further out, under `step` (`.name`, `[3]`).
    pub fn under(self, step: impl FnOnce() -> String) -> Fail {
        match self {
            Fail::Type {
                path,
                expected,
                found,
            } => Fail::Type {
                path: step() + &path,
                expected,
                found,
            },
            Fail::Malformed { path, message } => Fail::Malformed {
                path: step() + &path,
                message,
            },
            Fail::Syntax => Fail::Syntax,
        }
    }
}

type Read<T> = Result<T, Fail>;

/// A list of strings as the document writes it (its `[...]`), already read
/// once and found to be one; [`Strs::iter`] reads its strings again, one at
/// a time. A recommendation names its themes, addressees and proposers in
/// such lists, and a vector of its own for each would be three allocations
/// a record, for strings that are only looked up.
#[derive(Debug, Clone, Copy, Default)]
pub struct Strs<'a> {
    json: &'a str,
}

impl<'a> Strs<'a> {
    pub fn iter(&self) -> impl Iterator<Item = Cow<'a, str>> {
        let mut r = Reader::new(self.json);
        let mut first = true;
        std::iter::from_fn(move || {
            if first {
                first = false;
                if r.expect(b'[').is_err() || r.peek() == Some(b']') {
                    return None;
                }
            } else if r.peek() == Some(b',') {
                r.pos += 1;
            } else {
                return None;
            }
            r.string().ok()
        })
    }
}

/// A cursor over one JSON value (or a whole document).
pub struct Reader<'a> {
    json: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(json: &'a str) -> Reader<'a> {
        Reader { json, pos: 0 }
    }

    fn bytes(&self) -> &'a [u8] {
        self.json.as_bytes()
    }

    /// The next byte that is not white space, left unread.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.bytes();
        while let Some(&b) = bytes.get(self.pos) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.pos += 1;
        }
        None
    }

    /// Reads `byte` after white space, or fails.
    fn expect(&mut self, byte: u8) -> Read<()> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(Fail::Syntax)
        }
    }

    /// True when nothing but white space is left.
    pub fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// Reads an object, calling `field` with each key; `field` must read the
    /// value. A value of the wrong type does not stop the reading: the value
    /// is skipped, the rest of the object is still read, and the first such
    /// failure is returned at the end.
    pub fn object(
        &mut self,
        mut field: impl FnMut(&mut Self, Cow<'a, str>) -> Read<()>,
    ) -> Read<()> {
        self.expect(b'{')?;
        let mut failed = None;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(());
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(Fail::Syntax);
            }
            self.pos += 1;
            let key = self.string_body()?;
            self.expect(b':')?;
            let start = self.pos;
            if let Err(fail) = field(self, key) {
                if let Fail::Syntax = fail {
                    return Err(fail);
                }
                failed.get_or_insert(fail);
                self.pos = start;
                self.skip()?;
            }
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return failed.map_or(Ok(()), Err);
                }
                _ => return Err(Fail::Syntax),
            }
        }
    }

    /// Reads a list, calling `item` with each element's index; `item` must
    /// read the element. The first failure ends the reading.
    fn list(&mut self, mut item: impl FnMut(&mut Self, usize) -> Read<()>) -> Read<()> {
        self.expect(b'[')?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(());
        }
        let mut k = 0;
        loop {
            item(self, k).map_err(|fail| fail.under(|| format!("[{k}]")))?;
            k += 1;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => return Err(Fail::Syntax),
            }
        }
    }

    /// A wrong-type failure for the value here, which is read to describe it.
    fn wrong(&mut self, expected: Expected) -> Fail {
        match self.describe() {
            Ok(found) => Fail::Type {
                path: String::new(),
                expected,
                found,
            },
            Err(fail) => fail,
        }
    }

    /// Reads any value and says what it is, for a "found ..." message.
    pub fn describe(&mut self) -> Read<Found> {
        let start = self.peek().map(|_| self.pos);
        let found = match self.peek() {
            Some(b'{') => Found::Object,
            Some(b'[') => Found::List,
            Some(b'"') => {
                self.pos += 1;
                return Ok(Found::String(shorten(&self.string_body()?)));
            }
            Some(b't') => Found::Bool(true),
            Some(b'f') => Found::Bool(false),
            Some(b'n') => Found::Null,
            _ => {
                let start = start.unwrap_or(self.pos);
                self.skip()?;
                return Ok(Found::Number(shorten(&self.json[start..self.pos])));
            }
        };
        self.skip()?;
        Ok(found)
    }

    /// What a document that is not an object starts with. A list is named
    /// before it is read, as serde_json names it; any other value is read.
    pub fn first_value(&mut self) -> Read<Found> {
        if self.peek() == Some(b'[') {
            return Ok(Found::List);
        }
        self.describe()
    }

    /// `null` if it is next (and reads it).
    fn null(&mut self) -> Read<bool> {
        if self.peek() == Some(b'n') {
            self.literal(b"null")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// A string.
    pub fn string(&mut self) -> Read<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong(Expected::String));
        }
        self.pos += 1;
        self.string_body()
    }

    /// A string or `null`.
    pub fn opt_string(&mut self) -> Read<Option<String>> {
        if self.null()? {
            return Ok(None);
        }
        Ok(Some(self.string()?.into_owned()))
    }

    /// A string or `null`, borrowed from the document when it can be.
    pub fn opt_str(&mut self) -> Read<Option<Cow<'a, str>>> {
        if self.null()? {
            return Ok(None);
        }
        self.string().map(Some)
    }

    /// A list or `null`, each element read by `item`. The first element
    /// that fails ends the reading, its index added to the failure's path.
    pub fn opt_list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Read<T>,
    ) -> Read<Option<Vec<T>>> {
        if self.null()? {
            return Ok(None);
        }
        if self.peek() != Some(b'[') {
            return Err(self.wrong(Expected::List));
        }
        let mut out = Vec::new();
        self.list(|r, _| {
            out.push(item(r)?);
            Ok(())
        })?;
        Ok(Some(out))
    }

    /// A list of strings or `null`, checked whole and kept as written
    /// ([`Strs`]: references, which are looked up one by one and dropped).
    pub fn opt_strs(&mut self) -> Read<Option<Strs<'a>>> {
        if self.null()? {
            return Ok(None);
        }
        if self.peek() != Some(b'[') {
            return Err(self.wrong(Expected::List));
        }
        let start = self.pos;
        self.list(|r, _| r.string().map(drop))?;
        Ok(Some(Strs {
            json: &self.json[start..self.pos],
        }))
    }

    /// A list of strings or `null`.
    pub fn opt_strings(&mut self) -> Read<Option<Vec<String>>> {
        let strings = self.opt_strs()?;
        Ok(strings.map(|list| list.iter().map(Cow::into_owned).collect()))
    }

    /// A Text: a string, or an object from language code to string.
    pub fn text(&mut self) -> Read<super::Text> {
        match self.peek() {
            Some(b'"') => {
                self.pos += 1;
                Ok(super::Text::plain(self.string_body()?))
            }
            Some(b'{') => {
                let mut text = super::Text::default();
                self.object(|r, lang| {
                    let value = r
                        .string()
                        .map_err(|fail| fail.under(|| format!(".{lang}")))?;
                    text.add(&lang, value.into());
                    Ok(())
                })?;
                Ok(text)
            }
            _ => Err(self.wrong(Expected::Text)),
        }
    }

    /// A Text or `null`.
    pub fn opt_text(&mut self) -> Read<Option<super::Text>> {
        if self.null()? {
            return Ok(None);
        }
        self.text().map(Some)
    }

    /// A list of strings.
    pub fn strings(&mut self) -> Read<Vec<String>> {
        if self.peek() == Some(b'n') {
            return Err(self.wrong(Expected::List));
        }
        Ok(self.opt_strings()?.unwrap_or_default())
    }

    /// What is next, after white space: `{` for an object.
    pub fn next_byte(&mut self) -> Option<u8> {
        self.peek()
    }

    /// Reads `word` (`true`, `false`, `null`) exactly.
    fn literal(&mut self, word: &[u8]) -> Read<()> {
        if self.bytes()[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(Fail::Syntax)
        }
    }

    /// The rest of a string whose opening quote has been read. Borrowed when
    /// the string has no escape.
    fn string_body(&mut self) -> Read<Cow<'a, str>> {
        let bytes = self.bytes();
        let start = self.pos;
        // The common case: no escape until the closing quote.
        let mut i = special(bytes, start);
        match bytes.get(i) {
            Some(b'"') => {
                self.pos = i + 1;
                return Ok(Cow::Borrowed(&self.json[start..i]));
            }
            Some(b'\\') => {}
            _ => return Err(Fail::Syntax),
        }
        let mut out = String::with_capacity(i - start + 16);
        out.push_str(&self.json[start..i]);
        let mut run = i;
        loop {
            match bytes.get(i) {
                None => return Err(Fail::Syntax),
                Some(b'"') => {
                    out.push_str(&self.json[run..i]);
                    self.pos = i + 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    out.push_str(&self.json[run..i]);
                    let escaped = bytes.get(i + 1).ok_or(Fail::Syntax)?;
                    i += 2;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let (c, used) = unicode_escape(&bytes[i..]).map_err(|e| match e {
                                Escape::NotHex => Fail::Syntax,
                                Escape::Surrogate(message) => Fail::Malformed {
                                    path: String::new(),
                                    message: message.into(),
                                },
                            })?;
                            out.push(c);
                            i += used;
                        }
                        _ => return Err(Fail::Syntax),
                    }
                    run = i;
                }
                Some(&b) if b < 0x20 => return Err(Fail::Syntax),
                Some(_) => i = special(bytes, i),
            }
        }
    }

    /// Reads any value strictly, keeping nothing.
    pub fn skip(&mut self) -> Read<()> {
        skip_value(self.bytes(), &mut self.pos).map_err(|_| Fail::Syntax)
    }
}

/// What a `\\u` escape cannot be read as.
enum Escape {
    /// Not four hex digits: not JSON.
    NotHex,
    /// Half of a surrogate pair: JSON, but no character; serde_json's words.
    Surrogate(&'static str),
}

/// The four hex digits after `\\u` (and a second escape after a leading
/// surrogate): the character and how many bytes it took.
fn unicode_escape(bytes: &[u8]) -> Result<(char, usize), Escape> {
    let first = hex4(bytes).ok_or(Escape::NotHex)?;
    match first {
        0xD800..=0xDBFF => {
            let second = match bytes.get(4..6) {
                Some(b"\\u") => hex4(&bytes[6..]).ok_or(Escape::NotHex)?,
                _ => return Err(Escape::Surrogate(HEX_END)),
            };
            if !(0xDC00..=0xDFFF).contains(&second) {
                return Err(Escape::Surrogate(LONE));
            }
            let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            Ok((char::from_u32(c).ok_or(Escape::NotHex)?, 10))
        }
        0xDC00..=0xDFFF => Err(Escape::Surrogate(LONE)),
        c => Ok((char::from_u32(c).ok_or(Escape::NotHex)?, 4)),
    }
}

fn hex4(bytes: &[u8]) -> Option<u32> {
    let digits = bytes.get(..4)?;
    digits.iter().try_fold(0u32, |n, &b| {
        let d = (b as char).to_digit(16)?;
        Some(n * 16 + d)
    })
}

/// The first byte from `from` on that ends the plain run of a string: a
/// quote, a backslash or a control character (or the end). Eight bytes are
/// tested at a time, as one integer: strings are most of a document's bytes.
fn special(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `v` that is zero; the lowest one set is
    // exact (a borrow can only set bits above a zero byte).
    fn zeros(v: u64) -> u64 {
        v.wrapping_sub(ONES) & !v & HIGH
    }
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let found = zeros(v ^ (ONES * u64::from(b'"')))
            | zeros(v ^ (ONES * u64::from(b'\\')))
            | (v.wrapping_sub(ONES * 0x20) & !v & HIGH);
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            return i;
        }
        i += 1;
    }
    i
}

/// Where a strict read stopped and why, as a place in bytes.
struct Stop {
    code: &'static str,
    /// The byte serde_json counts as the place of the error.
    at: usize,
    /// The error is the end of the document.
    eof: bool,
}

const LONE: &str = "lone leading surrogate in hex escape";
const HEX_END: &str = "unexpected end of hex escape";
const EOF_VALUE: &str = "EOF while parsing a value";
const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";

fn stop(code: &'static str, at: usize) -> Stop {
    Stop {
        code,
        at,
        eof: false,
    }
}

fn eof(code: &'static str, len: usize) -> Stop {
    Stop {
        code,
        at: len,
        eof: true,
    }
}

fn skip_ws(bytes: &[u8], pos: &mut usize) -> Option<u8> {
    while let Some(&b) = bytes.get(*pos) {
        if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            return Some(b);
        }
        *pos += 1;
    }
    None
}

/// Reads one value strictly from `pos`, without recursion.
fn skip_value(bytes: &[u8], pos: &mut usize) -> Result<(), Stop> {
    // The open containers, innermost last: `[` or `{`.
    let mut stack: Vec<u8> = Vec::new();
    'value: loop {
        // A value.
        let Some(b) = skip_ws(bytes, pos) else {
            return Err(eof(EOF_VALUE, bytes.len()));
        };
        match b {
            b'{' => {
                *pos += 1;
                match skip_ws(bytes, pos) {
                    Some(b'}') => *pos += 1,
                    Some(b'"') => {
                        stack.push(b'{');
                        key(bytes, pos, stack.len() == 1)?;
                        continue 'value;
                    }
                    Some(_) => return Err(stop("key must be a string", *pos)),
                    None => return Err(eof(EOF_OBJECT, bytes.len())),
                }
            }
            b'[' => {
                *pos += 1;
                match skip_ws(bytes, pos) {
                    Some(b']') => *pos += 1,
                    Some(_) => {
                        stack.push(b'[');
                        continue 'value;
                    }
                    None => return Err(eof(EOF_LIST, bytes.len())),
                }
            }
            b'"' => {
                *pos += 1;
                skip_string(bytes, pos)?;
            }
            b't' => word(bytes, pos, b"true")?,
            b'f' => word(bytes, pos, b"false")?,
            b'n' => word(bytes, pos, b"null")?,
            b'-' | b'0'..=b'9' => number(bytes, pos)?,
            _ => return Err(stop("expected value", *pos)),
        }
        // After a value: close containers or go on to the next value.
        loop {
            let Some(&open) = stack.last() else {
                return Ok(());
            };
            let next = skip_ws(bytes, pos);
            match (open, next) {
                (b'[', Some(b',')) => {
                    *pos += 1;
                    continue 'value;
                }
                (b'{', Some(b',')) => {
                    *pos += 1;
                    match skip_ws(bytes, pos) {
                        Some(b'"') => {
                            key(bytes, pos, stack.len() == 1)?;
                            continue 'value;
                        }
                        // serde_json reads the document's own object field
                        // by field, and names this; inside it, it does not.
                        Some(b'}') if stack.len() == 1 => return Err(stop("trailing comma", *pos)),
                        Some(_) => return Err(stop("key must be a string", *pos)),
                        None if stack.len() == 1 => return Err(eof(EOF_VALUE, bytes.len())),
                        None => return Err(eof(EOF_OBJECT, bytes.len())),
                    }
                }
                (b'[', Some(b']')) | (b'{', Some(b'}')) => {
                    *pos += 1;
                    stack.pop();
                }
                (b'[', Some(_)) => return Err(stop("expected `,` or `]`", *pos)),
                (_, Some(_)) => return Err(stop("expected `,` or `}`", *pos)),
                (b'[', None) => return Err(eof(EOF_LIST, bytes.len())),
                (_, None) => return Err(eof(EOF_OBJECT, bytes.len())),
            }
        }
    }
}

/// A key at `pos` (its opening quote) and the colon after it. The keys of
/// the document's own object are read as text, so half of a surrogate pair
/// is an error there, as it is for serde_json.
fn key(bytes: &[u8], pos: &mut usize, top: bool) -> Result<(), Stop> {
    let start = *pos;
    *pos += 1;
    skip_string(bytes, pos)?;
    if top {
        let mut i = start + 1;
        while i < *pos {
            if bytes[i] == b'\\' {
                if bytes[i + 1] == b'u' {
                    match unicode_escape(&bytes[i + 2..]) {
                        Err(Escape::Surrogate(message)) => return Err(stop(message, start)),
                        Ok((_, used)) => i += used,
                        Err(Escape::NotHex) => {}
                    }
                }
                i += 2;
            } else {
                i += 1;
            }
        }
    }
    match skip_ws(bytes, pos) {
        Some(b':') => {
            *pos += 1;
            Ok(())
        }
        Some(_) => Err(stop("expected `:`", *pos)),
        None => Err(eof(EOF_OBJECT, bytes.len())),
    }
}

/// The rest of a string whose opening quote has been read.
fn skip_string(bytes: &[u8], pos: &mut usize) -> Result<(), Stop> {
    loop {
        let Some(&b) = bytes.get(*pos) else {
            return Err(eof(EOF_STRING, bytes.len()));
        };
        *pos += 1;
        match b {
            b'"' => return Ok(()),
            b'\\' => {
                let Some(&e) = bytes.get(*pos) else {
                    return Err(eof(EOF_STRING, bytes.len()));
                };
                *pos += 1;
                match e {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                    b'u' => {
                        for _ in 0..4 {
                            match bytes.get(*pos) {
                                None => return Err(eof(EOF_STRING, bytes.len())),
                                Some(h) if h.is_ascii_hexdigit() => *pos += 1,
                                // serde_json places it after the bad digit.
                                Some(_) => return Err(stop("invalid escape", *pos + 1)),
                            }
                        }
                    }
                    _ => return Err(stop("invalid escape", *pos - 1)),
                }
            }
            0..=0x1F => {
                return Err(stop(
                    "control character (\\u0000-\\u001F) found while parsing a string",
                    *pos - 1,
                ));
            }
            _ => {}
        }
    }
}

fn word(bytes: &[u8], pos: &mut usize, word: &[u8]) -> Result<(), Stop> {
    for &expected in word {
        match bytes.get(*pos) {
            Some(&b) if b == expected => *pos += 1,
            Some(_) => return Err(stop("expected ident", *pos)),
            None => return Err(eof(EOF_VALUE, bytes.len())),
        }
    }
    Ok(())
}

/// A number that stops being one at `at`. serde_json reads the byte before
/// it complains, so a new line there is placed at the start of the next.
fn invalid_number(bytes: &[u8], at: usize) -> Stop {
    let at = if bytes.get(at) == Some(&b'\n') {
        at + 1
    } else {
        at
    };
    stop("invalid number", at)
}

/// A number as RFC 8259 writes it.
fn number(bytes: &[u8], pos: &mut usize) -> Result<(), Stop> {
    let digits = |pos: &mut usize| {
        let start = *pos;
        while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
            *pos += 1;
        }
        *pos > start
    };
    if bytes.get(*pos) == Some(&b'-') {
        *pos += 1;
    }
    match bytes.get(*pos) {
        Some(b'0') => {
            *pos += 1;
            if bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
                return Err(invalid_number(bytes, *pos));
            }
        }
        Some(b'1'..=b'9') => {
            digits(pos);
        }
        Some(_) => return Err(invalid_number(bytes, *pos)),
        None => return Err(eof(EOF_VALUE, bytes.len())),
    }
    if bytes.get(*pos) == Some(&b'.') {
        *pos += 1;
        if !digits(pos) {
            return Err(match bytes.get(*pos) {
                None => eof(EOF_VALUE, bytes.len()),
                Some(_) => invalid_number(bytes, *pos),
            });
        }
    }
    if matches!(bytes.get(*pos), Some(b'e' | b'E')) {
        *pos += 1;
        if matches!(bytes.get(*pos), Some(b'+' | b'-')) {
            *pos += 1;
        }
        if !digits(pos) {
            return Err(match bytes.get(*pos) {
                None => eof(EOF_VALUE, bytes.len()),
                Some(_) => invalid_number(bytes, *pos),
            });
        }
    }
    Ok(())
}

/// Reads a whole document strictly and returns its first syntax error,
/// worded and placed as serde_json words and places it.
pub fn check(json: &str) -> Result<(), SyntaxError> {
    let bytes = json.as_bytes();
    let mut pos = 0;
    let result = skip_value(bytes, &mut pos).and_then(|()| match skip_ws(bytes, &mut pos) {
        None => Ok(()),
        Some(_) => Err(stop("trailing characters", pos)),
    });
    result.map_err(|s| {
        let (line, column) = if s.eof {
            // serde_json places the end on the last character read.
            let at = if json.ends_with('\n') {
                json.len()
            } else {
                json.len().saturating_sub(1)
            };
            line_column(json, at)
        } else {
            line_column(json, s.at)
        };
        SyntaxError {
            message: s.code,
            line,
            column,
        }
    })
}

/// The 1-based line and column (in characters) of byte `offset` in `json`.
pub fn line_column(json: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(json.len());
    while !json.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &json[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Long values are cut so that one problem stays one readable line.
pub fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
}

/// The top level of a document: each field with its value as written (from
/// its first byte to its last, as a range of the document's bytes), in
/// document order, and for a value that is a list, its elements as written.
/// Nothing inside a value is checked here: whoever reads a value reads it
/// strictly.
#[derive(Debug, Clone)]
pub struct Top {
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub key: String,
    /// The value as written. Its bytes are not checked as UTF-8 here: a
    /// list of records may be most of the document.
    pub value: Range<usize>,
    /// The elements of a list: each is checked as UTF-8 when it is read, so
    /// no step of a load reads the whole document.
    pub elements: Option<Vec<Range<usize>>>,
}

impl Top {
    /// The first field of a name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.key == name)
    }

    /// The first value of a field in `bytes` (the document split), when it
    /// is UTF-8. Only for values that are not lists of records (which are
    /// read record by record).
    pub fn get<'b>(&self, bytes: &'b [u8], name: &str) -> Option<&'b str> {
        let field = self.field(name)?;
        std::str::from_utf8(bytes.get(field.value.clone())?).ok()
    }
}

/// Why a document's top level could not be split.
#[derive(Debug)]
pub enum NotSplit {
    /// The document is not an object: its first value starts at this byte.
    NotObject(usize),
    /// The document is not JSON, or not UTF-8, somewhere.
    Bad,
}

/// Where a [`Splitter`] is in the document's object.
#[derive(Debug, Clone, Copy)]
enum State {
    /// Before the object's `{`.
    Start,
    /// Before a key.
    Key,
    /// Inside a list, before an element.
    Elements,
    /// After a value, before `,` or `}`.
    AfterValue,
    /// After the object's `}`: only white space may follow.
    End,
    Done,
}

/// One move of a [`Splitter`], found before anything is changed.
enum Move {
    /// The object opened; `empty` when its `}` follows at once.
    Open {
        empty: bool,
    },
    Value {
        key: String,
        value: Range<usize>,
    },
    /// A list opened at `start`; `empty` when its `]` follows at once.
    List {
        key: String,
        start: usize,
        empty: bool,
    },
    /// An element of the list; `last` when the list's `]` follows it.
    Element {
        element: Range<usize>,
        last: bool,
    },
    /// A `,` after a value.
    Next,
    /// The object's `}`.
    Close,
    /// Nothing but white space after the object.
    End,
}

/// Splits a document's top-level object into fields, and its lists into
/// elements, a part at a time ([`Splitter::advance`]): keys and punctuation
/// are read strictly, values found by matching brackets. It holds places,
/// not bytes, so it can split a document that is still arriving: it is
/// given the bytes there are at each call.
#[derive(Debug)]
pub struct Splitter {
    pos: usize,
    state: State,
    fields: Vec<Field>,
    /// The list being split, its elements so far.
    list: Option<Field>,
    /// While the document is arriving: the length it must reach before
    /// the move that stopped at its end is tried again.
    retry: usize,
}

impl Default for Splitter {
    fn default() -> Self {
        Splitter::new()
    }
}

impl Splitter {
    pub fn new() -> Splitter {
        Splitter {
            pos: 0,
            state: State::Start,
            fields: Vec::new(),
            list: None,
            retry: 0,
        }
    }

    /// Splits about `budget` more bytes of lists of `bytes`; the fields once
    /// the whole document is split. `complete` says that `bytes` is the
    /// whole document. Until it is, a move that fails or reaches the end of
    /// `bytes` is not made (a number or the end of the document may be cut
    /// short there) but tried again once more bytes have arrived, and no
    /// error is returned: the whole document decides.
    pub fn advance(
        &mut self,
        bytes: &[u8],
        complete: bool,
        budget: usize,
    ) -> Result<Option<Top>, NotSplit> {
        if !complete && self.waiting(bytes.len()) {
            return Ok(None);
        }
        let stop = self.pos.saturating_add(budget);
        loop {
            if let State::Done = self.state {
                return Ok(Some(Top {
                    fields: std::mem::take(&mut self.fields),
                }));
            }
            if let State::Elements = self.state {
                if self.pos >= stop {
                    return Ok(None);
                }
            }
            let mut pos = self.pos;
            let next = self.next_move(bytes, &mut pos);
            if !complete && (next.is_err() || pos >= bytes.len()) {
                // Tried again when the bytes have grown by as many as this
                // move has read, so a long value is not read over and over.
                let read = bytes.len().saturating_sub(self.pos).max(1);
                self.retry = bytes.len().saturating_add(read);
                return Ok(None);
            }
            self.make(next?, pos);
        }
    }

    /// True while the document, `len` bytes so far, has not grown enough
    /// for the next move to be tried again.
    pub fn waiting(&self, len: usize) -> bool {
        len < self.retry
    }

    /// The fields split so far (the list being split is not among them).
    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    /// The list being split, with its elements so far.
    pub fn list(&self) -> Option<&Field> {
        self.list.as_ref()
    }

    /// The next move from `pos`, which it leaves after the move.
    fn next_move(&self, bytes: &[u8], pos: &mut usize) -> Result<Move, NotSplit> {
        match self.state {
            State::Start => match skip_ws(bytes, pos) {
                Some(b'{') => {
                    *pos += 1;
                    let empty = skip_ws(bytes, pos) == Some(b'}');
                    if empty {
                        *pos += 1;
                    }
                    Ok(Move::Open { empty })
                }
                Some(_) => Err(NotSplit::NotObject(*pos)),
                None => Err(NotSplit::Bad),
            },
            State::Key => {
                let key = top_key(bytes, pos)?;
                if skip_ws(bytes, pos) != Some(b':') {
                    return Err(NotSplit::Bad);
                }
                *pos += 1;
                skip_ws(bytes, pos);
                let start = *pos;
                if bytes.get(start) == Some(&b'[') {
                    *pos += 1;
                    let empty = skip_ws(bytes, pos) == Some(b']');
                    if empty {
                        *pos += 1;
                    }
                    Ok(Move::List { key, start, empty })
                } else {
                    *pos = matching_end(bytes, start).ok_or(NotSplit::Bad)?;
                    Ok(Move::Value {
                        key,
                        value: start..*pos,
                    })
                }
            }
            State::Elements => {
                skip_ws(bytes, pos);
                let start = *pos;
                *pos = matching_end(bytes, start).ok_or(NotSplit::Bad)?;
                let element = start..*pos;
                match skip_ws(bytes, pos) {
                    Some(b',') => {
                        *pos += 1;
                        Ok(Move::Element {
                            element,
                            last: false,
                        })
                    }
                    Some(b']') => {
                        *pos += 1;
                        Ok(Move::Element {
                            element,
                            last: true,
                        })
                    }
                    _ => Err(NotSplit::Bad),
                }
            }
            State::AfterValue => match skip_ws(bytes, pos) {
                Some(b',') => {
                    *pos += 1;
                    Ok(Move::Next)
                }
                Some(b'}') => {
                    *pos += 1;
                    Ok(Move::Close)
                }
                _ => Err(NotSplit::Bad),
            },
            State::End => match skip_ws(bytes, pos) {
                None => Ok(Move::End),
                Some(_) => Err(NotSplit::Bad),
            },
            State::Done => Ok(Move::End),
        }
    }

    /// Makes a move found by [`Splitter::next_move`], which ended at `pos`.
    fn make(&mut self, next: Move, pos: usize) {
        self.pos = pos;
        self.state = match next {
            Move::Open { empty: true } | Move::Close => State::End,
            Move::Open { empty: false } | Move::Next => State::Key,
            Move::Value { key, value } => {
                self.fields.push(Field {
                    key,
                    value,
                    elements: None,
                });
                State::AfterValue
            }
            Move::List { key, start, empty } => {
                let list = Field {
                    key,
                    value: start..pos,
                    elements: Some(Vec::new()),
                };
                if empty {
                    self.fields.push(list);
                    State::AfterValue
                } else {
                    self.list = Some(list);
                    State::Elements
                }
            }
            Move::Element { element, last } => {
                let Some(mut list) = self.list.take() else {
                    return;
                };
                if let Some(elements) = list.elements.as_mut() {
                    elements.push(element);
                }
                if last {
                    // The value grows to the closing bracket.
                    list.value.end = pos;
                    self.fields.push(list);
                    State::AfterValue
                } else {
                    self.list = Some(list);
                    State::Elements
                }
            }
            Move::End => State::Done,
        };
    }
}

/// A key of the top level at `pos`, read strictly.
fn top_key(bytes: &[u8], pos: &mut usize) -> Result<String, NotSplit> {
    if skip_ws(bytes, pos) != Some(b'"') {
        return Err(NotSplit::Bad);
    }
    let start = *pos;
    let mut i = start + 1;
    loop {
        i = special(bytes, i);
        match bytes.get(i) {
            Some(b'"') => break,
            Some(b'\\') => i += 2,
            _ => return Err(NotSplit::Bad),
        }
    }
    *pos = i + 1;
    let key = std::str::from_utf8(&bytes[start..*pos]).map_err(|_| NotSplit::Bad)?;
    let key = Reader::new(key).string().map_err(|_| NotSplit::Bad)?;
    Ok(key.into_owned())
}

/// The end of the value that starts at `start`, found by counting brackets
/// and skipping strings: a quick scan, not a check. `None` for an empty
/// value or one that runs off the end.
fn matching_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut pos = start;
    loop {
        let Some(&b) = bytes.get(pos) else {
            return (depth == 0 && pos > start).then_some(pos);
        };
        match b {
            b'"' => {
                pos += 1;
                loop {
                    pos = special(bytes, pos);
                    match bytes.get(pos)? {
                        b'"' => break,
                        b'\\' => pos += 2,
                        _ => pos += 1,
                    }
                }
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' if depth == 0 => return (pos > start).then_some(pos),
            b']' | b'}' => depth -= 1,
            b',' | b' ' | b'\n' | b'\r' | b'\t' | b':' if depth == 0 => {
                return (pos > start).then_some(pos)
            }
            _ => {}
        }
        pos += 1;
        if depth == 0 && matches!(b, b'"' | b']' | b'}') {
            return Some(pos);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `special` tests eight bytes at a time; it must find what a byte-by-
    /// byte scan finds, wherever in a word the byte falls and whatever
    /// bytes (Cyrillic, high bytes) come before it.
    #[test]
    fn the_word_scan_finds_what_a_byte_scan_finds() {
        let naive = |bytes: &[u8], from: usize| {
            (from..bytes.len())
                .find(|&i| matches!(bytes[i], b'"' | b'\\') || bytes[i] < 0x20)
                .unwrap_or(bytes.len())
        };
        let fillers: [&[u8]; 4] = [b"a", "ж".as_bytes(), &[0x7F], &[0xFF]];
        for stop in [b'"', b'\\', 0x00, 0x1F, b'\n'] {
            for filler in fillers {
                for len in 0..24 {
                    let mut bytes: Vec<u8> = filler.iter().copied().cycle().take(len).collect();
                    bytes.push(stop);
                    bytes.extend_from_slice(b"tail\"");
                    for from in 0..bytes.len() {
                        assert_eq!(
                            special(&bytes, from),
                            naive(&bytes, from),
                            "{bytes:?} from {from}"
                        );
                    }
                }
            }
        }
        assert_eq!(special(b"no stop here at all", 0), 19);
    }

    #[test]
    fn values_are_split_where_they_end() {
        /// Splits `doc` as it would arrive `chunk` bytes at a time (the
        /// whole at once for 0), a `budget` of bytes per call.
        fn split(doc: &str, chunk: usize, budget: usize) -> Result<Top, NotSplit> {
            let bytes = doc.as_bytes();
            let mut splitter = Splitter::new();
            if chunk > 0 {
                for len in (0..bytes.len()).step_by(chunk) {
                    // Until the document is whole nothing is refused, and
                    // nothing ends.
                    for _ in 0..bytes.len() {
                        let top = splitter.advance(&bytes[..len], false, budget);
                        assert!(matches!(top, Ok(None)), "{doc} at {len}: {top:?}");
                    }
                }
            }
            loop {
                if let Some(top) = splitter.advance(bytes, true, budget)? {
                    return Ok(top);
                }
            }
        }
        let doc = r#"{"a": [1, "x\"]", {"b": [2]}], "c": "}", "d": 3, "e": []}"#;
        for chunk in [0, 1, 2, 7] {
            for budget in [1, 5, 1000] {
                let top = split(doc, chunk, budget).expect("split");
                let a = top.field("a").and_then(|f| f.elements.clone());
                let a: Vec<&str> = a.unwrap_or_default().into_iter().map(|r| &doc[r]).collect();
                assert_eq!(a, [r#"1"#, r#""x\"]""#, r#"{"b": [2]}"#]);
                assert_eq!(top.get(doc.as_bytes(), "c"), Some(r#""}""#));
                assert_eq!(top.get(doc.as_bytes(), "d"), Some("3"));
                let e = top.field("e").and_then(|f| f.elements.clone());
                assert_eq!(e, Some(vec![]));
                let a_value = top.field("a").map(|f| &doc[f.value.clone()]);
                assert_eq!(a_value, Some(r#"[1, "x\"]", {"b": [2]}]"#));
            }
        }
        // A number cut short where the bytes end is not taken for the whole.
        let top = split(r#"{"n": 12345}"#, 2, 1000).expect("split");
        assert_eq!(top.get(br#"{"n": 12345}"#, "n"), Some("12345"));
        for chunk in [0, 1, 3] {
            for broken in [
                r#"{"a": }"#,
                r#"{"a": [1 2]}"#,
                r#"{"a": [1,]"#,
                r#"{"a": "x}"#,
                "{} x",
                "{",
                "",
            ] {
                let split = split(broken, chunk, 2);
                assert!(matches!(split, Err(NotSplit::Bad)), "{broken}");
            }
            assert!(matches!(
                split("[1]", chunk, 2),
                Err(NotSplit::NotObject(0))
            ));
            assert!(split("{}", chunk, 2).is_ok_and(|top| top.fields.is_empty()));
        }
    }
}
