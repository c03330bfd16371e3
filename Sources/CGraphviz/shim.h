#ifndef XREF_CGRAPHVIZ_SHIM_H
#define XREF_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/pack.h>

// Swift 6 rejects cgraph's global graph descriptors; hand them out by value.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strictdirected(void) { return Agstrictdirected; }
// Default disciplines, for building a discipline that replaces only the id allocator.
static inline Agmemdisc_t *cgv_memdisc(void) { return &AgMemDisc; }
static inline Agiodisc_t *cgv_iodisc(void) { return &AgIoDisc; }
// A laid-out node's centre and size in points (Graphviz keeps them in a record that Swift cannot see into).
static inline void cgv_node_box(Agnode_t *n, double *x, double *y, double *width, double *height) {
    *x = ND_coord(n).x; *y = ND_coord(n).y;
    *width = ND_lw(n) + ND_rw(n); *height = ND_ht(n);
}
// The laid-out graph's size in points.
static inline void cgv_graph_size(Agraph_t *g, double *width, double *height) {
    *width = GD_bb(g).UR.x - GD_bb(g).LL.x; *height = GD_bb(g).UR.y - GD_bb(g).LL.y;
}
#endif
