import Foundation

/// `:edit`: the respondent's own editor ($VISUAL, $EDITOR, or editor/nano/vi) on a temporary file.
public struct ExternalEditor: TextEditing, Sendable {
    /// The shell command that opens a file given after it, e.g. `nano` or `code --wait`.
    public let command: String?

    /// The editor the environment names; nil environment means this process's.
    public init(environment: [String: String]? = nil) {
        let environment = environment ?? ProcessInfo.processInfo.environment
        if let chosen = ["VISUAL", "EDITOR"].lazy.compactMap({ environment[$0] }).first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            self.command = chosen
        } else {
            let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            self.command = ["editor", "nano", "vi"].first { name in
                folders.contains { access("\($0)/\(name)", X_OK) == 0 }
            }
        }
    }

    public init(command: String?) {
        self.command = command
    }

    public func edit(_ text: String) -> Result<String, InputProblem> {
        guard let command else {
            return .failure(InputProblem("Ingen textredigerare hittades (sätt VISUAL eller EDITOR); skriv svaret direkt i stället."))
        }
        let folder = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array("\(folder)/survey-svar-XXXXXX.txt".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemps($0, 4) } ?? -1
        }
        guard descriptor >= 0 else {
            return .failure(InputProblem("Kunde inte skapa en tillfällig fil för textredigeraren; skriv svaret direkt i stället."))
        }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        var output = FileDescriptorOutput(descriptor: descriptor)
        output.write(text.isEmpty ? "" : text + "\n")
        close(descriptor)
        switch run(command, on: path) {
        case .failure(let problem):
            return .failure(problem)
        case .success:
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(InputProblem("Texten från textredigeraren kunde inte läsas; svaret ändrades inte."))
            }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }

    /// Runs the editor on the terminal and waits; Ctrl-C belongs to the editor meanwhile.
    private func run(_ command: String, on path: String) -> Result<Void, InputProblem> {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGHUP, SIGTERM] { sigaddset(&defaults, signal) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // The command may carry arguments ("code --wait"), so the shell splits it; the path goes as $1.
        let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", path]
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }

        var previousInterrupt = sigaction()
        var previousQuit = sigaction()
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigaction(SIGINT, &ignore, &previousInterrupt)
        sigaction(SIGQUIT, &ignore, &previousQuit)
        defer {
            sigaction(SIGINT, &previousInterrupt, nil)
            sigaction(SIGQUIT, &previousQuit, nil)
        }

        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", nil, &attributes, &cArguments, environ)
        guard spawned == 0 else {
            return .failure(InputProblem("Textredigeraren (\(command)) kunde inte startas; skriv svaret direkt i stället."))
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            if errno != EINTR { break }
        }
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited, code == 0 else {
            return .failure(InputProblem("Textredigeraren (\(command)) avslutades med ett fel; svaret ändrades inte."))
        }
        return .success(())
    }
}
