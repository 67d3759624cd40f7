"""The one exception type users see: a clear, one-line message about bad input or state."""


class FkgError(Exception):
    """An error caused by input or environment, reported to the user as one line (no traceback)."""
