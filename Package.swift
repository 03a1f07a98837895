// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "riskreg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "riskreg", targets: ["riskreg"]),
        .library(name: "RiskRegister", targets: ["RiskRegister"]),
        .library(name: "RegisterUI", targets: ["RegisterUI"]),
        .library(name: "RegisterInterchange", targets: ["RegisterInterchange"]),
        .library(name: "RegisterRuntime", targets: ["RegisterRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .target(
            name: "RiskRegister",
            dependencies: [
                .product(name: "OrderedCollections", package: "swift-collections"),
                "CLibcrypto",
                "CSQLite",
            ]
        ),
        .target(name: "RegisterUI", dependencies: ["RiskRegister"]),
        .systemLibrary(name: "CNcursesw"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibcrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "CTerminalGuard"),
        .target(name: "RegisterRuntime", dependencies: ["RiskRegister", "RegisterUI", "CTerminalGuard"]),
        .target(
            name: "RegisterInterchange",
            dependencies: [
                "RiskRegister",
                "CXlsxWriter",
                "CZlib",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "riskreg",
            dependencies: [
                "RiskRegister",
                "RegisterUI",
                "RegisterInterchange",
                "RegisterRuntime",
                "CNcursesw",
                "CTerminalGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .executableTarget(name: "riskreg-bench", dependencies: ["RiskRegister", "RegisterUI"]),
        .executableTarget(name: "riskreg-fuzz", dependencies: ["RiskRegister", "RegisterUI", "RegisterInterchange"]),
        .testTarget(
            name: "RiskRegisterTests",
            dependencies: ["RiskRegister", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "RegisterUITests",
            dependencies: ["RegisterUI", "RiskRegister", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "RegisterInterchangeTests",
            dependencies: ["RegisterInterchange", "RiskRegister", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "RegisterRuntimeTests", dependencies: ["RegisterRuntime", "RegisterUI", "RiskRegister"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RiskRegister"]),
    ]
)
