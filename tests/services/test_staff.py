"""Staff accounts at the desk: first run, managing accounts, login, lockout, PIN, recovery."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from staff_desk import ANIM_PASSWORD, ANIM_PIN, COORD_PASSWORD, Desk

from lam_desk.db.engine import Database
from lam_desk.db.models import LoginFailure
from lam_desk.domain.accounts import LockoutPolicy, Role
from lam_desk.domain.network import site_id
from lam_desk.errors import RefusedError, UserError
from lam_desk.services import node, staff
from lam_desk.store import open_database

POLICY = LockoutPolicy(attempts=5, minutes=5)
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def draft(username: str, role: Role = Role.ANIMATOR, **changes: object) -> staff.AccountDraft:
    values: dict[str, object] = {
        "username": username,
        "display_name": username.title(),
        "role": role,
        "home_site_id": site_id("BED"),
        "password": "a-good-password",
    }
    values.update(changes)
    return staff.AccountDraft(**values)  # type: ignore[arg-type]


def login(db: Database, username: str, password: str, now: datetime = T0) -> staff.LoginOutcome:
    with db.write() as s:
        return staff.authenticate(s, username, password, policy=POLICY, now=now)


def accounts(db: Database) -> dict[str, staff.StaffRow]:
    with db.read() as s:
        return {a.username: a for a in staff.list_accounts(s)}


# --- first run --------------------------------------------------------------------------------


def test_first_run_lasts_until_a_site_and_a_coordinator_exist(fresh_db: Database) -> None:
    with fresh_db.read() as s:
        assert node.is_first_run(s)
    with fresh_db.write() as s:
        staff.create_account(s, None, draft("helene", Role.COORDINATOR))
        assert node.is_first_run(s)
        node.set_home_site(s, site_id("OLO"))
    with fresh_db.read() as s:
        assert not node.is_first_run(s)


def test_the_first_account_must_be_a_coordinator(fresh_db: Database) -> None:
    with (
        pytest.raises(UserError, match="first account must be a coordinator"),
        fresh_db.write() as s,
    ):
        staff.create_account(s, None, draft("camille", Role.ANIMATOR))
    with fresh_db.read() as s:
        assert staff.count_accounts(s) == 0


def test_the_first_account_gets_a_recovery_code_and_can_log_in(fresh_db: Database) -> None:
    with fresh_db.write() as s:
        created = staff.create_account(s, None, draft("helene", Role.COORDINATOR))
    assert created.account.is_coordinator and created.account.has_recovery_code
    assert login(fresh_db, "helene", "a-good-password").unwrap().id == created.account.id


def test_no_account_is_created_without_an_actor_once_one_exists(desk: Desk) -> None:
    with pytest.raises(RefusedError, match="Only a coordinator"), desk.db.write() as s:
        staff.create_account(s, None, draft("intruder", Role.COORDINATOR))
    assert "intruder" not in accounts(desk.db)


# --- managing accounts ------------------------------------------------------------------------


def test_a_coordinator_creates_and_edits_accounts(desk: Desk) -> None:
    with desk.db.write() as s:
        created = staff.create_account(s, desk.coordinator, draft("  Camille.R ", pin="1357"))
    assert created.account.username == "camille.r"
    assert created.account.has_pin
    with desk.db.write() as s:
        staff.update_account(
            s,
            desk.coordinator,
            created.account,
            draft("camille.r", Role.COORDINATOR, display_name="Camille Roux", home_site_id=None),
        )
    edited = accounts(desk.db)["camille.r"]
    assert (edited.display_name, edited.role, edited.home_site_id) == (
        "Camille Roux",
        Role.COORDINATOR,
        None,
    )
    assert login(desk.db, "camille.r", "a-good-password").account is not None


def test_an_empty_password_in_the_form_keeps_the_old_one(desk: Desk) -> None:
    with desk.db.write() as s:
        staff.update_account(
            s, desk.coordinator, desk.animator, draft("anim", display_name="Mathis", password="")
        )
    assert login(desk.db, "anim", ANIM_PASSWORD).account is not None


def test_only_coordinators_manage_accounts(desk: Desk) -> None:
    attempts = [
        lambda s: staff.create_account(s, desk.animator, draft("new.one")),
        lambda s: staff.update_account(
            s, desk.animator, desk.coordinator, draft("coord", Role.ANIMATOR)
        ),
        lambda s: staff.set_active(s, desk.animator, desk.coordinator, False),
        lambda s: staff.issue_recovery_code(s, desk.animator, desk.coordinator.id),
    ]
    for attempt in attempts:
        with pytest.raises(RefusedError, match="Only a coordinator"), desk.db.write() as s:
            attempt(s)
    after = accounts(desk.db)
    assert set(after) == {"coord", "anim"}
    assert after["coord"] == desk.coordinator


def test_a_coordinator_deactivated_meanwhile_loses_the_right_at_once(desk: Desk) -> None:
    with desk.db.write() as s:
        second = staff.create_account(s, desk.coordinator, draft("second", Role.COORDINATOR))
        staff.set_active(s, desk.coordinator, second.account, False)
    # `second.account` is what that coordinator's desk still holds from before.
    with pytest.raises(RefusedError), desk.db.write() as s:
        staff.create_account(s, second.account, draft("sneaky"))
    with pytest.raises(RefusedError), desk.db.write() as s:
        staff.set_active(s, second.account, desk.coordinator, False)
    assert "sneaky" not in accounts(desk.db)
    assert accounts(desk.db)["coord"].active


def test_a_duplicate_login_name_is_refused_with_a_clear_message(desk: Desk) -> None:
    with pytest.raises(UserError) as refused, desk.db.write() as s:
        staff.create_account(s, desk.coordinator, draft(" ANIM "))
    assert str(refused.value) == "The login name “anim” is already taken."
    with pytest.raises(UserError, match="“coord” is already taken"), desk.db.write() as s:
        staff.update_account(s, desk.coordinator, desk.animator, draft("coord"))
    assert len(accounts(desk.db)) == 2


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"username": "x"}, "login name must start with a letter"),
        ({"display_name": "  "}, "Enter the person's name"),
        ({"password": "short"}, "at least 8 characters"),
        ({"pin": "12"}, "PIN must be 4 to 8 digits"),
        ({"home_site_id": "not-a-site"}, "Choose a site of the network"),
    ],
)
def test_invalid_account_forms_are_refused(
    desk: Desk, changes: dict[str, object], message: str
) -> None:
    values = {"username": "valid.name", **changes}
    form = draft(str(values.pop("username")), **values)
    with pytest.raises(UserError, match=message), desk.db.write() as s:
        staff.create_account(s, desk.coordinator, form)
    assert set(accounts(desk.db)) == {"coord", "anim"}


def test_you_cannot_deactivate_or_demote_yourself(desk: Desk) -> None:
    with pytest.raises(RefusedError, match="your own"), desk.db.write() as s:
        staff.set_active(s, desk.coordinator, desk.coordinator, False)
    with pytest.raises(RefusedError, match="your own"), desk.db.write() as s:
        staff.update_account(s, desk.coordinator, desk.coordinator, draft("coord", Role.ANIMATOR))
    me = accounts(desk.db)["coord"]
    assert me.active and me.is_coordinator


def test_the_network_keeps_an_active_coordinator(desk: Desk) -> None:
    with desk.db.write() as s:
        second = staff.create_account(s, desk.coordinator, draft("second", Role.COORDINATOR))
    # Two coordinators: one may step the other down, but never the last one standing.
    with desk.db.write() as s:
        staff.update_account(
            s, second.account, desk.coordinator, draft("coord", Role.ANIMATOR, password="")
        )
    with pytest.raises(RefusedError), desk.db.write() as s:
        staff.set_active(s, second.account, second.account, False)
    with pytest.raises(RefusedError), desk.db.write() as s:
        staff.set_active(s, desk.coordinator, second.account, False)
    coordinators = [a for a in accounts(desk.db).values() if a.is_coordinator and a.active]
    assert [a.username for a in coordinators] == ["second"]


def test_deactivating_keeps_edits_made_since_the_list_was_read(desk: Desk) -> None:
    seen = desk.animator  # the row on screen in the accounts list
    with desk.db.write() as s:
        staff.update_account(
            s, desk.coordinator, seen, draft("anim", display_name="Mathis Azaïs-Roux", password="")
        )
    with desk.db.write() as s:
        staff.set_active(s, desk.coordinator, seen, False)
    now = accounts(desk.db)["anim"]
    assert not now.active
    assert now.display_name == "Mathis Azaïs-Roux"


def test_a_deactivated_account_cannot_log_in_and_is_reactivated(desk: Desk) -> None:
    with desk.db.write() as s:
        staff.set_active(s, desk.coordinator, desk.animator, False)
    refused = login(desk.db, "anim", ANIM_PASSWORD)
    assert refused.account is None
    assert isinstance(refused.error, RefusedError)
    assert "deactivated" in str(refused.error)
    with desk.db.write() as s:
        staff.set_active(s, desk.coordinator, staff.get_account(s, desk.animator.id), True)
    assert login(desk.db, "anim", ANIM_PASSWORD).unwrap().active


# --- login and lockout ------------------------------------------------------------------------


def test_login_accepts_the_name_as_typed_and_the_right_password(desk: Desk) -> None:
    outcome = login(desk.db, "  Coord ", COORD_PASSWORD)
    assert outcome.error is None
    assert outcome.unwrap() == desk.coordinator


def test_an_unknown_name_and_a_wrong_password_get_the_same_answer(desk: Desk) -> None:
    unknown = login(desk.db, "nobody", COORD_PASSWORD)
    wrong = login(desk.db, "coord", "not-the-password")
    assert unknown.account is None and wrong.account is None
    assert str(unknown.error) == str(wrong.error) == "Wrong login name or password."


def test_wrong_passwords_are_counted_and_a_right_one_clears_them(desk: Desk) -> None:
    for i in range(4):
        assert login(desk.db, "coord", "wrong", T0 + timedelta(seconds=i)).account is None
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(LoginFailure)) == 4
        assert (
            POLICY.attempts_left(
                s.scalars(select(LoginFailure.at)).all(), T0 + timedelta(seconds=5)
            )
            == 1
        )
    assert login(desk.db, "coord", COORD_PASSWORD, T0 + timedelta(seconds=5)).account
    # The count starts again: four more wrong attempts do not lock.
    for i in range(4):
        login(desk.db, "coord", "wrong", T0 + timedelta(seconds=10 + i))
    assert login(desk.db, "coord", COORD_PASSWORD, T0 + timedelta(seconds=20)).account


def test_five_wrong_passwords_lock_the_account_for_minutes(desk: Desk) -> None:
    outcomes = [login(desk.db, "anim", f"wrong-{i}", T0 + timedelta(seconds=i)) for i in range(5)]
    assert [o.error is not None for o in outcomes] == [True] * 5
    assert all(not isinstance(o.error, RefusedError) for o in outcomes[:4])
    locked = outcomes[4].error
    assert isinstance(locked, RefusedError)
    assert "locked for another 5 min." in str(locked)
    assert locked.params == {"minutes": 5}


def test_the_lock_survives_reopening_the_database_and_ends_after_the_window(desk: Desk) -> None:
    for i in range(5):
        login(desk.db, "anim", "wrong", T0 + timedelta(seconds=i))
    last_failure = T0 + timedelta(seconds=4)
    desk.db.close()
    reopened = open_database(desk.db.path)
    try:
        during = login(reopened, "anim", ANIM_PASSWORD, last_failure + timedelta(minutes=2))
        assert during.account is None
        assert isinstance(during.error, RefusedError)
        assert during.error.params == {"minutes": 3}
        almost = login(reopened, "anim", ANIM_PASSWORD, last_failure + timedelta(minutes=4.9))
        assert almost.account is None
        after = login(reopened, "anim", ANIM_PASSWORD, last_failure + timedelta(minutes=5))
        assert after.unwrap().username == "anim"
    finally:
        reopened.close()


def test_the_idle_lock_opens_with_the_pin_or_the_password(desk: Desk) -> None:
    with desk.db.write() as s:
        assert staff.unlock(s, desk.animator.id, ANIM_PIN, policy=POLICY, now=T0).account
        assert staff.unlock(s, desk.animator.id, ANIM_PASSWORD, policy=POLICY, now=T0).account
        wrong = staff.unlock(s, desk.animator.id, "9999", policy=POLICY, now=T0)
    assert wrong.account is None
    assert str(wrong.error) == "Wrong PIN or password."


def test_wrong_pins_lock_the_account_too(desk: Desk) -> None:
    with desk.db.write() as s:
        for i in range(5):
            staff.unlock(s, desk.animator.id, "0000", policy=POLICY, now=T0 + timedelta(seconds=i))
    outcome = login(desk.db, "anim", ANIM_PASSWORD, T0 + timedelta(minutes=1))
    assert isinstance(outcome.error, RefusedError)
    assert "locked" in str(outcome.error)


def test_changing_your_own_password_and_pin_needs_the_current_password(desk: Desk) -> None:
    with desk.db.write() as s:
        wrong = staff.change_own_secrets(
            s, desk.animator, "guess", password="new-password-1", policy=POLICY, now=T0
        )
    assert wrong.account is None and "current password is wrong" in str(wrong.error)
    with desk.db.write() as s:
        assert staff.change_own_secrets(
            s,
            desk.animator,
            ANIM_PASSWORD,
            password="new-password-1",
            pin="8642",
            policy=POLICY,
            now=T0,
        ).account
    assert login(desk.db, "anim", ANIM_PASSWORD).account is None
    assert login(desk.db, "anim", "new-password-1").account is not None
    with desk.db.write() as s:
        assert staff.unlock(s, desk.animator.id, "8642", policy=POLICY, now=T0).account


# --- recovery codes ---------------------------------------------------------------------------


def test_a_recovery_code_opens_a_locked_account_once(desk: Desk) -> None:
    for i in range(5):
        login(desk.db, "anim", "wrong", T0 + timedelta(seconds=i))
    typed = desk.animator_code.lower().replace("-", " ")
    with desk.db.write() as s:
        recovered = staff.recover_with_code(s, "anim", typed, "chosen-again-1")
    assert not recovered.has_recovery_code
    # The lockout is cleared: the new password works at once, within the lock's window.
    assert login(desk.db, "anim", "chosen-again-1", T0 + timedelta(minutes=1)).account
    with pytest.raises(UserError, match="Wrong login name or recovery code"), desk.db.write() as s:
        staff.recover_with_code(s, "anim", desk.animator_code, "third-password")
    assert login(desk.db, "anim", "chosen-again-1").account


def test_a_wrong_recovery_code_changes_nothing(desk: Desk) -> None:
    wrong_code = "AAAA-BBBB-CCCC-DDDD"
    assert wrong_code != desk.animator_code
    with pytest.raises(UserError, match="Wrong login name or recovery code"), desk.db.write() as s:
        staff.recover_with_code(s, "anim", wrong_code, "chosen-again-1")
    assert login(desk.db, "anim", ANIM_PASSWORD).account is not None


def test_a_new_recovery_code_replaces_the_old_one(desk: Desk) -> None:
    with desk.db.write() as s:
        code = staff.issue_recovery_code(s, desk.coordinator, desk.animator.id)
    assert code != desk.animator_code
    with pytest.raises(UserError), desk.db.write() as s:
        staff.recover_with_code(s, "anim", desk.animator_code, "chosen-again-1")
    with desk.db.write() as s:
        staff.recover_with_code(s, "anim", code, "chosen-again-1")
    assert login(desk.db, "anim", "chosen-again-1").account


def test_guessing_the_current_password_in_my_account_locks_it(desk: Desk) -> None:
    """Wrong current passwords count like wrong logins: no endless guessing at an open desk."""
    for _ in range(POLICY.attempts):
        with desk.db.write() as s:
            outcome = staff.change_own_secrets(
                s, desk.animator, "guess", pin="8642", policy=POLICY, now=T0
            )
        assert outcome.account is None
    assert isinstance(outcome.error, RefusedError)
    with desk.db.write() as s:
        right = staff.change_own_secrets(
            s, desk.animator, ANIM_PASSWORD, pin="8642", policy=POLICY, now=T0
        )
    assert isinstance(right.error, RefusedError), "locked: even the right password waits"
