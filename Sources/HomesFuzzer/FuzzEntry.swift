import HomesFuzz

#if HOMES_LIBFUZZER
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The target this process fuzzes, from `HOMES_FUZZ_TARGET` (scripts/fuzz sets it): one
/// binary holds every target, so one instrumented build serves them all.
nonisolated(unsafe) var fuzzTarget: FuzzTarget = .snapshot

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    guard let name = getenv("HOMES_FUZZ_TARGET").map({ String(cString: $0) }), let target = FuzzTarget(rawValue: name) else {
        say("homes-fuzz: set HOMES_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n")
        exit(2)
    }
    fuzzTarget = target
    return 0
}

/// Standard error, written directly: libFuzzer's log is read as the run goes.
func say(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

/// libFuzzer calls this for every input; a broken invariant is a crash it keeps.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let found = fuzzTarget.violations(bytes)
    if !found.isEmpty {
        say("homes-fuzz \(fuzzTarget.rawValue): invariant broken:\n\(found.joined(separator: "\n"))\n")
        abort()
    }
    return 0
}
#else
import Foundation

/// Without libFuzzer: `homes-fuzz TARGET FILE|DIR…` runs files through a target and says
/// which broke an invariant, to reproduce a fuzzer's find under a debugger.
@main
struct FuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("usage: homes-fuzz TARGET FILE|DIR…  (TARGET: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))\n".utf8))
            exit(64)
        }
        var broken = 0, count = 0
        for path in arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    print("\(file): cannot be read")
                    broken += 1
                    continue
                }
                count += 1
                let found = target.violations([UInt8](data))
                if !found.isEmpty {
                    broken += 1
                    print("\(file):\n  " + found.joined(separator: "\n  "))
                }
            }
        }
        print("\(target.rawValue): \(count) inputs, \(broken) broke an invariant")
        exit(broken == 0 ? 0 : 1)
    }
}
#endif
