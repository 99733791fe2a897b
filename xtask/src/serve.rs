//! A small static file server for `cargo xtask serve` and `cargo xtask
//! bench`, bound to 127.0.0.1.
//!
//! It serves folders under path prefixes, answers GET and HEAD only, and
//! refuses any path that would leave a folder. It is for looking at the
//! report on one's own machine, not for hosting it.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};

/// A folder served under a path prefix (`"/"`, or `"/bench/"`: a leading
/// and a trailing slash).
#[derive(Debug, Clone)]
pub struct Mount {
    pub prefix: String,
    pub folder: PathBuf,
}

/// Serves `root` on 127.0.0.1 from the first free port at or after `port`,
/// until the process is stopped.
pub fn serve(root: &Path, port: u16) -> Result<()> {
    let listener = bind(port)?;
    println!(
        "Kenes is served at http://{}/  (Ctrl+C stops it)",
        listener.local_addr()?
    );
    run(
        listener,
        vec![Mount {
            prefix: "/".into(),
            folder: root.to_path_buf(),
        }],
    );
    Ok(())
}

/// A listener on 127.0.0.1 at the first free port at or after `port` (any
/// free port for 0).
pub fn bind(port: u16) -> Result<TcpListener> {
    if port == 0 {
        return TcpListener::bind(("127.0.0.1", 0)).context("no free port on 127.0.0.1");
    }
    (port..port.saturating_add(20))
        .find_map(|p| TcpListener::bind(("127.0.0.1", p)).ok())
        .with_context(|| format!("no free port on 127.0.0.1 from {port}"))
}

/// Answers requests on `listener` from `mounts`, one thread a connection,
/// forever.
pub fn run(listener: TcpListener, mounts: Vec<Mount>) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let mounts = mounts.clone();
        std::thread::spawn(move || {
            // A client that goes away mid-answer is not our problem.
            let _ = answer(&mounts, stream);
        });
    }
}

fn answer(mounts: &[Mount], mut stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read and drop the headers.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut words = request_line.split_whitespace();
    let method = words.next().unwrap_or("");
    let target = words.next().unwrap_or("/");
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"",
            false,
        );
    }
    let with_body = method == "GET";
    let not_found = |stream: &mut TcpStream| {
        respond(
            stream,
            "404 Not Found",
            "text/plain",
            b"not found",
            with_body,
        )
    };
    let Some(path) = resolve(mounts, target) else {
        return not_found(&mut stream);
    };
    let Ok(mut file) = File::open(&path) else {
        return not_found(&mut stream);
    };
    let len = file.metadata()?.len();
    stream.write_all(head("200 OK", content_type(&path), len).as_bytes())?;
    if with_body {
        std::io::copy(&mut file, &mut stream)?;
    }
    stream.flush()
}

/// Maps a request target to a file inside the mount with the longest
/// matching prefix, or `None` when there is none or the path would leave
/// its folder.
fn resolve(mounts: &[Mount], target: &str) -> Option<PathBuf> {
    let path = percent_decode(target.split(['?', '#']).next().unwrap_or("/"));
    let mount = mounts
        .iter()
        .filter(|m| path.starts_with(&m.prefix) || format!("{path}/") == m.prefix)
        .max_by_key(|m| m.prefix.len())?;
    let rest = path.get(mount.prefix.len()..).unwrap_or("");
    let mut file = mount.folder.clone();
    for component in Path::new(rest).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::RootDir | Component::CurDir => {}
            Component::ParentDir | Component::Prefix(_) => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

fn head(status: &str, content_type: &str, len: u64) -> String {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len}\r\n\
         Cache-Control: no-cache\r\nConnection: close\r\n\r\n"
    )
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
    with_body: bool,
) -> std::io::Result<()> {
    stream.write_all(head(status, content_type, body.len() as u64).as_bytes())?;
    if with_body {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_prefix_serves_and_nothing_leaves_its_folder() {
        let mounts = [
            Mount {
                prefix: "/".into(),
                folder: "/srv/dist".into(),
            },
            Mount {
                prefix: "/bench/".into(),
                folder: "/srv/bench".into(),
            },
        ];
        let check = |target: &str, expected: Option<&str>| {
            assert_eq!(
                resolve(&mounts, target),
                expected.map(PathBuf::from),
                "{target}"
            );
        };
        check("/kenes.js?x=1", Some("/srv/dist/kenes.js"));
        check("/bench/dc/app.js", Some("/srv/bench/dc/app.js"));
        check("/benchmark.js", Some("/srv/dist/benchmark.js"));
        check("/bench/%2e%2e/secret", None);
        check("/../etc/passwd", None);
    }
}
