#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names are bytes, not text: a name that is not UTF-8 (`bad\xff.txt`, written by an old Latin-1
/// system) is still a file to read. Paths travel through xref as Strings in which each byte that is not
/// part of a UTF-8 character stands as one private-use character (U+10FF00 + the byte): the String maps
/// back to exactly the bytes it came from (`withSystemPath`), sorts like them, and shows as `\xff`
/// (`shown`). Valid UTF-8 names are the same String as before, and show unchanged.
public enum PathBytes {
    /// The first of the 256 characters that stand for single bytes (the end of plane 16, private use).
    static let base: UInt32 = 0x10_FF00

    /// The path made of `bytes` (as readdir or argv give it).
    public static func path<S: Collection>(_ bytes: S) -> String where S.Element == UInt8 {
        if !bytes.contains(0xF4), let plain = String(validating: bytes, as: UTF8.self) { return plain }
        var out = String.UnicodeScalarView()
        let b = Array(bytes)
        var i = 0
        while i < b.count {
            let n = sequenceLength(b[i])
            if n > 0, i + n <= b.count, let s = String(validating: b[i..<(i + n)], as: UTF8.self),
               let scalar = s.unicodeScalars.first, s.unicodeScalars.count == 1, !(base...(base + 0xFF)).contains(scalar.value) {
                out.append(scalar)
                i += n
            } else {
                // Not UTF-8 here (or one of the stand-in characters itself): each byte stands alone.
                out.append(Unicode.Scalar(base + UInt32(b[i]))!)
                i += 1
            }
        }
        return String(out)
    }

    /// The bytes `path` names on disk.
    public static func bytes(_ path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if (base...(base + 0xFF)).contains(scalar.value) { out.append(UInt8(scalar.value - base)) }
            else { out.append(contentsOf: String(scalar).utf8) }
        }
        return out
    }

    /// Calls `body` with the NUL-terminated bytes of `path`, for the system calls that take a path.
    public static func withSystemPath<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        // The common case, no stand-in character: the String's own UTF-8.
        guard path.unicodeScalars.contains(where: { $0.value >= base }) else { return try path.withCString(body) }
        let b = bytes(path).map { CChar(bitPattern: $0) } + [0]
        return try b.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The path for people: each byte that is not UTF-8 as `\xff`; a valid name unchanged.
    public static func shown(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { (base...(base + 0xFF)).contains($0.value) }) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if (base...(base + 0xFF)).contains(scalar.value) {
                let hex = String(scalar.value - base, radix: 16)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The command line as the bytes it was given (Swift's `CommandLine.arguments` replaces bytes that are
    /// not UTF-8 with U+FFFD, and the file named is then not found).
    public static var arguments: [String] {
        (0..<Int(CommandLine.argc)).map { i in
            guard let p = CommandLine.unsafeArgv[i] else { return "" }
            return path(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p)))
        }
    }

    /// How many bytes a UTF-8 character starting with `lead` has; 0 when `lead` cannot start one.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
