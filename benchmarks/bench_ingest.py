"""Speed and memory of the readers: plain text, Markdown, HTML, JSONL, XML dumps.

Run: ``.venv/bin/python benchmarks/bench_ingest.py [--scale N]``. Inputs are generated
here (sentences written for this script) into a temporary folder, plus the Mali War
article under ../shared when present. Prints MB/s and documents/s of CPU time (one
core; each format warmed up once first) through ``read_documents`` (detection, decoding, parsing, sentence splitting), and
the peak traced memory while streaming a large XML dump and a large JSONL file.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from pathlib import Path

from warscribe.ingest import read_documents

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SENTENCES = [
    "On 3 May 2014, gunmen on motorbikes raided a market near Ansongo, killing four traders.",
    "Two days later, soldiers arrived in the town and set up checkpoints on the main road.",
    "Residents said the attackers came from the east and left before dawn.",
    "In early June, talks between the government and armed groups resumed in Algiers.",
    "Aid groups counted 40,000 displaced people across the region by the end of the year.",
]


def _prose(paragraphs: int) -> list[str]:
    return [" ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(4)) for i in range(paragraphs)]


def _write_inputs(folder: Path, scale: int) -> dict[str, list[Path]]:
    paras = _prose(40)
    inputs: dict[str, list[Path]] = {"text": [], "markdown": [], "html": []}
    for n in range(20 * scale):
        text = folder / f"t{n}.txt"
        text.write_text("\n\n".join(f"Part {i}\n\n{p}" if i % 8 == 0 else p for i, p in enumerate(paras)))
        inputs["text"].append(text)
        md = folder / f"m{n}.md"
        md.write_text("\n\n".join(f"## Part {i}\n\n**{p[:30]}**{p[30:]} [source](https://e.org/{i})"
                                  for i, p in enumerate(paras)))
        inputs["markdown"].append(md)
        page = folder / f"h{n}.html"
        body = "".join(f"<h2>Part {i}</h2><p>{p}</p>" for i, p in enumerate(paras))
        page.write_text(f"<html><head><title>Report {n}</title></head><body><nav>Home</nav>"
                        f"<article><h1>Report {n}</h1>{body}</article><footer>(c)</footer></body></html>")
        inputs["html"].append(page)
    lines = folder / "notes.jsonl"
    with lines.open("w") as fh:
        for n in range(2000 * scale):
            fh.write(json.dumps({"id": f"n{n}", "text": " ".join(SENTENCES[n % 5:n % 5 + 2]),
                                 "date": "2019-01-02"}) + "\n")
    inputs["jsonl"] = [lines]
    dump = folder / "dump.xml"
    with dump.open("w") as fh:
        fh.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">\n'
                 "<siteinfo><base>https://en.wikipedia.org/wiki/Main_Page</base></siteinfo>\n")
        article = "\n\n".join(f"== Part {i} ==\n{p}" for i, p in enumerate(paras[:10]))
        for n in range(300 * scale):
            fh.write(f"<page><title>Page {n}</title><ns>0</ns><id>{n}</id><revision><id>{n}</id>"
                     f"<timestamp>2020-01-01T00:00:00Z</timestamp><text>{article}</text>"
                     "</revision></page>\n")
        fh.write("</mediawiki>\n")
    inputs["xmldump"] = [dump]
    corpus = SHARED / "corpus" / "mali-war.txt"
    if corpus.exists():
        inputs["flatwiki (Mali War)"] = [corpus] * 5
    return inputs


def _run(paths: list[Path], *, trace: bool = False) -> tuple[int, int, float, int]:
    size = sum(p.stat().st_size for p in paths)
    if trace:
        tracemalloc.start()
    start = time.process_time()
    docs = sum(1 for _ in read_documents(paths))
    elapsed = time.process_time() - start
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.stop()
    return docs, size, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="multiply the generated input sizes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _write_inputs(Path(tmp), args.scale)
        print(f"{'format':22} {'docs':>6} {'MB':>7} {'cpu s':>8} {'MB/s':>7} {'docs/s':>8}")
        for fmt, paths in inputs.items():
            _run(paths[:1])  # imports and caches
            docs, size, elapsed, _ = _run(paths)
            print(f"{fmt:22} {docs:6d} {size / 1e6:7.2f} {elapsed:8.2f} {size / 1e6 / elapsed:7.2f} "
                  f"{docs / elapsed:8.1f}")
        for fmt in ("xmldump", "jsonl"):
            docs, size, elapsed, peak = _run(inputs[fmt], trace=True)
            print(f"peak traced memory streaming {fmt}: {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB "
                  f"file of {docs} documents")


if __name__ == "__main__":
    main()
