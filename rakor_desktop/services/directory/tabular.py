"""Reading staff lists from the spreadsheets offices actually keep.

Offices send their directory as ``.xlsx`` saved by Excel/LibreOffice or as ``.csv``
exported with whatever locale the PC had: Indonesian Excel writes semicolons (the
comma is the decimal mark there), others write commas; files come as UTF-8 with or
without a BOM, or as Windows-1252 from older PCs. Title rows ("DAFTAR PEGAWAI ...")
often sit above the real header. This module turns all of that into one
:class:`Table` of raw cells plus a guessed column mapping the user can correct.

Cells keep their spreadsheet type (int, float, date, str...) because the importer
needs to know when Excel turned an 18-digit NIP into a float and lost digits.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from rakor_desktop.domain.names import fold
from rakor_desktop.messages import M

Cell = Any  # str | int | float | bool | date | datetime | time | None

MAX_FILE_BYTES = 100 * 1024 * 1024  # a staff list is never this big; refuse before reading
MAX_ROWS = 200_000
MAX_COLUMNS = 200
HEADER_SCAN_ROWS = 15

# The target fields, in the order the mapping step shows them.
FIELDS: tuple[str, ...] = (
    "name", "nip", "jabatan", "pangkat", "organization", "phone", "org_email",
)  # fmt: skip
FIELD_LABELS: dict[str, str] = {
    "name": "Nama",
    "nip": "NIP",
    "jabatan": "Jabatan",
    "pangkat": "Pangkat/Golongan",
    "organization": "Unit Kerja/OPD",
    "phone": "No. HP",
    "org_email": "Surel OPD",
}

# Header spellings seen in real lists, compared after folding (case, punctuation and
# spaces ignored). Exact matches win; otherwise the longest keyword contained wins.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "nama",
        "nama lengkap",
        "nama pegawai",
        "nama peserta",
        "nama lengkap dan gelar",
        "nama dan gelar",
        "nama gelar",
        "nama asn",
        "name",
        "full name",
        "nama pejabat",
    ),
    "nip": (
        "nip",
        "nip baru",
        "no nip",
        "nomor nip",
        "nomor induk pegawai",
        "ni pppk",
        "nipppk",
        "nip ni pppk",
        "nip nipppk",
        "nip pppk",
        "nip nik",
        "employee id",
    ),
    "jabatan": (
        "jabatan",
        "nama jabatan",
        "jabatan struktural",
        "jabatan fungsional",
        "position",
        "job title",
        "eselon jabatan",
    ),
    "pangkat": (
        "pangkat",
        "golongan",
        "pangkat golongan",
        "pangkat gol",
        "pangkat gol ruang",
        "pangkat golongan ruang",
        "gol",
        "gol ruang",
        "golongan ruang",
        "rank",
    ),
    "organization": (
        "unit kerja",
        "opd",
        "instansi",
        "perangkat daerah",
        "skpd",
        "satuan kerja",
        "satker",
        "unit",
        "organisasi",
        "asal instansi",
        "nama opd",
        "unit organisasi",
        "asal opd",
        "nama instansi",
        "opd unit kerja",
        "instansi unit kerja",
        "unit kerja opd",
        "dinas",
        "kecamatan instansi",
        "asal",
    ),
    "phone": (
        "no hp",
        "nomor hp",
        "hp",
        "no handphone",
        "handphone",
        "telepon",
        "no telp",
        "telp",
        "no telepon",
        "nomor telepon",
        "whatsapp",
        "wa",
        "no wa",
        "nomor wa",
        "phone",
        "mobile",
        "no hp wa",
        "kontak",
    ),
    # The office address of the OPD (issue 21). A bare "Email" column is a person's own
    # address in most staff lists, so it is deliberately not taken for the OPD's.
    "org_email": ("surel opd", "email opd", "e mail opd", "email instansi", "email kantor",
                  "email unit kerja", "email dinas", "surel instansi", "surel kantor"),
}  # fmt: skip
# Keywords for the "contains" fallback (``NAMA LENGKAP (DENGAN GELAR)``).
_KEYWORDS: dict[str, tuple[str, ...]] = {
    "name": ("nama",),
    "nip": ("nip", "pppk"),
    "jabatan": ("jabatan",),
    "pangkat": ("pangkat", "golongan"),
    "organization": ("unit kerja", "opd", "instansi", "perangkat daerah", "skpd", "satuan kerja"),
    "phone": ("hp", "telp", "telepon", "handphone", "whatsapp"),
    "org_email": ("email opd", "surel opd", "email instansi", "email kantor"),
}


def header_key(text: Cell) -> str:
    """Fold a header for comparison: ``No. HP`` and ``NO  HP`` give the same key."""
    return fold(cell_text(text)).replace(" ", "")


class TableReadError(ValueError):
    """The file cannot be read as a table; the message is shown to the user."""


@dataclass
class Table:
    """Raw rows of the first sheet, with the header row already located.

    ``rows[i]`` came from spreadsheet row ``row_numbers[i]`` (1-based, as Excel shows
    it), so verdicts can point the user at the right line of their own file.
    """

    headers: list[str]
    rows: list[list[Cell]]
    row_numbers: list[int]
    source: str = ""
    header_row: int = 1
    encoding: str | None = None
    delimiter: str | None = None
    skipped_empty: int = 0
    sheet: str | None = None
    guessed: dict[str, int | None] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)


def cell_text(value: Cell) -> str:
    """A cell as the text a person would read in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):  # NaN/inf
            return ""
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


