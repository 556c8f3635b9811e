"""Blocking asset checks: each Great Expectations suite on the frame about to be loaded.

The validate step has already quarantined rows that failed an input expectation, so whatever
still fails here is a defect in our own extraction: the check fails and the load does not run.
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
def documents_suite(valid_documents: pl.DataFrame) -> dg.AssetCheckResult:
    return check_result(
        validation.run_suite("documents", validation.documents_frame(valid_documents))
    )


@dg.asset_check(
    asset="valid_events",
    blocking=True,
    description="GX suite `events`",
    additional_ins={"valid_documents": dg.AssetIn()},
)
def events_suite(valid_events: pl.DataFrame, valid_documents: pl.DataFrame) -> dg.AssetCheckResult:
    frame = validation.events_frame(valid_events, valid_documents)
    return check_result(validation.run_suite("events", frame))


@dg.asset_check(
    asset="valid_casualties",
    blocking=True,
    description="GX suite `casualties`",
    additional_ins={"valid_documents": dg.AssetIn(), "valid_events": dg.AssetIn()},
)
def casualties_suite(
    valid_casualties: pl.DataFrame, valid_events: pl.DataFrame, valid_documents: pl.DataFrame
) -> dg.AssetCheckResult:
    frame = validation.casualties_frame(valid_casualties, valid_events, valid_documents)
    return check_result(validation.run_suite("casualties", frame))


ALL_CHECKS = [documents_suite, events_suite, casualties_suite]
