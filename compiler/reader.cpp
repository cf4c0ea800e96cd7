#include "compiler/reader.h"
