#ifndef XREF_CSQLITE_SHIM_H
#define XREF_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
