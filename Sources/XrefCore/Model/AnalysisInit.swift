/// Analyses rebuilt from stored rows (an index) rather than from text: the same value the pipeline makes,
/// so queries and the graph builder answer the same from either. Blocks are not stored: nothing after the
/// pipeline reads them.
extension DocumentAnalysis {
    public init(path: String, context: DocumentContext, citations: [Citation],
                mandates: [MandateEdge], paragraphPieces: [String: [(offset: Int, text: String)]]) {
        self.path = path; self.context = context; blocks = []; self.citations = citations
        self.mandates = mandates; self.paragraphPieces = paragraphPieces
    }
}
