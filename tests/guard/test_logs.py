

def test_crash_report_has_type_and_place_but_not_the_message(monkeypatch, capsys, caplog):
    import sys
    import threading

    from guard.logs import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook()
    canary = "Kwakkelbeek 111222333"
    try:
        raise ValueError(f"kan '{canary}' niet lezen")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert "ValueError" in err and "test_logs.py" in err
    assert canary not in err
    assert all(canary not in r.getMessage() for r in caplog.records)
    assert any("ValueError" in r.getMessage() for r in caplog.records)
