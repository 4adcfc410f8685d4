import Dispatch
import Foundation

extension SurveyBench.FillStartup {
    /// Starting a program with pipes and timing it, with posix_spawn so the launch itself costs little.
    enum Launch {
        struct Failure: Error, CustomStringConvertible {
            var description: String
        }

        /// Seconds from just before the launch to the first prompt ("> ") on its stdout; then stdin is closed.
        static func timeToPrompt(_ path: String, _ arguments: [String]) throws -> Double {
            try launch(path, arguments) { output, input in
                var seen: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 65536)
                while !(seen.count >= 2 && seen[seen.count - 2] == UInt8(ascii: ">") && seen[seen.count - 1] == UInt8(ascii: " ")) {
                    let count = buffer.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                    if count <= 0 { throw Failure(description: "\(path) ended before its first prompt:\n" + String(decoding: seen, as: UTF8.self)) }
                    seen += buffer[..<count]
                }
                let elapsed = now()
                close(input)
                while buffer.withUnsafeMutableBytes({ read(output, $0.baseAddress, $0.count) }) > 0 {}
                return elapsed
            }
        }

        /// Seconds from just before the launch to the program's exit.
        static func timeToExit(_ path: String, _ arguments: [String]) throws -> Double {
            try launch(path, arguments) { output, input in
                close(input)
                var buffer = [UInt8](repeating: 0, count: 65536)
                while buffer.withUnsafeMutableBytes({ read(output, $0.baseAddress, $0.count) }) > 0 {}
                return nil
            }
        }

        /// Runs `body` with the child's stdout (read end) and stdin (write end); the time is the one
        /// `body` returns, or the moment the child has exited.
        private static func launch(_ path: String, _ arguments: [String],
                                   _ body: (_ output: Int32, _ input: Int32) throws -> Double?) throws -> Double {
            var stdinPipe: [Int32] = [0, 0]
            var stdoutPipe: [Int32] = [0, 0]
            guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else { throw Failure(description: "pipe: \(errno)") }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
            posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            for descriptor in stdinPipe + stdoutPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
            let all = [path] + arguments
            var cArguments: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
            defer { for argument in cArguments { free(argument) } }

            var child: pid_t = 0
            let start = now()
            let spawned = posix_spawn(&child, path, &actions, nil, &cArguments, environ)
            close(stdinPipe[0])
            close(stdoutPipe[1])
            guard spawned == 0 else {
                close(stdinPipe[1])
                close(stdoutPipe[0])
                throw Failure(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
            }
            defer { close(stdoutPipe[0]) }
            let measured: Double?
            do {
                measured = try body(stdoutPipe[0], stdinPipe[1])
            } catch {
                kill(child, SIGKILL)
                var status: Int32 = 0
                waitpid(child, &status, 0)
                throw error
            }
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0, errno == EINTR {}
            let end = measured ?? now()
            return end - start
        }

        static func now() -> Double {
            // Monotonic, as CLOCK_MONOTONIC.
            Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        }
    }
}
