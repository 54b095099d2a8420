//! Recognising files that are not text, before any attempt to decode them.
//!
//! People drop whatever is in their downloads folder: photos, PDFs, Word documents,
//! archives. Naming what the file is ("an image (PNG)") tells them what went wrong far
//! better than "not UTF-8", so known formats are recognised by their magic bytes first,
//! and everything else that is full of control bytes is refused as binary.

/// What a binary file is, in words for the user, and what to do instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BinaryKind {
    /// "an image (PNG)", "a PDF document", ...
    pub what: &'static str,
    /// The advice after the semicolon in the error message.
    pub advice: &'static str,
}

const DROP_TEXT: &str = "drop .txt, .html, .md or .json files";
const SAVE_AS_TEXT: &str = "save it as .txt or .html and drop that file";
const PDF_ADVICE: &str = "copy its text into a .txt file and drop that file";
const ARCHIVE_ADVICE: &str = "unpack it and drop the .txt, .html, .md or .json files inside";

const fn kind(what: &'static str, advice: &'static str) -> BinaryKind {
    BinaryKind { what, advice }
}

impl BinaryKind {
    /// The advice as a stable identifier, for interfaces that word it themselves.
    pub fn advice_code(&self) -> &'static str {
        match self.advice {
            SAVE_AS_TEXT => "save_as_text",
            PDF_ADVICE => "copy_text",
            ARCHIVE_ADVICE => "unpack",
            _ => "drop_text",
        }
    }
}

/// Magic bytes that are long or distinctive enough that a text file never starts
/// with them by accident. Checked at offset 0.
const SIGNATURES: &[(&[u8], BinaryKind)] = &[
    (b"\x89PNG\r\n\x1a\n", kind("an image (PNG)", DROP_TEXT)),
    (b"\xff\xd8\xff", kind("an image (JPEG)", DROP_TEXT)),
    (b"GIF87a", kind("an image (GIF)", DROP_TEXT)),
    (b"GIF89a", kind("an image (GIF)", DROP_TEXT)),
    (b"II*\x00", kind("an image (TIFF)", DROP_TEXT)),
    (b"MM\x00*", kind("an image (TIFF)", DROP_TEXT)),
    (b"\x00\x00\x01\x00", kind("an icon image (ICO)", DROP_TEXT)),
    (b"%PDF-", kind("a PDF document", PDF_ADVICE)),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", kind("an old Office document (.doc/.xls)", SAVE_AS_TEXT)),
    (b"\x1f\x8b", kind("a compressed file (gzip)", ARCHIVE_ADVICE)),
    (b"7z\xbc\xaf\x27\x1c", kind("an archive (7z)", ARCHIVE_ADVICE)),
    (b"Rar!\x1a\x07", kind("an archive (RAR)", ARCHIVE_ADVICE)),
    // bzip2 and ID3 carry a version byte that text would not have after the letters.
    (b"BZh9", kind("a compressed file (bzip2)", ARCHIVE_ADVICE)),
    (b"BZh1", kind("a compressed file (bzip2)", ARCHIVE_ADVICE)),
    (b"\xfd7zXZ\x00", kind("a compressed file (xz)", ARCHIVE_ADVICE)),
    (b"\x28\xb5\x2f\xfd", kind("a compressed file (zstd)", ARCHIVE_ADVICE)),
    (b"\x7fELF", kind("a program (ELF executable)", DROP_TEXT)),
    (b"\xcf\xfa\xed\xfe", kind("a program (Mach-O executable)", DROP_TEXT)),
    (b"\xca\xfe\xba\xbe", kind("a program (Java class or Mach-O)", DROP_TEXT)),
    (b"\x00asm", kind("a WebAssembly module", DROP_TEXT)),
    (b"ID3\x02\x00", kind("an audio file (MP3)", DROP_TEXT)),
    (b"ID3\x03\x00", kind("an audio file (MP3)", DROP_TEXT)),
    (b"ID3\x04\x00", kind("an audio file (MP3)", DROP_TEXT)),
    (b"OggS", kind("an audio or video file (Ogg)", DROP_TEXT)),
    (b"fLaC", kind("an audio file (FLAC)", DROP_TEXT)),
    (b"\x1a\x45\xdf\xa3", kind("a video file (WebM/Matroska)", DROP_TEXT)),
    (b"wOFF", kind("a font file (WOFF)", DROP_TEXT)),
    (b"wOF2", kind("a font file (WOFF2)", DROP_TEXT)),
    (b"SQLite format 3\x00", kind("a database (SQLite)", DROP_TEXT)),
];

