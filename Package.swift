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
        .library(name: "RegisterGit", targets: ["RegisterGit"]),
        .library(name: "RegisterTerminal", targets: ["RegisterTerminal"]),
        .library(name: "RegisterCommands", targets: ["RegisterCommands"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
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
        .target(name: "RegisterGit", dependencies: ["RiskRegister", "RegisterUI", "RegisterRuntime"]),
        .target(
            name: "RegisterInterchange",
            dependencies: [
                "RiskRegister",
                "CXlsxWriter",
                "CZlib",
            ]
        ),
        .target(name: "RegisterTerminal", dependencies: ["RegisterUI", "RegisterRuntime", "CNcursesw", "CTerminalGuard"]),
        .target(
            name: "RegisterCommands",
            dependencies: [
                "RiskRegister",
                "RegisterUI",
                "RegisterInterchange",
                "RegisterRuntime",
                "RegisterGit",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "riskreg",
            dependencies: [
                "RiskRegister",
                "RegisterRuntime",
                "RegisterGit",
                "RegisterTerminal",
                "RegisterCommands",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
        .testTarget(name: "RegisterGitTests", dependencies: ["RegisterGit", "RegisterUI", "RiskRegister"]),
        .testTarget(name: "RegisterTerminalTests", dependencies: ["RegisterTerminal", "RegisterUI", "CNcursesw"]),
        .testTarget(name: "RegisterCommandsTests", dependencies: ["RegisterCommands", "RegisterGit", "RegisterInterchange", "RiskRegister"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RiskRegister"]),
    ]
)
