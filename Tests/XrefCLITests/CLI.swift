import Foundation

/// Runs the built `xref` executable and the tools the end-to-end tests read its output with.
enum CLI {
    /// The package root, found from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds").path
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared").path
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared + "/corpus") }

    /// `xref` beside the test bundle (SwiftPM builds it with the tests, whatever the scratch path).
    static let executable: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = bundle.deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("xref").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/xref").path
    }()

    struct Result { var status: Int32; var out: String; var err: String; var outData: Data }

    @discardableResult
    static func run(_ arguments: [String], in directory: String? = nil) throws -> Result {
        try exec(executable, arguments, in: directory ?? root.path)
    }

    static func exec(_ program: String, _ arguments: [String], in directory: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Files, not pipes: a child writing much to both streams cannot block on a full pipe.
        let dir = NSTemporaryDirectory() + "xref-cli-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/out", contents: nil)
        FileManager.default.createFile(atPath: dir + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/err"))
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        try out.close(); try err.close()
        let o = try Data(contentsOf: URL(fileURLWithPath: dir + "/out"))
        let e = try Data(contentsOf: URL(fileURLWithPath: dir + "/err"))
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self),
                      err: String(decoding: e, as: UTF8.self), outData: o)
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") { return "\(dir)/\(name)" }
        return nil
    }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "xref-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func jsonLines(_ s: String) throws -> [[String: Any]] {
        try s.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }
}
