"""The dated sequence of claims about one entity, and the spells the articles date, as text or a chart.

Each event is one claim in which the entity is subject or object, placed at its article's publication
date: what was said (in words), by whom (the outlet or the sources it cites), with which stance. A chart
puts one row per counterpart (club, person) on a time axis: spells as bars, claims as dots (hollow when
denied), so that a rumour's rise and fall reads at a glance.
"""

from __future__ import annotations

import html
from pathlib import Path

import pyoxigraph as ox

from graph.errors import FkgError
from graph.projection import projection
from graph.store import Store
from graph.wording import period_text, sentence, word

COLOURS = {"playsFor": "#1f77b4", "formerlyPlayedFor": "#7f9fbf", "coaches": "#2ca02c", "coachedAt": "#98c898",
           "targets": "#ff7f0e", "formerTeammateOf": "#9467bd", "presidentOf": "#8c564b", "contractUntil": "#d62728"}


def timeline(store: Store, iri: str) -> dict:
    """Claims about ``iri`` (as subject or object), oldest first; undated claims last."""
    proj = projection(store)
    rows = store.select("""
        SELECT ?e ?c ?s ?p ?o ?stance ?conf ?ev ?art ?date ?title ?outlet ?start ?end
               (GROUP_CONCAT(DISTINCT ?srcl; separator=", ") AS ?sources) WHERE {
          { ?c rdf:subject ?e } UNION { ?c rdf:object ?e }
          ?c a fkg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; fkg:stance ?stance ;
             fkg:confidence ?conf ; fkg:evidence ?ev ; prov:wasDerivedFrom ?art .
          FILTER(?p != fkg:cites)
          OPTIONAL { ?art schema:datePublished ?date } OPTIONAL { ?art dct:title ?title }
          OPTIONAL { ?art schema:publisher/rdfs:label ?outlet }
          OPTIONAL { ?c fkg:period ?st OPTIONAL { ?st fkg:startDate ?start } OPTIONAL { ?st fkg:endDate ?end } }
          OPTIONAL { ?c fkg:source/rdfs:label ?srcl }
        } GROUP BY ?e ?c ?s ?p ?o ?stance ?conf ?ev ?art ?date ?title ?outlet ?start ?end""",
                        substitutions={ox.Variable("e"): ox.NamedNode(iri)})
    events = []
    for r in rows:
        pred = r["p"].value.rsplit("#", 1)[-1]
        subject, obj = r["s"].value, r["o"]
        if isinstance(obj, ox.NamedNode):
            other = obj.value if subject == iri else subject
            other_label = proj.label(other)
        else:  # a contract end: its row is the contract
            other, other_label = obj.value, "contract"
        events.append({
            "date": _v(r["date"]), "predicate": pred, "subject": subject, "subject_label": proj.label(subject),
            "object": obj.value, "object_label": proj.label(obj.value) if isinstance(obj, ox.NamedNode) else obj.value,
            "other": other, "other_label": other_label,
            "stance": r["stance"].value.rsplit("#", 1)[-1].lower(), "confidence": float(r["conf"].value),
            "sentence": r["ev"].value, "article": r["art"].value, "title": _v(r["title"]), "outlet": _v(r["outlet"]),
            "sources": _v(r["sources"]) or "", "start": _v(r["start"]), "end": _v(r["end"]),
        })
    events.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["predicate"], e["other_label"], e["sentence"]))
    return {"id": iri, "label": proj.label(iri), "type": proj.types.get(iri), "events": events}


def _v(term) -> str | None:
    return term.value if term is not None else None


def event_text(e: dict, lang: str = "en") -> str:
    """One event in words: '<club> has targeted <player>' (denied ones marked)."""
    text = sentence(e["predicate"], e["subject_label"], e["object_label"], lang)
    if e["start"] or e["end"]:
        text += f" ({period_text(e['start'], e['end'], lang)})"
    return (f"{word('denied', lang)}: " if e["stance"] == "negative" else "") + text


