#ifndef XREF_CLIBPQ_SHIM_H
#define XREF_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
