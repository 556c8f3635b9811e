"""When runs happen: every morning, and whenever new files land in the source folders."""

import json

import dagster as dg

from sitrep.resources import SitrepSettings
from sitrep.sources import fingerprint_sources

sitrep_job = dg.define_asset_job(
    "sitrep_job",
    selection=dg.AssetSelection.all(),
    description="Ingest, normalise, extract, validate and load every new article.",
)

daily_schedule = dg.ScheduleDefinition(
    name="daily_sitrep",
    job=sitrep_job,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


@dg.sensor(
    job=sitrep_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING
)
def new_source_files(
    context: dg.SensorEvaluationContext, settings: SitrepSettings
) -> dg.SkipReason | dg.RunRequest:
    """Start a run when a file appears or changes in a source folder."""
    previous = json.loads(context.cursor) if context.cursor else {}
    current = fingerprint_sources(settings.sources)
    changed = sorted(path for path, stamp in current.items() if previous.get(path) != stamp)
    if not changed:
        return dg.SkipReason("no new or changed files")
    context.update_cursor(json.dumps(current))
    key = json.dumps({path: current[path] for path in changed}, sort_keys=True)
    return dg.RunRequest(run_key=key, tags={"sitrep/new_files": str(len(changed))})