def format_text(result: dict, evidence: bool = False, lang: str = "en") -> str:
    """The timeline for a terminal: one line per claim, date first."""
    lines = [word("timeline", lang, name=result["label"], type=result["type"] or "entity", n=len(result["events"]))]
    for e in result["events"]:
        where = ", ".join(x for x in (e["outlet"] or (f"\u201c{e['title']}\u201d" if e["title"] else None),
                                      f"citing {e['sources']}" if e["sources"] else None) if x)
        date = e["date"][:10] if e["date"] else "undated   "
        lines.append(f"{date}  {event_text(e, lang)}" + (f"  [{where}]" if where else ""))
        if evidence:
            lines.append(f"            \"{e['sentence']}\"")
    if not result["events"]:
        lines.append("  no claims about it yet")
    return "\n".join(lines)


# ------------------------------------------------------------------ chart
def write_chart(result: dict, path: Path) -> Path:
    """Draw the timeline: .png or .svg with matplotlib (no browser), .html as a self-contained page."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg", ".html"):
        raise FkgError(f"{path}: a timeline chart is .png, .svg or .html")
    dated = [e for e in result["events"] if e["date"]]
    if not dated:
        raise FkgError(f"no dated claims about {result['label']} to draw")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".html":
        svg = _figure_bytes(result, dated, "svg").decode("utf-8")
        path.write_text(_page(result, svg), encoding="utf-8")
    else:
        path.write_bytes(_figure_bytes(result, dated, suffix[1:]))
    return path


def _figure_bytes(result: dict, dated: list[dict], fmt: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with plt.rc_context({"svg.hashsalt": "fkg"}):  # fixed ids in SVG: the same timeline gives the same file
        return _draw(plt, result, dated, fmt)


def _draw(plt, result: dict, dated: list[dict], fmt: str) -> bytes:
    import datetime as dt
    import io

    rows = sorted({e["other_label"] for e in dated})
    y = {label: i for i, label in enumerate(rows)}
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.45 * len(rows)), dpi=100)
    for e in dated:
        when = dt.date.fromisoformat(e["date"][:10])
        start = _year_date(e["start"])
        end = _year_date(e["end"]) or (when if start else None)
        if start and end and end >= start:  # the spell the claim dates, as a bar behind the dots
            ax.plot([start, end], [y[e["other_label"]]] * 2, color=COLOURS.get(e["predicate"], "#777"), lw=6,
                    alpha=0.25, solid_capstyle="butt")
        colour = COLOURS.get(e["predicate"], "#777")
        ax.scatter([when], [y[e["other_label"]]], s=60, zorder=3, edgecolors=colour,
                   facecolors="white" if e["stance"] == "negative" else colour, linewidths=1.5)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_title(f"Claims about {result['label']}", loc="left")
    handles = [plt.Line2D([], [], marker="o", ls="", color=COLOURS[p], label=p)
               for p in COLOURS if any(e["predicate"] == p for e in dated)]
    handles.append(plt.Line2D([], [], marker="o", ls="", markerfacecolor="white", color="#555", label="denied"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=8)
    ax.grid(axis="x", alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    buf = io.BytesIO()
    meta = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}  # no timestamps
    fig.savefig(buf, format=fmt, metadata=meta)
    plt.close(fig)
    return buf.getvalue()


def _year_date(value: str | None):
    import datetime as dt

    if not value:
        return None
    try:
        return dt.date(int(value[:4]), int(value[5:7] or 7) if len(value) >= 7 else 7, 1)
    except ValueError:
        return None


def _page(result: dict, svg: str) -> str:
    """A small self-contained page: the chart and a table of the claims (article text escaped)."""
    esc = html.escape
    rows = "\n".join(
        f"<tr><td>{esc(e['date'][:10] if e['date'] else 'undated')}</td><td>{esc(event_text(e))}</td>"
        f"<td>{esc(e['outlet'] or e['title'] or '')}{esc(' citing ' + e['sources']) if e['sources'] else ''}</td>"
        f"<td>{esc(e['sentence'])}</td></tr>" for e in result["events"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Timeline of {esc(result['label'])}</title>
<style>body{{font-family:sans-serif;margin:1.5em;color:#222}} table{{border-collapse:collapse;font-size:14px}}
td,th{{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}} svg{{max-width:100%;height:auto}}</style>
</head><body>
<h1>Timeline of {esc(result['label'])}</h1>
{svg[svg.find('<svg'):]}
<table><thead><tr><th>date</th><th>claim</th><th>source</th><th>sentence</th></tr></thead><tbody>
{rows}
</tbody></table>
</body></html>
"""


__all__ = ["event_text", "format_text", "timeline", "write_chart"]
