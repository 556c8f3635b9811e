"""Generate `docs/warehouse.md` from the warehouse catalog: `python -m sitrep.docs`.

The reference is read from DuckDB itself (`duckdb_tables()`, `duckdb_views()`,
`duckdb_columns()` and their `COMMENT ON` comments) in a fresh in-memory warehouse built from
`sql/migrations/` and `sql/views/`, so it needs no data and is the same on every machine.
References between tables are written in column comments as "→ table.column"; the entity
diagram is drawn from them.
"""

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from sitrep import warehouse

REFERENCE = re.compile(r"→ (\w+)\.(\w+)")
CATALOG_FUNCTION = re.compile(r"\b(duckdb_\w+)\(\)")
CREATES = re.compile(
    r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.I
)


@dataclass
class Column:
    name: str
    data_type: str
    nullable: bool
    comment: str | None
    primary_key: bool = False


@dataclass
class Relation:
    name: str
    kind: str  # "table" or "view"
    comment: str | None
    sql: str
    columns: list[Column] = field(default_factory=list)


def build_catalog() -> duckdb.DuckDBPyConnection:
    """A fresh in-memory warehouse with every migration and view applied, and no data."""
    con = duckdb.connect(":memory:")
    warehouse.migrate(con)
    warehouse.create_views(con)
    return con


def read_catalog(con: duckdb.DuckDBPyConnection) -> list[Relation]:
    """Tables (schema_migrations last) then views, in creation order, with their columns."""
    objects = con.execute(
        """
        SELECT table_name, 'table', comment, sql, table_name = 'schema_migrations', table_oid
        FROM duckdb_tables()
        WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
        UNION ALL
        SELECT view_name, 'view', comment, sql, false, view_oid
        FROM duckdb_views()
        WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
        ORDER BY 2, 5, 6
        """
    ).fetchall()
    relations = {
        name: Relation(name, kind, comment, sql or "") for name, kind, comment, sql, *_ in objects
    }
    keys = {
        (table, column)
        for table, columns in con.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY' AND database_name = current_database()"
        ).fetchall()
        for column in columns
    }
    for table, name, data_type, nullable, comment in con.execute(
        """
        SELECT table_name, column_name, data_type, is_nullable, comment
        FROM duckdb_columns()
        WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
        ORDER BY table_name, column_index
        """
    ).fetchall():
        if table in relations:
            relations[table].columns.append(
                Column(name, data_type, nullable, comment, (table, name) in keys)
            )
    return list(relations.values())


def defining_files() -> dict[str, str]:
    """Which file under sql/ creates each table or view."""
    found: dict[str, str] = {}
    for folder in ("migrations", "views"):
        for path in warehouse.sql_files(folder):
            for name in CREATES.findall(path.read_text(encoding="utf-8")):
                found.setdefault(name, f"sql/{folder}/{path.name}")
    found.setdefault("schema_migrations", "sql/schema_migrations.sql")
    return found


def references(relations: list[Relation]) -> list[tuple[str, str, str, bool]]:
    """(table, column, referenced table, nullable) for every "→ table.column" in a comment."""
    names = {r.name for r in relations if r.kind == "table"}
    found = []
    for relation in relations:
        if relation.kind != "table":
            continue
        for column in relation.columns:
            for target, _ in REFERENCE.findall(column.comment or ""):
                if target in names:
                    found.append((relation.name, column.name, target, column.nullable))
    return found


def lineage(relations: list[Relation]) -> list[tuple[str, str]]:
    """(source, view) for every table, view or catalog function a view reads."""
    names = [r.name for r in relations]
    edges = []
    for view in (r for r in relations if r.kind == "view"):
        body = re.sub(r"--[^\n]*", "", view.sql)
        body = body.split(" AS ", 1)[1] if " AS " in body else body
        for name in names:
            if name != view.name and re.search(rf"\b{name}\b", body):
                edges.append((name, view.name))
        for function in sorted(set(CATALOG_FUNCTION.findall(body))):
            edges.append((f"{function}()", view.name))
    return edges