/// Recognises a known binary format from the first bytes of the file. The file name
/// only refines the wording (a ZIP named .docx is a Word document).
pub(crate) fn known_binary(file_name: &str, bytes: &[u8]) -> Option<BinaryKind> {
    if let Some(zip) = zip_kind(file_name, bytes) {
        return Some(zip);
    }
    if let Some(riff) = riff_kind(bytes) {
        return Some(riff);
    }
    if let Some(iso) = iso_media_kind(bytes) {
        return Some(iso);
    }
    if is_pe_executable(bytes) {
        return Some(kind("a program (Windows executable)", DROP_TEXT));
    }
    SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|&(_, k)| k)
}

/// ZIP is the container of .docx, .xlsx, .pptx, .odt and .epub as well as of plain
/// archives; the user needs different advice for each.
fn zip_kind(file_name: &str, bytes: &[u8]) -> Option<BinaryKind> {
    let is_zip =
        bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") || bytes.starts_with(b"PK\x07\x08");
    if !is_zip {
        return None;
    }
    // The first entry names of an Office file are in its first few hundred bytes.
    let head = &bytes[..bytes.len().min(4096)];
    let ext = extension(file_name);
    let contains = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    let word = kind("a Word document", "save it as .txt or .html and drop that file");
    let sheet = kind("a spreadsheet (Excel)", "copy the article text into a .txt file");
    let slides = kind("a presentation (PowerPoint)", "copy the article text into a .txt file");
    let odf = kind("an OpenDocument file", "save it as .txt or .html and drop that file");
    let epub = kind("an e-book (EPUB)", "copy the article text into a .txt file");
    Some(match ext.as_str() {
        "docx" | "docm" | "dotx" => word,
        "xlsx" | "xlsm" => sheet,
        "pptx" => slides,
        "odt" | "ods" | "odp" => odf,
        "epub" => epub,
        _ if contains(b"word/") => word,
        _ if contains(b"xl/") => sheet,
        _ if contains(b"ppt/") => slides,
        _ if contains(b"application/epub") => epub,
        _ if contains(b"application/vnd.oasis.opendocument") => odf,
        _ => kind("an archive (ZIP)", ARCHIVE_ADVICE),
    })
}

/// RIFF holds WebP images, WAV audio and AVI video: the type is at offset 8.
fn riff_kind(bytes: &[u8]) -> Option<BinaryKind> {
    if !bytes.starts_with(b"RIFF") {
        return None;
    }
    match bytes.get(8..12) {
        Some(b"WEBP") => Some(kind("an image (WebP)", DROP_TEXT)),
        Some(b"WAVE") => Some(kind("an audio file (WAV)", DROP_TEXT)),
        Some(b"AVI ") => Some(kind("a video file (AVI)", DROP_TEXT)),
        _ => Some(kind("a media file (RIFF)", DROP_TEXT)),
    }
}

/// MP4, MOV, M4A, HEIC and AVIF all start with a box whose type `ftyp` sits at offset 4;
/// the brand after it says which.
fn iso_media_kind(bytes: &[u8]) -> Option<BinaryKind> {
    if bytes.get(4..8) != Some(b"ftyp") {
        return None;
    }
    Some(match bytes.get(8..12) {
        Some(b"heic" | b"heix" | b"mif1" | b"msf1" | b"avif") => kind("an image (HEIC/AVIF)", DROP_TEXT),
        Some(b"M4A " | b"M4B ") => kind("an audio file (M4A)", DROP_TEXT),
        _ => kind("a video file (MP4)", DROP_TEXT),
    })
}

/// "MZ" alone is too weak (a text may start with it), so the PE header it points to
/// must be there as well.
fn is_pe_executable(bytes: &[u8]) -> bool {
    if !bytes.starts_with(b"MZ") {
        return false;
    }
    let Some(offset) = bytes.get(0x3c..0x40) else { return false };
    let offset = u32::from_le_bytes([offset[0], offset[1], offset[2], offset[3]]) as usize;
    offset.checked_add(4).and_then(|end| bytes.get(offset..end)) == Some(b"PE\x00\x00")
}

/// Formats whose signature is short enough to occur at the start of a text file;
/// they are named only when the bytes also look binary.
pub(crate) fn weak_binary(bytes: &[u8]) -> Option<BinaryKind> {
    match bytes {
        [0xff, 0xfb | 0xf3 | 0xf2, ..] => Some(kind("an audio file (MP3)", DROP_TEXT)),
        [b'B', b'M', ..] => Some(kind("an image (BMP)", DROP_TEXT)),
        [b'M', b'Z', ..] => Some(kind("a program (DOS/Windows executable)", DROP_TEXT)),
        _ => None,
    }
}

/// True when the bytes are not text in any single-byte or UTF-8 encoding: text has
/// next to no control bytes besides tab and line breaks, binary data has plenty (an
/// eighth of all bytes in random data). A few stray NULs in a text file (a bad copy)
/// are tolerated and stripped later.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    // The head decides: binary formats are binary from the start, and scanning a
    // bounded prefix keeps the check cheap for 64 MiB files.
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.is_empty() {
        return false;
    }
    let controls = sample.iter().filter(|&&b| is_binary_control(b)).count();
    // 2% is far above what real text has (0) and far below random data (~11%).
    controls * 50 > sample.len()
}

