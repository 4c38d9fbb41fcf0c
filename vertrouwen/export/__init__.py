"""Everything that leaves the vault: consent filtering and the PDF and JSON writers.

- `consent`: the `Disclosure` of a case on a day, holding only what the client's active
  consents cover (the one gate every export passes);
- `pdfkit`: shared PDF plumbing (embedded fonts, A4 pages numbered "pagina X van Y", Dutch
  dates, scrubbed metadata, AES-256 passwords, atomic owner-only writes);
- `complaint_pdf`, `anonymous_pdf`: the formal complaint letter and the anonymous summary.
"""
