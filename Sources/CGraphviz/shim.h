#ifndef XREF_CGRAPHVIZ_SHIM_H
#define XREF_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 rejects cgraph's global graph descriptors; hand them out by value.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strictdirected(void) { return Agstrictdirected; }
// Default disciplines, for building a discipline that replaces only the id allocator.
static inline Agmemdisc_t *cgv_memdisc(void) { return &AgMemDisc; }
static inline Agiodisc_t *cgv_iodisc(void) { return &AgIoDisc; }
#endif
