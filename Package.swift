// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "survey",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "survey", targets: ["survey"]),
        .executable(name: "survey-web", targets: ["survey-web"]),
        .executable(name: "survey-bench", targets: ["survey-bench"]),
        .executable(name: "survey-fuzz", targets: ["survey-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 and HMAC for the links of `survey invite` and `survey serve`.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The HTTP server of `survey serve`; without the default traits (swift-configuration).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C libraries from Debian, each behind a local shim header.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),

        // Library modules, one job each.
        .target(name: "SurveyText"),
        .target(name: "SurveyYAML", dependencies: ["CYAML", "SurveyText"]),
        .target(name: "SurveyForm", dependencies: ["SurveyYAML"]),
        .target(name: "SurveyResponses", dependencies: ["SurveyForm", "SurveyYAML", "SurveyText"]),
        .target(name: "SurveyRunner", dependencies: ["SurveyResponses", "SurveyForm", "SurveyYAML", "SurveyText"]),
        .target(name: "SurveyCoder", dependencies: ["CStemmer", "SurveyYAML", "SurveyForm", "SurveyResponses", "SurveyText"],
                resources: [.copy("Resources")]),
        .target(name: "SurveyTables", dependencies: ["SurveyForm", "SurveyResponses", "SurveyCoder", "SurveyYAML", "SurveyText"]),
        // Respondents' secret links: tokens, their hashes in the invitations file, the links CSV.
        .target(name: "SurveyInvitations", dependencies: [
            "SurveyResponses", "SurveyForm", "SurveyYAML", "SurveyText",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // `survey serve`: the form in a browser, on Hummingbird; kept out of `survey fill`'s way.
        .target(name: "SurveyWeb", dependencies: [
            "SurveyInvitations", "SurveyRunner", "SurveyResponses", "SurveyForm", "SurveyYAML", "SurveyText",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .target(name: "SurveyDocuments", dependencies: ["SurveyTables", "SurveyText"],
                exclude: ["Resources/make-reference-docx.py"], resources: [.copy("Resources/reference.docx")]),
        // Fuzz targets, run by libFuzzer (fuzz/run.sh) or by survey-fuzz's own mutation loop.
        .target(name: "SurveyFuzz", dependencies: ["SurveyYAML", "SurveyForm", "SurveyResponses", "SurveyRunner", "SurveyCoder"]),

        // What the command-line programs share: diagnostics on stderr, loading inputs, options.
        .target(name: "SurveyCommandSupport", dependencies: [
            "SurveyYAML", "SurveyForm", "SurveyResponses", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // The thin command-line tool and the benchmark program.
        .executableTarget(
            name: "survey",
            dependencies: [
                "SurveyText", "SurveyYAML", "SurveyForm", "SurveyResponses", "SurveyRunner", "SurveyCoder", "SurveyTables",
                "SurveyDocuments", "SurveyCommandSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `survey serve` and `survey invite` run this program: Hummingbird, swift-nio and
        // swift-crypto stay out of `survey fill`'s start (docs/architecture.md).
        .executableTarget(
            name: "survey-web",
            dependencies: [
                "SurveyWeb", "SurveyInvitations", "SurveyCommandSupport", "SurveyForm", "SurveyResponses", "SurveyYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "survey-bench",
            dependencies: [
                "SurveyYAML", "SurveyForm", "SurveyResponses", "SurveyRunner", "SurveyCoder", "SurveyTables",
                "SurveyInvitations", "SurveyWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The scikit-learn reference the learning benchmark runs when Python has it.
            exclude: ["Reference"]
        ),

        .executableTarget(
            name: "survey-fuzz",
            dependencies: ["SurveyFuzz", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .testTarget(name: "SurveyTextTests", dependencies: ["SurveyText"]),
        .testTarget(name: "SurveyYAMLTests", dependencies: ["SurveyYAML", "SurveyText"]),
        .testTarget(name: "SurveyFormTests", dependencies: ["SurveyForm", "SurveyYAML", "SurveyText"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "SurveyResponsesTests", dependencies: ["SurveyResponses", "SurveyForm", "SurveyYAML", "SurveyText"]),
        .testTarget(name: "SurveyRunnerTests", dependencies: ["SurveyRunner", "SurveyResponses", "SurveyForm", "SurveyYAML", "SurveyText"]),
        .testTarget(name: "SurveyCoderTests", dependencies: ["SurveyCoder", "SurveyResponses", "SurveyForm", "SurveyYAML"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "SurveyTablesTests", dependencies: ["SurveyTables", "SurveyCoder", "SurveyResponses", "SurveyForm", "SurveyYAML", "SurveyText"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "SurveyDocumentsTests", dependencies: ["SurveyDocuments", "SurveyTables", "SurveyResponses", "SurveyForm"]),
        .testTarget(name: "SurveyInvitationsTests", dependencies: ["SurveyInvitations", "SurveyResponses", "SurveyForm", "SurveyYAML"]),
        .testTarget(name: "SurveyWebTests", dependencies: [
            "SurveyWeb", "SurveyInvitations", "SurveyRunner", "SurveyResponses", "SurveyForm", "SurveyYAML",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
        // Debian's Chromium driven through chromium-driver over the real server (.ci/run installs both).
        .testTarget(name: "SurveyBrowserTests", dependencies: ["SurveyWeb", "SurveyInvitations", "SurveyRunner", "SurveyResponses", "SurveyForm"]),
        .testTarget(name: "SurveyFuzzTests", dependencies: ["SurveyFuzz", "SurveyRunner", "SurveyResponses", "SurveyForm", "SurveyYAML", "SurveyCoder"]),
        // End-to-end tests run the built `survey` binary, so they depend on it.
        .testTarget(name: "SurveyCLITests", dependencies: ["survey", "survey-web"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// Upcoming language features for every target, set in one place.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
