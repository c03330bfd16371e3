// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "xref",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "xref", targets: ["xref"]),
        .library(name: "XrefCore", targets: ["XrefCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        // SQLite's and PostgreSQL's own C libraries: the index's thin SQL layer needs nothing bigger.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // PostgreSQL's own C client: the index in PostgreSQL without a Swift TLS and crypto stack to compile.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // Pure Swift: value types and the pipeline. No C imports, no I/O.
        .target(name: "XrefCore"),
        .target(name: "XrefInput", dependencies: [
            "XrefCore", "CLibXML2", "CPoppler", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Reading a corpus: walk, read and analyse with bounded parallelism, documents handed over in order.
        .target(name: "XrefCorpus", dependencies: ["XrefCore", "XrefInput"]),
        // The index: a corpus kept in SQLite or PostgreSQL, updated incrementally, queried without reading.
        .target(name: "XrefIndex", dependencies: [
            "XrefCore", "XrefInput", "XrefCorpus", "CSQLite", "CLibPQ",
        ]),
        // ZIPFoundation for zlib's deflate: report.html carries its data gzipped.
        .target(name: "XrefExport", dependencies: [
            "XrefCore", "CLibXML2", "CGraphviz", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The browser view (`xref serve`): pages rendered on the server from a citation store, served over
        // HTTP/1.1 by SwiftNIO's own parser (a read-only site of GET and HEAD needs no web framework).
        .target(name: "XrefServe", dependencies: [
            "XrefCore", "XrefExport", .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .executableTarget(name: "xref", dependencies: [
            "XrefCore", "XrefInput", "XrefCorpus", "XrefIndex", "XrefExport", "XrefServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "XrefCoreTests", dependencies: ["XrefCore"]),
        .testTarget(name: "XrefInputTests", dependencies: [
            "XrefInput", "XrefCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "XrefCorpusTests", dependencies: ["XrefCorpus", "XrefCore", "XrefInput"]),
        .testTarget(name: "XrefExportTests", dependencies: ["XrefExport", "XrefCore"], exclude: ["Support"]),
        .testTarget(name: "XrefServeTests", dependencies: [
            "XrefServe", "XrefCore", "XrefInput", .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // End-to-end: runs the built `xref` (the dependency makes SwiftPM build it with the tests).
        .testTarget(name: "XrefCLITests", dependencies: ["xref"]),
    ]
)
