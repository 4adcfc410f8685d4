import ArgumentParser

/// Response folders holding files that could not be read whole, and the one verdict on them
/// that every command counting answers gives: `survey check` and `survey fill` treat such a
/// file as one that must be fixed, so tables, report and coding do not pass it by with exit 0.
struct FilesWithErrors {
    /// Each folder with its form and how many of its files have errors.
    var folders: [(form: String, responses: String, files: Int)] = []

    mutating func add(form: String, responses: String, files: Int) {
        if files > 0 { folders.append((form, responses, files)) }
    }

    /// After the output is written: says that what could not be read is not counted in `what`
    /// ("tabellerna", "rapporten", "kodningen") and how to find it, and exits 1.
    func fail(countedIn what: String) throws {
        guard !folders.isEmpty else { return }
        for folder in folders {
            let files = folder.files == 1 ? "1 svarsfil i \(folder.responses) har fel" : "\(folder.files) svarsfiler i \(folder.responses) har fel"
            let them = folder.files == 1 ? "den" : "dem"
            StandardError.write("\(files) (se ovan); det som inte går att läsa i \(them) räknas inte i \(what). "
                + "Rätta \(them) och kontrollera med: survey check \(folder.form) \(folder.responses)\n")
        }
        throw ExitCode.failure
    }
}
