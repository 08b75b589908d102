// swift-tools-version:6.0
import PackageDescription

/// dti: a static site generator for the portals of Vietnam's Digital
/// Transformation Index. No package dependencies: only the toolchain.
let package = Package(
    name: "dti",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DTIKit", targets: ["DTIKit"]),
        .executable(name: "dti", targets: ["dti"]),
        .executable(name: "dti-bench", targets: ["dti-bench"]),
    ],
    targets: [
        .target(name: "DTIKit"),
        .executableTarget(name: "dti", dependencies: ["DTIKit"]),
        .executableTarget(name: "dti-bench", dependencies: ["DTIKit"]),
        .testTarget(name: "DTIKitTests", dependencies: ["DTIKit"]),
    ],
    swiftLanguageModes: [.v6]
)
