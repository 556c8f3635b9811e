"""Blocking asset checks: what each Great Expectations suite says of the rows about to be loaded.

The validate step runs every suite once: rows failing an input expectation are quarantined,
and whatever else fails on the rows it keeps is a defect in our own extraction. Each suite's
verdict on those rows is its check, reported by the validate step itself; a failing check
fails that step, so the load does not run.
"""

import dagster as dg

from sitrep import validation


def check_name(suite: str) -> str:
    return f"{suite}_suite"


SUITE_CHECKS = [
    dg.AssetCheckSpec(
        check_name(suite),
        asset=f"valid_{suite}",
        blocking=True,
        description=f"GX suite `{suite}` on the rows about to be loaded",
    )
    for suite in validation.SUITES
]


def check_result(report: validation.ValidationReport) -> dg.AssetCheckResult:
    """A suite's check from its report on the kept rows (`ValidationReport.of_kept_rows`)."""
    summary = report.summary()
    return dg.AssetCheckResult(
        asset_key=f"valid_{report.suite}",
        check_name=check_name(report.suite),
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
