// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kith",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kith", targets: ["kith"]),
        .library(name: "KithCore", targets: ["KithCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Tests only: random stores for the schema's round-trip property tests.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(
            name: "KithCore",
            dependencies: ["CStemmer", .product(name: "TOMLKit", package: "TOMLKit")],
            plugins: ["EmbedShippedFiles"]
        ),
        // Ctrl-C state (flag and self-pipe) in one C file, so one copy exists in every build.
        .target(
            name: "CKithInterrupt",
            dependencies: ["CLibEdit"]
        ),
        // Embeds data/*.json and prompts/*.json in KithCore, so the binary runs wherever it is copied.
        .plugin(
            name: "EmbedShippedFiles",
            capability: .buildTool(),
            dependencies: ["kith-embed"]
        ),
        .executableTarget(name: "kith-embed"),
        .target(
            name: "KithLineEditing",
            dependencies: ["CLibEdit", "CKithInterrupt"]
        ),
        .target(
            name: "KithCLI",
            dependencies: [
                "KithCore",
                "KithLineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "kith",
            dependencies: ["KithCLI"]
        ),
        // The benchmark: synthetic networks of 1k, 10k and 100k contacts, timed cold and warm.
        .executableTarget(
            name: "kith-bench",
            dependencies: ["KithCore"]
        ),
        // The evaluation of the coach's judgement: the set in eval/, run and scored.
        .target(
            name: "KithEvaluation",
            dependencies: ["KithCore"]
        ),
        // Prints the evaluation's score: swift run -c release kith-eval [--verbose] [--json] [--check].
        .executableTarget(
            name: "kith-eval",
            dependencies: ["KithEvaluation"]
        ),
        // A manual demo of the line editor; the line-editing tests drive it through a pseudo-terminal.
        .executableTarget(
            name: "kith-line-demo",
            dependencies: ["KithLineEditing"]
        ),
        .testTarget(
            name: "KithCoreTests",
            dependencies: [
                "KithCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        // The evaluation set run as tests, with its goals and the level reached.
        .testTarget(
            name: "KithEvaluationTests",
            dependencies: ["KithCore", "KithEvaluation"]
        ),
        .testTarget(
            name: "KithCLITests",
            dependencies: ["KithCLI", "KithCore", "KithLineEditing"]
        ),
        .testTarget(
            name: "KithLineEditingTests",
            dependencies: ["KithLineEditing"]
        ),
    ]
)
