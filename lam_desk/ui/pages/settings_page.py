"""Réglages: the desk's settings, one's own password and PIN, staff accounts, backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lam_desk import __version__
from lam_desk.domain.permissions import Action, allowed
from lam_desk.ui.formatting import local_datetime_text
from lam_desk.ui.site_settings import SiteSettingsPanel
from lam_desk.ui.widgets import ErrorLabel, PageHeader, notice_tab, passwords_differ

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from lam_desk.db.backup import BackupFile
    from lam_desk.services.dto import LoginOutcome, SiteRow, StaffRow
    from lam_desk.ui.accounts import AccountsPanel
    from lam_desk.ui.context import DeskContext

# The service modules are imported where they run (on a worker thread, or once the store is
# open), so the window can show before the ORM is loaded (lam_desk.peek).


def _list_sites(session: Session) -> list[SiteRow]:
    from lam_desk.services import node

    return node.list_sites(session)


def _list_backups(folder: Path) -> list[BackupFile]:
    from lam_desk.db import backup

    return backup.list_backups(folder)


class GeneralTab(QWidget):
    """Signals:
    settings_saved(dict): the choices to apply to the settings and save.
    """

    settings_saved = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(context.settings.language), 0))
        self.idle = QSpinBox()
        self.idle.setRange(1, 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(max(context.settings.idle_lock_minutes, 1))
        if not allowed(context.account.role, Action.EDIT_SITE_SETTINGS):
            self.idle.setEnabled(False)
            self.idle.setToolTip(self.tr("Only a coordinator changes the lock delay."))
        form.addRow(self.tr("Language of the desk"), self.language)
        form.addRow(self.tr("Lock the desk after"), self.idle)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "The screen faces the public: the desk locks itself when nobody touches it, "
                "and unlocks with your PIN or password. A new language applies at the next start."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("HintLabel")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.saved_label = QLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(self.saved_label.clear)
        self.idle.valueChanged.connect(self.saved_label.clear)

    def _on_save_clicked(self) -> None:
        # The desk controller owns settings.json: it applies these choices to the settings it
        # holds (which know, e.g., the last login name) and saves them.
        self.settings_saved.emit(
            {"language": self.language.currentData(), "idle_lock_minutes": self.idle.value()}
        )
        self.saved_label.setText(self.tr("Saved."))


class MyAccountTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Change your own password or PIN. Type your current password first.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to keep it"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("leave empty to keep it"))
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.password_again)
        form.addRow(self.tr("New PIN"), self.pin)
        layout.addLayout(form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Change"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.saved_label = QLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def _on_save_clicked(self) -> None:
        self.error.clear_error()
        self.saved_label.clear()
        if passwords_differ(self.password, self.password_again, self.error):
            return
        if not self.password.text() and not self.pin.text():
            self.error.show_error(self.tr("Type a new password or a new PIN."))
            return
        actor, current = self.context.account, self.current.text()
        password, pin = self.password.text(), self.pin.text()
        self.current.setFocus()
        self.save_button.setEnabled(False)
        policy = self.context.lockout
        from lam_desk.services import staff

        self.context.tasks.run_write(
            lambda s: staff.change_own_secrets(
                s, actor, current, password=password, pin=pin, policy=policy
            ),
            self._on_saved,
            self._on_failed,
        )

    def _on_saved(self, outcome: LoginOutcome) -> None:
        self.save_button.setEnabled(True)
        if outcome.error is not None:
            self.current.clear()
            self.current.setFocus()
            self.error.show_error(outcome.error)
            return
        for field in (self.current, self.password, self.password_again, self.pin):
            field.clear()
        self.saved_label.setText(self.tr("Changed."))

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.show_failure(error)


class BackupsTab(QWidget):
    """Signals:
    backup_requested(): back up now.
    """

    backup_requested = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The desk backs up its database every day and keeps the last {keep}. "
                "To restore one, close the desk and run “lam-desk restore FILE”, or accept the "
                "offer the desk makes at start if its database is damaged."
            ).format(keep=context.settings.backup_keep)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_requested)
        self.folder_button = QPushButton(self.tr("Open the backup folder"))
        self.folder_button.clicked.connect(self._on_folder_clicked)
        row.addWidget(self.backup_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.context.tasks.run(
            lambda: _list_backups(self.context.paths.backup_dir), self._on_listed
        )

    def _on_listed(self, backups: list[BackupFile]) -> None:
        self.list.clear()
        for item in backups:
            self.list.addItem(
                self.tr("{when} — {size} kB — {file}").format(
                    when=local_datetime_text(item.taken_at, seconds=True),
                    size=max(item.size // 1024, 1),
                    file=item.path.name,
                )
            )
        if not backups:
            self.list.addItem(self.tr("No backup yet."))

    def _on_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.paths.backup_dir)))


class AboutTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "LAM Desk {version}\n\n"
                "The reception desk of the public digital access points of the Pays Haut "
                "Languedoc et Vignobles.\n\n"
                "Data folder: {data}\nLog folder: {logs}\nThis desk's node: {node}"
            ).format(
                version=__version__,
                data=context.paths.data_dir,
                logs=context.paths.log_dir,
                node=context.node.node_id,
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)


class SettingsPage(QWidget):
    """Signals:
    settings_saved(Settings): general settings were saved.
    backup_requested(): back up now.
    """

    settings_saved = Signal(object)
    backup_requested = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.addWidget(PageHeader(self.tr("Settings")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.general = GeneralTab(context)
        self.general.settings_saved.connect(self.settings_saved)
        self.tabs.addTab(self.general, self.tr("General"))
        self.my_account = MyAccountTab(context)
        self.tabs.addTab(self.my_account, self.tr("My account"))
        if allowed(context.account.role, Action.MANAGE_ACCOUNTS):
            self.accounts: QWidget = QWidget()
            self._accounts_layout = QVBoxLayout(self.accounts)
            context.tasks.run_read(_list_sites, self._on_sites_loaded)
        else:
            self.accounts = notice_tab(
                self.tr("Staff accounts are managed by the network coordinator.")
            )
        self.tabs.addTab(self.accounts, self.tr("Staff accounts"))
        self.backups = BackupsTab(context)
        self.backups.backup_requested.connect(self.backup_requested)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.site_settings = SiteSettingsPanel(context)
        self.tabs.addTab(self.site_settings, self.tr("Site"))
        from lam_desk.ui.funding_settings import FundingLinesPanel

        self.funding = FundingLinesPanel(context)
        self.tabs.addTab(self.funding, self.tr("Funding"))
        from lam_desk.ui.catalogue_settings import CataloguePanel

        self.catalogue = CataloguePanel(context)
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        self.tabs.addTab(AboutTab(context), self.tr("About"))
        self.accounts_panel: AccountsPanel | None = None

    def set_account(self, account: StaffRow) -> None:
        self.context = self.context.with_account(account)
        self.my_account.context = self.my_account.context.with_account(account)
        self.site_settings.context = self.site_settings.context.with_account(account)
        self.funding.context = self.funding.context.with_account(account)
        self.funding.set_account_role()
        self.catalogue.context = self.catalogue.context.with_account(account)
        self.catalogue.set_account_role()
        self.site_settings.set_account_role()
        if self.accounts_panel is not None:
            self.accounts_panel.context = self.accounts_panel.context.with_account(account)

    def _on_sites_loaded(self, sites: list[SiteRow]) -> None:
        from lam_desk.ui.accounts import AccountsPanel  # a coordinator's tab, filled later

        self.accounts_panel = AccountsPanel(self.context, sites)
        self._accounts_layout.setContentsMargins(0, 0, 0, 0)
        self._accounts_layout.addWidget(self.accounts_panel)

    def show_backup_done(self, taken_at: datetime | None) -> None:
        self.backups.refresh()
