#include "CAtomicCounter.h"
