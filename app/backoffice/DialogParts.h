#pragma once

#include <QDialogButtonBox>
#include <QLabel>

#include <functional>

namespace caisse {

/** The height of a field or a button a finger hits without a second try. */
inline constexpr int kTouchHeight = 44;

/** The red sentence a dialog that stays open says a refusal with. */
QLabel* refusalLabel(QWidget* parent);

/** Says on a refusal label that something went through (green) or why it did not (red). */
void tell(QLabel* label, const QString& message, bool done);

/**
 * The buttons of a window a scanner types into: touch-sized, and none of them the default, so that the Enter ending
 * each scanned code never presses one (confirming, validating or closing by mistake).
 */
void scannerSafe(QDialogButtonBox* buttons);

/** OK and Cancel, touch-sized: OK runs tryAccept, which accepts the dialog or says why not; Cancel rejects it. */
QDialogButtonBox* touchOkCancel(QDialog* dialog, const std::function<void()>& tryAccept);

} // namespace caisse
