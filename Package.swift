// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "zhtidy",
    products: [
        .library(name: "ZhTidy", targets: ["ZhTidy"]),
        .executable(name: "zhtidy", targets: ["zhtidy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System ICU (Debian's libicu-dev). Only the C++ shim includes its headers: Swift must never
        // import them, because Foundation carries a private ICU whose declarations clash.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // ICU inside, an ICU-free C API outside (stdint types and opaque handles only).
        .target(name: "ICUShim", dependencies: ["CICU"]),
        .target(name: "ZhTidy", dependencies: ["ICUShim"]),
        // Process-level settings from C (the allocator's arenas), for the CLI.
        .target(name: "CSystem"),
        .executableTarget(
            name: "zhtidy",
            dependencies: [
                "ZhTidy",
                "CSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "zhtidy-bench",
            dependencies: ["ZhTidy"],
            path: "Benchmarks/Throughput"
        ),
        .executableTarget(
            name: "zhtidy-accuracy",
            dependencies: ["ZhTidy"],
            path: "Benchmarks/Accuracy"
        ),
        .executableTarget(
            name: "zhtidy-fuzz",
            dependencies: ["ZhTidy"],
            path: "Fuzz",
            exclude: ["corpus", "run-bounded"]
        ),
        .testTarget(name: "ZhTidyTests", dependencies: ["ZhTidy"]),
    ],
    cxxLanguageStandard: .cxx17
)
