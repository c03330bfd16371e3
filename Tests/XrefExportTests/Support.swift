import Foundation
import XrefCore

/// Helpers shared by the export tests: temporary folders, python3 read-back, the GraphML schema.
enum Support {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "xref-export-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func files(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    /// Runs a program; returns (status, stdout, stderr).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
            return "\(dir)/\(name)"
        }
        return nil
    }

    /// python3 with the given modules importable, or nil (tests needing it are then skipped).
    static func python(with modules: [String]) -> String? {
        guard let py = which("python3"),
              let (status, _, _) = try? run(py, ["-c", modules.map { "import \($0)" }.joined(separator: "; ")]),
              status == 0 else { return nil }
        return py
    }

    /// Runs a python script with arguments and decodes its JSON output.
    static func pythonJSON(_ python: String, _ script: String, _ arguments: [String]) throws -> Any {
        let (status, out, err) = try run(python, ["-c", script] + arguments)
        guard status == 0 else { throw Failure("python3 failed: \(err)") }
        return try JSONSerialization.jsonObject(with: Data(out.utf8))
    }

    /// The GraphML 1.0 XSD, fetched once per machine by Support/fetch-graphml-xsd.sh; nil if unavailable.
    static let graphMLSchema: String? = {
        let cache = NSTemporaryDirectory() + "xref-test-cache/graphml-xsd"
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Support/fetch-graphml-xsd.sh").path
        guard let sh = which("sh"), let (status, _, _) = try? run(sh, [script, cache]), status == 0 else { return nil }
        return cache + "/graphml.xsd"
    }()

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    /// XML 1.0 forbids C0 controls other than tab, newline, carriage return: what a reader gets back.
    static func withoutForbidden(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
    }

    /// Every attribute a node should carry in the data formats, nil values left out.
    static func expected(_ n: Graph.Node) -> [String: Any] {
        var d: [String: Any] = ["kind": n.kind.rawValue, "label": n.label, "count": n.count, "resolved": n.resolved]
        d["symbol"] = n.symbol
        d["organ"] = n.organ?.rawValue
        d["type"] = n.type?.rawValue
        d["document"] = n.document
        d["paragraph"] = n.paragraph
        d["text"] = n.text
        d["url"] = n.url
        return d
    }

    static func expected(_ e: Graph.Edge) -> [String: Any] {
        var d: [String: Any] = ["kind": e.kind.rawValue, "count": e.count]
        d["relation"] = e.relation?.rawValue
        d["surface"] = e.surface
        d["start"] = e.start
        d["end"] = e.end
        d["line"] = e.line
        d["document"] = e.document
        d["paragraph"] = e.paragraph
        return d
    }

    /// Python side of a read-back: `tag(v)` turns a value into ["s", str], ["i", int], ["f", float] or
    /// ["b", bool] so the type a reader produced survives the trip through JSON.
    static let pythonTag = """
        import json, math, sys
        def tag(v):
            if isinstance(v, bool): return ["b", v]
            if isinstance(v, int): return ["i", v]
            if isinstance(v, float): return ["f", v]
            return ["s", str(v)]
        def tags(d): return {k: tag(v) for k, v in d.items()}

        """

    /// Whether tagged attributes from python equal the expected ones. `numbersAsFloat`: igraph reads GraphML
    /// `int` as a float. `dropForbidden`: XML readers cannot get back what XML forbids.
    static func same(_ expected: [String: Any], _ tagged: [String: Any], numbersAsFloat: Bool = false,
                     dropForbidden: Bool = false) -> Bool {
        guard Set(expected.keys) == Set(tagged.keys) else { return false }
        for (k, v) in expected {
            guard let pair = tagged[k] as? [Any], pair.count == 2, let t = pair[0] as? String else { return false }
            switch v {
            case let x as String:
                guard t == "s", let y = pair[1] as? String, (dropForbidden ? withoutForbidden(x) : x) == y else { return false }
            case let x as Bool:
                guard t == "b", let y = number(pair[1]), (y != 0) == x else { return false }
            case let x as Int:
                guard t == (numbersAsFloat ? "f" : "i"), let y = number(pair[1]), Double(x) == y else { return false }
            default: return false
            }
        }
        return true
    }

    static func number(_ any: Any) -> Double? {
        switch any {
        case let n as Int: Double(n)
        case let d as Double: d
        case let b as Bool: b ? 1 : 0
        case let n as NSNumber: n.doubleValue
        default: nil
        }
    }
}

/// The groups of an SVG that Graphviz wrote: one per cluster, node or edge, its link wrapper included.
struct SVGGroups: Sequence {
    let groups: [String]

    init(_ svg: String) {
        groups = svg.components(separatedBy: "<g id=\"").dropFirst().reduce(into: [String]()) {
            if $1.hasPrefix("a_"), !$0.isEmpty { $0[$0.count - 1] += $1 } else { $0.append($1) }
        }
    }

    func makeIterator() -> IndexingIterator<[String]> { groups.makeIterator() }

    /// The text between the first `open` and the next `close`.
    static func field(_ text: String, _ open: String, _ close: String = "\"") -> String? {
        guard let a = text.range(of: open), let b = text[a.upperBound...].range(of: close) else { return nil }
        return String(text[a.upperBound..<b.lowerBound])
    }

    /// The points of a group's first shape (polygon points or path data).
    static func points(_ group: String) -> [(Double, Double)] {
        let raw = field(group, " points=\"") ?? field(group, " d=\"") ?? ""
        return raw.split(whereSeparator: { $0 == " " || $0.isLetter }).compactMap { pair in
            let xy = pair.split(separator: ",").compactMap { Double($0) }
            return xy.count == 2 ? (xy[0], xy[1]) : nil
        }
    }
}
