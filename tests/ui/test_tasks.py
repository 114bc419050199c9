"""The task runner: a result that comes back after its window closed is dropped, whether the
callback is a method of the closed widget or a lambda written in one of its methods."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lam_desk.ui.tasks import TaskRunner


def test_a_result_for_a_closed_widget_is_dropped_even_through_a_lambda(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    runner = TaskRunner(None, errors.append)
    shown: list[str] = []

    class Panel(QLabel):
        def ask(self) -> None:
            runner.run(lambda: "done", lambda text: (self.setText(text), shown.append(text)))

    import shiboken6

    panel = Panel()
    panel.ask()
    shiboken6.delete(panel)  # the window closed before the task ended
    qtbot.wait(300)
    assert shown == [] and errors == []

    alive = Panel()
    qtbot.addWidget(alive)
    alive.ask()
    qtbot.waitUntil(lambda: shown == ["done"])
    assert alive.text() == "done"
    runner.shutdown()
