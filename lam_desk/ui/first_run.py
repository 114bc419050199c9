"""First start of a desk (not demo): which site it serves, and the first coordinator account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lam_desk.domain.accounts import Role
from lam_desk.services.dto import AccountDraft, CreatedAccount, NodeInfo, SiteRow
from lam_desk.ui.recovery import RecoveryCodePanel
from lam_desk.ui.tasks import TaskRunner
from lam_desk.ui.widgets import AccountFields, ErrorLabel


class SitePage(QWizardPage):
    def __init__(self, sites: list[SiteRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which site does this desk serve?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the access point where this computer stands. A desk at a LAM also "
                "serves the antennas attached to it; you choose the day's site at login."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        names = {s.id: s.name for s in sites}
        for site in sites:
            if site.is_antenna:
                text = self.tr("{name} (antenna of {parent})").format(
                    name=site.name, parent=names.get(site.parent_site_id or "", "?")
                )
            else:
                text = site.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, site.id)
            self.list.addItem(item)
        self.list.itemSelectionChanged.connect(self.completeChanged)
        layout.addWidget(self.list)

    def site_id(self) -> str | None:
        chosen = self.list.selectedItems()
        return str(chosen[0].data(Qt.ItemDataRole.UserRole)) if chosen else None

    def isComplete(self) -> bool:
        return self.site_id() is not None


class CoordinatorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first coordinator account"))
        self.setSubTitle(
            self.tr(
                "This account manages the other staff accounts and the desk's settings. "
                "Animators' accounts are created from it afterwards, in Settings."
            )
        )
        layout = QVBoxLayout(self)
        self.fields = AccountFields(self.tr("e.g. coordination"))
        self.name, self.username = self.fields.name, self.fields.username
        self.password, self.password_again = self.fields.password, self.fields.password_again
        self.pin = self.fields.pin
        layout.addWidget(self.fields)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addStretch(1)


class DonePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The desk is ready"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.recovery = RecoveryCodePanel()
        layout.addWidget(self.recovery)
        layout.addStretch(1)


class FirstRunWizard(QWizard):
    """Saves the site and the account when leaving the account page; then shows the
    recovery code to print. ``created`` and ``node`` hold the result."""

    def __init__(
        self, tasks: TaskRunner, sites: list[SiteRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.sites = sites
        self.created: CreatedAccount | None = None
        self.node: NodeInfo | None = None
        self._saving = False
        self.setWindowTitle(self.tr("LAM Desk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(620, 520)
        self.site_page = SitePage(sites)
        self.account_page = CoordinatorPage()
        self.done_page = DonePage()
        self.addPage(self.site_page)
        self.addPage(self.account_page)
        self.addPage(self.done_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Quit"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open the desk"))

    def reject(self) -> None:
        """Once the account is saved, closing the wizard opens the desk: nothing is undone."""
        if self.created is not None:
            self.accept()
            return
        if self._saving:
            return  # the account is being written: wait for it
        super().reject()

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.account_page or self.created is not None:
            return super().validateCurrentPage()
        page = self.account_page
        page.error.clear_error()
        if page.fields.passwords_differ(page.error):
            return False
        if self._saving:
            return False
        site_id = self.site_page.site_id()
        assert site_id is not None
        draft = AccountDraft(
            page.username.text(),
            page.name.text(),
            Role.COORDINATOR,
            site_id,
            page.password.text(),
            page.pin.text(),
        )
        self._saving = True
        page.password.setFocus()  # a disabled focused button would hand Enter to "Quit"
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        self.tasks.run_write(
            lambda s: self._save(s, site_id, draft), self._on_saved, self._on_failed
        )
        return False

    @staticmethod
    def _save(
        session: object, site_id: str, draft: AccountDraft
    ) -> tuple[NodeInfo, CreatedAccount]:
        from lam_desk.services import node as node_service, staff

        node = node_service.set_home_site(session, site_id)  # type: ignore[arg-type]
        created = staff.create_account(session, None, draft)  # type: ignore[arg-type]
        return node, created

    def _on_saved(self, result: tuple[NodeInfo, CreatedAccount]) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        self.node, self.created = result
        assert self.node.home_site is not None
        self.done_page.summary.setText(
            self.tr(
                "This desk serves {site}. The account “{login}” is created.\n\n"
                "Print the recovery code of this account and keep it in a safe place: "
                "it lets you in if the password is forgotten."
            ).format(site=self.node.home_site.name, login=self.created.account.username)
        )
        self.done_page.recovery.show_code(
            self.created.account, self.created.recovery_code, self.node.home_site
        )
        self.next()

    def _on_failed(self, error: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        self.account_page.error.show_failure(error)