_EXACT = {header_key(s): f for f, syns in _SYNONYMS.items() for s in syns}


def _unique_headers(raw: list[Cell]) -> list[str]:
    """Non-empty, unique header labels: a second ``Nama`` becomes ``Nama (2)``."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, value in enumerate(raw):
        label = " ".join(cell_text(value).split())[:100] or f"Kolom {_column_letter(i)}"
        n = seen.get(label.casefold(), 0) + 1
        seen[label.casefold()] = n
        out.append(label if n == 1 else f"{label} ({n})")
    return out


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def guess_field(header: Cell) -> str | None:
    """Which field a header names, or None."""
    key = header_key(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    best: tuple[int, str] | None = None
    for fld, words in _KEYWORDS.items():
        for word in words:
            w = word.replace(" ", "")
            if w in key and (best is None or len(w) > best[0]):
                best = (len(w), fld)
    return best[1] if best else None


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """Column index per field (first matching column wins; exact names beat keywords)."""
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    exact = [(_EXACT.get(header_key(h)), i) for i, h in enumerate(headers)]
    for fld, i in exact:
        if fld is not None and mapping[fld] is None:
            mapping[fld] = i
    used = {i for i in mapping.values() if i is not None}
    for i, h in enumerate(headers):
        if i in used:
            continue
        fld = guess_field(h)
        if fld is not None and mapping[fld] is None:
            mapping[fld] = i
            used.add(i)
    return mapping


def _score_header(row: list[Cell]) -> int:
    return len({f for f in (guess_field(c) for c in row if isinstance(c, str)) if f})


def _is_empty(row: list[Cell]) -> bool:
    for c in row:
        if c is None:
            continue
        if isinstance(c, str):
            if c.strip():
                return False
            continue
        if cell_text(c).strip():
            return False
    return True


def _used_width(row: list[Cell]) -> int:
    for i in range(len(row) - 1, -1, -1):
        c = row[i]
        if c is not None and (not isinstance(c, str) or c.strip()) and cell_text(c).strip():
            return i + 1
    return 0


def _build(raw_rows: list[tuple[int, list[Cell]]], source: str, **extra: Any) -> Table:
    """Locate the header among the first rows and cut the table below it."""
    nonempty = [(n, r) for n, r in raw_rows if not _is_empty(r)]
    if not nonempty:
        raise TableReadError(M("Berkas {source} kosong: tidak ada baris data.", source=source))
    best_idx, best_score = 0, 0
    for idx, (_n, row) in enumerate(nonempty[:HEADER_SCAN_ROWS]):
        score = _score_header(row)
        if score > best_score:
            best_idx, best_score = idx, score
    header_no, header = nonempty[best_idx]
    # Trailing columns that are empty everywhere (a formatted but unused column, or a
    # sheet dimension wider than the data) are dropped: they would only add "Kolom X".
    width = min(MAX_COLUMNS, max(_used_width(r) for _n, r in nonempty))
    header = (list(header) + [None] * width)[:width]
    headers = _unique_headers(header)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    skipped = 0
    for n, row in raw_rows:
        if n <= header_no:
            continue
        if _is_empty(row):
            skipped += 1
            continue
        rows.append((list(row) + [None] * width)[:width])
        numbers.append(n)
    table = Table(
        headers=headers,
        rows=rows,
        row_numbers=numbers,
        source=source,
        header_row=header_no,
        skipped_empty=skipped,
        **extra,
    )
    table.guessed = guess_mapping(headers)
    return table


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableReadError(
            M(
                "Berkas {name} tidak dapat dibuka: {strerror}.",
                name=path.name,
                strerror=exc.strerror,
            )
        ) from exc
    if size > MAX_FILE_BYTES:
        raise TableReadError(
            M(
                "Berkas {name} terlalu besar ({value} MB) untuk daftar pegawai.",
                name=path.name,
                value=size // (1024 * 1024),
            )
        )


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 (with or without BOM), else Windows-1252, else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_QUOTED = re.compile(r'"(?:[^"]|"")*"', re.DOTALL)


def sniff_delimiter(text: str) -> str:
    """Semicolon, comma or tab: the one that splits the first lines most consistently."""
    sample_lines = [ln for ln in _QUOTED.sub("", text[:64_000]).splitlines() if ln.strip()][:30]
    if not sample_lines:
        return ","
    best, best_score = ",", -1.0
    for delim in (";", ",", "\t", "|"):
        counts = [ln.count(delim) for ln in sample_lines]
        if not any(counts):
            continue
        common = max(set(counts), key=counts.count)
        consistency = counts.count(common) / len(counts)
        score = consistency * 10 + min(common, 20) / 20 + (0.01 if delim == ";" else 0)
        if common > 0 and score > best_score:
            best, best_score = delim, score
    return best


def read_csv_bytes(data: bytes, source: str = "berkas.csv") -> Table:
    text, encoding = decode_text(data)
    text = text.replace("\x00", "")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    raw: list[tuple[int, list[Cell]]] = []
    try:
        for n, row in enumerate(reader, start=1):
            if n > MAX_ROWS:
                raise TableReadError(
                    M(
                        "Berkas {source} berisi lebih dari {MAX_ROWS} baris.",
                        source=source,
                        MAX_ROWS=MAX_ROWS,
                    )
                )
            raw.append((n, row[:MAX_COLUMNS]))
    except csv.Error as exc:
        raise TableReadError(
            M("Berkas {source} bukan CSV yang dapat dibaca: {exc}.", source=source, exc=exc)
        ) from exc
    return _build(raw, source, encoding=encoding, delimiter=delimiter)


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MAX_SHEET_XML_BYTES = 512 * 1024 * 1024  # uncompressed; a bigger sheet is a zip bomb here


def _column_index(ref: str) -> int:
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + (ord(ch) - 64)
        else:
            break
    return n - 1


def _si_text(el: Any) -> str:
    """Text of a shared/inline string: plain ``<t>`` or rich-text runs, no phonetic hints."""
    parts = []
    for child in el:
        if child.tag == _NS + "t":
            parts.append(child.text or "")
        elif child.tag == _NS + "r":
            t = child.find(_NS + "t")
            if t is not None:
                parts.append(t.text or "")
    return "".join(parts)


def _read_xlsx_fast(path: Path) -> tuple[str, list[tuple[int, list[Cell]]]]:
    """First sheet's cell values straight from the XML (about 10x faster than openpyxl).

    openpyxl builds an object per cell; for a 10,000-row list that is most of the
    import time. This reads the same values (shared and inline strings, numbers,
    booleans, dates by their number format, cached formula results) with the C XML
    parser. Anything unusual raises, and :func:`read_xlsx` falls back to openpyxl.
    """
    import posixpath
    import xml.etree.ElementTree as ET
    import zipfile

    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        wb = ET.fromstring(zf.read("xl/workbook.xml"))
        pr = wb.find(_NS + "workbookPr")
        epoch = (
            CALENDAR_MAC_1904
            if pr is not None and pr.get("date1904") in ("1", "true")
            else CALENDAR_WINDOWS_1900
        )
        sheet = wb.find(f"{_NS}sheets/{_NS}sheet")
        if sheet is None:
            raise TableReadError(M("Berkas {name} tidak memiliki lembar kerja.", name=path.name))
        rid = sheet.get(_NS_R + "id")
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        target = next(r.get("Target", "") for r in rels if r.get("Id") == rid)
        member = (
            target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
        )
        info = zf.getinfo(member)
        if info.file_size > MAX_SHEET_XML_BYTES:
            raise TableReadError(
                M("Lembar kerja di {name} terlalu besar untuk daftar pegawai.", name=path.name)
            )

        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            if zf.getinfo("xl/sharedStrings.xml").file_size > MAX_SHEET_XML_BYTES:
                raise TableReadError(
                    M("Berkas {name} terlalu besar untuk daftar pegawai.", name=path.name)
                )
            with zf.open("xl/sharedStrings.xml") as fh:
                for _ev, el in ET.iterparse(fh):
                    if el.tag == _NS + "si":
                        shared.append(_si_text(el))
                        el.clear()

        date_styles: set[int] = set()
        delta_styles: set[int] = set()
        if "xl/styles.xml" in names:
            styles = ET.fromstring(zf.read("xl/styles.xml"))
            custom = {
                int(f.get("numFmtId", "0")): f.get("formatCode") or ""
                for f in styles.iterfind(f"{_NS}numFmts/{_NS}numFmt")
            }
            for i, xf in enumerate(styles.iterfind(f"{_NS}cellXfs/{_NS}xf")):
                fmt_id = int(xf.get("numFmtId", "0"))
                code = custom.get(fmt_id) or BUILTIN_FORMATS.get(fmt_id) or ""
                if code and is_date_format(code):
                    date_styles.add(i)
                    if is_timedelta_format(code):
                        delta_styles.add(i)

        rows: list[tuple[int, list[Cell]]] = []
        row_no = 0
        with zf.open(member) as fh:
            for _ev, el in ET.iterparse(fh):
                if el.tag != _NS + "row":
                    continue
                row_no = int(el.get("r") or row_no + 1)
                if row_no > MAX_ROWS:
                    raise TableReadError(
                        M(
                            "Berkas {name} berisi lebih dari {MAX_ROWS} baris.",
                            name=path.name,
                            MAX_ROWS=MAX_ROWS,
                        )
                    )
                values: list[Cell] = []
                col = -1
                for c in el.iterfind(_NS + "c"):
                    ref = c.get("r")
                    col = _column_index(ref) if ref else col + 1
                    if col >= MAX_COLUMNS:
                        continue
                    t = c.get("t", "n")
                    if t == "inlineStr":
                        inline = c.find(_NS + "is")
                        value: Cell = _si_text(inline) if inline is not None else None
                    else:
                        text = c.findtext(_NS + "v") or None
                        if text is None:
                            value = None
                        elif t == "s":
                            value = shared[int(text)]
                        elif t == "b":
                            value = bool(int(text))
                        elif t in ("str", "e"):
                            value = text
                        elif t == "d":
                            value = datetime.fromisoformat(text)
                        else:
                            value = float(text) if any(ch in text for ch in ".eE") else int(text)
                            style = int(c.get("s", "0"))
                            if style in date_styles:
                                try:
                                    value = from_excel(
                                        value, epoch, timedelta=style in delta_styles
                                    )
                                except (OverflowError, ValueError):
                                    value = "#VALUE!"
                    if col >= len(values):
                        values.extend([None] * (col - len(values) + 1))
                    values[col] = value
                rows.append((row_no, values))
                el.clear()
        return sheet.get("name") or "", rows


def read_xlsx(path: Path, *, engine: str = "fast") -> Table:
    """Read the first sheet; ``engine="openpyxl"`` forces the slow, general reader."""
    if engine == "fast":
        try:
            title, raw = _read_xlsx_fast(path)
        except TableReadError:
            raise
        except Exception:
            pass
        else:
            return _build(raw, path.name, sheet=title)
    return _read_xlsx_openpyxl(path)


def _raw_xlsx_openpyxl(path: Path) -> tuple[str, list[tuple[int, list[Cell]]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise TableReadError(
            M("Berkas {name} bukan berkas Excel (.xlsx) yang dapat dibaca.", name=path.name)
        ) from exc
    except Exception as exc:
        raise TableReadError(
            M("Berkas {name} rusak atau bukan .xlsx: {exc}", name=path.name, exc=exc)
        ) from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise TableReadError(M("Berkas {name} tidak memiliki lembar kerja.", name=path.name))
        raw: list[tuple[int, list[Cell]]] = []
        try:
            for n, row in enumerate(ws.iter_rows(values_only=True), start=1):
                if n > MAX_ROWS:
                    raise TableReadError(
                        M(
                            "Berkas {name} berisi lebih dari {MAX_ROWS} baris.",
                            name=path.name,
                            MAX_ROWS=MAX_ROWS,
                        )
                    )
                raw.append((n, list(row[:MAX_COLUMNS])))
        except TableReadError:
            raise
        except Exception as exc:
            raise TableReadError(
                M("Lembar kerja di {name} rusak: {exc}", name=path.name, exc=exc)
            ) from exc
        return ws.title, raw
    finally:
        wb.close()


def _read_xlsx_openpyxl(path: Path) -> Table:
    title, raw = _raw_xlsx_openpyxl(path)
    return _build(raw, path.name, sheet=title)


def _checked(path: Path) -> None:
    """What every reader refuses before reading: a missing file, a huge one, an old .xls."""
    if not path.is_file():
        raise TableReadError(M("Berkas {path} tidak ditemukan.", path=path))
    _check_size(path)
    if path.suffix.lower() == ".xls":
        raise TableReadError(
            M(
                "Berkas {name} berformat Excel lama (.xls). Simpan ulang sebagai .xlsx atau .csv.",
                name=path.name,
            )
        )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TableReadError(
            M(
                "Berkas {name} tidak dapat dibaca: {strerror}.",
                name=path.name,
                strerror=exc.strerror,
            )
        ) from exc


def read_raw_rows(path: str | Path) -> tuple[str, list[tuple[int, list[Cell]]]]:
    """The first sheet's rows as (row number, cells), for readers with their own header
    logic (the RPJMD matrix has a merged two-row header); same checks as :func:`read_table`."""
    path = Path(path)
    _checked(path)
    data = _read_bytes(path)
    if path.suffix.lower() in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
        try:
            return _read_xlsx_fast(path)
        except TableReadError:
            raise
        except Exception:
            return _raw_xlsx_openpyxl(path)
    text, _encoding = decode_text(data)
    text = text.replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        rows = [(n, row[:MAX_COLUMNS]) for n, row in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise TableReadError(
            M("Berkas {source} bukan CSV yang dapat dibaca: {exc}.", source=path.name, exc=exc)
        ) from exc
    return path.name, rows[:MAX_ROWS]


def read_table(path: str | Path) -> Table:
    """Read the first sheet of an ``.xlsx`` or a ``.csv``/``.txt`` file.

    Raises :class:`TableReadError` with an Indonesian message when the file cannot be
    read (missing, too big, wrong format, empty).
    """
    path = Path(path)
    _checked(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    data = _read_bytes(path)
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(path)
    return read_csv_bytes(data, path.name)
