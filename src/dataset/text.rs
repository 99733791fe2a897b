//! Text that may come in several languages.
//!
//! A Text in a Kenes document is either a plain string, meant for every
//! language, or an object from language code to string. The report asks for
//! one language and falls back to the dataset's default language, then to any
//! language present, so a half-translated dataset still shows something.

use std::fmt;

/// A string in one or more languages, in the order the document gave them.
///
/// Stored as a short list of (language, value) pairs: most Texts hold one to
/// three languages, and a list is smaller and faster than a map at that size.
/// A plain string is stored under the empty language code, which stands for
/// "any language".
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Text {
    pairs: Vec<(Code, Box<str>)>,
}

/// The language code under which a plain string is stored.
const ANY: &str = "";

/// Bytes of a language code kept in place.
const INLINE: usize = 22;

/// A language code. Codes are short ("kk", "ru", "en", "zh-Hant-TW") and
/// repeat in every Text, so they are kept in place, not each in an
/// allocation of its own: a Text in three languages is four allocations
/// rather than seven (about 0.3 million fewer for 100,000 recommendations).
/// A longer one, which the format does not forbid, is kept on the heap.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Code {
    /// The first `len` bytes of `bytes`, the rest zero (so that equal codes
    /// are equal values).
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Long(Box<str>),
}

impl Code {
    fn new(code: &str) -> Code {
        if code.len() > INLINE {
            return Code::Long(code.into());
        }
        let mut bytes = [0; INLINE];
        bytes[..code.len()].copy_from_slice(code.as_bytes());
        Code::Inline {
            len: code.len() as u8,
            bytes,
        }
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Code::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Code::Long(code) => code.as_bytes(),
        }
    }

    fn is(&self, code: &str) -> bool {
        self.bytes() == code.as_bytes()
    }

    fn is_any(&self) -> bool {
        self.bytes().is_empty()
    }

    fn as_str(&self) -> &str {
        match self {
            // Made from a `&str` whole, so always UTF-8.
            Code::Inline { .. } => std::str::from_utf8(self.bytes()).unwrap_or_default(),
            Code::Long(code) => code,
        }
    }
}

impl Text {
    /// A string meant for every language.
    pub fn plain(value: impl Into<String>) -> Text {
        Text {
            pairs: vec![(Code::new(ANY), value.into().into_boxed_str())],
        }
    }

    /// A Text from (language, value) pairs, kept in the given order. If a
    /// language repeats, the first value wins, as it does when reading JSON.
    pub fn from_pairs<L, V>(pairs: impl IntoIterator<Item = (L, V)>) -> Text
    where
        L: Into<String>,
        V: Into<String>,
    {
        let mut text = Text::default();
        for (lang, value) in pairs {
            text.push(lang.into(), value.into());
        }
        text
    }

    /// Adds `value` in `lang` unless the Text has that language already
    /// (the first value wins, as it does when reading JSON).
    pub(crate) fn add(&mut self, lang: &str, value: Box<str>) {
        if !self.pairs.iter().any(|(l, _)| l.is(lang)) {
            self.pairs.push((Code::new(lang), value));
        }
    }

    /// The value in `lang`; else in `default_lang` (the dataset's default
    /// language); else in the first language present; else `""`.
    pub fn get(&self, lang: &str, default_lang: &str) -> &str {
        self.find(lang)
            .or_else(|| self.find(default_lang))
            .or_else(|| self.pairs.first().map(|(_, value)| &**value))
            .unwrap_or("")
    }

    /// True when the Text has a value for `lang`. A plain string counts as
    /// every language.
    pub fn has(&self, lang: &str) -> bool {
        self.pairs.iter().any(|(l, _)| l.is(lang) || l.is_any())
    }

    /// The language codes present, in document order. A plain string has none.
    pub fn languages(&self) -> impl Iterator<Item = &str> + '_ {
        self.pairs
            .iter()
            .filter(|(lang, _)| !lang.is_any())
            .map(|(lang, _)| lang.as_str())
    }

    /// Every value, in document order (for search, which looks in all languages).
    pub fn values(&self) -> impl Iterator<Item = &str> + '_ {
        self.pairs.iter().map(|(_, value)| &**value)
    }

    /// Every (language, value) pair in document order. A plain string is one
    /// pair whose language is empty, so a writer can tell the two forms apart
    /// and write each back as it was read.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.pairs
            .iter()
            .map(|(lang, value)| (lang.as_str(), &**value))
    }

    /// True for a plain string (one value for every language).
    pub fn is_plain(&self) -> bool {
        self.pairs.iter().any(|(lang, _)| lang.is_any())
    }

    /// True when no language has any visible text.
    pub fn is_empty(&self) -> bool {
        self.pairs.iter().all(|(_, value)| value.trim().is_empty())
    }

    /// The exact value for `lang`, the plain string counting as every language.
    fn find(&self, lang: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(l, _)| l.is(lang) || l.is_any())
            .map(|(_, value)| &**value)
    }

    fn push(&mut self, lang: String, value: String) {
        self.add(&lang, value.into_boxed_str());
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let [(lang, value)] = &self.pairs[..] {
            if lang.is_any() {
                return write!(f, "{value:?}");
            }
        }
        f.debug_map().entries(self.pairs()).finish()
    }
}
