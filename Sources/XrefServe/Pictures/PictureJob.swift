import Foundation
import XrefCore
import XrefExport

/// What `xref serve` hands its drawing process (`xref draw-picture`) for one picture: the symbol's
/// neighbourhood as the store holds it, and what the request asks of it (filters, room). The cutting
/// (filters, then the overview of a neighbourhood too big to read) happens there, at the child's low
/// priority, not on the server's threads: a depth-2 overview of A/RES/70/1 cuts 2,000+ nodes.
public struct PictureJob: Sendable {
    public var neighbourhood: Graph
    public var focus: String
    var filter: PictureFilter
    public var room: Int
    /// Nodes chosen in the overview whose neighbours are added to it ("Add its neighbours").
    public var expand: [String]

    init(neighbourhood: Graph, focus: String, filter: PictureFilter, room: Int, expand: [String] = []) {
        self.neighbourhood = neighbourhood; self.focus = focus; self.filter = filter; self.room = room; self.expand = expand
    }

    /// The picture to draw: filtered, cut to the room, with a caption that says what was cut.
    public func picture() -> PictureRequest {
        let graph = filter.apply(neighbourhood, focus: focus)
        let (shown, caption) = PictureOverview.reduce(graph, focus: focus, limit: room, expand: expand)
        return PictureRequest(graph: shown, options: RenderOptions(focus: focus, symbolLink: "/symbol?key=", caption: caption))
    }

    private struct Asked: Codable {
        var focus: String, room: Int, expand: [String]
        var hideOrgans: [String], hideTypes: [String], hideRelations: [String]
    }

    /// One line of JSON saying what is asked, then the neighbourhood as a `PictureRequest` (JSON, which
    /// holds no raw newline).
    public func encoded() -> [UInt8] {
        let asked = Asked(focus: focus, room: room, expand: expand, hideOrgans: filter.organs.sorted(), hideTypes: filter.types.sorted(),
                          hideRelations: filter.relations.sorted())
        // Encoding plain strings and numbers cannot fail.
        let head = (try? JSONEncoder().encode(asked)).map(Array.init) ?? []
        return head + [0x0A] + PictureRequest(graph: neighbourhood, options: RenderOptions(focus: focus)).encoded()
    }

    /// Throws on bytes that are not a job.
    public init(decoding bytes: [UInt8]) throws {
        guard let newline = bytes.firstIndex(of: 0x0A),
              let asked = try? JSONDecoder().decode(Asked.self, from: Data(bytes[..<newline])) else {
            throw ExportError(reason: "not a picture job: its first line does not say what is asked")
        }
        neighbourhood = try PictureRequest(decoding: Array(bytes[(newline + 1)...])).graph
        focus = asked.focus
        room = asked.room
        expand = asked.expand
        filter = PictureFilter()
        filter.organs = Set(asked.hideOrgans); filter.types = Set(asked.hideTypes); filter.relations = Set(asked.hideRelations)
    }
}
