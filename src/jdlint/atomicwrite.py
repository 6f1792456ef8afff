"""Replacing a file's content so that a crash leaves the old or the new file, never half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path


def replace_file(
    target: Path, data: bytes, mode: int, *, suffix: str = ".tmp", before_rename: Callable[[], None] | None = None
) -> None:
    """Write ``data`` to a temporary file in ``target``'s folder, fsync it, give it ``mode``
    and rename it over ``target``. ``before_rename`` may raise to abandon the write at the last
    moment; on any failure the temporary file is removed and ``target`` is untouched."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if before_rename is not None:
            before_rename()
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):  # the temporary file may already be gone
            os.unlink(tmp)
        raise
