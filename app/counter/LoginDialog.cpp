#include "counter/LoginDialog.h"

#include "storage/DatabaseWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace caisse {

LoginDialog::LoginDialog(const QString& title, const QString& prompt, const QList<Operator>& operators, Check check,
                         QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_nameComboBox(new QComboBox(this))
    , m_pinLineEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(title);
    m_nameComboBox->setObjectName(QStringLiteral("nameComboBox"));
    for (const Operator& person : operators)
        m_nameComboBox->addItem(person.name);
    m_pinLineEdit->setObjectName(QStringLiteral("pinLineEdit"));
    m_pinLineEdit->setEchoMode(QLineEdit::Password);
    m_pinLineEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setObjectName(QStringLiteral("promptLabel"));
    promptLabel->setWordWrap(true);
    form->addRow(promptLabel);
    form->addRow(tr("Name"), m_nameComboBox);
    form->addRow(tr("PIN"), m_pinLineEdit);
    form->addRow(m_messageLabel);
    form->addRow(buttons);
    // Wide enough for a sentence per line or two, and growing with what it says (a refusal, a lock-out): word-wrapped
    // labels are otherwise cut to the height the dialog had when it opened.
    const int lineWidth = fontMetrics().averageCharWidth() * 48;
    promptLabel->setMinimumWidth(lineWidth);
    m_messageLabel->setMinimumWidth(lineWidth);
    form->setSizeConstraint(QLayout::SetFixedSize);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pinLineEdit, &QLineEdit::returnPressed, this, &LoginDialog::tryAccept);
    m_pinLineEdit->setFocus();
}

void LoginDialog::tryAccept()
{
    if (m_checking)
        return;
    m_checking = true;
    m_messageLabel->clear();
    const QFuture<Result<Operator>> check = m_check(m_nameComboBox->currentText(), m_pinLineEdit->text());
    m_pinLineEdit->clear();
    DatabaseWriter::whenDone<Result<Operator>>(check, this, [this](const Result<Operator>& checked) {
        m_checking = false;
        if (!checked) {
            m_messageLabel->setText(checked.error().message);
            return;
        }
        m_result = *checked;
        accept();
    });
}

} // namespace caisse