def mermaid_type(data_type: str) -> str:
    return re.sub(r"\W+", "_", data_type).strip("_") or "ANY"


def cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def render(relations: list[Relation], migrations: list[str]) -> str:
    files = defining_files()
    tables = [r for r in relations if r.kind == "table"]
    views = [r for r in relations if r.kind == "view"]
    out = [
        "# Warehouse reference",
        "",
        "<!-- Generated by `make docs` (`python -m sitrep.docs`) from the DuckDB catalog.",
        "     Do not edit: change the COMMENT ON statements in sql/migrations/ and sql/views/. -->",
        "",
        "Every table and view of the Sitrep warehouse with its columns, types and the comments",
        "stored in DuckDB (`COMMENT ON`). Tables come from the numbered migrations",
        f"({', '.join(f'`{m}`' for m in migrations)}), applied once each and recorded in",
        "`schema_migrations`; views are re-created from `sql/views/` after every load.",
        "",
        "DuckDB 2.0's `DESCRIBE` does not show comments. Read them with `SELECT column_name,",
        "data_type, comment FROM data_dictionary WHERE object_name = 'events'` (or from",
        "`duckdb_columns()`); BI tools read them from `information_schema.columns`.",
        "",
        "## Entity diagram",
        "",
        "No foreign-key constraints are declared (loads replace documents with their facts in one",
        'transaction); the relations below are the "→ table.column" references in the comments.',
        "",
        "```mermaid",
        "erDiagram",
    ]
    for table, column, target, nullable in references(relations):
        link = "|o--o{" if nullable else "||--o{"
        out.append(f'    {target} {link} {table} : "{column}"')
    for table in tables:
        out.append(f"    {table.name} {{")
        for column in table.columns:
            key = " PK" if column.primary_key else ""
            key = key or (" FK" if REFERENCE.search(column.comment or "") else "")
            out.append(f"        {mermaid_type(column.data_type)} {column.name}{key}")
        out.append("    }")
    out += ["```", "", "## View lineage", "", "```mermaid", "flowchart LR"]
    for source, view in lineage(relations):
        source_id = re.sub(r"\W", "", source)
        node = source if source_id == source else f'{source_id}["{source}"]'
        out.append(f"    {node} --> {view}")
    out += ["```", "", "## Tables", ""]
    for relation in tables:
        out += section(relation, files)
    out += ["## Views", ""]
    for relation in views:
        out += section(relation, files)
    return "\n".join(out).rstrip() + "\n"


def section(relation: Relation, files: dict[str, str]) -> list[str]:
    lines = [f"### {relation.name}", ""]
    if relation.comment:
        lines += [relation.comment, ""]
    if relation.name in files:
        lines += [f"Defined in `{files[relation.name]}`.", ""]
    if relation.kind == "table":
        lines += ["| column | type | null | meaning |", "|---|---|---|---|"]
    else:
        lines += ["| column | type | meaning |", "|---|---|---|"]
    for column in relation.columns:
        name = f"**{column.name}** (key)" if column.primary_key else column.name
        cells = [name, cell(column.data_type)]
        if relation.kind == "table":
            cells.append("yes" if column.nullable else "no")
        cells.append(cell(column.comment))
        lines.append(f"| {' | '.join(cells)} |")
    return [*lines, ""]


def generate() -> str:
    """The markdown of docs/warehouse.md."""
    con = build_catalog()
    try:
        migrations = [
            row[0]
            for row in con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()
        ]
        return render(read_catalog(con), migrations)
    finally:
        con.close()


def docs_path() -> Path:
    return warehouse.sql_dir().parent / "docs" / "warehouse.md"


def main() -> int:
    sys.stdout.write(generate())
    return 0


if __name__ == "__main__":
    sys.exit(main())
