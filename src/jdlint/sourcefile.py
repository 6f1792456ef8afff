"""Reading a posting's bytes safely and turning them into text.

Anything may be named on the command line or found in a folder: a FIFO (reading it would wait
forever), a 50 MB export, an image saved as ``.md``, a UTF-16 file from a Windows editor. Each
becomes either text to check or one clear per-file error; the bytes are never guessed at, so a
fixed file is written back in exactly the encoding it came in (see ``encode``).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024  # far above any real posting, low enough to stay fast
_UNITS = {"": 1, "b": 1, "kb": 1024, "k": 1024, "mb": 1024**2, "m": 1024**2, "gb": 1024**3, "g": 1024**3}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$", re.I)

# Byte order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Files that are not text at all, by their first bytes: named so the user knows what happened.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"),
)
_CONVERT = "; jdlint reads text, Markdown, HTML and JSON: save the posting as one of those"


def parse_size(value: object) -> int:
    """``10485760``, ``"10MB"``, ``"512 KB"`` -> bytes (KB and MB are 1024 and 1024² bytes)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    m = _SIZE.match(value) if isinstance(value, str) else None
    if m is None or m.group(2).lower() not in _UNITS or float(m.group(1)) <= 0:
        raise ValueError(f"{value!r} is not a size such as 10MB, 512KB or a number of bytes")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def size_text(size: int) -> str:
    if size >= 1024**2:
        return f"{size / 1024**2:.1f} MB"
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"


def display_name(path: str | os.PathLike[str]) -> str:
    """A file name as every report shows it: bytes that are not UTF-8 become ``\\xff`` and
    control characters ``\\n``, ``\\t``, ``\\x1b`` escapes, so that reports stay valid UTF-8
    and a name can never break a report's lines (as ``ls -b`` shows names)."""
    name = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: _ESCAPES.get(m.group(), f"\\x{ord(m.group()):02x}"), name)


def _read_error(exc: OSError, path: str) -> InputError:
    if exc.errno == errno.ENOENT:
        return InputError("no such file or directory", path=path)
    reason = {errno.ELOOP: "a symbolic link loop", errno.EACCES: "permission denied"}.get(exc.errno or 0)
    return InputError(f"cannot read file: {reason or exc.strerror or exc}", path=path)


def read_bytes(path: Path, limit: int, name: str) -> bytes:
    """The file's bytes; only a regular file no larger than ``limit`` is read.

    The file is opened without blocking and checked through its descriptor, so a FIFO or a
    device named ``job.md`` is refused at once instead of waiting for a writer forever."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _read_error(exc, name) from None
    with os.fdopen(fd, "rb") as handle:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                kind = (
                    "a FIFO"
                    if stat.S_ISFIFO(info.st_mode)
                    else "a socket"
                    if stat.S_ISSOCK(info.st_mode)
                    else "a device"
                    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
                    else "not a file"
                )
                raise InputError(f"not a regular file ({kind}); not read", path=name)
            return read_limited(handle, limit, name, info.st_size)
        except OSError as exc:
            raise _read_error(exc, name) from None


def read_limited(stream: BinaryIO, limit: int, name: str, size: int | None = None) -> bytes:
    """Read at most ``limit`` bytes; a larger input is an error (it may also grow while read)."""
    data = b"" if size is not None and size > limit else stream.read(limit + 1)
    if size is not None and size > limit or len(data) > limit:
        what = size_text(size) if size is not None and size > limit else f"more than {size_text(limit)}"
        raise InputError(
            f"the file is {what}, over the size limit of {size_text(limit)}; not checked "
            "(raise it with --max-file-size or max_file_size in the config)",
            path=name,
        )
    return data


def sniff(data: bytes, name: str) -> tuple[str, bytes]:
    """(codec, byte order mark) of a posting's bytes; raises InputError for bytes that are not text.

    UTF-8 is the default. UTF-16 and UTF-32 are recognised by their mark, or without one by
    the zero bytes that ASCII characters leave in the first code unit (as JSON's RFC 4627 does)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, bom
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{_office(data) or what}, not a text posting{_CONVERT}", path=name)
    if b"\0" not in data:
        return "utf-8", b""
    zeros = tuple(b == 0 for b in data[:4])
    for codec, pattern in (
        ("utf-32-be", (True, True, True, False)),
        ("utf-32-le", (False, True, True, True)),
        ("utf-16-be", (True, False, True, False)),
        ("utf-16-le", (False, True, False, True)),
    ):
        if zeros == pattern:
            return codec, b""
    line = data.count(b"\n", 0, data.index(b"\0")) + 1
    raise InputError(f"a binary file (a NUL byte on line {line}), not a text posting{_CONVERT}", path=name)


def _office(data: bytes) -> str | None:
    """A ZIP archive that is an Office document says so (.docx holds ``word/``)."""
    if not data.startswith(b"PK\x03\x04"):
        return None
    for marker, what in (
        (b"word/", "a Word document (.docx)"),
        (b"xl/", "an Excel workbook (.xlsx)"),
        (b"opendocument", "an OpenDocument file"),
    ):
        if marker in data[:65536]:
            return what
    return None


def decode(data: bytes, name: str) -> str:
    """The posting's text (without its byte order mark, so columns start after it)."""
    codec, bom = sniff(data, name)
    body = data[len(bom) :]
    try:
        return body.decode(codec)
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1 if codec == "utf-8" else None
        label = codec.upper().replace("-LE", "").replace("-BE", "")
        raise InputError(
            f"not valid {label} (byte 0x{body[exc.start]:02x}); save the file as UTF-8", path=name, line=line
        ) from None


def encode(text: str, original: bytes) -> bytes:
    """``text`` in the encoding and with the byte order mark of the file's ``original`` bytes."""
    codec, bom = sniff(original, "")
    return bom + text.encode(codec)


def resolved(path: Path) -> Path:
    """``path.resolve()``, or the absolute path when it cannot be resolved (a symbolic link loop
    raises RuntimeError before Python 3.13)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))
