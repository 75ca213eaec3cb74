"""Sign in: server, user name, password, and whether to be remembered on this laptop."""

from __future__ import annotations

from collections.abc import Callable

from sfa.app import keychain
from sfa.app.session import Session, sign_in
from sfa.sync.transport import SyncError
from ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from ui.tasks import TaskRunner


class LoginDialog(QDialog):
    def __init__(
        self,
        tasks: TaskRunner,
        *,
        server_url: str = "",
        username: str = "",
        message: str = "",
        attempt: Callable[[str, str, str, bool], Session] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to SFA Desk"))
        self.session: Session | None = None
        self._tasks = tasks
        self._attempt = attempt or _first_sign_in
        self.server = QLineEdit(server_url)
        self.server.setPlaceholderText("https://sfa.example.com")
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setObjectName("loginMessage")
        if keychain.keyring_available():
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("This computer has no system keyring, so the sign-in cannot be stored.")
            )
            self.message.setText(
                self.tr(
                    "No system keyring was found: you will be asked for your password "
                    "each time SFA Desk starts."
                )
            )
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if server_url and username else self.server).setFocus()

    def _sign_in(self) -> None:
        server, user, password = (
            self.server.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not server or not user or not password:
            self.message.setText(self.tr("Server, user name and password are all needed."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Signing in…"))
        remember = self.remember.isChecked()
        attempt = self._attempt
        self._tasks.run(
            lambda: attempt(server, user, password, remember),
            self._signed_in,
            self._refused,
        )

    def _signed_in(self, session: Session) -> None:
        self.session = session
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, SyncError | keychain.SecretStoreUnavailable):
            self.message.setText(str(error))
        else:
            self.message.setText(self.tr("Could not sign in: {error}").format(error=error))
        self.password.selectAll()
        self.password.setFocus()


def _first_sign_in(server: str, user: str, password: str, remember: bool) -> Session:
    return sign_in(server, user, password, remember_login=remember)
