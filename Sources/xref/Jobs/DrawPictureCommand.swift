import ArgumentParser
import Foundation
import XrefExport
import XrefServe

/// `xref draw-picture` (hidden): `xref serve`'s drawing process. Reads a picture job (the neighbourhood
/// graph, its filters and room) on standard input and writes the SVG to standard output; first it limits its
/// own CPU time and address space and lowers its priority, so a runaway layout ends here and text pages are
/// served first.
struct DrawPictureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw-picture", abstract: "Draw one picture for xref serve (reads a request on stdin).",
        shouldDisplay: false)

    @Option(help: "CPU seconds before the system stops this process (SIGXCPU).") var cpuSeconds = 15
    @Option(help: "Address space limit in MB.") var memoryMb = 2048

    func run() throws {
        var cpu = rlimit(rlim_cur: rlim_t(cpuSeconds), rlim_max: rlim_t(cpuSeconds + 1))
        var memory = rlimit(rlim_cur: rlim_t(memoryMb) << 20, rlim_max: rlim_t(memoryMb) << 20)
        guard setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &cpu) == 0,
              setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &memory) == 0 else {
            throw CLIError("cannot limit the drawing process: \(String(cString: strerror(errno)))")
        }
        _ = nice(10)
        let input = FileHandle.standardInput.readDataToEndOfFile()
        // The filters and the overview cut happen here too, not in the server.
        let request = try PictureJob(decoding: Array(input)).picture()
        let svg = try Exporter.data(request.graph, format: .svg, options: request.options)
        try Exporter.write(bytes: svg, to: "-")
    }
}
