"""``python -m reader.analysis.child``: analyse one pickled Document from
standard input and write the pickled result to standard output (used by
the app for large articles; see reader.app.background)."""

from __future__ import annotations

import pickle
import sys


def main() -> int:
    from reader.analysis import analyze_document

    document = pickle.loads(sys.stdin.buffer.read())

    def progress(stage: str, done: float) -> None:
        sys.stderr.write(f"{done:.2f} {stage}\n")
        sys.stderr.flush()

    result: tuple[str, object]
    try:
        result = ("ok", analyze_document(document, progress=progress))
    except Exception as exc:  # noqa: BLE001 - reported to the app as one line
        result = ("error", f"{type(exc).__name__}: {exc}")
    sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
