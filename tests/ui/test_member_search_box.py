"""The member search box as the animator types in it, on a real desk file (invented people)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lam_desk.services.dto import MemberRow
from lam_desk.ui.desk import DeskController
from lam_desk.ui.member_search import MemberSearchBox
from tests.ui.conftest import save_screenshot
from tests.ui.members_desk import desk_context, register_people


@pytest.fixture
def box(qtbot: QtBot, configured_desk: DeskController) -> MemberSearchBox:
    register_people(configured_desk)
    widget = MemberSearchBox(desk_context(configured_desk))
    widget.resize(640, 360)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.focus_search()
    return widget


def _shown(box: MemberSearchBox) -> list[list[str]]:
    model = box.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _type(qtbot: QtBot, box: MemberSearchBox, text: str) -> None:
    box.edit.clear()
    qtbot.keyClicks(box.edit, text)


def _names_after(qtbot: QtBot, box: MemberSearchBox, text: str) -> list[str]:
    _type(qtbot, box, text)
    qtbot.waitUntil(lambda: box._shown_generation == box._generation, timeout=3000)
    return [row[0] for row in _shown(box)]


def test_typing_lists_the_people_found_with_their_card_birth_year_and_commune(
    qtbot: QtBot, box: MemberSearchBox, french: None
) -> None:
    _type(qtbot, box, "bedar")
    qtbot.waitUntil(lambda: box.model.rowCount() == 1, timeout=3000)
    assert _shown(box) == [["BÉDARIDE Paul", "BED-000101", "1958", "Bédarieux"]]
    assert box.results.isVisible()
    save_screenshot(box, "member-search-box")


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("BEDAR", ["BÉDARIDE Paul"]),
        ("jean font", ["DE LA FONTAINE Jean"]),
        ("la fontaine", ["DE LA FONTAINE Jean"]),
        ("n'diaye", ["N'DIAYE Amadou"]),
        ("ndiaye", ["N'DIAYE Amadou"]),
        ("lefevre mul", ["LEFÈVRE-MÜLLER Anne"]),
        ("BED-000103", ["N'DIAYE Amadou"]),
        ("bed000103", ["N'DIAYE Amadou"]),
        ("000106", ["MARTINEZ Bruno"]),
        ("06 12 34", ["BÉDARIDE Paul"]),
        ("0701", ["N'DIAYE Amadou"]),
        ("+33 6 99 88", ["MARTINEZ Bruno"]),
        ("04.67.95", ["MARTIN Zoé"]),
    ],
)
def test_names_particles_apostrophes_cards_and_phones_find_the_person(
    qtbot: QtBot, box: MemberSearchBox, typed: str, found: list[str]
) -> None:
    assert _names_after(qtbot, box, typed) == found


def test_nobody_found_is_said_plainly(qtbot: QtBot, box: MemberSearchBox) -> None:
    assert _names_after(qtbot, box, "zzyzx") == []
    assert not box.results.isVisible()
    assert box.empty_label.isVisible()
    assert box.empty_label.text() == "Nobody found for “zzyzx”."


def test_enter_picks_the_first_and_the_arrows_move(qtbot: QtBot, box: MemberSearchBox) -> None:
    assert _names_after(qtbot, box, "mar") == ["MARTIN Zoé", "MARTINEZ Bruno"]
    with qtbot.waitSignal(box.member_chosen) as chosen:
        qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert isinstance(chosen.args[0], MemberRow)
    assert chosen.args[0].card_number == "BED-000105"
    qtbot.keyClick(box.edit, Qt.Key.Key_Down)
    qtbot.keyClick(box.edit, Qt.Key.Key_Down)  # stays on the last
    with qtbot.waitSignal(box.member_chosen) as chosen:
        qtbot.keyClick(box.edit, Qt.Key.Key_Enter)
    assert chosen.args[0].family_name == "Martinez"
    qtbot.keyClick(box.edit, Qt.Key.Key_Up)
    with qtbot.waitSignal(box.member_chosen) as chosen:
        qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert chosen.args[0].family_name == "Martin"


def test_a_click_picks_too(qtbot: QtBot, box: MemberSearchBox) -> None:
    assert _names_after(qtbot, box, "mar") == ["MARTIN Zoé", "MARTINEZ Bruno"]
    second = box.results.visualRect(box.model.index(1, 0)).center()
    with qtbot.waitSignal(box.member_chosen) as chosen:
        qtbot.mouseClick(box.results.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert chosen.args[0].family_name == "Martinez"


def test_enter_typed_before_the_results_came_picks_the_card_typed(
    qtbot: QtBot, box: MemberSearchBox
) -> None:
    with qtbot.waitSignal(box.member_chosen, timeout=3000) as chosen:
        qtbot.keyClicks(box.edit, "BED-000107")
        qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert chosen.args[0].given_name == "Claire"


def test_escape_clears_the_field_and_the_list(qtbot: QtBot, box: MemberSearchBox) -> None:
    assert _names_after(qtbot, box, "mar")
    qtbot.keyClick(box.edit, Qt.Key.Key_Escape)
    assert box.edit.text() == ""
    assert box.model.rowCount() == 0 and not box.results.isVisible()


def test_an_older_search_answering_late_never_replaces_the_newer(
    qtbot: QtBot, box: MemberSearchBox
) -> None:
    # Every keystroke searches at once, on two worker threads: answers may come in any order.
    box._timer.setInterval(0)
    for _ in range(5):
        box.edit.clear()
        for text in ("m", "ma", "mar", "ma", "m", "", "b", "be", "bed", "beda", "bedar"):
            box.edit.setText(text)
            box._timer.timeout.emit()
        qtbot.waitUntil(lambda: box._shown_generation == box._generation, timeout=3000)
        qtbot.wait(50)  # answers still on their way must not change the list
        assert [row[0] for row in _shown(box)] == ["BÉDARIDE Paul"]
