"""PDF/A-2b copies for the archive (SRIKANDI keeps documents for decades).

The rendered documents already embed every font (Liberation Sans subsets), carry no
encryption and no JavaScript, and are byte-stable (fixed /ID and dates). PDF/A-2b adds
what a long-term reader needs to reproduce them without guessing: XMP metadata that
names the conformance (``pdfaid:part`` 2, ``conformance`` B) and repeats the document
information, and an sRGB output intent with its ICC profile (``resources/color/
sRGB.icc``, made once with Little CMS, its creation date fixed so copies are
reproducible). The conversion is deterministic: the same document always gives the
same archive bytes, so ``verify`` can recognise a signed archive copy of a revision.

No validator installs here; for full conformance an office can run veraPDF
(https://verapdf.org, free, Java) on the archive folder.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from rakor_desktop.config import resource_path

PDFA_MARK = b"<pdfaid:part>2</pdfaid:part>"


def _xmp_date(pdf_date: str) -> str:
    """``D:20000101000000+00'00'`` -> ``2000-01-01T00:00:00+00:00``."""
    d = pdf_date[2:] if pdf_date.startswith("D:") else pdf_date
    d = (d + "00000000000000")[:14] + d[14:]
    tz = d[14:].replace("'", "")
    zone = "Z" if tz in ("", "Z") else f"{tz[:3]}:{tz[3:5] or '00'}"
    return f"{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}{zone}"


def _xmp(info: dict[str, str]) -> bytes:
    def field(key: str) -> str:
        return escape(str(info.get(key, "") or ""))

    created = _xmp_date(str(info.get("/CreationDate", "D:20000101000000Z")))
    modified = _xmp_date(str(info.get("/ModDate", info.get("/CreationDate", "D:20000101000000Z"))))
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{field("/Title")}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{field("/Author")}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{field("/Subject")}</rdf:li></rdf:Alt></dc:description>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{modified}</xmp:ModifyDate>
   <xmp:MetadataDate>{modified}</xmp:MetadataDate>
   <xmp:CreatorTool>{field("/Creator")}</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{field("/Producer")}</pdf:Producer>
   <pdf:Keywords>{field("/Keywords")}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return body.encode("utf-8")


def to_pdfa(pdf: bytes) -> bytes:
    """The same document as PDF/A-2b; deterministic for a given input."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    info = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    metadata = DecodedStreamObject()
    metadata.set_data(_xmp(info))
    metadata.update(
        {NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")}
    )
    icc = DecodedStreamObject()
    icc.set_data(resource_path("color", "sRGB.icc").read_bytes())
    icc.update({NameObject("/N"): NumberObject(3)})
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/DestOutputProfile"): writer._add_object(icc),
        }
    )
    root = writer._root_object
    root[NameObject("/Metadata")] = writer._add_object(metadata)
    root[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    trailer_id = reader.trailer.get("/ID")
    if trailer_id is not None:  # keep the document's identity: same input, same bytes
        writer._ID = trailer_id
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
