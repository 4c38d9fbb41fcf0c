"""Documenten: the letters, decisions, verdicts, e-mails and photos of a case, kept encrypted in
the vault.

Add them by dragging files onto the tab, with "Document toevoegen…" or by pasting (Ctrl+V: files,
a picture, or text). Reading, checking and storing run on the worker, so a 20 MB PDF never
holds up the window; afterwards the app offers to delete the original from the disk. A chosen
document is shown from memory (`DocumentPreview`); "Openen in ander programma…" first warns that
the file is then written to disk unencrypted, and writes it where the user chooses. The privacy
guard's findings in a document are shown, never blocking: an organisation's letter names people.
Editing a document's title, kind, date or sender saves at once and is undoable with the case's
other edits (Ctrl+Z); removing one is final (after a question).
"""

from ui.features.cases.case.documents.tab import DocumentsTab

__all__ = ["DocumentsTab"]
