"""Plain mode for a feed: its items as numbered lines; ``o N`` reads item N.

Piped (or with --all) it prints every item. On a terminal it prints the
first page of items and takes line commands; an opened item is read in the
ordinary plain session, whose q comes back to the list.
"""

from __future__ import annotations

import argparse
import sys

from reader.errors import InputError
from reader.plain import prompt, render
from reader.plain.run import Session, _write, width_for
from reader.web.feeds import Feed, FeedItem, item_document

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import TextIO

    from reader.web.fetch import FetchOptions

PAGE = 20
HELP = """Commands (type one and press Enter):
o NUMBER: open item NUMBER and read it (q there comes back to this list).
l: list the next items. l NUMBER: list from item NUMBER.
i NUMBER: the item's summary and address.
h: this help. q: quit (or Ctrl-D)."""


def item_line(number: int, total: int, item: FeedItem) -> str:
    """One item in words: number, title, source and date."""
    parts = [f"{number} of {total}: {item.title or '(untitled)'}."]
    if item.source:
        parts.append(f"{item.source}.")
    if item.date:
        parts.append(f"{readable_date(item.date)}.")
    return " ".join(parts)


def readable_date(date: str) -> str:
    """'2026-06-01T10:05:00Z' as '2026-06-01 10:05 UTC' (other text as it is)."""
    if len(date) == 20 and date[10] == "T" and date.endswith("Z"):
        return f"{date[:10]} {date[11:16]} UTC"
    return date


class ItemSession(Session):
    farewell = "Back to the feed."


class FeedSession:
    def __init__(self, feed: Feed, width: int, marks: bool, options: FetchOptions | None, inp: TextIO,
                 out: TextIO) -> None:
        self.feed = feed
        self.width = width
        self.marks = marks
        self.options = options
        self.inp = inp
        self.out = out
        self.next = 0  # first item the next "l" lists

    def say(self, *lines: str) -> None:
        _write(self.out, [w for line in lines for w in render.wrap(line, self.width)])

    def list_from(self, start: int) -> None:
        items = self.feed.items
        if start >= len(items):
            self.say("No more items." if items else "The feed has no items.")
            return
        end = min(start + PAGE, len(items))
        for index in range(start, end):
            self.say(item_line(index + 1, len(items), items[index]))
        self.next = end
        if end < len(items):
            self.say(f"{len(items) - end} more: type l to list them.")

    def loop(self) -> int:
        feed = self.feed
        self.say(f"Feed: {feed.title}. {len(feed.items)} item{'' if len(feed.items) == 1 else 's'}. "
                 "Type o and a number to open one, h for help.")
        self.list_from(0)
        read = prompt.prompter(self.inp, self.out)
        while True:
            line = read("feed> ")
            if line is None:  # end of input (Ctrl-D)
                self.out.write("\n")
                self.say("Goodbye.")
                return 0
            command = line.strip()
            if command in ("q", "quit", "exit"):
                self.say("Goodbye.")
                return 0
            self.dispatch(command)

    def dispatch(self, command: str) -> None:
        verb, _, arg = command.partition(" ")
        if len(verb) > 1 and verb[0] in "oli" and verb[1:].isdigit():
            verb, arg = verb[0], verb[1:]  # "o3" as "o 3"
        if verb == "o":
            item = self.numbered(arg)
            if item is not None:
                self.open(item)
        elif verb == "i":
            item = self.numbered(arg)
            if item is not None:
                self.say(item.summary or "No summary.", f"Address: {item.link or 'none'}")
        elif verb == "l":
            self.list_from(int(arg) - 1 if arg.strip().isdigit() and int(arg) > 0 else self.next)
        elif verb in ("h", "help", "?"):
            self.say(*HELP.splitlines())
        elif not command:
            self.say("Type h for help.")
        else:
            self.say(f"Unknown command {command[:20]!r}. Type h for help.")

    def numbered(self, arg: str) -> FeedItem | None:
        total = len(self.feed.items)
        if arg.strip().isdigit() and 1 <= int(arg) <= total:
            return self.feed.items[int(arg) - 1]
        self.say(f"Give an item number from 1 to {total}, for example o 1." if total else "The feed has no items.")
        return None

    def open(self, item: FeedItem) -> None:
        from reader.analysis import analyze_document

        try:
            if item.link:
                self.say(f"Fetching {item.link}")
            document = item_document(item, self.options)
            article = analyze_document(document)
        except InputError as exc:
            self.say(f"Could not open it: {exc}")
            return
        for warning in article.warnings:
            self.say(f"Warning: {warning}")
        ItemSession(article, self.width, self.marks, self.inp, self.out).loop()
        self.say(f"Feed: {self.feed.title}. Type l to list items, o and a number to open one.")


def run_feed_plain(feed: Feed, args: argparse.Namespace | None, options: FetchOptions | None, *,
                   stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    inp = stdin or sys.stdin
    width = width_for(args, out)
    session = FeedSession(feed, width, bool(args and args.marks), options, inp, out)
    if (args and args.all) or not (out.isatty() and inp.isatty()):
        session.say(f"Feed: {feed.title}. {len(feed.items)} item{'' if len(feed.items) == 1 else 's'}.")
        for number, item in enumerate(feed.items, 1):
            session.say(item_line(number, len(feed.items), item))
            if item.summary:
                session.say(f"Summary: {item.summary}")
            if item.link:
                session.say(f"Address: {item.link}")
        return 0
    return session.loop()
