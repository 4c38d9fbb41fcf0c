"""The Route tab: where the case stands on its complaint route, the advice with its
statutory terms, and the agreed actions."""
