"""Parses a feed file with feedparser (Debian's python3-feedparser) and prints what a feed reader sees, as JSON."""
import json
import sys

import feedparser

# A file has no Content-Type of its own: the server's is passed along, as a feed reader would have it.
parsed = feedparser.parse(sys.argv[1], response_headers={"content-type": sys.argv[2]})
print(
    json.dumps(
        {
            "bozo": bool(parsed.bozo),
            "error": str(parsed.get("bozo_exception", "")),
            "version": parsed.version,
            "language": parsed.feed.get("language"),
            "title": parsed.feed.get("title"),
            "entries": [
                {
                    "id": e.get("id"),
                    "title": e.get("title"),
                    "link": e.get("link"),
                    "updated": e.get("updated") or e.get("published"),
                    "content": (e.get("content") or [{}])[0].get("value") or e.get("summary"),
                }
                for e in parsed.entries
            ],
        }
    )
)
