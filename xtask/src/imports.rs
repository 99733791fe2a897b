//! Short names for the functions the module imports from its glue.
//!
//! wasm-bindgen names each import after the JavaScript it calls and a hash
//! (`__wbg_setAttribute_f75317b2b5cabfb4`), and the name is written twice:
//! in the module's import section and as a key of the glue's import object.
//! Two hundred such names are about 6.6 kB of the hosted build after gzip
//! (the hashes do not compress). [`shorten`] gives each a short name (`_a`,
//! `_b`, …) in both places; a name is left as it is unless the glue holds
//! it exactly once, as a key (`name:`), so nothing else in the glue can
//! refer to it.

use anyhow::{bail, Context, Result};

/// The module and glue with their import names shortened, and how many
/// were.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String, usize)> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        bail!("not a WebAssembly module (version 1)");
    }
    let mut out = wasm[..8].to_vec();
    let mut glue = glue.to_string();
    let mut renamed = 0;
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_at) = leb(wasm, at + 1)?;
        let end = body_at
            .checked_add(size as usize)
            .filter(|&end| end <= wasm.len())
            .context("a section runs past the end of the module")?;
        let body = &wasm[body_at..end];
        if id == 2 {
            let imports = rename_imports(body, &mut glue, &mut renamed)?;
            out.push(id);
            out.extend(uleb(imports.len() as u64));
            out.extend(imports);
        } else {
            out.extend_from_slice(&wasm[at..end]);
        }
        at = end;
    }
    Ok((out, glue, renamed))
}

/// The import section `body` with its names shortened where the glue allows,
/// the glue changed to match.
fn rename_imports(body: &[u8], glue: &mut String, renamed: &mut usize) -> Result<Vec<u8>> {
    let (count, mut at) = leb(body, 0)?;
    let mut out = uleb(count);
    for _ in 0..count {
        let (module, next) = name(body, at)?;
        let (field, next) = name(body, next)?;
        let desc_end = descriptor_end(body, next)?;
        let field = match only_key(glue, field) {
            Some(place) => {
                let short = short_name(*renamed);
                glue.replace_range(place..place + field.len(), &short);
                *renamed += 1;
                short
            }
            None => field.to_string(),
        };
        for text in [module, field.as_str()] {
            out.extend(uleb(text.len() as u64));
            out.extend_from_slice(text.as_bytes());
        }
        out.extend_from_slice(&body[next..desc_end]);
        at = desc_end;
    }
    if at != body.len() {
        bail!(
            "the import section has {} bytes after its imports",
            body.len() - at
        );
    }
    Ok(out)
}

/// Where `name` is in `glue`, when it is there once and as a key.
fn only_key(glue: &str, name: &str) -> Option<usize> {
    let mut places = glue.match_indices(name).map(|(at, _)| at);
    let place = places.next()?;
    let is_key = glue[place + name.len()..].starts_with(':');
    let before = glue[..place].chars().next_back();
    let starts_token = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$');
    (places.next().is_none() && is_key && starts_token).then_some(place)
}

/// `_a` … `_Z`, `_ab` …: short, and unlike any name wasm-bindgen gives.
fn short_name(mut i: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = String::from("_");
    loop {
        name.push(LETTERS[i % LETTERS.len()] as char);
        i /= LETTERS.len();
        if i == 0 {
            return name;
        }
    }
}

/// A name (length and UTF-8 bytes) at `at`, and where it ends.
fn name(bytes: &[u8], at: usize) -> Result<(&str, usize)> {
    let (len, start) = leb(bytes, at)?;
    let end = start
        .checked_add(len as usize)
        .filter(|&end| end <= bytes.len())
        .context("a name runs past its section")?;
    let text = std::str::from_utf8(&bytes[start..end]).context("a name is not UTF-8")?;
    Ok((text, end))
}

/// The end of an import's descriptor (what it imports) at `at`.
fn descriptor_end(bytes: &[u8], at: usize) -> Result<usize> {
    let kind = *bytes.get(at).context("an import without a kind")?;
    let limits = |at: usize| -> Result<usize> {
        let flags = *bytes.get(at).context("limits without flags")?;
        let (_, at) = leb(bytes, at + 1)?;
        Ok(if flags & 1 == 1 {
            leb(bytes, at)?.1
        } else {
            at
        })
    };
    match kind {
        // A function: its type's index.
        0 => Ok(leb(bytes, at + 1)?.1),
        // A table: its element type, then limits.
        1 => limits(at + 2),
        // A memory: limits.
        2 => limits(at + 1),
        // A global: its type and whether it is mutable.
        3 => Ok(at + 3),
        // A tag: an attribute, then its type's index.
        4 => Ok(leb(bytes, at + 2)?.1),
        other => bail!("an import of unknown kind {other}"),
    }
}