/// C0 control bytes that do not occur in text files (tab, LF, VT, FF, CR and ESC do).
pub(crate) fn is_binary_control(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0e..=0x1a | 0x1c..=0x1f | 0x7f)
}

/// The lower-cased extension of a file name, without the dot ("" when there is none).
pub(crate) fn extension(file_name: &str) -> String {
    // Only the last path component: "a.b/c" has no extension.
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $bytes:expr, $file:expr, $what:expr) => {
            #[test]
            fn $name() {
                let bytes: Vec<u8> = $bytes;
                let found = known_binary($file, &bytes).map(|k| k.what);
                assert_eq!(found, $what);
            }
        };
    }

    fn with_tail(head: &[u8]) -> Vec<u8> {
        let mut v = head.to_vec();
        v.extend_from_slice(&[0u8, 1, 2, 3, 200, 201, 17, 0, 0, 0]);
        v
    }

    t!(png, with_tail(b"\x89PNG\r\n\x1a\n"), "photo.png", Some("an image (PNG)"));
    t!(jpeg, with_tail(b"\xff\xd8\xff\xe0"), "a.jpg", Some("an image (JPEG)"));
    t!(gif, with_tail(b"GIF89a"), "a.gif", Some("an image (GIF)"));
    t!(webp, with_tail(b"RIFF\x10\x00\x00\x00WEBPVP8 "), "a.webp", Some("an image (WebP)"));
    t!(pdf, with_tail(b"%PDF-1.7\n"), "a.pdf", Some("a PDF document"));
    t!(docx_by_name, with_tail(b"PK\x03\x04"), "report.docx", Some("a Word document"));
    t!(
        docx_by_entry,
        {
            let mut v = b"PK\x03\x04\x14\x00\x06\x00".to_vec();
            v.extend_from_slice(b"\x00\x00word/document.xml");
            v
        },
        "noext",
        Some("a Word document")
    );
    t!(xlsx, with_tail(b"PK\x03\x04"), "x.XLSX", Some("a spreadsheet (Excel)"));
    t!(zip, with_tail(b"PK\x03\x04"), "a.zip", Some("an archive (ZIP)"));
    t!(gzip, with_tail(b"\x1f\x8b\x08"), "a.gz", Some("a compressed file (gzip)"));
    t!(sevenz, with_tail(b"7z\xbc\xaf\x27\x1c"), "a.7z", Some("an archive (7z)"));
    t!(rar, with_tail(b"Rar!\x1a\x07\x00"), "a.rar", Some("an archive (RAR)"));
    t!(elf, with_tail(b"\x7fELF\x02\x01"), "a.out", Some("a program (ELF executable)"));
    t!(wasm, with_tail(b"\x00asm\x01\x00\x00\x00"), "a.wasm", Some("a WebAssembly module"));
    t!(mp3_id3, with_tail(b"ID3\x03\x00"), "a.mp3", Some("an audio file (MP3)"));
    t!(mp4, with_tail(b"\x00\x00\x00\x20ftypisom"), "a.mp4", Some("a video file (MP4)"));
    t!(
        pe,
        {
            let mut v = vec![0u8; 0x80];
            v[0] = b'M';
            v[1] = b'Z';
            v[0x3c] = 0x40;
            v[0x40..0x44].copy_from_slice(b"PE\x00\x00");
            v
        },
        "a.exe",
        Some("a program (Windows executable)")
    );
    // "MZ" without a PE header is just two letters; a short RIFF is still RIFF.
    t!(mz_text_is_not_pe, b"MZ is a postcode".to_vec(), "a.txt", None);
    t!(arabic_text, "مرحبا بالعالم".as_bytes().to_vec(), "a.txt", None);
    t!(truncated_pe_header, b"MZ\x90\x00".to_vec(), "a.exe", None);

    #[test]
    fn random_bytes_look_binary() {
        // A fixed linear congruential sequence: "random" but reproducible.
        let mut x: u32 = 12345;
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                x = x.wrapping_mul(1103515245).wrapping_add(12345);
                (x >> 16) as u8
            })
            .collect();
        assert!(looks_binary(&bytes));
    }

    #[test]
    fn text_with_a_stray_nul_is_not_binary() {
        let mut bytes = "نص عربي عادي ".repeat(20).into_bytes();
        bytes.push(0);
        assert!(!looks_binary(&bytes));
    }

    #[test]
    fn extensions() {
        assert_eq!(extension("a/b/Story.HTML"), "html");
        assert_eq!(extension("noext"), "");
        assert_eq!(extension(".bashrc"), "");
        assert_eq!(extension("dir.d/file"), "");
        assert_eq!(extension("x.tar.gz"), "gz");
    }
}
