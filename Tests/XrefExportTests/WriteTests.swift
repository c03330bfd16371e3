import Foundation
import Testing
@testable import XrefExport

/// Files appear whole or not at all. Graphviz formats run serialized with the render tests' rule.
@Suite(.serialized) struct WriteTests {
    @Test(arguments: [OutputFormat.graphml, .json, .svg, .csv])
    func missingDirectoryFailsWithOneLineNamingTheFile(_ format: OutputFormat) throws {
        let dir = try Support.temporaryDirectory()
        let path = "\(dir)/missing/graph.\(format.rawValue)"
        do {
            try Exporter.write(Fixtures.realistic(), to: path, format: format, options: RenderOptions())
            Issue.record("writing into a missing directory succeeded")
        } catch let error as ExportError {
            let line = error.description
            #expect(line.contains(format == .csv ? "\(dir)/missing/graph." : path), "\(line)")
            #expect(!line.contains("\n"))
        }
        #expect(Support.files(in: dir).isEmpty)
    }

    @Test func renderFailureLeavesNoFileAndNoTemporary() throws {
        let dir = try Support.temporaryDirectory()
        let path = "\(dir)/graph.svg"
        #expect(throws: ExportError.self) {
            try Exporter.write(Fixtures.realistic(), to: path, format: .svg, options: RenderOptions(layout: "spring"))
        }
        #expect(Support.files(in: dir).isEmpty)
    }

    @Test func csvWritesBothTablesOrNeither() throws {
        let dir = try Support.temporaryDirectory()
        // The edges table cannot be put in place: a directory holds its name.
        try FileManager.default.createDirectory(atPath: "\(dir)/graph.edges.csv", withIntermediateDirectories: false)
        #expect(throws: ExportError.self) {
            try Exporter.write(Fixtures.realistic(), to: "\(dir)/graph.csv", format: .csv, options: RenderOptions())
        }
        #expect(Support.files(in: dir) == ["graph.edges.csv"])
    }

    @Test func replacesAnExistingFileWhole() throws {
        let dir = try Support.temporaryDirectory()
        let path = "\(dir)/graph.json"
        try Data(repeating: UInt8(ascii: "x"), count: 10_000_000).write(to: URL(fileURLWithPath: path))
        try Exporter.write(Fixtures.realistic(), to: path, format: .json, options: RenderOptions())
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == (try Exporter.data(Fixtures.realistic(), format: .json, options: RenderOptions())))
        #expect(Support.files(in: dir) == ["graph.json"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o644)
    }

    @Test func formatsFollowTheExtension() {
        #expect(OutputFormat(pathExtension: "svg") == .svg)
        #expect(OutputFormat(pathExtension: ".GraphML") == .graphml)
        #expect(OutputFormat(pathExtension: "gv") == .dot)
        #expect(OutputFormat(pathExtension: "txt") == nil)
    }
}
