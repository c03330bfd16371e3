#ifndef XREF_CLIBXML2_SHIM_H
#define XREF_CLIBXML2_SHIM_H
// Debian's libxml2 headers pull in system ICU, which clashes with the ICU that
// Foundation bundles ("UErrorCode has different definitions"): turn it off first.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

// Swift 6 rejects libxml2's mutable C globals; reach them through functions.
static inline void cxml_free(void *p) { xmlFree(p); }
#endif
