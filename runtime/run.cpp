#include "runtime/run.h"