/// An unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], mut at: usize) -> Result<(u64, usize)> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(at).context("a number runs past the end")?;
        at += 1;
        if shift < 64 {
            value |= u64::from(byte & 0x7f) << shift;
        }
        shift += 7;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
}

fn uleb(mut value: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with one function type and these imports (module, name,
    /// descriptor bytes).
    fn module(imports: &[(&str, &str, &[u8])]) -> Vec<u8> {
        let mut section = uleb(imports.len() as u64);
        for (module, name, desc) in imports {
            for text in [module, name] {
                section.extend(uleb(text.len() as u64));
                section.extend_from_slice(text.as_bytes());
            }
            section.extend_from_slice(desc);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // Type section: one type, () -> ().
        wasm.extend([1, 4, 1, 0x60, 0, 0]);
        wasm.push(2);
        wasm.extend(uleb(section.len() as u64));
        wasm.extend(section);
        wasm
    }

    fn names(wasm: &[u8]) -> Vec<String> {
        let mut at = 8;
        while at < wasm.len() {
            let (size, body) = leb(wasm, at + 1).unwrap();
            if wasm[at] == 2 {
                let bytes = &wasm[body..body + size as usize];
                let (count, mut i) = leb(bytes, 0).unwrap();
                let mut out = Vec::new();
                for _ in 0..count {
                    let (_, next) = name(bytes, i).unwrap();
                    let (field, next) = name(bytes, next).unwrap();
                    out.push(field.to_string());
                    i = descriptor_end(bytes, next).unwrap();
                }
                assert_eq!(i, bytes.len());
                return out;
            }
            at = body + size as usize;
        }
        Vec::new()
    }

    #[test]
    fn names_the_glue_holds_once_as_keys_become_short_in_both() {
        let wasm = module(&[
            ("./kenes_bg.js", "__wbg_then_656f", &[0, 0]),
            ("./kenes_bg.js", "__wbg_twice_1234", &[0, 0]),
            ("./kenes_bg.js", "__wbindgen_init_externref_table", &[0, 0]),
            ("./kenes_bg.js", "memory", &[2, 1, 17, 0x80, 0x80, 4]),
            ("./kenes_bg.js", "__wbg_not_a_key_9", &[3, 0x7f, 1]),
        ]);
        let glue = "const i={__wbg_then_656f:function(e,n){return e.then(n)},\
                    __wbg_twice_1234:()=>1,__wbindgen_init_externref_table:function(){},\
                    __wbg_not_a_key_9:1};x(__wbg_twice_1234);y.__wbg_not_a_key_9=2;";
        let (wasm, glue, renamed) = shorten(&wasm, glue).unwrap();
        assert_eq!(renamed, 2);
        assert_eq!(
            names(&wasm),
            [
                "_a",
                "__wbg_twice_1234",
                "_b",
                "memory",
                "__wbg_not_a_key_9"
            ]
        );
        assert_eq!(
            glue,
            "const i={_a:function(e,n){return e.then(n)},\
             __wbg_twice_1234:()=>1,_b:function(){},\
             __wbg_not_a_key_9:1};x(__wbg_twice_1234);y.__wbg_not_a_key_9=2;"
        );
        // The type section is as it was.
        assert_eq!(&wasm[8..14], &[1, 4, 1, 0x60, 0, 0]);
    }

    #[test]
    fn short_names_do_not_repeat() {
        let names: std::collections::HashSet<String> = (0..3000).map(short_name).collect();
        assert_eq!(names.len(), 3000);
        assert_eq!(short_name(0), "_a");
        assert_eq!(short_name(52), "_ab");
    }

    #[test]
    fn a_broken_module_is_refused() {
        assert!(shorten(b"not wasm", "").is_err());
        let mut wasm = module(&[("m", "f", &[0, 0])]);
        wasm.pop();
        assert!(shorten(&wasm, "f:1").is_err());
    }
}
