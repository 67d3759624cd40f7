"""The `fkg` command line: a thin layer over graph.api."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from graph import api
from graph.errors import FkgError
from graph.query import FORMATS as QUERY_FORMATS

as_of_option = click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
                            help="The graph as it was believed then: curated facts and the articles published by "
                                 "that date (derived edges are not re-derived for a past date).")
store_option = click.option("--store", "store", default=None, metavar="LOCATION",
                            help="Store directory, or a SPARQL endpoint URL such as http://127.0.0.1:7878 "
                                 "(default: $FKG_STORE, fkg.toml, or .fkg/store in the project).")


def one_line(message: object) -> str:
    """An error message on one line, whatever a library put in it."""
    return " ".join(str(message).split())


class FkgGroup(click.Group):
    """Turns FkgError (and anything unexpected) into one line on stderr and a non-zero exit."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except FkgError as exc:
            click.echo(f"fkg: error: {one_line(exc)}", err=True)
            sys.exit(1)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            sys.stderr.close()  # output piped into `head`: not an error
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("fkg: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
            click.echo(f"fkg: internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
                       err=True)
            sys.exit(70)


@click.group(cls=FkgGroup)
@click.version_option(package_name="football-kg")
def main() -> None:
    """football-kg: build a knowledge graph from football news, query it and explore it."""


@main.command()
@click.argument("articles", nargs=-1, type=click.Path())
@store_option
@click.option("--exports", "exports_dir", default=None, type=click.Path(), help="Where to write graph.html and graph.trig.")
@click.option("--no-export", is_flag=True, help="Do not write exports.")
@click.option("-j", "--workers", default=1, show_default=True, help="Extract in this many processes (0: one per core).")
def build(articles, store, exports_dir, no_export, workers) -> None:
    """Extract ARTICLES (files or folders; default data/articles) into the store, reason, export."""
    def progress(path, status, failure):
        if failure:
            click.echo(f"fkg: {one_line(failure)}", err=True)
        else:
            click.echo(f"{status:9} {path}")

    kwargs = {} if exports_dir is None else {"exports_dir": exports_dir}
    if no_export:
        kwargs["exports_dir"] = None
    import os

    workers = workers if workers > 0 else (os.cpu_count() or 1)
    report = api.build(list(articles) or None, store=store, on_article=progress, workers=workers, **kwargs)
    derived = sum(report.inferred.values())
    click.echo(f"{len(report.articles)} articles stored, {len(report.failures)} failed; "
               f"{derived} triples derived; {report.triples} triples in the store")
    for p in report.exports:
        click.echo(f"wrote {p}")
    if report.failures:
        sys.exit(2)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
def extract(paths, fmt) -> None:
    """Print what the extractor reads from PATHS: one JSON object per article."""
    from graph.articles import find_articles, read_article
    from graph.extract import extract as run

    failed = 0
    records = []
    for p in find_articles(list(paths)):
        try:
            records.append(run(read_article(p)).to_json())
        except FkgError as exc:
            click.echo(f"fkg: {one_line(exc)}", err=True)
            failed += 1
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
    else:
        for r in records:
            click.echo(json.dumps(r, ensure_ascii=False))
    if failed:
        sys.exit(2)


@main.command()
@click.argument("dumps", nargs=-1, required=True, type=click.Path())
@store_option
def load(dumps, store) -> None:
    """Add N-Quads (.nq) or TriG (.trig) DUMPS to the store with the bulk loader, then re-derive inferences."""
    total = api.load(list(dumps), store=store)
    click.echo(f"loaded {len(dumps)} file{'s' if len(dumps) != 1 else ''}; {total} triples in the store")


@main.command()
@click.argument("articles", nargs=-1, required=True)
@store_option
def remove(articles, store) -> None:
    """Take ARTICLES (file paths, article IRIs or URLs) and their claims out of the store; re-derive inferences."""
    removed = api.remove(list(articles), store=store)
    for article, graphs in removed.items():
        click.echo(f"removed   {article} ({len(graphs)} graph{'s' if len(graphs) != 1 else ''})")


@main.command()
@click.option("--bind", default="127.0.0.1:7878", show_default=True, help="Host and port to listen on.")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates too (then point fkg at the URL to write).")
@click.option("--timeout", default=60.0, show_default=True, help="Stop each query after this many seconds.")
@store_option
def serve(bind, writable, timeout, store) -> None:
    """Serve the embedded store over the SPARQL 1.1 Protocol (query at /query) with the Oxigraph server,
    for YASGUI, notebooks or colleagues. Stop it with Ctrl-C."""
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # so that the server is stopped with us
    code = api.serve(store=store, bind=bind, writable=writable, timeout=timeout,
                     on_start=lambda url: click.echo(f"serving {url}/query (stop with Ctrl-C)"))
    sys.exit(code)


@main.command()
@click.argument("sparql", required=False, metavar="SPARQL|NAME")
@click.option("-f", "--file", "file", type=click.Path(exists=True, dir_okay=False), help="Read the query from a file.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A saved query's parameter, e.g. --param player='First Last' (repeatable).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and their parameters.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default=None,
              help="Output format (default: table on a terminal, tsv otherwise; Turtle for CONSTRUCT/DESCRIBE).")
@click.option("--timeout", default=60.0, show_default=True, help="Stop the query after this many seconds.")
@click.option("--update", "allow_update", is_flag=True, help="Allow a SPARQL Update (INSERT, DELETE, DROP...).")
@as_of_option
@store_option
def query(sparql, file, params, list_saved, fmt, timeout, allow_update, as_of, store) -> None:
    """Run SPARQL, or a saved query by NAME (prefixes fkg:, fkr:, rdfs:, schema:, prov:, ... are predeclared)."""
    from graph.query import format_results

    if list_saved:
        for q in api.saved_queries():
            args = " ".join(f"--param {p}=<{kind}>" for p, kind in q.params.items())
            click.echo(f"{q.name} {args}".rstrip() + f"\n    {q.description}")
        return
    if file:
        sparql = Path(file).read_text(encoding="utf-8")
    if not sparql:
        raise FkgError("give a SPARQL query or a saved query's name as an argument, or use -f FILE or --list")
    values = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name.strip():
            raise FkgError(f"--param {p!r}: write it as NAME=VALUE")
        values[name.strip()] = value.strip()
    fmt = fmt or ("table" if sys.stdout.isatty() else "tsv")
    result = api.query(sparql, store=store, allow_update=allow_update, params=values, timeout=timeout, as_of=as_of)
    if result is None:
        click.echo("update applied")
        return
    click.echo(format_results(result, fmt))


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("-k", "--paths", "k", default=5, show_default=True, help="How many paths at most.")
@click.option("--max-length", default=4, show_default=True, help="Longest path, in relations.")
@click.option("--relations", default=None, metavar="R1,R2", help="Only these relations, e.g. targets,coaches.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="Only claims published by then.")
@click.option("--min-strength", default=0.0, show_default=True, help="Only rumours at least this strong (0-1).")
@click.option("--via", default=None, metavar="CLASSES",
              help="Also go through hubs: competition, outlet, journalist or all (left out by default).")
@click.option("--lang", type=click.Choice(["en", "de"]), default="en", show_default=True, help="Language of the answer.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--evidence/--no-evidence", default=False, show_default=True, help="Show the supporting sentences.")
@click.option("--html", "html_path", default=None, type=click.Path(dir_okay=False),
              help="Also write the paths as an interactive page, highlighted in their neighbourhood.")
@store_option
def connect(a, b, k, max_length, relations, as_of, min_strength, via, lang, fmt, evidence, html_path, store) -> None:
    """How is A connected to B? The best paths (shortest first, then most meaningful), in plain words."""
    from graph.wording import word

    result = api.connect(a, b, store=store, k=k, max_length=max_length, relations=relations, as_of=as_of,
                         min_strength=min_strength, via=via, lang=lang)
    if html_path:
        api.connect_page(result, html_path, store=store)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    elif not result["paths"]:
        click.echo(word("none", lang, a=result["from"]["label"], b=result["to"]["label"], n=max_length))
    else:
        click.echo(word("paths", lang, a=result["from"]["label"], b=result["to"]["label"], n=len(result["paths"])))
        for i, p in enumerate(result["paths"], 1):
            click.echo(f"\n{i}. {p['text']}")
            if evidence:
                for st in p["steps"]:
                    best = st["evidence"][0]
                    where = " ".join(x for x in (best["date"], best["outlet"] or best["title"]) if x)
                    click.echo(f"   - {st['text']}: \"{best['sentence']}\"" + (f" ({where})" if where else ""))
    if html_path and fmt != "json":
        click.echo(f"wrote {html_path}")
    if not result["paths"]:
        sys.exit(1)


@main.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--show-sparql", is_flag=True, help="Also print the SPARQL that answered the question.")
@click.option("-k", "--paths", "k", default=3, show_default=True, help="Connection questions: how many paths.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@as_of_option
@store_option
def ask(question, show_sparql, k, fmt, as_of, store) -> None:
    """Answer a QUESTION in English or German, e.g. "Who are <player>'s former teammates?" or
    "Wer trainiert <Verein>?" (a question it cannot map lists what it can answer)."""
    answer = api.ask(" ".join(question), store=store, k=k, as_of=as_of)
    if fmt == "json":
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False, indent=1))
        return
    click.echo(answer.text)
    if show_sparql:
        if answer.sparql:
            click.echo("\n# SPARQL (prefixes as in fkg query; run it with fkg query):\n" + answer.sparql.strip())
        else:
            click.echo("\n# Connection questions are answered by a path search over the graph (fkg connect), "
                       "not by one SPARQL query.")


@main.command(name="show")
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--evidence", is_flag=True, help="Show the supporting sentences.")
@click.option("--html", "html_path", default=None, type=click.Path(dir_okay=False),
              help="Also write the entity's ego network as an interactive page.")
@click.option("--depth", default=1, show_default=True, help="Radius of the ego network in --html.")
@as_of_option
@store_option
def show(name, fmt, evidence, html_path, depth, as_of, store) -> None:
    """Everything the graph knows about NAME: class, aliases, Wikidata ID, contract, spells, relations with claims."""
    from graph.show import format_text

    info = api.show(name, store=store, as_of=as_of)
    if html_path:
        page = api.show_page(info["label"], html_path, store=store, depth=depth, as_of=as_of)
        click.echo(f"wrote {page}", err=fmt == "json")
    click.echo(json.dumps(info, ensure_ascii=False, indent=1) if fmt == "json" else format_text(info, evidence))


main.add_command(show, name="neighbours")


@main.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--evidence", is_flag=True, help="Show each claim's sentence.")
@click.option("--chart", "chart_path", default=None, type=click.Path(dir_okay=False),
              help="Also draw the timeline: a .png or .svg picture, or an .html page with the claims.")
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "de"]), help="Language of the sentences.")
@as_of_option
@store_option
def timeline(name, fmt, evidence, chart_path, lang, as_of, store) -> None:
    """The dated sequence of claims about NAME (a person, or any entity): who said what, and when."""
    from graph.timeline import format_text

    result = api.timeline(name, store=store, as_of=as_of)
    if chart_path:
        click.echo(f"wrote {api.timeline_chart(result, chart_path)}", err=fmt == "json")
    click.echo(json.dumps(result, ensure_ascii=False, indent=1) if fmt == "json" else format_text(result, evidence, lang))


