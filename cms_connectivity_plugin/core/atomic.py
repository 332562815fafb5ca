"""Atomic file writes with the permissions a plain ``open(path, "w")`` would give.

Every output of the plugin that is replaced in one piece goes through this module: the data
is written to a temporary file in the target's folder, flushed to disk (``fsync``), then
renamed over the target with :func:`os.replace`. A reader sees the old file or the new one,
never half of either, and a failed write (an exception, a full disk, Ctrl+C) removes the
temporary file, leaving the old target untouched.

Permissions. :func:`tempfile.mkstemp` creates its file with mode 0600, which is why outputs
written through it could not be read by anyone else sharing the folder. Here the temporary
file is created with ``os.open(..., O_CREAT | O_EXCL, 0o666)``, exactly as ``open(path,
"w")`` creates a new file, so the kernel applies the process umask (and the folder's default
ACL, if any) itself. The umask is therefore never read: reading it with ``os.umask`` means
setting and restoring it, which races with other threads creating files, and
``/proc/self/status`` exists only on Linux. The umask in force at the moment of the write is
the one honoured. When the target already exists its mode is copied onto the new file, as
rewriting an existing file in place keeps its mode.

The parent folder is not created (as with ``open``), and no ``fsync`` of the folder follows
the rename: after a crash the target is the complete old file or the complete new one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .i18n import tr

__all__ = ["atomic_path", "atomic_write_bytes", "atomic_write_text"]

#: Name attempts before giving up, as :data:`tempfile.TMP_MAX`.
_ATTEMPTS = 100
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _existing_mode(path: Path) -> int | None:
    """Permission bits of the file about to be replaced, or None when there is none."""
    try:
        return os.stat(path).st_mode & 0o777
    except (FileNotFoundError, NotADirectoryError):
        return None


def _create_temporary(path: Path) -> tuple[int, str]:
    """Create and open a new, empty, uniquely named file beside ``path``: ``(fd, name)``.

    The name is hidden (leading dot) and keeps the target's suffix, for writers that choose a
    format from it: ``.report.1a2b3c4d.tmp.html``.
    """
    stem = path.stem[:100]  # leave room for the additions below NAME_MAX
    for _ in range(_ATTEMPTS):
        name = str(path.with_name(f".{stem}.{secrets.token_hex(4)}.tmp{path.suffix}"))
        try:
            return os.open(name, _FLAGS, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary file name beside {path}")


def _remove(name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name)


def _fsync_file(name: str) -> None:
    """Flush a closed file's data to disk (Windows needs a writable handle to do so)."""
    flags = os.O_RDWR if os.name == "nt" else os.O_RDONLY
    fd = os.open(name, flags | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _finish(name: str, path: Path, mode: int | None) -> None:
    """Give the temporary file the replaced file's mode, then rename it over ``path``."""
    if mode is not None and os.stat(name).st_mode & 0o777 != mode:
        os.chmod(name, mode)
    os.replace(name, path)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Replace ``path`` with ``data`` in one step; return ``path`` as a :class:`Path`."""
    path = Path(path)
    mode = _existing_mode(path)
    fd, name = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _finish(name, path, mode)
    except BaseException:
        _remove(name)
        raise
    return path


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> Path:
    """Replace ``path`` with ``text`` in one step; return ``path`` as a :class:`Path`.

    Line endings are written as given (no ``\\r\\n`` translation on Windows).
    """
    return atomic_write_bytes(path, text.encode(encoding))


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` for writers that need a file name.

    The temporary file already exists, empty, with the permissions of a new file. When the
    block ends normally it is flushed to disk and renamed over ``path``; when the block
    raises (KeyboardInterrupt included) it is removed and ``path`` is left as it was::

        with atomic_path(target) as temporary:
            figure.savefig(temporary, format="png")
    """
    path = Path(path)
    mode = _existing_mode(path)
    fd, name = _create_temporary(path)
    try:
        os.close(fd)
        if mode is None:  # a writer may recreate the file: keep the mode it was created with
            mode = os.stat(name).st_mode & 0o777
        yield Path(name)
        _fsync_file(name)
        _finish(name, path, mode)
    except BaseException:
        _remove(name)
        raise


@contextlib.contextmanager
def atomic_folder(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a new, empty folder beside ``path`` for writers of many files (a Parquet
    dataset). When the block ends normally the folder takes ``path``'s place (an existing
    ``path`` is moved aside first, then deleted); when it raises, the folder is deleted and
    ``path`` is left as it was. Between the two renames a reader may find no ``path`` at
    all, never a half-written one."""
    import shutil

    path = Path(path)
    token = secrets.token_hex(4)
    staging = path.with_name(f".{path.name}.tmp-{token}")
    staging.mkdir()
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    old = path.with_name(f".{path.name}.old-{token}")
    if path.exists():
        os.replace(path, old)
    try:
        os.replace(staging, path)
    except BaseException:
        if old.exists():
            os.replace(old, path)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def ensure_writable(folder: str | os.PathLike) -> Path:
    """Create ``folder`` if needed and prove we can write there, before any long work
    (a real file: as root, permissions alone do not tell a read-only mount)."""
    path = Path(folder)
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise InputError(
            tr(
                "The output folder '{path}' cannot be written ({reason}): choose another folder."
            ).format(path=path, reason=exc.strerror or exc)
        ) from None
    return path
