"""Errors the core raises for bad input; the CLI turns them into one line."""


class InputError(Exception):
    """The input cannot be read as an article (exit status 1)."""

    exit_code = 1


class UsageError(InputError):
    """The command line names something that is not a readable file (exit 2)."""

    exit_code = 2
