import Foundation

/// A system error (`errno`) as the tool's messages give it, in Swedish: "disken är full".
///
/// Every message about a file or folder that the system refused (saving answers, locking a
/// response file, writing the server's key) says why with these words, so a reason reads the
/// same in `survey fill`, `survey serve` and the staff commands. An error without a wording
/// of its own keeps the system's text after "systemfel".
public enum SystemErrorWording {
    public static func reason(_ error: Int32) -> String {
        switch error {
        case EACCES, EPERM: "behörighet saknas"
        case EROFS: "disken är skrivskyddad"
        case ENOSPC: "disken är full"
        case EDQUOT: "diskkvoten är slut"
        case ENOTDIR: "en del av sökvägen är en fil, inte en mapp"
        case EISDIR: "det är en mapp, inte en fil"
        case ENOENT: "filen eller mappen finns inte"
        case ENAMETOOLONG: "namnet är för långt"
        case ELOOP: "för många symboliska länkar i sökvägen"
        case EIO: "läs- eller skrivfel på disken"
        case EMFILE, ENFILE: "för många öppna filer"
        default: "systemfel: \(String(cString: strerror(error)))"
        }
    }
}
