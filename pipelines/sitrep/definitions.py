"""The Dagster code location loaded by `dagster dev` (see workspace.yaml)."""

import dagster as dg

from sitrep.assets import extract, ingest, load_warehouse, normalise, validate
from sitrep.automation import daily_schedule, new_source_files, sitrep_job
from sitrep.resources import make_resources
from sitrep.run_history import allow_skipping_disk_sync

allow_skipping_disk_sync()  # in every process that loads this code location: runs write here

ALL_ASSETS = [ingest, normalise, extract, validate, load_warehouse]

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[sitrep_job],
    schedules=[daily_schedule],
    sensors=[new_source_files],
    resources=make_resources(),
    executor=dg.in_process_executor,
)