@main.command()
@click.argument("name", required=False)
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="Only claims published by then.")
@click.option("-n", "--limit", default=20, show_default=True, help="How many rumours at most.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--html", "html_path", default=None, type=click.Path(dir_okay=False),
              help="Also write NAME's rumours as an interactive page.")
@store_option
def rumours(name, as_of, limit, fmt, html_path, store) -> None:
    """Current transfer rumours (club targets person), strongest first, optionally about NAME (a person or
    club), with the claims for and against each side by side."""
    if html_path:
        if not name:
            raise FkgError("--html needs a NAME (a club or person) to draw")
        click.echo(f"wrote {api.rumours_page(name, html_path, store=store)}", err=fmt == "json")
    found = api.rumours(name, store=store, as_of=as_of)[:limit]
    if fmt == "json":
        click.echo(json.dumps([r.to_json() for r in found], ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo("no rumours" + (f" about {name}" if name else ""))
        return
    for r in found:
        flag = "  CONFLICTING REPORTS" if r.conflict else ""
        latest = f"; latest {r.latest.isoformat()}" if r.latest else ""
        click.echo(f"{r.club_label} -> {r.person_label}: strength {r.strength:.2f} "
                   f"({len(r.claims_for)} for, {len(r.claims_against)} against{latest}){flag}")
        for label, claims in (("for", r.claims_for), ("against", r.claims_against)):
            for c in claims:
                when = c.date.isoformat() if c.date else "undated"
                cites = f", citing {', '.join(sorted(c.sources.values()))}" if c.sources else ""
                click.echo(f"   {label:8}{when}  \"{c.sentence}\" ({c.title or c.article}{cites}; weight {c.weight:.2f})")


@main.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(["trig", "nquads", "turtle", "ntriples", "jsonld", "graphml",
                                                            "gexf", "csv", "html", "png", "svg"]))
@click.option("-o", "--output", default=None, type=click.Path(),
              help="Output file (default exports/graph.<ext>; for csv a folder, default exports/csv).")
@click.option("--around", default=None, metavar="NAME", help="Pictures: only the neighbourhood of this entity.")
@click.option("--depth", default=1, show_default=True, help="Pictures: how many relations around --around.")
@click.option("--max-nodes", default=None, type=int, help="Pictures: keep only the N most connected entities.")
@as_of_option
@store_option
def export(fmt, output, around, depth, max_nodes, as_of, store) -> None:
    """Export the graph: TriG or N-Quads (with provenance graphs), Turtle, N-Triples, JSON-LD (union graph),
    GraphML or GEXF (for Gephi), CSV (nodes.csv and edges.csv), an offline interactive HTML page, or a
    PNG or SVG picture."""
    from graph.config import EXPORTS_DIR
    from graph.export import SUFFIX

    if (around is not None or max_nodes is not None) and fmt not in ("html", "png", "svg"):
        raise FkgError("--around and --max-nodes are for html, png and svg")
    default = EXPORTS_DIR / "csv" if fmt == "csv" else EXPORTS_DIR / f"graph{SUFFIX[fmt]}"
    path = api.export(fmt, output or default, store=store, around=around, depth=depth, max_nodes=max_nodes, as_of=as_of)
    click.echo(f"wrote {path}")


@main.command()
@store_option
def validate(store) -> None:
    """Check the stored graph against the SHACL shapes (ontology/shapes.ttl); exit 1 on violations."""
    violations = api.validate(store=store)
    for v in violations:
        click.echo(v.text())
    if violations:
        click.echo(f"{len(violations)} violation(s)", err=True)
        sys.exit(1)
    click.echo("the graph conforms to the shapes")


@main.command()
@click.argument("subject")
@click.argument("predicate")
@click.argument("obj", metavar="OBJECT")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@store_option
def explain(subject, predicate, obj, fmt, store) -> None:
    """Every claim (article, sentence, sources, stance) and rule behind SUBJECT PREDICATE OBJECT."""
    result = api.explain(subject, predicate, obj, store=store)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    click.echo(f"{result['subject']} {result['predicate']} {result['object']}")
    if not result["claims"] and not result["rules"]:
        click.echo("no claim or rule supports this edge")
        sys.exit(1)
    for c in result["claims"]:
        where = " ".join(x for x in (c["date"], c["title"]) if x) or c["article"]
        src = f"; citing {c['sources']}" if c["sources"] else ""
        click.echo(f"- claim ({c['stance']}, confidence {c['confidence']:.2f}{src}) in {where}:\n  \"{c['sentence']}\"")
    for r in result["rules"]:
        click.echo(f"- derived by rule {r} (ontology/rules/{r}.rq)")


@main.command()
@click.option("--gold", "gold_dir", default=None, type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--details", is_flag=True, help="List per article the missed and spurious entities and relations.")
def evaluate(gold_dir, fmt, details) -> None:
    """Precision, recall and F1 of the extractor against annotated gold (data/gold)."""
    from graph.evaluate import format_details, format_report

    report = api.evaluate(gold_dir)
    if fmt == "json":
        click.echo(json.dumps(report, indent=1))
        return
    click.echo(format_report(report))
    if details:
        click.echo("\n" + format_details(report))


if __name__ == "__main__":
    main()
