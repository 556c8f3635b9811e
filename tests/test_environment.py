"""Whole-number settings from the environment: defaults, and errors that name the variable."""

import pytest
from sitrep.cli import main
from sitrep.environment import whole_number


def test_an_unset_or_empty_setting_takes_its_default_and_a_number_is_read(monkeypatch):
    monkeypatch.delenv("SITREP_TEST_SETTING", raising=False)
    assert whole_number("SITREP_TEST_SETTING", 7) == 7
    monkeypatch.setenv("SITREP_TEST_SETTING", " ")
    assert whole_number("SITREP_TEST_SETTING", 7) == 7
    monkeypatch.setenv("SITREP_TEST_SETTING", " 3 ")
    assert whole_number("SITREP_TEST_SETTING", 7) == 3


def test_a_bad_setting_is_an_error_that_names_the_variable(monkeypatch):
    monkeypatch.setenv("SITREP_TEST_SETTING", "two")
    with pytest.raises(ValueError, match="SITREP_TEST_SETTING must be a whole number, not 'two'"):
        whole_number("SITREP_TEST_SETTING", 0)
    monkeypatch.setenv("SITREP_TEST_SETTING", "0")
    with pytest.raises(ValueError, match="SITREP_TEST_SETTING must be at least 1, not 0"):
        whole_number("SITREP_TEST_SETTING", 5, minimum=1)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SITREP_WORKERS", "two", "SITREP_WORKERS must be a whole number, not 'two'"),
        ("SITREP_MAX_DOCUMENT_BYTES", "0", "SITREP_MAX_DOCUMENT_BYTES must be at least 1, not 0"),
    ],
)
def test_sitrep_run_refuses_a_bad_setting_in_one_line_before_it_starts(
    monkeypatch, capsys, tmp_path, variable, value, message
):
    monkeypatch.setenv(variable, value)
    assert main(["run", "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    assert f"sitrep: {message}" in capsys.readouterr().err
    assert not (tmp_path / "w.duckdb").exists()
