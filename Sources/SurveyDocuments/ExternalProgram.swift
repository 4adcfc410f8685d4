import Foundation

/// A program the documents are made with (Chromium, pdftotext, pandoc, rsvg-convert), found on
/// `PATH` or given by the user, and run with its output captured and a time limit.
public struct ExternalProgram: Hashable, Sendable {
    /// What the messages call it: "Chromium", "pandoc".
    public var name: String
    /// The executable.
    public var path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }

    /// What a program is and where it comes from, for finding it and for the message when it is missing.
    public struct Kind: Hashable, Sendable {
        public var name: String
        /// Executable names tried on `PATH`, in order.
        public var executables: [String]
        /// The Debian package that installs it.
        public var package: String
        /// The command-line option that names it, if there is one ("--chromium").
        public var option: String?

        public static let chromium = Kind(name: "Chromium", executables: ["chromium", "chromium-browser", "google-chrome"],
                                          package: "chromium", option: "--chromium")
        public static let pdftotext = Kind(name: "pdftotext", executables: ["pdftotext"], package: "poppler-utils", option: nil)
        public static let pandoc = Kind(name: "pandoc", executables: ["pandoc"], package: "pandoc", option: "--pandoc")
        public static let rsvgConvert = Kind(name: "rsvg-convert", executables: ["rsvg-convert"], package: "librsvg2-bin", option: nil)
    }

    /// The program at `given` when one is given, else the first of the kind's executables on
    /// `PATH` (nil environment: this process's).
    public static func find(_ kind: Kind, given: String? = nil, environment: [String: String]? = nil) throws(DocumentError) -> ExternalProgram {
        if let given {
            guard access(given, X_OK) == 0, !isFolder(given) else {
                throw .notAProgram(kind.name, path: given, option: kind.option ?? "")
            }
            return ExternalProgram(name: kind.name, path: given)
        }
        let environment = environment ?? ProcessInfo.processInfo.environment
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for executable in kind.executables {
            for folder in folders where !folder.isEmpty {
                let path = (folder as NSString).appendingPathComponent(executable)
                if access(path, X_OK) == 0, !isFolder(path) { return ExternalProgram(name: kind.name, path: path) }
            }
        }
        throw .missing(kind)
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// Runs the program in `folder` and returns what it wrote to stdout. A non-zero exit, or
    /// no exit within `timeout` seconds (the program is then stopped), is an error that quotes
    /// the end of what it wrote to stderr.
    @discardableResult
    public func run(_ arguments: [String], in folder: String, timeout: Double = 120) throws(DocumentError) -> String {
        let outputPath = (folder as NSString).appendingPathComponent(".\(URL(fileURLWithPath: path).lastPathComponent)-\(UUID().uuidString).out")
        let errorPath = outputPath + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        guard FileManager.default.createFile(atPath: outputPath, contents: nil),
              FileManager.default.createFile(atPath: errorPath, contents: nil),
              let output = FileHandle(forWritingAtPath: outputPath), let errors = FileHandle(forWritingAtPath: errorPath) else {
            throw .cannotRun(name, reason: "kan inte skriva i \(folder)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .cannotRun(name, reason: error.localizedDescription)
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw .timedOut(name, seconds: Int(timeout))
        }
        try? output.close()
        try? errors.close()
        guard process.terminationStatus == 0 else {
            let text = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            let lines = text.split(separator: "\n").suffix(5).joined(separator: "\n")
            throw .failed(name, status: process.terminationStatus, output: lines)
        }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }
}
