"""The Toestemming tab: the client's consent records and the PDF exports they allow."""
