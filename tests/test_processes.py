"""Helper processes end without the interpreter's teardown; the main process is left alone."""

import atexit
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sitrep.processes import exit_without_teardown


def _helper_that_marks_its_teardown(mark: str) -> None:
    atexit.register(Path(mark).write_text, "torn down")
    exit_without_teardown()


def test_a_helper_process_ends_without_running_the_teardown(tmp_path):
    mark = tmp_path / "mark"
    with ProcessPoolExecutor(
        1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_helper_that_marks_its_teardown,
        initargs=(str(mark),),
    ) as pool:
        assert pool.submit(sum, [1, 2]).result() == 3
    assert not mark.exists()


def test_the_main_process_keeps_its_teardown_and_exit_code():
    before = atexit._ncallbacks()
    exit_without_teardown()
    assert atexit._ncallbacks() == before
