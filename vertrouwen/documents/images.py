"""Photos: checked by decoding them once, and stored without their metadata.

Metadata (EXIF with GPS position, camera serial numbers and the time taken; XMP; IPTC; text
chunks; comments; anything after the image's end) is dropped by leaving those segments out of
the byte stream, never by re-encoding: the picture itself is stored bit for bit, and a photo
without metadata is stored exactly as given. Only the EXIF orientation is kept, as a number
beside the document, so a photo taken sideways is still shown upright.
"""

from __future__ import annotations

import struct
import warnings
from collections.abc import Iterator
from typing import IO

from vertrouwen.documents.detect import JPEG
from vertrouwen.errors import DocumentRefused, InputError

PIECE = 1 << 20
MAX_PIXELS = 150_000_000  # a 108-megapixel phone photo fits; a decompression bomb does not
# JPEG segments kept before the image data: JFIF (APP0), colour profile (APP2 "ICC_PROFILE"),
# Adobe colour transform (APP14) and every non-APP marker (tables, frame header).
_KEEP_APP = {0xE0: b"", 0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}


def check_image(fh: IO[bytes], media_type: str, filename: str) -> int:
    """Decode the image once (truncated or bomb images fail here); returns its orientation."""
    from PIL import Image

    fh.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(fh) as img:
                if img.width * img.height > MAX_PIXELS:
                    raise DocumentRefused(
                        f"{filename} is an image of {img.width}x{img.height} pixels, more than "
                        "Vertrouwen takes; nothing was stored",
                        "too_big",
                        filename,
                    )
                orientation = img.getexif().get(0x0112, 1)
                img.load()
    except InputError:
        raise
    except Exception as exc:  # PIL raises many kinds for damaged data
        raise DocumentRefused(
            f"{filename} is a damaged or incomplete image ({type(exc).__name__});"
            " nothing was stored",
            "damaged",
            filename,
        ) from exc
    finally:
        fh.seek(0)
    return orientation if isinstance(orientation, int) and 1 <= orientation <= 8 else 1


def stripped(fh: IO[bytes], media_type: str) -> Iterator[bytes]:
    """The image's bytes without metadata, in pieces of at most 1 MiB (read from `fh`)."""
    fh.seek(0)
    yield from (_jpeg if media_type == JPEG else _png)(fh)


def _exact(fh: IO[bytes], n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise DocumentRefused(
            "the image ends early (it is damaged or was changed while being read)", "damaged"
        )
    return data


def _jpeg(fh: IO[bytes]) -> Iterator[bytes]:
    yield _exact(fh, 2)  # SOI
    while True:
        byte = _exact(fh, 1)
        if byte != b"\xff":
            raise DocumentRefused(
                "the JPEG image is damaged (no marker where one belongs)", "damaged"
            )
        marker = _exact(fh, 1)[0]
        while marker == 0xFF:  # fill bytes
            marker = _exact(fh, 1)[0]
        if marker == 0xD9:
            yield b"\xff\xd9"
            return
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            yield bytes((0xFF, marker))
            continue
        (length,) = struct.unpack(">H", _exact(fh, 2))
        payload = _exact(fh, length - 2)
        if marker == 0xDA:  # start of scan: the image data follows up to the end marker
            yield bytes((0xFF, marker)) + struct.pack(">H", length) + payload
            yield from _until_eoi(fh)
            return
        if not _dropped(marker, payload):
            yield bytes((0xFF, marker)) + struct.pack(">H", length) + payload


def _dropped(marker: int, payload: bytes) -> bool:
    if marker == 0xFE:
        return True  # a comment
    if 0xE0 <= marker <= 0xEF:
        prefix = _KEEP_APP.get(marker)
        return prefix is None or not payload.startswith(prefix)
    return False


def _until_eoi(fh: IO[bytes]) -> Iterator[bytes]:
    """Scan data up to and including the end-of-image marker; what follows it is dropped
    (phones append a second image there, with its own metadata)."""
    carry = b""
    while True:
        block = fh.read(PIECE)
        if not block:
            raise DocumentRefused(
                "the JPEG image has no end (it is damaged or incomplete)", "damaged"
            )
        data = carry + block
        end = data.find(b"\xff\xd9")
        if end >= 0:
            yield data[: end + 2]
            return
        # keep a trailing 0xFF: it may start the end marker in the next block
        cut = len(data) - 1 if data.endswith(b"\xff") else len(data)
        yield data[:cut]
        carry = data[cut:]


def _png(fh: IO[bytes]) -> Iterator[bytes]:
    yield _exact(fh, 8)
    while True:
        head = _exact(fh, 8)
        (length,) = struct.unpack(">I", head[:4])
        kind = head[4:]
        keep = kind not in _PNG_DROP
        if keep:
            yield head
        left = length + 4  # data and CRC
        while left:
            piece = _exact(fh, min(left, PIECE))
            left -= len(piece)
            if keep:
                yield piece
        if kind == b"IEND":
            return
