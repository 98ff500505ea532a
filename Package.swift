// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "MailThreat",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "MailThreatCore", targets: ["MailThreatCore"]),
        .executable(name: "mailthreat", targets: ["mailthreat"]),
        .executable(name: "MailThreatBench", targets: ["MailThreatBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"4.0.0"),
    ],
    targets: [
        /// The system BLAS and LAPACK (Debian: libblas-dev, liblapack-dev; libopenblas0 for speed).
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "blas",
            providers: [.apt(["libblas-dev", "liblapack-dev", "libopenblas0"])]
        ),
        /// The shipped default model and rule pack (Models/Default), as package resources.
        .target(
            name: "MailThreatModels",
            path: "Models",
            resources: [.copy("Default")]
        ),
        .target(
            name: "MailThreatCore",
            dependencies: [
                "CBLAS",
                "MailThreatModels",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "mailthreat",
            dependencies: [
                "MailThreatCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "MailThreatBench",
            dependencies: [
                "MailThreatCore",
                "CBLAS",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MailThreatCoreTests",
            dependencies: ["MailThreatCore"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
