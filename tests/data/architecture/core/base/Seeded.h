#pragma once

// A violation seeded for the test module_dependencies_seeded_violation: base is the lowest module.
#include "sale/Ticket.h"

#include <QtWidgets/QMessageBox>
