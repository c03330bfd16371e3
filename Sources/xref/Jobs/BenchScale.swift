import Foundation

/// `xref bench --scale`: the figures of docs/measurements.md, measured side by side in one run. Each
/// command runs as a child process of this very executable, once on every core and once pinned to one
/// (`taskset -c 0`), so wall time, CPU time and peak memory are the child's own; `rg` with a plain regex
/// set for UN citations is the reference a new user would try first. A tool that is not installed is
/// said and its figure skipped.
struct ScaleBench {
    let paths: [String]
    let executable: String
    let scratch: String

    /// Citation symbols and "resolution 74/177" phrases: what a user reaches for with a regex.
    static let citationPatterns = [#"\b[A-Z]{1,6}(/[A-Z0-9.]+)+"#, #"\b(resolution|decision)s? [0-9]+/[0-9]+"#]

    /// One run of a child: wall and CPU seconds, peak memory, exit status.
    struct Run {
        var wall = 0.0, cpu = 0.0, peakMB = 0.0
        var status: Int32 = 0
    }

    func run() throws {
        let pin = Self.which("taskset")
        if pin == nil { print("taskset   not installed: no one-core figures and no ratio of two cores to one") }
        let database = scratch + ".sqlite", graphml = scratch + ".graphml"
        defer { for f in [database, database + "-wal", database + "-shm", graphml] { unlink(f) } }
        let commands: [(name: String, arguments: [String], before: () -> Void)] = [
            ("extract", ["extract"] + paths + ["--format", "jsonl"], {}),
            ("graph", ["graph"] + paths + ["-o", graphml], {}),
            ("index", ["index"] + paths + ["--db", database], { for f in [database, database + "-wal", database + "-shm"] { unlink(f) } }),
        ]
        var extractOneCore: Run?
        for c in commands {
            c.before()
            let all = Self.measure([executable] + c.arguments)
            var line = c.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: "wall %.2f s, CPU %.2f s, peak %.0f MB on every core", all.wall, all.cpu, all.peakMB)
            if let pin {
                c.before()
                let one = Self.measure([pin, "-c", "0", executable] + c.arguments)
                if c.name == "extract" { extractOneCore = one }
                line += String(format: "; one core wall %.2f s, CPU %.2f s: %.2f× faster on every core", one.wall, one.cpu, one.wall / max(all.wall, 1e-9))
            }
            if all.status != 0 { line += " (exit \(all.status))" }
            print(line)
        }
        guard let rg = Self.which("rg") else { return print("rg        not installed: no reference for extract (apt-get install ripgrep)") }
        guard let pin, let mine = extractOneCore else { return }
        let reference = Self.measure([pin, "-c", "0", rg, "--no-unicode", "-o", "-j1", "-N"] + Self.citationPatterns.flatMap { ["-e", $0] } + paths)
        // CPU seconds too: on a shared machine the wall time of a one-core run is the load's as much as its own.
        print(String(format: "rg        one core wall %.2f s, CPU %.2f s (rg --no-unicode -o, %d patterns): extract is %.2f× its time, %.2f× its CPU",
                     reference.wall, reference.cpu, Self.citationPatterns.count, mine.wall / max(reference.wall, 1e-9),
                     mine.cpu / max(reference.cpu, 1e-9)))
    }

    /// Runs `argv` with standard output to /dev/null and waits for it: its own rusage, not this process's.
    static func measure(_ argv: [String]) -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        let start = ContinuousClock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArgs, environ) == 0 else { return Run(status: 127) }
        var status: Int32 = 0, usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = ContinuousClock.now - start
        return Run(wall: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18,
                   cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakMB: Double(usage.ru_maxrss) / 1024,
                   status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F))
    }

    private static func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }

    /// The full path of a tool on PATH, if installed.
    static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = dir + "/" + tool
            if access(path, X_OK) == 0 { return path }
        }
        return nil
    }
}
