"""Real documents for tests, made in memory: PDFs, photos with metadata, DOCX, ODT, e-mails,
and the bad ones (encrypted, damaged, a zip bomb)."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def pdf_bytes(text: str, pages: int = 1, *, compress: bool = False) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=int(compress))
    for n in range(pages):
        canvas.drawString(72, 720, f"{text} pagina {n + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf(password: str = "geheim") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes("versleuteld"))))
    writer.encrypt(user_password=password, owner_password="eigenaar", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def jpeg_with_exif(marker: str, orientation: int = 6, size: tuple[int, int] = (64, 32)) -> bytes:
    from PIL import Image

    img = Image.new("RGB", size, (200, 30, 30))
    for x in range(size[0] // 2):
        img.putpixel((x, 1), (10, 200, 10))
    exif = Image.Exif()
    exif[0x010E] = f"{marker} beschrijving"  # ImageDescription
    exif[0x013B] = f"{marker} fotograaf"  # Artist
    exif[0x0112] = orientation
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes(), comment=f"{marker} commentaar".encode())
    return out.getvalue()


def png_bytes(marker: str | None = None) -> bytes:
    from PIL import Image, PngImagePlugin

    img = Image.new("RGB", (40, 20), (10, 10, 200))
    info = PngImagePlugin.PngInfo()
    if marker:
        info.add_text("Description", f"{marker} tekst")
        info.add_itxt("Author", f"{marker} auteur")
    out = io.BytesIO()
    img.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def docx_bytes(paragraphs: list[str], *, padding: int = 0, doctype: bool = False) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    dtd = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>' if doctype else ""
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>{dtd}<w:document xmlns:w="{W_NS}"><w:body>{body}'
        + " " * padding
        + "</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return out.getvalue()


def zip_bomb_docx() -> bytes:
    """A DOCX whose text part inflates from ~100 KB to 100 MB of spaces."""
    return docx_bytes(["bom"], padding=100_000_000)


def odt_bytes(paragraphs: list[str]) -> bytes:
    ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' + (
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text"
        )  # stored first
        z.writestr("content.xml", xml, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def eml_bytes(
    subject: str, body: str, attachments: tuple[tuple[str, bytes], ...] | list[Any] = ()
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Teamleider <teamleider@example.org>"
    msg["To"] = "ouder@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Mar 2026 10:15:00 +0100"
    msg.set_content(body)
    for name, data in attachments:
        maintype, subtype = (
            ("application", "pdf") if name.endswith(".pdf") else ("application", "octet-stream")
        )
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()
