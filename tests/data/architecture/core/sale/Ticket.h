#pragma once

// Allowed: sale depends on base.
#include "base/Seeded.h"
