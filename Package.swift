// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "voc",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "voc", targets: ["voc"]),
        .library(name: "SurveyModel", targets: ["SurveyModel"]),
        .library(name: "SurveyText", targets: ["SurveyText"]),
        .library(name: "SurveyParser", targets: ["SurveyParser"]),
        .library(name: "SurveyStore", targets: ["SurveyStore"]),
        .library(name: "SurveyCollector", targets: ["SurveyCollector"]),
        .library(name: "SurveyTerminal", targets: ["SurveyTerminal"]),
        .library(name: "SurveyStatistics", targets: ["SurveyStatistics"]),
        .library(name: "SurveyAnalysis", targets: ["SurveyAnalysis"]),
        .library(name: "SurveyExport", targets: ["SurveyExport"]),
        .library(name: "SurveyWeb", targets: ["SurveyWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: - C interop (implementation details)
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(name: "CReadStat", providers: [.apt(["libreadstat-dev"]), .brew(["readstat"])]),

        // MARK: - Libraries (dependencies point downward only)
        .target(name: "SurveyModel"),
        // Text formats without C: CSV, JSON text output, transcripts, timestamps, SHA-256.
        .target(name: "SurveyText", dependencies: ["SurveyModel", .product(name: "Crypto", package: "swift-crypto")]),
        // Survey and codebook files (XML through libxml2, JSON), validation, expressions, writers, and other tools'
        // survey files (XLSForm .xlsx through ZIPFoundation, SurveyJS JSON) converted into voc surveys.
        .target(
            name: "SurveyParser",
            dependencies: [
                "SurveyModel", "SurveyText", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .target(
            name: "SurveyStore",
            dependencies: [
                "SurveyModel", "SurveyText", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(
            name: "SurveyCollector",
            dependencies: ["SurveyModel", "SurveyText", "SurveyParser", "SurveyStore", "CReadStat"]),
        // The interviewer's terminal (CATI): raw-mode keys, line editing, screens, over the interview engine.
        .target(name: "SurveyTerminal", dependencies: ["SurveyModel", "SurveyCollector"]),
        .target(name: "SurveyStatistics", dependencies: ["SurveyModel", "SurveyText"]),
        // A study: its store and survey (one rule for choosing it), frames, sampling designs, weight-set recipes,
        // fieldwork status. What every front end (the CLI, a server, a notebook) shares.
        .target(
            name: "SurveyAnalysis",
            dependencies: [
                "SurveyModel", "SurveyText", "SurveyParser", "SurveyStore", "SurveyCollector", "SurveyStatistics",
            ]),
        .target(
            name: "SurveyExport",
            dependencies: [
                "SurveyModel", "SurveyText", "SurveyParser", "SurveyStore", "SurveyStatistics", "SurveyAnalysis",
                "CReadStat",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),

        // Web self-completion (CAWI): the respondents' HTTP server over the interview engine, on Hummingbird.
        .target(
            name: "SurveyWeb",
            dependencies: [
                "SurveyModel", "SurveyText", "SurveyParser", "SurveyStore", "SurveyCollector",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),

        // MARK: - Command-line tool
        .executableTarget(
            name: "voc",
            dependencies: [
                "SurveyModel", "SurveyText", "SurveyParser", "SurveyStore", "SurveyCollector", "SurveyTerminal",
                "SurveyStatistics", "SurveyAnalysis", "SurveyExport", "SurveyWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Benchmarks (`swift run -c release voc-bench NAME`)
        .executableTarget(
            name: "voc-bench",
            dependencies: [
                "SurveyModel", "SurveyText", "SurveyParser", "SurveyStore", "SurveyCollector", "SurveyStatistics",
                "SurveyAnalysis", "SurveyExport", "SurveyWeb", "SurveyTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            path: "Benchmarks/voc-bench"
        ),

        // MARK: - Tests
        .target(
            name: "SurveyTestSupport",
            dependencies: ["SurveyModel", "SurveyParser", "SurveyStore"]),
        .testTarget(name: "SurveyModelTests", dependencies: ["SurveyModel", "SurveyTestSupport"]),
        .testTarget(name: "SurveyTextTests", dependencies: ["SurveyText", "SurveyModel", "SurveyTestSupport"]),
        .testTarget(
            name: "SurveyParserTests",
            dependencies: ["SurveyParser", "SurveyText", "SurveyTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SurveyStoreTests",
            dependencies: [
                "SurveyStore", "SurveyText", "SurveyExport", "SurveyTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "SurveyCollectorTests",
            dependencies: [
                "voc", "SurveyCollector", "SurveyTerminal", "SurveyAnalysis", "SurveyText", "SurveyParser",
                "SurveyStatistics",
                "SurveyTestSupport",
            ]
        ),
        .testTarget(
            name: "SurveyStatisticsTests",
            dependencies: ["SurveyStatistics", "SurveyText", "SurveyModel", "SurveyTestSupport"],
            exclude: ["Reference", "Conformance/conformance.R"]
        ),
        .testTarget(
            name: "SurveyExportTests",
            dependencies: [
                "voc", "SurveyExport", "SurveyAnalysis", "SurveyModel", "SurveyText", "SurveyParser",
                "SurveyStatistics",
                "SurveyStore", "SurveyTestSupport",
            ],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "SurveyAnalysisTests",
            dependencies: [
                "SurveyAnalysis", "SurveyModel", "SurveyParser", "SurveyStore", "SurveyStatistics", "SurveyTestSupport",
            ]
        ),
        .testTarget(
            name: "SurveyWebTests",
            dependencies: [
                "voc", "SurveyWeb", "SurveyCollector", "SurveyModel", "SurveyParser", "SurveyStore", "SurveyTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            exclude: ["Browser", "Fixtures"]
        ),
        .testTarget(
            name: "VocCLITests",
            dependencies: [
                "voc", "SurveyModel", "SurveyText", "SurveyParser", "SurveyStore", "SurveyAnalysis", "SurveyExport",
                "SurveyTestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
