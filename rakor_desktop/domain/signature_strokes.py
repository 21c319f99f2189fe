"""The signature stroke format stored in ``Attendance.signature``.

Compact and documented here because the kiosk writes it and the documents layer
decodes it (no Qt, no database)::

    S1:<base64url, no padding, of a byte string>

The byte string is a sequence of unsigned LEB128 varints: the number of strokes,
then for each stroke the number of points followed by its points, the first as
absolute ``x, y`` and the rest as zigzag-encoded deltas from the previous point.
Coordinates are quantised to ``0..1000`` over the pad (x to the right, y
downwards). A typical signature of ~300 points takes well under 1 KB.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence

_MAX_STROKES = 200
_MAX_POINTS = 8000
_SIG_PREFIX = "S1:"
_SIG_SCALE = 1000


def _varint(value: int, out: bytearray) -> None:
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def _zigzag(value: int) -> int:
    return (value << 1) ^ (value >> 63)


def _unzigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


def _quantise(v: float) -> int:
    if v != v:  # NaN
        return 0
    return min(max(round(float(v) * _SIG_SCALE), 0), _SIG_SCALE)


def encode_signature(strokes: Sequence[Sequence[tuple[float, float]]]) -> str | None:
    """Strokes normalised to 0..1 -> the compact ``S1:`` text (None when nothing was drawn)."""
    out = bytearray()
    kept: list[list[tuple[int, int]]] = []
    total = 0
    for stroke in list(strokes)[:_MAX_STROKES]:
        pts: list[tuple[int, int]] = []
        for point in stroke:
            q = (_quantise(point[0]), _quantise(point[1]))
            if not pts or pts[-1] != q:
                pts.append(q)
        pts = pts[: max(_MAX_POINTS - total, 0)]
        if pts:
            kept.append(pts)
            total += len(pts)
    if not kept:
        return None
    _varint(len(kept), out)
    for pts in kept:
        _varint(len(pts), out)
        _varint(pts[0][0], out)
        _varint(pts[0][1], out)
        px, py = pts[0]
        for x, y in pts[1:]:
            _varint(_zigzag(x - px), out)
            _varint(_zigzag(y - py), out)
            px, py = x, y
    return _SIG_PREFIX + base64.urlsafe_b64encode(bytes(out)).decode("ascii").rstrip("=")


def decode_signature(text: str | None) -> list[list[tuple[float, float]]]:
    """The stored text -> strokes of (x, y) in 0..1; raises ValueError on damaged data."""
    if not text:
        return []
    if not text.startswith(_SIG_PREFIX):
        raise ValueError("format tanda tangan tidak dikenal")
    body = text[len(_SIG_PREFIX) :]
    try:
        data = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (ValueError, TypeError) as exc:
        raise ValueError("data tanda tangan rusak") from exc
    pos = 0

    def read() -> int:
        nonlocal pos
        shift = value = 0
        while True:
            if pos >= len(data) or shift > 35:
                raise ValueError("data tanda tangan terpotong")
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value

    strokes: list[list[tuple[float, float]]] = []
    n_strokes = read()
    if n_strokes > _MAX_STROKES:
        raise ValueError("data tanda tangan terlalu besar")
    total = 0
    for _ in range(n_strokes):
        n = read()
        total += n
        if n == 0 or total > _MAX_POINTS:
            raise ValueError("data tanda tangan tidak masuk akal")
        x, y = read(), read()
        pts = [(x, y)]
        for _ in range(n - 1):
            x += _unzigzag(read())
            y += _unzigzag(read())
            pts.append((x, y))
        strokes.append([(min(max(px, 0), _SIG_SCALE) / _SIG_SCALE,
                         min(max(py, 0), _SIG_SCALE) / _SIG_SCALE) for px, py in pts])  # fmt: skip
    if pos != len(data):
        raise ValueError("data tanda tangan berisi sisa yang tidak dikenal")
    return strokes
