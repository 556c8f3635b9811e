"""Blocking asset checks: each Great Expectations suite on the frame about to be loaded.

The validate step has already quarantined rows that failed an input expectation, so whatever
still fails here is a defect in our own extraction: the check fails and the load does not run.
The frames arrive as scans of their Parquet files and are checked a part at a time.
"""

import dagster as dg
import polars as pl

from sitrep import validation


def check_result(report: validation.ValidationReport) -> dg.AssetCheckResult:
    summary = report.summary()
    return dg.AssetCheckResult(
        passed=report.success,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "rows": report.n_rows,
            "expectations_run": report.n_expectations,
            "expectations_failed": len(report.failures),
            "failures": dg.MetadataValue.json(summary["failures"]),
        },
        description=None
        if report.success
        else "extraction defect: " + ", ".join(f.label for f in report.failures),
    )


@dg.asset_check(asset="valid_documents", blocking=True, description="GX suite `documents`")
def documents_suite(valid_documents: pl.LazyFrame) -> dg.AssetCheckResult:
    return check_result(validation.run_suite_in_parts("documents", valid_documents))


@dg.asset_check(
    asset="valid_events",
    blocking=True,
    description="GX suite `events`",
    additional_ins={"valid_documents": dg.AssetIn()},
)
def events_suite(valid_events: pl.LazyFrame, valid_documents: pl.LazyFrame) -> dg.AssetCheckResult:
    return check_result(validation.run_suite_in_parts("events", valid_documents, valid_events))


@dg.asset_check(
    asset="valid_casualties",
    blocking=True,
    description="GX suite `casualties`",
    additional_ins={"valid_documents": dg.AssetIn(), "valid_events": dg.AssetIn()},
)
def casualties_suite(
    valid_casualties: pl.LazyFrame, valid_events: pl.LazyFrame, valid_documents: pl.LazyFrame
) -> dg.AssetCheckResult:
    report = validation.run_suite_in_parts(
        "casualties", valid_documents, valid_events, valid_casualties
    )
    return check_result(report)


ALL_CHECKS = [documents_suite, events_suite, casualties_suite]
